import type { Diagnostic } from '../model/diagnostic.js';
import type { DaemonGroup, Directory, Tenant } from '../model/server-model.js';
import { isAbsolutePath } from '../syntax/name-patterns.js';
import { isLexicallySafe } from '../syntax/unsafe-characters.js';
import { error, paths, warning } from './diagnostics.js';
import type { ModelIndex } from './model-index.js';

const PYTHON_VERSION = /^3\.[0-9]{1,2}$/;

/** A tenant's home: where its virtualenvs and app code may live (api-v1 "Additions": /home/<unixUser> by default). */
export function homeOf(tenant: Tenant): string {
  return tenant.homeDirectory ?? `/home/${tenant.unixUser}`;
}

/**
 * python-home / python-path of daemon groups (issue 10): absolute paths; a tenant's group may only use paths
 * inside its own home or directories, never another tenant's (a venv is code that runs as the group's user).
 * `python-home` pointing at a venv's `bin/` or at `site-packages` is the commonest broken deployment
 * (mod_wsgi reports it only per request), so it is refused here already; the publish preflight checks the disk.
 */
export function checkPythonPaths(index: ModelIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  const version = index.model.pythonVersion;
  if (version !== undefined && version !== null && !PYTHON_VERSION.test(version)) {
    out.push(
      error(
        'INVALID_PYTHON_VERSION',
        paths.server('pythonVersion'),
        'pythonVersion must be X.Y, e.g. "3.11"',
      ),
    );
  }
  // Index loops: for-of allocates an iterator result per item until optimized (see checkDaemonIdentity).
  const { tenants, daemonGroups } = index.model;
  for (let i = 0; i < tenants.length; i++) {
    const tenant = tenants[i] as Tenant;
    const home = tenant.homeDirectory;
    if (home !== undefined && home !== null && !(isLexicallySafe(home) && isAbsolutePath(home))) {
      out.push(
        error(
          'INVALID_PATH',
          paths.tenant(tenant.id, 'homeDirectory'),
          'homeDirectory must be an absolute path',
        ),
      );
    }
  }
  // The tenants' roots are built only for a server that has python paths to hold against them.
  let roots: Roots | undefined;
  for (let i = 0; i < daemonGroups.length; i++) {
    const group = daemonGroups[i] as DaemonGroup;
    const home = group.options['python-home'];
    const path = group.options['python-path'];
    if (home === undefined && path === undefined) continue;
    roots ??= tenantRoots(index);
    if (home !== undefined) out.push(...checkPaths(index, roots, group, 'python-home', [home]));
    if (path !== undefined) {
      const list = typeof path === 'string' ? path.split(':') : [path];
      out.push(...checkPaths(index, roots, group, 'python-path', list));
    }
  }
  return out;
}

/**
 * Every tenant root (its home and its directories' paths, keyed without a trailing "/": rootKey) → the tenants owning
 * it. One lookup per ancestor of a path answers both questions a path asks (another tenant's? inside its own?), so a
 * big server builds one Map and no per-tenant lists. Keyed as the model spells the paths, the roots need no string
 * built per directory (a "/"-ended key was a concatenation, hashed only after being flattened).
 */
interface Roots {
  readonly byPath: ReadonlyMap<string, Tenant | Tenant[]>;
  /** Tenant id → first position in the model; built only when two tenants' roots contain one path (rare). */
  order?: ReadonlyMap<string, number>;
}

function tenantRoots(index: ModelIndex): Roots {
  const byPath = new Map<string, Tenant | Tenant[]>();
  const add = (root: string, tenant: Tenant): void => {
    const owners = byPath.get(root);
    if (owners === undefined) byPath.set(root, tenant);
    else if (Array.isArray(owners)) {
      if (!owners.includes(tenant)) owners.push(tenant);
    } else if (owners !== tenant) byPath.set(root, [owners, tenant]);
  };
  // By id, as every other lookup: with a repeated id the last tenant is the one (buildModelIndex's tenantsById).
  for (const tenant of index.tenantsById.values()) add(rootKey(homeOf(tenant)), tenant);
  const directories = index.model.directories;
  for (let i = 0; i < directories.length; i++) {
    const d = directories[i] as Directory;
    const tenant = index.tenantsById.get(d.tenantId);
    if (tenant !== undefined) add(rootKey(d.path), tenant);
  }
  return { byPath };
}

interface Ownership {
  /** The first tenant in model order, other than the group's, one of whose roots contains the path. */
  other: Tenant | undefined;
  /** One of the group's tenant's own roots contains the path. */
  own: boolean;
}

/**
 * Who owns `path`: a root contains it when the root followed by "/" is a prefix of the path followed by "/", so the
 * candidates are the path's text before each "/" and the path itself (unless it ends in "/"), in that order.
 */
function ownership(index: ModelIndex, roots: Roots, tenantId: string, path: string): Ownership {
  let other: Tenant | undefined;
  let own = false;
  const consider = (tenant: Tenant): void => {
    if (tenant.id === tenantId) own = true;
    else if (other === undefined || modelOrder(index, roots, tenant) < modelOrder(index, roots, other))
      other = tenant;
  };
  const visit = (key: string): void => {
    const owners = roots.byPath.get(key);
    if (owners === undefined) return;
    if (Array.isArray(owners)) owners.forEach(consider);
    else consider(owners);
  };
  for (let cut = path.indexOf('/'); cut !== -1; cut = path.indexOf('/', cut + 1)) visit(path.slice(0, cut));
  if (!path.endsWith('/')) visit(path);
  return { other, own };
}

function modelOrder(index: ModelIndex, roots: Roots, tenant: Tenant): number {
  if (roots.order === undefined) {
    const order = new Map<string, number>();
    index.model.tenants.forEach((t, i) => order.has(t.id) || order.set(t.id, i));
    roots.order = order;
  }
  return roots.order.get(tenant.id) ?? Infinity;
}

function checkPaths(
  index: ModelIndex,
  roots: Roots,
  group: DaemonGroup,
  option: 'python-home' | 'python-path',
  values: readonly (string | number | boolean)[],
): Diagnostic[] {
  // Built only for a diagnostic: 10k venv-backed groups are usually all fine.
  const where = (): string => paths.group(group.id, `options/${option}`);
  for (const value of values) {
    // Empty and unsafe values are reported by the injection rule already.
    if (typeof value !== 'string' || value === '' || !isLexicallySafe(value)) continue;
    if (!isAbsolutePath(value)) {
      return [
        error(
          'INVALID_PYTHON_PATH',
          where(),
          `${option} must be absolute paths matching ^/[A-Za-z0-9._/-]+$`,
        ),
      ];
    }
    if (option === 'python-home' && /\/(bin|site-packages)\/?$/.test(value)) {
      return [
        error(
          'PYTHON_HOME_NOT_A_VENV_ROOT',
          where(),
          `python-home ${value} points inside a virtualenv; set it to the virtualenv's root (the directory holding pyvenv.cfg)`,
        ),
      ];
    }
    if (group.tenantId === null) continue;
    const { other, own } = ownership(index, roots, group.tenantId, value);
    if (other !== undefined) {
      return [
        error('PYTHON_PATH_OF_ANOTHER_TENANT', where(), `${value} lies in tenant ${other.name}'s files`),
      ];
    }
    if (!own) {
      return [
        // A warning, not an error: adopted servers (imports) keep code in /var/www and must stay valid.
        warning(
          'PYTHON_PATH_OUTSIDE_TENANT',
          where(),
          `${value} is outside the tenant's home and directories; a tenant's group may only use its own virtualenvs and code`,
        ),
      ];
    }
  }
  return [];
}

/** A root's key: the path without one trailing "/" ("/" itself is ""), as ownership looks its prefixes up. */
function rootKey(path: string): string {
  return path.endsWith('/') ? path.slice(0, -1) : path;
}
