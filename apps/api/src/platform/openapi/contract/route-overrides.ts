import type { OpenAPIObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';
import { MAX_HTACCESS_RULES } from '../../../htaccess/htaccess.dto.js';
import { NO_CONTROL_CHARACTERS_BUT_LINE_BREAKS } from './input-patterns.js';
import { operationsOf } from './operations.js';

const ref = (name: string): ReferenceObject => ({ $ref: `#/components/schemas/${name}` });
const content = (schemas: Record<string, SchemaObject | ReferenceObject>) =>
  Object.fromEntries(Object.entries(schemas).map(([type, schema]) => [type, { schema }]));

type OperationObject = NonNullable<OpenAPIObject['paths'][string]['get']>;

/** The .htaccess file as text; BODY_LIMIT (1mb by default) bounds it. */
const HTACCESS_TEXT: SchemaObject = {
  type: 'string',
  maxLength: 1_048_576,
  pattern: NO_CONTROL_CHARACTERS_BUT_LINE_BREAKS,
  description: 'The .htaccess file itself',
};

/** A YAML document (a server spec); BODY_LIMIT bounds it. */
const YAML_TEXT: SchemaObject = {
  type: 'string',
  maxLength: 1_048_576,
  pattern: NO_CONTROL_CHARACTERS_BUT_LINE_BREAKS,
  description: 'The same document as YAML (no anchors or aliases)',
};

/** htaccessUpdateSchema (its `@Body()` has no schema: the controller reads both media types itself). */
const HTACCESS_UPDATE: SchemaObject = {
  type: 'object',
  required: ['rules'],
  additionalProperties: false,
  properties: { rules: { type: 'array', maxItems: MAX_HTACCESS_RULES, items: ref('HtaccessRule') } },
};

/**
 * What Nest's decorators cannot say, by operationId: one schema per media type (@ApiBody and @ApiProduces
 * give every media type the same one), an optional body, and a status whose two shapes differ.
 */
const OVERRIDES: Readonly<Record<string, (operation: OperationObject) => void>> = {
  Htaccess_read: (operation) => {
    const ok = operation.responses['200'];
    if (ok && !('$ref' in ok)) {
      ok.content = content({ 'application/json': ref('HtaccessDocument'), 'text/plain': HTACCESS_TEXT });
    }
  },
  Htaccess_replace: (operation) => {
    operation.requestBody = {
      required: true,
      content: content({ 'application/json': HTACCESS_UPDATE, 'text/plain': HTACCESS_TEXT }),
    };
  },
  Metrics_scrape: (operation) => {
    const ok = operation.responses['200'];
    if (ok && !('$ref' in ok)) {
      ok.content = content({
        'text/plain': {
          type: 'string',
          maxLength: 16_777_216,
          description: 'Prometheus text exposition format 0.0.4',
        },
      });
    }
  },
  // No body publishes the current model; force and reason are optional.
  ServerPublications_create: (operation) => {
    if (operation.requestBody && !('$ref' in operation.requestBody)) operation.requestBody.required = false;
    const ok = operation.responses['200'];
    if (ok && !('$ref' in ok)) {
      ok.content = content({
        'application/json': { oneOf: [ref('PublishNoop'), ref('PublishDryRun')] },
      });
    }
  },
  // The spec as JSON, or the same tree as YAML text.
  ServerSpec_export: (operation) => {
    const ok = operation.responses['200'];
    if (ok && !('$ref' in ok)) {
      ok.content = content({ 'application/json': ref('ServerSpec'), 'application/yaml': YAML_TEXT });
    }
  },
  ServerSpec_apply: (operation) => {
    operation.requestBody = {
      required: true,
      content: content({ 'application/json': ref('ServerSpec'), 'application/yaml': YAML_TEXT }),
    };
    operation.responses['412'] ??= {
      description: 'If-Match does not match the server’s current ETag (precondition-failed)',
    };
  },
  Publications_rollback: (operation) => {
    const ok = operation.responses['200'];
    if (ok && !('$ref' in ok)) ok.content = content({ 'application/json': ref('PublishNoop') });
  },
};

/** A publish or rollback that stored nothing: the same shape as a PublishResult, with `noop: true`. */
const PUBLISH_NOOP: SchemaObject = {
  description: 'The configuration was already live (or pending): nothing was stored or applied',
  // `const` is OpenAPI 3.1 (JSON Schema 2020-12); Nest's SchemaObject type predates it.
  allOf: [ref('PublishResult'), { type: 'object', properties: { noop: { const: true } as SchemaObject } }],
};

const MODEL_CONFLICT = 'A concurrent change touched the same server; retry (conflict)';
const MODEL_INVALID = 'The server’s model would be invalid after the change; nothing stored (model-invalid)';

/** Statuses a route's service answers that its controller's decorators do not declare. */
const EXTRA_RESPONSES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ApiTokens_create: { '403': 'Only admins may create server-scoped (agent) tokens (forbidden)' },
  VirtualHost_putProcessGroupMap: { '409': MODEL_CONFLICT, '422': MODEL_INVALID },
  Htaccess_replace: { '409': MODEL_CONFLICT },
  ServerSpec_apply: { '409': MODEL_CONFLICT, '422': MODEL_INVALID },
};

export function withRouteOverrides(document: OpenAPIObject): OpenAPIObject {
  for (const { operation } of operationsOf(document)) {
    const override = OVERRIDES[operation.operationId ?? ''];
    if (override) override(operation);
    for (const [status, description] of Object.entries(EXTRA_RESPONSES[operation.operationId ?? ''] ?? {})) {
      operation.responses[status] ??= { description };
    }
  }
  const schemas = document.components?.schemas ?? {};
  schemas.PublishNoop = PUBLISH_NOOP;
  return document;
}
