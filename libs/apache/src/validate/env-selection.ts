import type { Diagnostic } from '../model/diagnostic.js';
import type { Directory, VirtualHost } from '../model/server-model.js';
import { isLexicallySafe, isPlainlySafe } from '../syntax/unsafe-characters.js';
import { GLOBAL_TOKEN, restrictListAllows, restrictListMatch } from '../wsgi/restrict-list.js';
import { restrictListInForce, scopeWords } from '../wsgi/restrict-scope.js';
import { apacheText, error, warning } from './diagnostics.js';
import { checkLiteralGroup } from './group-reference.js';
import type { ModelIndex } from './model-index.js';
import { tenantMaySelect } from './tenant-selection.js';

/** Who wrote the value: an admin (config) or a tenant (.htaccess), which decides error vs warning. */
export type Author = 'admin' | 'tenant';

function checkEmbedded(
  index: ModelIndex,
  list: readonly string[] | null,
  author: Author,
  path: string,
): Diagnostic[] {
  const listAllows = list !== null && restrictListAllows(list, '');
  if (list !== null && !listAllows) {
    return [
      error(
        'EMBEDDED_MODE_NOT_ALLOWED',
        path,
        'an empty group or %{GLOBAL} selects embedded mode, which the restriction list refuses',
        apacheText.notInRestrictList(''),
      ),
    ];
  }
  if (author === 'tenant' && !listAllows) {
    return [
      error(
        'EMBEDDED_MODE_NOT_ALLOWED',
        path,
        'a tenant may select embedded mode only where the restriction list contains %{GLOBAL}',
      ),
    ];
  }
  if (index.model.restrictEmbedded) {
    return [
      error(
        'EMBEDDED_MODE_DISABLED',
        path,
        'embedded mode is disabled by WSGIRestrictEmbedded On',
        apacheText.embeddedDisabled,
      ),
    ];
  }
  return [
    warning(
      'EMBEDDED_MODE_REACHABLE',
      path,
      `this runs code embedded in Apache as ${index.model.apacheUser}`,
    ),
  ];
}

/**
 * A SetEnv value that WSGIProcessGroup %{ENV:...} turns into a group (spec §2.2): "" and %{GLOBAL} mean
 * embedded mode, a chained %{ENV:...} is not followed, a literal must exist, be visible and pass the
 * directory's restriction list (spec §3) with exactly the listed case.
 */
export function checkEnvSelectedGroup(
  index: ModelIndex,
  value: string,
  vhost: VirtualHost | undefined,
  directory: Pick<Directory, 'restrictProcess' | 'tenantId'> | null,
  path: string,
  author: Author = 'admin',
): Diagnostic[] {
  const diagnostics = explainSelection(index, value, vhost, directory, path, author);
  // Whatever the detailed checks let through, a tenant gets exactly what allowedProcessGroups offers.
  if (author === 'tenant' && directory !== null && !hasError(diagnostics)) {
    if (isLexicallySafe(value) && !tenantMaySelect(index, vhost, directory, value)) {
      diagnostics.push(
        error(
          'GROUP_NOT_ALLOWED_FOR_TENANT',
          path,
          value === ''
            ? 'an empty group cannot be written into .htaccess; %{GLOBAL} selects embedded mode where it is allowed'
            : restrictListInForce(index.model, vhost, directory.restrictProcess).list === null
              ? `"${value}" is not one of the tenant's own groups, the only ones a directory without a restriction list offers`
              : `"${value}" is not one of the process groups this directory offers its tenant`,
        ),
      );
    }
  }
  return diagnostics;
}

/** The precise reasons a value cannot be selected (or is risky), as an admin reads them. */
function explainSelection(
  index: ModelIndex,
  value: string,
  vhost: VirtualHost | undefined,
  directory: Pick<Directory, 'restrictProcess' | 'tenantId'> | null,
  path: string,
  author: Author,
): Diagnostic[] {
  // A vhost default (no directory) meets the vhost's or the server's list; a directory, the nearest one.
  const { list, scope } = restrictListInForce(index.model, vhost, directory?.restrictProcess ?? null);
  if (value === '' || value === GLOBAL_TOKEN) return checkEmbedded(index, list, author, path);
  if (!isLexicallySafe(value)) return [];
  if (value.startsWith('%')) {
    return [
      error(
        'INVALID_PROCESS_GROUP',
        path,
        `"${value}" is not a group name: mod_wsgi does not follow %{ENV:...} chains and %{SERVER}/%{HOST} give host names`,
        apacheText.unknownGroup(value),
      ),
    ];
  }
  const { diagnostics, group } = checkLiteralGroup(index, value, vhost, path);
  const match = restrictListMatch(list, value);
  if (match === 'none') {
    diagnostics.push(
      error(
        'GROUP_NOT_IN_RESTRICT_LIST',
        path,
        `"${value}" is not in ${scopeWords(scope ?? 'directory')} WSGIRestrictProcess list`,
        apacheText.notInRestrictList(value),
      ),
    );
  } else if (match === 'case-only' && group !== null) {
    diagnostics.push(
      error(
        'GROUP_NAME_CASE_MISMATCH',
        path,
        `"${value}" passes the restriction list only because Apache ignores case there`,
      ),
    );
  } else if (match === 'unrestricted' && group !== null && directory !== null) {
    if (group.tenantId !== null && group.tenantId !== directory.tenantId) {
      const make = author === 'tenant' ? error : warning;
      diagnostics.push(make('GROUP_OF_ANOTHER_TENANT', path, `"${value}" belongs to another tenant`));
    }
  }
  return diagnostics;
}

function hasError(diagnostics: readonly Diagnostic[]): boolean {
  for (const d of diagnostics) if (d.severity === 'error') return true;
  return false;
}

/**
 * True only when checkEnvSelectedGroup would report nothing for this author: a plain name of an existing
 * group of this vhost (or a global one), listed exactly in the restriction list or, without a list, the
 * directory tenant's own group (or, for an admin, a group of no tenant). `directory` null: a vhost default,
 * as checkEnvSelectedGroup takes it. Allocates nothing, so clean values need no diagnostic path; false means
 * "run the full check".
 */
export function isSilentEnvSelection(
  index: ModelIndex,
  value: string,
  vhost: VirtualHost | undefined,
  directory: Pick<Directory, 'restrictProcess' | 'tenantId'> | null,
  author: Author = 'admin',
): boolean {
  if (typeof value !== 'string' || value === '' || value === GLOBAL_TOKEN) return false;
  if (value.charCodeAt(0) === 0x25 /* % */ || !isPlainlySafe(value)) return false;
  const group = index.groupsByName.get(value);
  if (group === undefined) return false;
  const owner = group.virtualHostId;
  if (vhost !== undefined && owner !== null && owner !== vhost.id) return false;
  // restrictListInForce without its result object: this is the hot path of a 10k-vhost validate.
  const own = directory?.restrictProcess ?? null;
  const list = own ?? vhost?.restrictProcess ?? index.model.restrictProcess ?? null;
  // Outside a directory (a vhost default) no tenant is compared; only the vhost's or server's list applies.
  if (directory === null) return list === null || list.includes(value);
  if (author === 'tenant' && vhost === undefined) return false;
  if (list === null) {
    return group.tenantId === directory.tenantId || (author === 'admin' && group.tenantId === null);
  }
  // An inherited list offers a tenant only its own groups (tenantMaySelect).
  if (author === 'tenant' && own === null && group.tenantId !== directory.tenantId) return false;
  // The value is neither "" nor %{GLOBAL}, so restrictListKey(token) === value is token === value.
  for (let i = 0; i < list.length; i++) if (list[i] === value) return true;
  return false;
}
