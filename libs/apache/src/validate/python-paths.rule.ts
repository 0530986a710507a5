import type { Diagnostic } from '../model/diagnostic.js';
import type { DaemonGroup, Tenant } from '../model/server-model.js';
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
  for (const tenant of index.model.tenants) {
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
  for (const group of index.model.daemonGroups) {
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

interface Roots {
  /** Tenant id → its home and directory paths, each ending in "/". */
  readonly byTenant: ReadonlyMap<string, readonly string[]>;
  /** Root path → the tenants owning it, in model order: one lookup per ancestor of a path, not a scan of all. */
  readonly byPath: ReadonlyMap<string, readonly string[]>;
  /** Tenant id → its position in the model. */
  readonly order: ReadonlyMap<string, number>;
}

function tenantRoots(index: ModelIndex): Roots {
  const byTenant = new Map<string, string[]>();
  for (const tenant of index.model.tenants) byTenant.set(tenant.id, [slash(homeOf(tenant))]);
  for (const d of index.model.directories) byTenant.get(d.tenantId)?.push(slash(d.path));
  const byPath = new Map<string, string[]>();
  for (const [id, list] of byTenant) {
    for (const root of list) {
      const owners = byPath.get(root);
      if (owners === undefined) byPath.set(root, [id]);
      else if (!owners.includes(id)) owners.push(id);
    }
  }
  return { byTenant, byPath, order: new Map([...byTenant.keys()].map((id, i) => [id, i])) };
}

/**
 * The first tenant in model order, other than `tenantId`, one of whose roots contains `path` (as
 * `slash(path).startsWith(root)`: every root ends in "/", so it is one of the path's "/"-ended prefixes).
 */
function otherOwner(roots: Roots, tenantId: string, path: string): string | undefined {
  const full = slash(path);
  const at = (id: string) => roots.order.get(id) ?? Infinity;
  let best: string | undefined;
  for (let cut = full.indexOf('/'); cut !== -1; cut = full.indexOf('/', cut + 1)) {
    for (const id of roots.byPath.get(full.slice(0, cut + 1)) ?? []) {
      if (id !== tenantId && (best === undefined || at(id) < at(best))) best = id;
    }
  }
  return best;
}

function checkPaths(
  index: ModelIndex,
  roots: Roots,
  group: DaemonGroup,
  option: 'python-home' | 'python-path',
  values: readonly (string | number | boolean)[],
): Diagnostic[] {
  const where = paths.group(group.id, `options/${option}`);
  for (const value of values) {
    // Empty and unsafe values are reported by the injection rule already.
    if (typeof value !== 'string' || value === '' || !isLexicallySafe(value)) continue;
    if (!isAbsolutePath(value)) {
      return [
        error('INVALID_PYTHON_PATH', where, `${option} must be absolute paths matching ^/[A-Za-z0-9._/-]+$`),
      ];
    }
    if (option === 'python-home' && /\/(bin|site-packages)\/?$/.test(value)) {
      return [
        error(
          'PYTHON_HOME_NOT_A_VENV_ROOT',
          where,
          `python-home ${value} points inside a virtualenv; set it to the virtualenv's root (the directory holding pyvenv.cfg)`,
        ),
      ];
    }
    if (group.tenantId === null) continue;
    const full = slash(value);
    const inside = (root: string): boolean => full.startsWith(root);
    const owner = otherOwner(roots, group.tenantId, value);
    if (owner !== undefined) {
      const name = index.tenantsById.get(owner)?.name ?? owner;
      return [error('PYTHON_PATH_OF_ANOTHER_TENANT', where, `${value} lies in tenant ${name}'s files`)];
    }
    if (!(roots.byTenant.get(group.tenantId) ?? []).some(inside)) {
      return [
        // A warning, not an error: adopted servers (imports) keep code in /var/www and must stay valid.
        warning(
          'PYTHON_PATH_OUTSIDE_TENANT',
          where,
          `${value} is outside the tenant's home and directories; a tenant's group may only use its own virtualenvs and code`,
        ),
      ];
    }
  }
  return [];
}

function slash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}
