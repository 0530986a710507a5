import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import { operationMatcher, type OpenApiDocument } from './operation-matcher.js';

/** What a supertest response exposes that the check reads. */
export interface CheckedResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: unknown;
  readonly text?: string;
  readonly req: { readonly method: string; readonly path: string };
}

interface ResponseObject {
  readonly content?: Record<string, { schema?: unknown }>;
  readonly headers?: Record<string, { $ref?: string; required?: boolean; schema?: unknown }>;
}

interface Operation {
  readonly responses: Record<string, ResponseObject | undefined>;
}

const DOCUMENT_ID = 'openapi.json';
/** Methods Express answers on its own for any route (HEAD of a GET, CORS preflights): not in the document. */
const IMPLICIT_METHODS = new Set(['HEAD', 'OPTIONS']);

/**
 * Checks one answer against the committed docs/openapi.json: its status is declared for the operation
 * (`default` does not count), its media type is one the status declares (or there is no body when it
 * declares none), the body matches that media type's schema, and its declared headers match theirs.
 * Paths the document does not have (Swagger UI, probe controllers of a spec) are not checked.
 */
export class ResponseCheck {
  private readonly ajv: Ajv2020;
  private readonly match: ReturnType<typeof operationMatcher>;
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly document: OpenApiDocument & Record<string, unknown>) {
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
    // ajv-formats is CommonJS: under NodeNext its default import is module.exports, the plugin is .default.
    addFormatsPlugin.default(this.ajv);
    this.ajv.addFormat('int32', {
      type: 'number',
      validate: (n: number) => Number.isInteger(n) && Math.abs(n) < 2 ** 31,
    });
    this.ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isSafeInteger(n) });
    this.ajv.addSchema({ ...document, $id: DOCUMENT_ID });
    this.match = operationMatcher(document);
  }

  static fromCommittedDocument(): ResponseCheck {
    const path = join(process.cwd(), 'docs', 'openapi.json');
    return new ResponseCheck(
      JSON.parse(readFileSync(path, 'utf8')) as OpenApiDocument & Record<string, unknown>,
    );
  }

  /** The mismatches of one answer; empty when it is what the document says. */
  problems(res: CheckedResponse): string[] {
    const method = res.req.method.toUpperCase();
    const path = res.req.path.split('?')[0] ?? '';
    const at = `${method} ${path} → ${res.status}`;
    const matched = this.match(method, path);
    if (!matched || IMPLICIT_METHODS.has(method)) return [];
    const base = `#/paths/${pointer(matched.template)}/${method.toLowerCase()}`;
    const operation = matched.operation as Operation | undefined;
    // A method the path does not have: the 405 problem every route shares.
    if (!operation)
      return res.status === 405
        ? this.problemBody(at, res)
        : [`${at}: ${method} is not in the document for ${matched.template} (expected 405)`];
    const response = operation.responses[String(res.status)];
    if (!response) {
      return [
        `${at}: status ${res.status} is not declared (declared: ${Object.keys(operation.responses).join(', ')})`,
      ];
    }
    return [
      ...this.bodyProblems(at, `${base}/responses/${res.status}`, response, res),
      ...this.headerProblems(at, response, res),
    ];
  }

  private problemBody(at: string, res: CheckedResponse): string[] {
    return this.schemaProblems(at, '#/components/schemas/Problem', res.body);
  }

  private bodyProblems(at: string, ref: string, response: ResponseObject, res: CheckedResponse): string[] {
    const contentType = header(res, 'content-type');
    const text = res.text ?? '';
    if (!response.content) {
      return text.length > 0
        ? [`${at}: a body (${contentType ?? 'no content type'}) where none is declared`]
        : [];
    }
    const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!(mediaType in response.content)) {
      return [
        `${at}: content type ${contentType ?? '(none)'} is not declared (${Object.keys(response.content).join(', ')})`,
      ];
    }
    if (response.content[mediaType]?.schema === undefined) return [];
    const body = mediaType.endsWith('json') ? res.body : text;
    return this.schemaProblems(at, `${ref}/content/${pointer(mediaType)}/schema`, body);
  }

  private headerProblems(at: string, response: ResponseObject, res: CheckedResponse): string[] {
    const out: string[] = [];
    for (const [name, declared] of Object.entries(response.headers ?? {})) {
      const resolved = declared.$ref ? (this.resolve(declared.$ref) as typeof declared) : declared;
      const value = header(res, name.toLowerCase());
      if (value === undefined) {
        if (resolved.required) out.push(`${at}: required header ${name} is missing`);
        continue;
      }
      if (resolved.schema === undefined) continue;
      const schemaRef = declared.$ref ? `${declared.$ref}/schema` : undefined;
      const typed = /"type":"(integer|number)"/.test(JSON.stringify(resolved.schema)) ? Number(value) : value;
      out.push(
        ...(schemaRef
          ? this.schemaProblems(`${at} header ${name}`, schemaRef, typed)
          : this.inlineProblems(`${at} header ${name}`, resolved.schema, typed)),
      );
    }
    return out;
  }

  private schemaProblems(at: string, ref: string, value: unknown): string[] {
    const key = `${DOCUMENT_ID}${ref}`;
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile({ $ref: key });
      this.validators.set(key, validate);
    }
    return validate(value) ? [] : [`${at}: ${this.ajv.errorsText(validate.errors, { separator: '; ' })}`];
  }

  private inlineProblems(at: string, schema: unknown, value: unknown): string[] {
    const validate = this.ajv.compile(schema as object);
    return validate(value) ? [] : [`${at}: ${this.ajv.errorsText(validate.errors, { separator: '; ' })}`];
  }

  private resolve(ref: string): unknown {
    return ref
      .slice(2)
      .split('/')
      .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], this.document);
  }
}

function pointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

function header(res: CheckedResponse, name: string): string | undefined {
  const value = res.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}
