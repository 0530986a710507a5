import { applyDecorators, Delete, Get, HttpCode, Patch, Post, UseInterceptors } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiResponse,
  DECORATORS,
} from '@nestjs/swagger';
import { z } from 'zod';
import { RepresentationEtagInterceptor } from './etag/representation-etag.interceptor.js';
import { CreatedLocation } from './location/created-location.interceptor.js';
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

/**
 * Declares `status` unless the route's own decorators (applied before this one) already describe it
 * more precisely, e.g. users' "the change would leave no enabled admin".
 */
const unlessDeclared =
  (status: number, description: string): MethodDecorator =>
  (target, key, descriptor) => {
    const declared = (Reflect.getMetadata(DECORATORS.API_RESPONSE, descriptor.value as object) ??
      {}) as Record<string, unknown>;
    if (declared[String(status)] !== undefined) return descriptor;
    return ApiResponse({ status, description })(target, key, descriptor);
  };

/** Every model write: the store refuses clashes (409) and the engine refuses invalid models (422). */
const CONFLICT = 'A name already taken, an object still in use, or a concurrent change (conflict)';
const MODEL_INVALID = 'The server’s model would be invalid after the change; nothing stored (model-invalid)';
const writeRefusals = () => [unlessDeclared(409, CONFLICT), unlessDeclared(422, MODEL_INVALID)];

/** A route answering `schema` with the success status that `response` declares. */
const returning =
  (route: (path: string) => MethodDecorator, response: typeof ApiOkResponse, writes: boolean) =>
  (path: string, schema: ResponseSchema, docs: RouteDocs = {}) =>
    applyDecorators(
      route(path),
      response({ standardSchema: schema, description: docs.description }),
      ...notFoundOf(docs),
      ...(writes ? writeRefusals() : []),
    );

/** GET one object: 200 with `schema`, and the strong ETag of that representation (304 on If-None-Match). */
export const GetOne = (path: string, schema: ResponseSchema, docs: RouteDocs = {}) =>
  applyDecorators(
    returning(Get, ApiOkResponse, false)(path, schema, docs),
    UseInterceptors(RepresentationEtagInterceptor),
  );

/** GET a page of objects: 200 with a pageSchema(item). */
export const ListOf = (path: string, schema: PageSchema, docs: RouteDocs = {}) =>
  returning(Get, ApiOkResponse, false)(path, schema, docs);

/** Collections whose name is not the schema id in kebab case plus "s" (VirtualHost → virtual-hosts). */
const IRREGULAR_COLLECTIONS: Readonly<Record<string, string>> = { Directory: 'directories' };

/** Where an object of the created schema (by its meta id) can be read: the base of its `Location`. */
function collectionOf(schema: ResponseSchema): string | undefined {
  const id = z.globalRegistry.get(schema)?.id;
  if (id === undefined) return undefined;
  return IRREGULAR_COLLECTIONS[id] ?? `${id.replace(/(?<!^)([A-Z])/g, '-$1').toLowerCase()}s`;
}

/**
 * POST a new object: 201 with `schema` and its Location. The body's schema stays on its @Body({ schema }),
 * which validates it.
 */
export const CreateOne = (path: string, schema: ResponseSchema, docs: RouteDocs = {}) => {
  const collection = collectionOf(schema);
  return applyDecorators(
    returning(Post, ApiCreatedResponse, true)(path, schema, docs),
    ...(collection === undefined ? [] : [CreatedLocation(collection)]),
  );
};

/** If-Match on a write: the object's current ETag (GET), compared under the write's lock. */
const PRECONDITION =
  'If-Match does not name the object’s current ETag: it changed since read (precondition-failed)';

/** PATCH an object: 200 with the updated `schema`; If-Match honoured (412). */
export const UpdateOne = (path: string, schema: ResponseSchema, docs: RouteDocs = {}) =>
  applyDecorators(
    returning(Patch, ApiOkResponse, true)(path, schema, docs),
    unlessDeclared(412, PRECONDITION),
  );

/** DELETE an object: 204, no body. */
export const DeleteOne = (path: string, docs: RouteDocs = {}) =>
  applyDecorators(
    Delete(path),
    HttpCode(204),
    ApiNoContentResponse({ description: docs.description ?? 'Deleted' }),
    ...notFoundOf(docs),
    unlessDeclared(409, CONFLICT),
    unlessDeclared(412, PRECONDITION),
  );
