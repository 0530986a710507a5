import type { StandardSchemaValidationPipeOptions } from '@nestjs/common';
import { AppError } from '../../errors/app-error.js';
import type { ApiDiagnostic } from '../../errors/diagnostic.js';

/** A field tree like zod's treeifyError: messages at each node, children by property or index. */
export interface FieldTree {
  errors: string[];
  properties?: Record<string, FieldTree>;
  items?: Record<number, FieldTree>;
}

type Segment = PropertyKey;

/** Standard Schema issues, typed through Nest so we do not depend on @standard-schema/spec directly. */
type SchemaIssue = Parameters<
  NonNullable<StandardSchemaValidationPipeOptions['exceptionFactory']>
>[0][number];

/** Schema issues → 400 REQUEST_INVALID with an `errors` diagnostic list and a `fields` tree. */
export function validationProblem(issues: readonly SchemaIssue[]): AppError {
  const flat = issues.flatMap(expandIssue);
  const diagnostics: ApiDiagnostic[] = flat.map(({ code, path, message }) => ({
    code,
    severity: 'error',
    path: toJsonPointer(path),
    message,
  }));
  const fields: FieldTree = { errors: [] };
  for (const { path, message } of flat) addToTree(fields, path, message);
  const detail = diagnostics.map((d) => `${d.path || '/'}: ${d.message}`).join('; ');
  return new AppError('REQUEST_INVALID', detail, { diagnostics, extensions: { fields } });
}

interface FlatIssue {
  code: string;
  path: Segment[];
  message: string;
}

function expandIssue(issue: SchemaIssue): FlatIssue[] {
  const path = (issue.path ?? []).map((s) => (typeof s === 'object' ? s.key : s));
  const raw = issue as SchemaIssue & { code?: unknown; keys?: unknown };
  // One diagnostic per unknown field, pointing at the field itself rather than at its parent.
  if (raw.code === 'unrecognized_keys' && Array.isArray(raw.keys)) {
    return raw.keys.map((key) => ({
      code: 'UNKNOWN_FIELD',
      path: [...path, String(key)],
      message: 'Unknown field',
    }));
  }
  const code = typeof raw.code === 'string' ? raw.code.toUpperCase() : 'INVALID_VALUE';
  return [{ code, path, message: issue.message }];
}

function toJsonPointer(path: Segment[]): string {
  return path.map((s) => `/${String(s).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/**
 * Children live in prototype-less objects: a client's field may be called `toString` or `__proto__`, and
 * on a plain `{}` those names find Object.prototype's members instead of a child (a 500 before).
 */
function addToTree(root: FieldTree, path: Segment[], message: string): void {
  let node = root;
  for (const segment of path) {
    const children: Record<string, FieldTree> =
      typeof segment === 'number'
        ? (node.items ??= Object.create(null) as Record<number, FieldTree>)
        : (node.properties ??= Object.create(null) as Record<string, FieldTree>);
    const key = String(segment);
    node = Object.hasOwn(children, key) ? (children[key] as FieldTree) : (children[key] = { errors: [] });
  }
  node.errors.push(message);
}
