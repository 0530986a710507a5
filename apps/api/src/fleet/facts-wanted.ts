import type { FactsWanted } from './agent-report.dto.js';
import type { NamesInModel } from './agent-report.repository.js';

const ENV_SELECTION = /^%\{ENV:([^}]+)\}$/;

/** The names whose facts the agent should check, sorted and unique (the agent compares them as a set). */
export function factsWanted(modelRevision: number, names: NamesInModel): FactsWanted {
  const env = names.selections.flatMap((s) => {
    const match = s === null ? null : ENV_SELECTION.exec(s);
    return match?.[1] === undefined ? [] : [match[1]];
  });
  return {
    modelRevision,
    unixUsers: sortedUnique(names.users),
    unixGroups: sortedUnique(names.groups),
    env: sortedUnique(env),
  };
}

function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
