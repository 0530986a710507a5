import fc from 'fast-check';
import {
  anyJson,
  HOSTILE_KEYS,
  hostileNumber,
  hostileString,
  plausibleNumber,
  plausibleString,
} from './hostile-values.js';

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
export function bodyFromSchema(
  schema: JsonSchema,
  lookup: SchemaLookup,
  depth = 0,
  hostile = true,
): fc.Arbitrary<unknown> {
  const resolved = schema.$ref !== undefined ? lookup(schema.$ref) : schema;
  const shaped = shapedValue(resolved, lookup, depth, hostile);
  if (!hostile) return shaped;
  // One leaf in eight is of the wrong type altogether.
  return fc.oneof({ weight: 7, arbitrary: shaped }, { weight: 1, arbitrary: anyJson() });
}

/** Half the bodies plausible through and through (they reach the engine and the database), half hostile. */
export function requestBody(schema: JsonSchema, lookup: SchemaLookup): fc.Arbitrary<unknown> {
  return fc.oneof(bodyFromSchema(schema, lookup, 0, false), bodyFromSchema(schema, lookup, 0, true));
}

function shapedValue(
  schema: JsonSchema,
  lookup: SchemaLookup,
  depth: number,
  hostile: boolean,
): fc.Arbitrary<unknown> {
  if (depth > 6) return anyJson();
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants !== undefined && variants.length > 0) {
    return fc.oneof(...variants.map((v) => bodyFromSchema(v, lookup, depth + 1, hostile)));
  }
  if (schema.allOf !== undefined && schema.allOf.length > 0)
    return bodyFromSchema(schema.allOf[0]!, lookup, depth + 1);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum !== undefined && schema.enum.length > 0) {
    return hostile
      ? fc.oneof(fc.constantFrom(...schema.enum), hostileString())
      : fc.constantFrom(...schema.enum);
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return objectValue(schema, lookup, depth, hostile);
    case 'array':
      return fc.array(bodyFromSchema(schema.items ?? {}, lookup, depth + 1, hostile), { maxLength: 4 });
    case 'string':
      return hostile ? fc.oneof(hostileString(), plausibleString()) : plausibleString();
    case 'integer':
    case 'number':
      return hostile ? hostileNumber() : plausibleNumber();
    case 'boolean':
      return hostile ? fc.oneof(fc.boolean(), fc.constantFrom('true', 0, 1)) : fc.boolean();
    default:
      return hostile ? anyJson() : plausibleString();
  }
}

function objectValue(
  schema: JsonSchema,
  lookup: SchemaLookup,
  depth: number,
  hostile: boolean,
): fc.Arbitrary<unknown> {
  const properties = Object.entries(schema.properties ?? {});
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, property] of properties)
    record[name] = bodyFromSchema(property, lookup, depth + 1, hostile);
  const known =
    properties.length > 0
      ? fc.record(record, { requiredKeys: (schema.required ?? []).filter((k) => k in record) })
      : fc.constant({});
  const extra = fc.dictionary(
    fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 8 })),
    fc.oneof(hostileString(), anyJson()),
    { maxKeys: 2 },
  );
  return fc.tuple(known, fc.boolean(), extra).map(([value, withExtra, more]) => {
    if (!withExtra || !hostile) return value;
    // defineProperty keeps `__proto__` an own key, as JSON.parse on the server side will make it.
    const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    for (const [key, v] of Object.entries(more)) {
      Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    }
    return out;
  });
}
