import type { Diagnostic } from '../model/diagnostic.js';
import type { ServerModel } from '../model/server-model.js';
import { checkDaemonIdentity } from './daemon-identity.rule.js';
import { checkDaemonOptions } from './daemon-options.rule.js';
import { checkDirectories, checkDirectory } from './directories.rule.js';
import { error, paths } from './diagnostics.js';
import { checkGroupNames } from './group-names.rule.js';
import { checkHtaccessPathConflict, checkHtaccessPathConflicts } from './htaccess-path-conflict.rule.js';
import { checkAllHtaccessRules, checkHtaccessRules } from './htaccess-rules.rule.js';
import { checkDirectoryInjection, checkInjection, EMPTY_CONFIG_VALUE } from './injection.rule.js';
import { checkDirectoryLineLengths, checkLineLengths } from './line-length.rule.js';
import { buildModelIndex, type ModelIndex } from './model-index.js';
import { checkAllNestedDirectories, checkNestedDirectories } from './nested-directories.rule.js';
import { checkOuterScopes } from './outer-scopes.rule.js';
import { checkDirectoryPlatform, checkPlatform } from './platform.rule.js';
import { checkProcessGroupMaps } from './process-group-map.rule.js';
import { checkPythonPaths } from './python-paths.rule.js';
import { lintDirectories, lintDirectory } from './security-lint.rule.js';
import { checkServerSettings } from './server-settings.rule.js';
import { checkVirtualHosts } from './virtual-hosts.rule.js';
import { checkWsgiMounts } from './wsgi-mounts.rule.js';

/**
 * Every whole-server rule. Only the per-directory checks of validateDirectory below read a directory's .htaccess
 * rules, and a spec PUT relies on it: validateAgainstBaseline re-checks only the directories whose rules changed.
 * A rule added here that reads `rules` across directories must make that shortcut fall back to validate().
 */
const RULES: readonly ((index: ModelIndex) => Diagnostic[])[] = [
  checkInjection,
  checkLineLengths,
  checkServerSettings,
  checkGroupNames,
  checkDaemonOptions,
  checkDaemonIdentity,
  checkVirtualHosts,
  checkOuterScopes,
  checkProcessGroupMaps,
  checkDirectories,
  checkAllHtaccessRules,
  checkHtaccessPathConflicts,
  checkAllNestedDirectories,
  lintDirectories,
  checkWsgiMounts,
  checkPythonPaths,
  checkPlatform,
];

/** Every problem of a whole server model at once: errors block a write, warnings are the security lint. */
export function validate(model: ServerModel, index: ModelIndex = buildModelIndex(model)): Diagnostic[] {
  return withoutRedundantEmptyValues(RULES.flatMap((rule) => rule(index)));
}

/**
 * EMPTY_CONFIG_VALUE is the catch-all for empty values the renderer refuses; where a rule already explains
 * the same empty value (INVALID_APPLICATION_GROUP with mod_wsgi's text, INVALID_GROUP_NAME, ...) it is dropped.
 */
function withoutRedundantEmptyValues(diagnostics: Diagnostic[]): Diagnostic[] {
  if (!diagnostics.some((d) => d.code === EMPTY_CONFIG_VALUE)) return diagnostics;
  const explained = new Set<string>();
  for (const d of diagnostics) {
    if (d.severity === 'error' && d.code !== EMPTY_CONFIG_VALUE) explained.add(d.path);
  }
  return diagnostics.filter((d) => d.code !== EMPTY_CONFIG_VALUE || !explained.has(d.path));
}

/**
 * The incremental check after one directory (typically its .htaccess rules) changed. It reads only that
 * directory and index lookups, so it is O(rules), not O(server). Pass an index built by buildModelIndex on
 * the model as it is now; if the directory object was replaced, pass it as `directory`.
 */
export function validateDirectory(
  model: ServerModel,
  directoryId: string,
  index: ModelIndex = buildModelIndex(model),
  directory = index.directoriesById.get(directoryId),
): Diagnostic[] {
  if (directory === undefined) {
    return [error('UNKNOWN_DIRECTORY', paths.directory(directoryId, 'id'), 'no such directory')];
  }
  return withoutRedundantEmptyValues([
    ...checkDirectoryInjection(directory),
    ...checkDirectoryLineLengths(directory),
    ...checkDirectory(index, directory),
    ...checkHtaccessRules(index, directory),
    ...checkHtaccessPathConflict(index, directory),
    ...checkNestedDirectories(index, directory),
    ...lintDirectory(index, directory),
    ...checkDirectoryPlatform(model, directory),
  ]);
}
