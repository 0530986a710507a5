import { Injectable } from '@nestjs/common';
import type { Diagnostic, PreviousRendering } from '#apache';

/** A 10,000-vhost rendering is ~27 MB of text: keep only the few servers published most recently. */
const MAX_SERVERS = 4;

/** A rendering with the (error-free) diagnostics of its model. */
export interface MemoEntry extends PreviousRendering {
  diagnostics: readonly Diagnostic[];
}

/**
 * The last model this process rendered for each server, with its files, so the next publish can render
 * only what a rules-only change touched (renderValidated's `previous`) and validate only the directories
 * concerned (validateSince). Safe across replicas: the patch is
 * used only when the new model is provably derived from exactly this model (shared objects).
 */
@Injectable()
export class RenderMemo {
  private readonly entries = new Map<string, MemoEntry>();

  get(serverId: string): MemoEntry | undefined {
    return this.entries.get(serverId);
  }

  set(serverId: string, rendering: MemoEntry): void {
    this.entries.delete(serverId);
    this.entries.set(serverId, rendering);
    if (this.entries.size > MAX_SERVERS) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}
