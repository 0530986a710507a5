import {
  DEFAULT_PROCESS_GROUP_VARIABLE,
  type Directory,
  type HtaccessRule,
  type VirtualHost,
} from '../model/server-model.js';
import { isEnvName, isFilesMatchRegex, isFilesName } from '../syntax/name-patterns.js';
import { isPlainlySafe } from '../syntax/unsafe-characters.js';
import { asciiLower } from '../wsgi/restrict-list.js';
import { isSilentEnvSelection } from './env-selection.js';
import type { ModelIndex } from './model-index.js';

/** Up to this many rules the duplicate check compares pairs instead of building a key string per rule. */
const PAIRWISE_LIMIT = 16;

/**
 * True only when checkHtaccessRules would report nothing for any of the directory's rules (the clean case of
 * nearly every directory of a big server), proved without building a path, key or diagnostic. Anything it is
 * unsure about returns false and the detailed check runs, so the diagnostics are exactly the detailed ones.
 * `selector` is the folded %{ENV:...} variable of the directory's effective WSGIProcessGroup, or null.
 */
export function htaccessRulesAreClean(
  index: ModelIndex,
  directory: Directory,
  vhost: VirtualHost | undefined,
  selector: string | null,
): boolean {
  if (selector === null) return directory.rules.length === 0;
  const rules = directory.rules;
  let lastVariable: string | null = null;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i] as HtaccessRule;
    if (!selectorIsClean(rule)) return false;
    const variable = rule.variable ?? DEFAULT_PROCESS_GROUP_VARIABLE;
    if (variable !== lastVariable) {
      // RULE_HAS_NO_EFFECT / INVALID_ENV_NAME: a valid name that is the one the directory selects by.
      if (typeof variable !== 'string' || !isEnvName(variable) || asciiLower(variable) !== selector)
        return false;
      lastVariable = variable;
    }
    if (
      !selectsAnEarlierGroup(rules, i) &&
      !isSilentEnvSelection(index, rule.processGroup, vhost, directory, 'tenant')
    )
      return false;
  }
  return rules.length <= PAIRWISE_LIMIT ? noPairRepeats(rules) : noKeyRepeats(rules);
}

/** How many earlier rules selectsAnEarlierGroup compares: .htaccess files pick among a few groups. */
const EARLIER_GROUPS = 8;

/**
 * Rule i selects the same group text as one of the few rules before it. Those all passed isSilentEnvSelection,
 * which depends only on that text and the directory, so rule i passes too: a string compare instead of a map
 * lookup per rule.
 */
function selectsAnEarlierGroup(rules: readonly HtaccessRule[], i: number): boolean {
  const group = (rules[i] as HtaccessRule).processGroup;
  for (let j = i - 1; j >= 0 && j >= i - EARLIER_GROUPS; j--) {
    if ((rules[j] as HtaccessRule).processGroup === group) return true;
  }
  return false;
}

/** Exactly one selector, a literal file name or a plain regex that compiles. */
function selectorIsClean(rule: HtaccessRule): boolean {
  const { files, filesMatch } = rule;
  if (files !== undefined) return filesMatch === undefined && typeof files === 'string' && isFilesName(files);
  return typeof filesMatch === 'string' && isPlainlySafe(filesMatch, true) && isFilesMatchRegex(filesMatch);
}

/**
 * DUPLICATE_HTACCESS_RULE never fires. Every variable here folds to the directory's selector, and every other
 * part is NUL-free (checked names, plain regexes), so the detailed check's `files NUL filesMatch NUL variable`
 * keys are equal exactly when files and filesMatch are.
 */
function noPairRepeats(rules: readonly HtaccessRule[]): boolean {
  for (let i = 1; i < rules.length; i++) {
    const a = rules[i] as HtaccessRule;
    const files = a.files ?? '';
    const filesMatch = a.filesMatch ?? '';
    for (let j = 0; j < i; j++) {
      const b = rules[j] as HtaccessRule;
      if (files === (b.files ?? '') && filesMatch === (b.filesMatch ?? '')) return false;
    }
  }
  return true;
}

function noKeyRepeats(rules: readonly HtaccessRule[]): boolean {
  const seen = new Set<string>();
  for (const rule of rules) {
    const key = `${rule.files ?? ''}\u0000${rule.filesMatch ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}
