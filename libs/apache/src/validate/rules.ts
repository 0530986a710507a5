import type { Diagnostic } from '../model/diagnostic.js';
import { checkDaemonIdentity } from './daemon-identity.rule.js';
import { checkDaemonOptions } from './daemon-options.rule.js';
import { checkDirectories } from './directories.rule.js';
import { checkGroupNames } from './group-names.rule.js';
import { checkHtaccessPathConflicts } from './htaccess-path-conflict.rule.js';
import { checkAllHtaccessRules } from './htaccess-rules.rule.js';
import { checkInjection, EMPTY_CONFIG_VALUE } from './injection.rule.js';
import { checkLineLengths } from './line-length.rule.js';
import type { ModelIndex } from './model-index.js';
import { checkAllNestedDirectories } from './nested-directories.rule.js';
import { checkOuterScopes } from './outer-scopes.rule.js';
import { checkPlatform } from './platform.rule.js';
import { checkProcessGroupMaps } from './process-group-map.rule.js';
import { checkPythonPaths } from './python-paths.rule.js';
import { lintDirectories } from './security-lint.rule.js';
import { checkServerSettings } from './server-settings.rule.js';
import { checkVirtualHosts } from './virtual-hosts.rule.js';
import { checkWsgiMounts } from './wsgi-mounts.rule.js';

/**
 * Every whole-server rule. Only the per-directory checks of validateDirectory (validate.ts) read a directory's .htaccess
 * rules, and a spec PUT relies on it: validateAgainstBaseline re-checks only the directories whose rules changed.
 * A rule added here that reads `rules` across directories must make that shortcut fall back to validate().
 * validate() runs these same rules, in this order, with the directory parts of five of them fused into one walk:
 * a rule added here must be added there too (the validate-equals-the-rules-one-by-one spec fails until it is).
 */
export const RULES: readonly ((index: ModelIndex) => Diagnostic[])[] = [
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

/**
 * EMPTY_CONFIG_VALUE is the catch-all for empty values the renderer refuses; where a rule already explains
 * the same empty value (INVALID_APPLICATION_GROUP with mod_wsgi's text, INVALID_GROUP_NAME, ...) it is dropped.
 */
export function withoutRedundantEmptyValues(diagnostics: Diagnostic[]): Diagnostic[] {
  if (!diagnostics.some((d) => d.code === EMPTY_CONFIG_VALUE)) return diagnostics;
  const explained = new Set<string>();
  for (const d of diagnostics) {
    if (d.severity === 'error' && d.code !== EMPTY_CONFIG_VALUE) explained.add(d.path);
  }
  return diagnostics.filter((d) => d.code !== EMPTY_CONFIG_VALUE || !explained.has(d.path));
}

/** The reference validate() must equal: every rule on its own, in order. Slower on a big server; for tests. */
export function validateRuleByRule(index: ModelIndex): Diagnostic[] {
  return withoutRedundantEmptyValues(RULES.flatMap((rule) => rule(index)));
}
