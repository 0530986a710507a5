import { DEFAULT_PROCESS_GROUP_VARIABLE, type HtaccessRule } from '#apache';
import { htaccessEtag } from './htaccess-etag.js';
import type { HtaccessDocument } from './htaccess.dto.js';

export type HtaccessDocumentRule = HtaccessDocument['rules'][number];

/** A rule as the API shows it (and the audit records it): `variable` only when it is not PROCESS_GROUP. */
export function documentRule(rule: HtaccessRule): HtaccessDocumentRule {
  // Assigned in place (same keys, same order as before): conditional spreads were a hot spot of the PUT path.
  const document = {} as HtaccessDocumentRule;
  if (rule.files !== undefined) document.files = rule.files;
  if (rule.filesMatch !== undefined) document.filesMatch = rule.filesMatch;
  if (rule.variable !== undefined && rule.variable !== DEFAULT_PROCESS_GROUP_VARIABLE) {
    document.variable = rule.variable;
  }
  document.processGroup = rule.processGroup;
  return document;
}

export function htaccessDocument(
  rules: readonly HtaccessRule[],
  allowedProcessGroups: string[],
  revision: number,
): HtaccessDocument {
  return { rules: rules.map(documentRule), allowedProcessGroups, etag: htaccessEtag(revision) };
}
