import type { Directory, HtaccessRule, OverrideClass } from '../model/server-model.js';
import { DEFAULT_PROCESS_GROUP_VARIABLE } from '../model/server-model.js';
import { filesMatcher, type FileNameMatcher } from './files-pattern.js';

/** A tenant rule with its matcher compiled once. */
export interface CompiledRule {
  rule: HtaccessRule;
  index: number;
  variable: string;
  /** null when the `<FilesMatch>` regex does not compile: Apache refuses the whole .htaccess (500). */
  matcher: FileNameMatcher | null;
}

/** Called once per .htaccess path, on the first request that reaches it (PreparedModel.htaccessAt). */
export function compileRules(directory: Directory): CompiledRule[] {
  return directory.rules.map((rule, index) => {
    let matcher: FileNameMatcher | null;
    try {
      // <FilesMatch> is an unanchored PCRE search over the base name; <Files> an fnmatch of the whole name.
      matcher = rule.filesMatch !== undefined ? new RegExp(rule.filesMatch) : filesMatcher(rule.files ?? '');
    } catch {
      matcher = null;
    }
    return { rule, index, variable: rule.variable ?? DEFAULT_PROCESS_GROUP_VARIABLE, matcher };
  });
}

export function ruleSection(rule: HtaccessRule): string {
  return rule.filesMatch !== undefined ? `<FilesMatch ${rule.filesMatch}>` : `<Files ${rule.files ?? ''}>`;
}

export type HtaccessVerdict = { kind: 'not-read' } | { kind: 'read' } | { kind: 'error'; message: string };

/**
 * Whether Apache reads this directory's .htaccess and accepts the tenant's `<Files>` + `SetEnv` blocks
 * (spec §5.1): AllowOverride None → the file is never opened; a class without FileInfo accepts `<Files>`
 * but refuses `SetEnv` → the whole request fails with 500, logged as `SetEnv not allowed in <Files> context`.
 */
export function htaccessVerdict(
  overrides: readonly OverrideClass[],
  rules: readonly CompiledRule[],
): HtaccessVerdict {
  if (overrides.length === 0 || overrides.includes('None')) return { kind: 'not-read' };
  if (rules.length === 0) return { kind: 'read' };
  if (!overrides.includes('All') && !overrides.includes('FileInfo')) {
    // Our SetEnv always sits in a block, and Apache 2.4.71 names the block (observed by the oracle).
    const container = rules[0]?.rule.filesMatch !== undefined ? 'FilesMatch' : 'Files';
    return { kind: 'error', message: `SetEnv not allowed in <${container}> context` };
  }
  const broken = rules.find((r) => r.matcher === null);
  if (broken !== undefined) return { kind: 'error', message: 'Regular expression could not be compiled.' };
  return { kind: 'read' };
}
