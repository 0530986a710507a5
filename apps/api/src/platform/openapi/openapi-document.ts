import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { z } from 'zod';
import { BEARER_SECURITY_SCHEME } from '../../auth/auth-policy.js';
import { API_PREFIX } from '../http/api-prefix.js';
import { PROBLEM_CONTENT_TYPE } from '../http/problem/problem-details.js';
import { withContract } from './contract/document.js';
import { problemSchema } from './problem.schema.js';
import { operationIdOf, withQueryParameters } from './query-parameters.js';

/**
 * zod schemas are the DTOs: Nest's swagger reads the Standard Schema attached by `@Body({ schema })` and
 * `@ApiOkResponse({ standardSchema })`; we convert them with zod's own JSON Schema (draft 2020-12, the
 * dialect of OpenAPI 3.1) instead of the library's 3.0 default. Schemas with `.meta({ id })` come out of
 * zod as `$defs`, which become named components (swagger rewrites the `#/$defs/` references).
 */
function zodToOpenApi(schema: unknown, { schemaType }: { schemaType: 'input' | 'output' }) {
  if (!(schema instanceof z.ZodType)) return undefined;
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: schemaType, unrepresentable: 'any' });
  const { $schema: _dialect, $defs: components, ...root } = json;
  return { schema: root, components: components ?? {} };
}

export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('Hostplane API')
    .setDescription(
      'Control plane for Apache + mod_wsgi hosting. Errors are application/problem+json (RFC 9457).',
    )
    .setVersion('1')
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT or API token',
        description:
          'A session token from POST /api/v1/auth/login (a JWT, short-lived) or an API token (`hpt_…`), ' +
          'only in the Authorization header.',
      },
      BEARER_SECURITY_SCHEME,
    )
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    standardSchemaConverter: zodToOpenApi,
    operationIdFactory: operationIdOf,
  });
  return withContract(app, withProblemResponses(withQueryParameters(app, document)));
}

/** Every operation can fail with a problem (the global filter guarantees it): say so once, everywhere;
 * withContract gives each declared error status the same content. */
type ComponentSchema = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>[string];

function withProblemResponses(document: OpenAPIObject): OpenAPIObject {
  // problemSchema carries meta id "Problem", so zod emits it under $defs.
  const problem = z.toJSONSchema(problemSchema, { target: 'draft-2020-12' }).$defs
    ?.Problem as ComponentSchema;
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, Problem: problem },
  };
  const content = { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } };
  for (const item of Object.values(document.paths)) {
    for (const operation of [item.get, item.put, item.post, item.delete, item.patch]) {
      if (!operation) continue;
      operation.responses.default = { description: 'Error (RFC 9457 problem details)', content };
    }
  }
  return document;
}

export const OPENAPI_JSON_PATH = `${API_PREFIX}/openapi.json`;
