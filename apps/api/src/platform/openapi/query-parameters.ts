import type { INestApplication } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import type { OpenAPIObject, ParameterObject, SchemaObject } from '@nestjs/swagger';
import { z } from 'zod';

/** The operationId of a handler; createDocument and this post-processor must agree on it. */
export function operationIdOf(controller: string, method: string): string {
  return `${controller.replace(/Controller$/, '')}_${method}`;
}

interface RouteArg {
  readonly data?: unknown;
  readonly schema?: unknown;
}

/**
 * `@Query({ schema })` with a zod object yields no OpenAPI parameters: swagger only expands an inline
 * object, and our list queries carry `.meta({ id })`, so it sees a bare $ref and drops them. Every list
 * would then hide `limit`, `cursor` and its filters. This adds one query parameter per property of each
 * handler's whole-query schema, found through Nest's route metadata and matched by operationId.
 */
export function withQueryParameters(app: INestApplication, document: OpenAPIObject): OpenAPIObject {
  const byOperation = queryParametersByOperation(app);
  for (const item of Object.values(document.paths)) {
    for (const operation of [item.get, item.put, item.post, item.delete, item.patch]) {
      const wanted =
        operation?.operationId === undefined ? undefined : byOperation.get(operation.operationId);
      if (!operation || !wanted) continue;
      const present = new Set(
        (operation.parameters ?? []).flatMap((p) => ('$ref' in p ? [] : [`${p.in}:${p.name}`])),
      );
      const missing = wanted.filter((p) => !present.has(`${p.in}:${p.name}`));
      operation.parameters = [...(operation.parameters ?? []), ...missing];
    }
  }
  return document;
}

function queryParametersByOperation(app: INestApplication): Map<string, ParameterObject[]> {
  const scanner = new MetadataScanner();
  const out = new Map<string, ParameterObject[]>();
  for (const module of app.get(ModulesContainer, { strict: false }).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      for (const method of scanner.getAllMethodNames(controller.prototype)) {
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<
          string,
          RouteArg
        >;
        const parameters = Object.entries(args)
          .filter(([key, arg]) => key.startsWith(`${RouteParamtypes.QUERY}:`) && arg.data === undefined)
          .flatMap(([, arg]) => parametersOf(arg.schema));
        if (parameters.length > 0) out.set(operationIdOf(controller.name, method), parameters);
      }
    }
  }
  return out;
}

/** One parameter per property of a zod object schema (query strings are flat: nothing nests). */
function parametersOf(schema: unknown): ParameterObject[] {
  if (!(schema instanceof z.ZodType)) return [];
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  const root = rootOf(json);
  if (root?.type !== 'object' || root.properties === undefined) return [];
  const required = new Set(root.required ?? []);
  return Object.entries(root.properties).map(([name, property]) => {
    const { description, ...rest } = withComponentRefs(property) as SchemaObject & { description?: string };
    return {
      name,
      in: 'query',
      required: required.has(name),
      ...(description !== undefined ? { description } : {}),
      schema: rest,
    };
  });
}

interface JsonObjectSchema {
  type?: unknown;
  properties?: Record<string, unknown>;
  required?: string[];
}

/** A schema with `.meta({ id })` comes out as `{ $ref: '#/$defs/Id', $defs }`: follow that one hop. */
function rootOf(json: Record<string, unknown>): JsonObjectSchema | undefined {
  const ref = json.$ref;
  const defs = json.$defs as Record<string, JsonObjectSchema> | undefined;
  if (typeof ref === 'string' && ref.startsWith('#/$defs/')) return defs?.[ref.slice('#/$defs/'.length)];
  return json as JsonObjectSchema;
}

/** A property naming another schema with an id points at the component swagger registered for it. */
function withComponentRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withComponentRefs);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [
      key,
      key === '$ref' && typeof child === 'string'
        ? child.replace('#/$defs/', '#/components/schemas/')
        : withComponentRefs(child),
    ]),
  );
}
