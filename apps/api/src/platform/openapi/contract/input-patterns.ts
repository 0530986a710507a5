import type { OpenAPIObject } from '@nestjs/swagger';
import { operationsOf } from './operations.js';

/**
 * The input guard (platform/http/input) refuses C0 controls and DEL before any schema sees a value: in
 * paths and queries all of them, in body strings all but tab, line feed and carriage return. Every string
 * a client sends that has no narrower format or pattern gets that rule as its pattern, so a client
 * generated from the document refuses the same values the server does.
 */
export const NO_CONTROL_CHARACTERS = '^[^\\u0000-\\u001f\\u007f]*$';
export const NO_CONTROL_CHARACTERS_BUT_LINE_BREAKS =
  '^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]*$';

type Node = Record<string, unknown>;

export function withInputPatterns(document: OpenAPIObject): OpenAPIObject {
  const schemas = (document.components?.schemas ?? {}) as Record<string, unknown>;
  const seen = new Set<unknown>();
  const visit = (value: unknown, pattern: string): void => {
    if (Array.isArray(value)) return value.forEach((item) => visit(item, pattern));
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    const node = value as Node;
    if (typeof node.$ref === 'string' && node.$ref.startsWith('#/components/schemas/')) {
      visit(schemas[node.$ref.slice('#/components/schemas/'.length)], pattern);
    }
    const isString = node.type === 'string' || (Array.isArray(node.type) && node.type.includes('string'));
    const restricted = ['format', 'pattern', 'enum', 'const'].some((key) => node[key] !== undefined);
    if (isString && !restricted) node.pattern = pattern;
    for (const [key, child] of Object.entries(node)) if (key !== 'description') visit(child, pattern);
  };
  for (const { operation } of operationsOf(document)) {
    for (const parameter of operation.parameters ?? []) {
      if (!('$ref' in parameter)) visit(parameter.schema, NO_CONTROL_CHARACTERS);
    }
    const body = operation.requestBody;
    if (body && !('$ref' in body)) {
      for (const media of Object.values(body.content))
        visit(media.schema, NO_CONTROL_CHARACTERS_BUT_LINE_BREAKS);
    }
  }
  return document;
}
