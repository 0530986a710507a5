import { applyDecorators, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
} from '@nestjs/swagger';
import type { z } from 'zod';
import type { pageSchema } from './pagination/index.js';

/**
 * The route + OpenAPI stack every inventory controller repeats, one decorator per kind of route. The auth
 * declaration (@AdminOnly, @Authenticated…) stays on the route itself, where the route inventory and a
 * reviewer look for it. `path` is the route below the controller's prefix ('/' for the prefix itself).
 */
export interface RouteDocs {
  /** Describes the success response (e.g. what a tenant sees compared with an admin). */
  readonly description?: string;
  /** Documents a 404, e.g. for a tenant asking for another tenant's object. */
  readonly notFound?: string;
}

/** The zod schemas are the DTOs: the response is documented from the same schema the code returns. */
type ResponseSchema = z.ZodType;
/** A list answers `{ items, nextCursor }`: only a pageSchema(item) documents it. */
type PageSchema = ReturnType<typeof pageSchema>;

const notFoundOf = ({ notFound }: RouteDocs) =>
  notFound === undefined ? [] : [ApiNotFoundResponse({ description: notFound })];

/** A route answering `schema` with the success status that `response` declares. */
const returning =
  (route: (path: string) => MethodDecorator, response: typeof ApiOkResponse) =>
  (path: string, schema: ResponseSchema, docs: RouteDocs = {}) =>
    applyDecorators(
      route(path),
      response({ standardSchema: schema, description: docs.description }),
      ...notFoundOf(docs),
    );

/** GET one object: 200 with `schema`. */
export const GetOne = returning(Get, ApiOkResponse);

/** GET a page of objects: 200 with a pageSchema(item). */
export const ListOf = (path: string, schema: PageSchema, docs: RouteDocs = {}) => GetOne(path, schema, docs);

/** POST a new object: 201 with `schema`. The body's schema stays on its @Body({ schema }), which validates it. */
export const CreateOne = returning(Post, ApiCreatedResponse);

/** PATCH an object: 200 with the updated `schema`. */
export const UpdateOne = returning(Patch, ApiOkResponse);

/** DELETE an object: 204, no body. */
export const DeleteOne = (path: string, docs: RouteDocs = {}) =>
  applyDecorators(
    Delete(path),
    HttpCode(204),
    ApiNoContentResponse({ description: docs.description ?? 'Deleted' }),
    ...notFoundOf(docs),
  );
