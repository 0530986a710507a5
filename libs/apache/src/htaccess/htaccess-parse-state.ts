import type { Diagnostic } from '../model/diagnostic.js';
import type { HtaccessRule, OverrideClass } from '../model/server-model.js';
import { htaccessError, type HtaccessCode } from './htaccess-diagnostic.js';
import type { LogicalLine } from './htaccess-lines.js';

export interface ParseHtaccessOptions {
  /** The directory's AllowOverride; when given without FileInfo/All, SetEnv is refused as Apache would. */
  allowOverride?: readonly OverrideClass[];
  /** The variable the vhost selects groups by (%{ENV:…}); default PROCESS_GROUP. Compared case-insensitively. */
  variable?: string;
}

export interface ParseHtaccessResult {
  rules: HtaccessRule[];
  diagnostics: Diagnostic[];
}

/** An open `<…>` section. `selector` is null for a section Hostplane refuses (its lines are still checked). */
export interface Block {
  name: string;
  line: number;
  selector: Pick<HtaccessRule, 'files' | 'filesMatch'> | null;
  setEnv: { variable: string; processGroup: string } | null;
  broken: boolean;
}

/** What the parser has read so far: the rules, the refusals and the sections still open. */
export class HtaccessParseState {
  readonly rules: HtaccessRule[] = [];
  readonly diagnostics: Diagnostic[] = [];
  readonly stack: Block[] = [];

  constructor(readonly options: ParseHtaccessOptions) {}

  /** The innermost open section. */
  top(): Block | undefined {
    return this.stack.at(-1);
  }

  /** Refuses a line; the section it is in then yields no rule (its other lines are still checked). */
  fail(code: HtaccessCode, at: LogicalLine, message: string, apache?: string): void {
    this.diagnostics.push(htaccessError(code, at.line, at.text, message, apache));
    const top = this.top();
    if (top !== undefined) top.broken = true;
  }

  /** The diagnostics in line order (unclosed sections are reported last but belong to their opening line). */
  result(): ParseHtaccessResult {
    this.diagnostics.sort((a, b) => lineOf(a) - lineOf(b));
    return { rules: this.rules, diagnostics: this.diagnostics };
  }
}

function lineOf(d: Diagnostic): number {
  return Number(d.path.slice(d.path.lastIndexOf('/') + 1));
}
