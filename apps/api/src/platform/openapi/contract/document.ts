import type { INestApplication } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import { handlerHeadersByOperation } from './handler-headers.js';
import { HEADER_PARAMETERS, RESPONSE_HEADERS } from './headers.js';
import { withInputPatterns } from './input-patterns.js';
import { operationsOf } from './operations.js';
import { OPERATION_TEXTS } from './operation-texts.js';
import { withContractResponses } from './responses.js';
import { withRouteOverrides } from './route-overrides.js';

/** Every tag an operation uses, described once (the order is the order of the docs). */
const TAGS: readonly { name: string; description: string }[] = [
  { name: 'auth', description: 'Logging in, the current principal and API tokens' },
  { name: 'users', description: 'User administration (admins)' },
  { name: 'servers', description: 'Web servers Hostplane renders configuration for' },
  { name: 'virtual-hosts', description: 'Virtual hosts of a server and their process group maps' },
  { name: 'daemon-groups', description: 'mod_wsgi daemon process groups of a server' },
  { name: 'directories', description: 'Directory blocks of a virtual host, owned by tenants' },
  { name: 'tenants', description: 'Hosting customers' },
  { name: 'wsgi-mounts', description: 'WSGI applications mounted in a virtual host (WSGIScriptAlias)' },
  { name: 'htaccess', description: 'The .htaccess of a directory, as JSON rules or as the file' },
  { name: 'config', description: 'Validation, rendered configuration and request resolution of a server' },
  { name: 'publications', description: 'Publishing, rolling back and deploying configuration revisions' },
  { name: 'server-spec', description: 'A server’s whole inventory as one JSON or YAML document' },
  { name: 'fleet', description: 'What the agents report, and the state of each server' },
  { name: 'audit', description: 'Audit trail of every write' },
  { name: 'operations', description: 'Probes and metrics, outside /api/v1 and without authentication' },
];

/**
 * Turns what Nest's swagger generated into the contract: servers, tags, texts, the reusable headers and
 * parameters, per-media-type schemas, and the responses every route has whatever its controller says.
 */
export function withContract(app: INestApplication, document: OpenAPIObject): OpenAPIObject {
  // OpenAPI 3.1 licence by SPDX identifier (Nest's types only know the 3.0 url form).
  const license = { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' };
  document.info = { ...document.info, license: license as OpenAPIObject['info']['license'] };
  document.info.contact = { name: 'Hostplane maintainers' };
  document.servers = [
    {
      url: '/',
      description:
        'The deployment serving this document (production, staging or local): paths are relative to its origin',
      'x-internal': false,
    } as OpenAPIObject['servers'] extends (infer S)[] | undefined ? S : never,
  ];
  document.tags = [...TAGS];
  for (const { operation } of operationsOf(document)) {
    // @ApiOperation({ summary, description }) on a route wins; the table covers the rest. A route in
    // neither fails `npm run lint:openapi` (operation-summary), not the app.
    const [summary, description] = OPERATION_TEXTS[operation.operationId ?? ''] ?? [];
    operation.summary ??= summary;
    operation.description ??= description;
  }
  document.components = {
    ...document.components,
    parameters: { ...document.components?.parameters, ...HEADER_PARAMETERS },
    headers: { ...document.components?.headers, ...RESPONSE_HEADERS },
  };
  return withoutUnusedSchemas(
    withInputPatterns(
      withIntegerFormats(withContractResponses(withRouteOverrides(document), handlerHeadersByOperation(app))),
    ),
  );
}

/** JavaScript integers are safe integers: int64 says the wire width (OWASP asks every integer for one). */
function withIntegerFormats(document: OpenAPIObject): OpenAPIObject {
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    const node = value as Record<string, unknown>;
    const isInteger = node.type === 'integer' || (Array.isArray(node.type) && node.type.includes('integer'));
    if (isInteger && node.format === undefined) node.format = 'int64';
    Object.values(node).forEach(visit);
  };
  visit(document.paths);
  visit(document.components);
  return document;
}

/** Query schemas are registered as components but documented as parameters: drop what nothing references. */
function withoutUnusedSchemas(document: OpenAPIObject): OpenAPIObject {
  const schemas = document.components?.schemas ?? {};
  const used = new Set<string>();
  const pending: unknown[] = [document.paths, document.components?.responses, document.components?.headers];
  const prefix = '#/components/schemas/';
  while (pending.length > 0) {
    const value = pending.pop();
    if (Array.isArray(value)) pending.push(...value);
    else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === '$ref' && typeof child === 'string' && child.startsWith(prefix)) {
          const name = child.slice(prefix.length);
          if (!used.has(name)) {
            used.add(name);
            pending.push(schemas[name]);
          }
        } else pending.push(child);
      }
    }
  }
  for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
  return document;
}
