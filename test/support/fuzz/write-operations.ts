import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonSchema, SchemaLookup } from './body-from-schema.js';

/** One write route of the committed OpenAPI document, as the fuzzer drives it. */
export interface WriteOperation {
  readonly method: 'post' | 'put' | 'patch' | 'delete';
  readonly path: string;
  readonly jsonBody: JsonSchema | null;
  readonly textBody: boolean;
  readonly queryParameters: readonly string[];
}

interface OpenApiOperation {
  readonly parameters?: readonly { readonly in: string; readonly name: string }[];
  readonly requestBody?: { readonly content: Readonly<Record<string, { readonly schema?: JsonSchema }>> };
}

interface OpenApiDocument {
  readonly paths: Readonly<Record<string, Readonly<Record<string, OpenApiOperation>>>>;
  readonly components: { readonly schemas: Readonly<Record<string, JsonSchema>> };
}

export function loadOpenApiDocument(): OpenApiDocument {
  return JSON.parse(readFileSync(join(process.cwd(), 'docs/openapi.json'), 'utf8')) as OpenApiDocument;
}

/** Every POST/PUT/PATCH/DELETE the document lists: the fuzzer's coverage is the contract's, not a hand-made list. */
export function writeOperations(document: OpenApiDocument): WriteOperation[] {
  const operations: WriteOperation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['post', 'put', 'patch', 'delete'] as const) {
      const operation = item[method];
      if (operation === undefined) continue;
      const content = operation.requestBody?.content ?? {};
      operations.push({
        method,
        path,
        jsonBody: content['application/json']?.schema ?? null,
        textBody: content['text/plain'] !== undefined,
        queryParameters: (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
      });
    }
  }
  return operations;
}

export function schemaLookup(document: OpenApiDocument): SchemaLookup {
  return (ref) => {
    const name = ref.replace('#/components/schemas/', '');
    const schema = document.components.schemas[name];
    if (schema === undefined) throw new Error(`unknown schema ${ref}`);
    return schema;
  };
}
