import fc from 'fast-check';
import { anyJson, HOSTILE_KEYS, hostileNumber, hostileString } from './hostile-values.js';

/** The subset of JSON Schema (OpenAPI 3.1) the generator reads; anything else is fuzzed as "any JSON". */
export interface JsonSchema {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly oneOf?: readonly JsonSchema[];
  readonly anyOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly minimum?: number;
  readonly maximum?: number;
}

export type SchemaLookup = (ref: string) => JsonSchema;

/**
 * Bodies shaped like the document's request schema, but with hostile leaves: mostly the right structure (so the
 * request reaches deep validation and the database) with hostile strings, numbers at the edges, prototype-named keys,
 * wrong types and deep nesting mixed in. `depth` stops recursive schemas.
 */
export function bodyFromSchema(schema: JsonSchema, lookup: SchemaLookup, depth = 0): fc.Arbitrary<unknown> {
  const resolved = schema.$ref !== undefined ? lookup(schema.$ref) : schema;
  const shaped = shapedValue(resolved, lookup, depth);
  // One leaf in eight is of the wrong type altogether.
  return fc.oneof({ weight: 7, arbitrary: shaped }, { weight: 1, arbitrary: anyJson() });
}

function shapedValue(schema: JsonSchema, lookup: SchemaLookup, depth: number): fc.Arbitrary<unknown> {
  if (depth > 6) return anyJson();
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants !== undefined && variants.length > 0) {
    return fc.oneof(...variants.map((v) => bodyFromSchema(v, lookup, depth + 1)));
  }
  if (schema.allOf !== undefined && schema.allOf.length > 0)
    return bodyFromSchema(schema.allOf[0]!, lookup, depth + 1);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum !== undefined && schema.enum.length > 0) {
    return fc.oneof(fc.constantFrom(...schema.enum), hostileString());
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return objectValue(schema, lookup, depth);
    case 'array':
      return fc.array(bodyFromSchema(schema.items ?? {}, lookup, depth + 1), { maxLength: 4 });
    case 'string':
      return hostileString();
    case 'integer':
    case 'number':
      return hostileNumber();
    case 'boolean':
      return fc.oneof(fc.boolean(), fc.constantFrom('true', 0, 1));
    default:
      return anyJson();
  }
}

function objectValue(schema: JsonSchema, lookup: SchemaLookup, depth: number): fc.Arbitrary<unknown> {
  const properties = Object.entries(schema.properties ?? {});
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, property] of properties) record[name] = bodyFromSchema(property, lookup, depth + 1);
  const known =
    properties.length > 0
      ? fc.record(record, { requiredKeys: (schema.required ?? []).filter((k) => k in record) })
      : fc.constant({});
  const extra = fc.dictionary(
    fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 8 })),
    fc.oneof(hostileString(), anyJson()),
    { maxKeys: 2 },
  );
  // Extra keys go through JSON.parse on the server side, where `__proto__` is an own key: build it the same way.
  return fc
    .tuple(known, fc.boolean(), extra)
    .map(([value, withExtra, more]) =>
      withExtra ? JSON.parse(JSON.stringify({ ...value }).replace(/}$/, mergeRaw(value, more))) : value,
    );
}

/** JSON text of `more`'s entries appended to an object's JSON text (keeps `__proto__` as an own key). */
function mergeRaw(value: object, more: Record<string, unknown>): string {
  const entries = Object.entries(more).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v) ?? 'null'}`);
  if (entries.length === 0) return '}';
  return `${Object.keys(value).length > 0 ? ',' : ''}${entries.join(',')}}`;
}
