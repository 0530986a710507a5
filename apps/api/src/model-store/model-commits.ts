import { Injectable } from '@nestjs/common';

/** Told, after a model write committed, which revision of which server it committed. */
export type ModelCommitListener = (serverId: string, revision: number) => void;

/**
 * This process's committed model writes, announced at once to whoever keeps models (the model cache) before
 * the write answers its caller, so the caller's next read sees the write without waiting for the NOTIFY that
 * announces it to every replica. The model cache subscribes; model-store cannot import it (the cache loads
 * through model-store), hence this small hand-off instead of a direct call.
 */
@Injectable()
export class ModelCommits {
  private readonly listeners: ModelCommitListener[] = [];

  subscribe(listener: ModelCommitListener): void {
    this.listeners.push(listener);
  }

  committed(serverId: string, revision: number): void {
    for (const listener of this.listeners) listener(serverId, revision);
  }
}
