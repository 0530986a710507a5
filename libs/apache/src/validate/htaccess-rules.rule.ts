import type { Diagnostic } from '../model/diagnostic.js';
import { DEFAULT_PROCESS_GROUP_VARIABLE, type Directory, type HtaccessRule } from '../model/server-model.js';
import { isEnvName, isFilesMatchRegex, isFilesName } from '../syntax/name-patterns.js';
import { findUnsafeCharacters, isLexicallySafe } from '../syntax/unsafe-characters.js';
import { asciiLower } from '../wsgi/restrict-list.js';
import { error, paths, warning } from './diagnostics.js';
import { effectiveProcessGroup } from './directories.rule.js';
import { checkEnvSelectedGroup } from './env-selection.js';
import { htaccessRulesAreClean } from './clean-htaccess-rules.js';
import { envSelector } from './group-reference.js';
import type { ModelIndex } from './model-index.js';

/** `<Files>` is accepted under any override class but None; the SetEnv inside needs FileInfo (spec §5.1). */
function pushOverrideProblems(out: Diagnostic[], directory: Directory): void {
  if (directory.rules.length === 0) return;
  const classes = directory.allowOverride;
  // Only a refusal builds the path: most directories with rules allow FileInfo.
  if (classes.length === 0 || (classes.length === 1 && classes[0] === 'None')) {
    out.push(
      error(
        'HTACCESS_NOT_READ',
        paths.directory(directory.id, 'allowOverride'),
        'with AllowOverride None Apache does not read .htaccess at all, so these rules would be ignored',
      ),
    );
  } else if (!classes.includes('FileInfo') && !classes.includes('All')) {
    out.push(
      error(
        'OVERRIDE_NOT_ALLOWED',
        paths.directory(directory.id, 'allowOverride'),
        'SetEnv in .htaccess needs AllowOverride FileInfo (or All)',
        `SetEnv not allowed in <${directory.rules[0]?.filesMatch !== undefined ? 'FilesMatch' : 'Files'}> context`,
      ),
    );
  }
}

const DEFAULT_VARIABLE_FOLDED = asciiLower(DEFAULT_PROCESS_GROUP_VARIABLE);

/** Shared result for the common clean case, so a clean rule allocates no array (spread only reads it). */
const NONE: readonly Diagnostic[] = Object.freeze([]);

function checkSelector(directory: Directory, rule: HtaccessRule, index: number): readonly Diagnostic[] {
  const hasFiles = rule.files !== undefined;
  const hasMatch = rule.filesMatch !== undefined;
  if (hasFiles === hasMatch) {
    return [
      error(
        'INVALID_HTACCESS_RULE',
        paths.rule(directory.id, index, 'files'),
        'set exactly one of files or filesMatch',
      ),
    ];
  }
  if (rule.files !== undefined && isLexicallySafe(rule.files) && !isFilesName(rule.files)) {
    return [
      error(
        'INVALID_FILES_PATTERN',
        paths.rule(directory.id, index, 'files'),
        `"${rule.files}" is not a literal file name`,
      ),
    ];
  }
  const match = rule.filesMatch;
  if (
    match !== undefined &&
    findUnsafeCharacters(match, { allowEscapes: true }).length === 0 &&
    !isFilesMatchRegex(match)
  ) {
    return [
      error(
        'INVALID_FILES_MATCH',
        paths.rule(directory.id, index, 'filesMatch'),
        `"${match}" is not a valid regular expression`,
      ),
    ];
  }
  return NONE;
}

/**
 * The tenant's .htaccess rules of one directory. Each selects a group through SetEnv; the group must exist
 * (exact case), be visible from the vhost and be in the directory's restriction list (spec §3, §8).
 */
export function checkHtaccessRules(index: ModelIndex, directory: Directory): Diagnostic[] {
  const out: Diagnostic[] = [];
  pushHtaccessProblems(out, index, directory);
  return out;
}

/** checkHtaccessRules onto the caller's list: a big server's clean directories then allocate no array each. */
export function pushHtaccessProblems(
  out: Diagnostic[],
  index: ModelIndex,
  directory: Directory,
  vhost = index.vhostsById.get(directory.virtualHostId),
): void {
  pushOverrideProblems(out, directory);
  const effective = effectiveProcessGroup(directory, vhost, index.model.processGroup ?? null);
  const selector = envSelector(effective);
  if (htaccessRulesAreClean(index, directory, vhost, selector)) return;
  const seen = new Set<string>();
  directory.rules.forEach((rule, i) => {
    out.push(...checkSelector(directory, rule, i));
    const variable = rule.variable ?? DEFAULT_PROCESS_GROUP_VARIABLE;
    if (isLexicallySafe(variable) && !isEnvName(variable)) {
      out.push(
        error(
          'INVALID_ENV_NAME',
          paths.rule(directory.id, i, 'variable'),
          `"${variable}" is not an environment variable name`,
        ),
      );
    } else if (
      rule.variable !== undefined &&
      asciiLower(variable) !== selector &&
      asciiLower(variable) !== DEFAULT_VARIABLE_FOLDED
    ) {
      // Any other variable would reach whatever a nested directory (or a later config) selects its group by.
      out.push(
        error(
          'RULE_VARIABLE_NOT_SELECTOR',
          paths.rule(directory.id, i, 'variable'),
          `a rule may set only ${DEFAULT_PROCESS_GROUP_VARIABLE} or the variable WSGIProcessGroup reads here (${effective ?? 'not set'})`,
        ),
      );
    } else if (selector !== asciiLower(variable)) {
      out.push(
        warning(
          'RULE_HAS_NO_EFFECT',
          paths.rule(directory.id, i, 'variable'),
          `WSGIProcessGroup here is ${effective ?? 'not set'}, so ${variable} does not choose the group`,
        ),
      );
    }
    out.push(
      ...checkEnvSelectedGroup(
        index,
        rule.processGroup,
        vhost,
        directory,
        paths.rule(directory.id, i, 'processGroup'),
        'tenant',
      ),
    );
    const key = `${rule.files ?? ''}\u0000${rule.filesMatch ?? ''}\u0000${asciiLower(variable)}`;
    if (seen.has(key)) {
      out.push(
        warning(
          'DUPLICATE_HTACCESS_RULE',
          paths.rule(directory.id, i, 'files'),
          'an earlier rule targets the same files; this one wins',
        ),
      );
    }
    seen.add(key);
  });
}

export function checkAllHtaccessRules(index: ModelIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  // An index loop: for-of allocates an iterator result per directory until optimized (see checkDaemonIdentity).
  const directories = index.model.directories;
  for (let i = 0; i < directories.length; i++) pushHtaccessProblems(out, index, directories[i] as Directory);
  return out;
}
