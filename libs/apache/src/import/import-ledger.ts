import type { ConfigDirective } from '../config-files/config-directive.js';
import type { Inference, UnmanagedLine } from './import-result.js';

/**
 * What the importer did with each line: every directive it reads ends up adopted (into the model) or listed here as
 * unmanaged with a reason, so nothing is dropped silently.
 */
export class ImportLedger {
  readonly unmanaged: UnmanagedLine[] = [];
  readonly inferred: Inference[] = [];
  private readonly inferredWhat = new Set<string>();

  /** A directive not adopted; for a section, every line inside it too (and its closing line). */
  leave(directive: ConfigDirective, reason: string): void {
    this.unmanaged.push({ file: directive.file, line: directive.line, text: directive.text, reason });
    if (directive.children === undefined) return;
    for (const child of directive.children) this.leave(child, reason);
    if (directive.endLine !== undefined) {
      this.unmanaged.push({
        file: directive.file,
        line: directive.endLine,
        text: `</${directive.name}>`,
        reason,
      });
    }
  }

  line(file: string, line: number, text: string, reason: string): void {
    this.unmanaged.push({ file, line, text, reason });
  }

  infer(what: string, why: string): void {
    // A set, not a search of the list: a shared host infers thousands of tenants. One add, not has() then add():
    // the set grew exactly when `what` is new.
    const before = this.inferredWhat.size;
    this.inferredWhat.add(what);
    if (this.inferredWhat.size !== before) this.inferred.push({ what, why });
  }

  /** Unmanaged lines in file and line order, as a reviewer reads them. */
  sortedUnmanaged(): UnmanagedLine[] {
    return [...this.unmanaged].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  }
}

export const where = (d: { file: string; line: number }): string => `${d.file}:${d.line}`;

/**
 * The parts as one flat string. A template literal builds a tree of ConsStrings (32 bytes a node, about one per part)
 * that a text kept to the end of the import (an inference, an id) keeps alive; Array.join copies the characters into one
 * string.
 */
export function joined(...parts: string[]): string {
  return parts.join('');
}
