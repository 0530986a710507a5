import { AppError } from '../platform/errors/app-error.js';

/** One object that still refers to what a caller tries to delete. */
export interface Usage {
  readonly type: string;
  readonly id: string;
  /** Where the reference sits, e.g. "restrictProcess", "rules/0/processGroup", "processGroupMap/fallback". */
  readonly field?: string;
}

/** 409 CONFLICT with the referrers in `usedBy`, so a client can see what to detach first. */
export function inUseError(what: string, usedBy: readonly Usage[]): AppError {
  const shown = usedBy
    .slice(0, 5)
    .map((u) => `${u.type} ${u.id}${u.field === undefined ? '' : ` (${u.field})`}`)
    .join(', ');
  const more = usedBy.length > 5 ? ` and ${usedBy.length - 5} more` : '';
  return new AppError('CONFLICT', `${what} is still in use by ${shown}${more}.`, { extensions: { usedBy } });
}
