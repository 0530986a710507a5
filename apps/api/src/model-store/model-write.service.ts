/*
 * ModelWriteService — the steps by which anything that ends up in a server's Apache config is written.
 * A write is a plain async function that reads top to bottom:
 *
 *   return this.writes.transaction(async (tx) => {
 *     const model = await this.writes.lockAndLoad(tx, serverId, [tenantId]);   // lock → load
 *     const group: DaemonGroup = { ... };                                      // mutate (pure)
 *     assertModelValid({ ...model, daemonGroups: [...model.daemonGroups, group] });  // validate: 422, nothing written
 *     const row = await this.groups.createDaemonGroup(tx, serverId, group);    // persist (a repository)
 *     await this.audit.record(tx, { principal, action: 'daemon-group.create', ... });   // audit
 *     return presentDaemonGroup(row);
 *   });
 *
 * Locking a server also counts the write in servers.model_revision (commits or rolls back with the rest),
 * so no writer can forget it and every cache keyed on the revision sees the change. Generate new ids before
 * the write: diagnostics then point at the id that gets stored. Unique/foreign-key violations that escape
 * become 409 CONFLICT. Once the transaction has committed, the revisions it counted are announced to this
 * process's model cache (ModelCommits) before the write answers: its caller's next read sees the write.
 * Writes touching several servers lock them with lockServers; a write no server references yet (a new
 * server, a new tenant) validates its stand-alone model and needs no lock.
 */
import { Injectable } from '@nestjs/common';
import { hasErrors, validate, type ServerModel } from '#apache';
import { AppError } from '../platform/errors/app-error.js';
import type { Transaction } from '../platform/database/database.js';
import { TransactionRunner, type TransactionOptions } from '../platform/database/transaction-runner.js';
import { ModelCommits } from './model-commits.js';
import { modelInvalidError } from './model-invalid.error.js';
import { ServerModelRepository } from './server-model.repository.js';

/** Locks can queue behind a publish or a burst of writes on one server; Prisma's 5 s default is too tight. */
const MODEL_WRITE: TransactionOptions = { maxWait: 10_000, timeout: 30_000 };

@Injectable()
export class ModelWriteService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly models: ServerModelRepository,
    private readonly commits: ModelCommits,
  ) {}

  /** Per open transaction, the revision each server it locked commits (its revision before + 1). */
  private readonly counted = new WeakMap<Transaction, Map<string, number>>();

  /** The write's one transaction; the revisions it counted are announced only once it has committed. */
  async transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    let counted: Map<string, number> | undefined;
    const result = await this.transactions.run((tx) => {
      counted = new Map();
      this.counted.set(tx, counted);
      return work(tx);
    }, MODEL_WRITE);
    for (const [serverId, revision] of counted ?? []) this.commits.committed(serverId, revision);
    return result;
  }

  /**
   * Locks the server for this write and loads its model as it is before the write. `tenantIds`: tenants the
   * write attaches to the server, loaded into the model so validate() knows them (and locked FOR SHARE, so
   * a concurrent change of one of them waits for this write). 404 when the server does not exist.
   */
  async lockAndLoad(
    tx: Transaction,
    serverId: string,
    tenantIds: readonly string[] = [],
  ): Promise<ServerModel> {
    await this.lockServer(tx, serverId, tenantIds);
    return this.models.load(tx, serverId, { tenantIds });
  }

  /**
   * lockAndLoad without the load: returns the revision the model is at before this write (the write commits
   * revision + 1), e.g. for the audit's "before" of the server row, which the lock has already counted.
   */
  async lockServer(tx: Transaction, serverId: string, tenantIds: readonly string[] = []): Promise<number> {
    const revision = await this.models.lockForWrite(tx, serverId);
    if (revision === null) throw serverNotFound(serverId);
    this.count(tx, serverId, revision);
    await this.models.lockTenantsForShare(tx, tenantIds);
    return revision;
  }

  /** The model of a server locked by this transaction. */
  load(tx: Transaction, serverId: string): Promise<ServerModel> {
    return this.models.load(tx, serverId);
  }

  /**
   * Locks several servers for one write (in id order, as every multi-server writer does, so two cannot
   * deadlock) and returns their ids sorted. 404 when one does not exist.
   */
  async lockServers(tx: Transaction, serverIds: readonly string[]): Promise<string[]> {
    const ids = [...new Set(serverIds)].sort();
    const counted = await this.models.lockAllForWrite(tx, ids);
    for (const { id, revision } of counted) this.count(tx, id, revision);
    const locked = new Set(counted.map(({ id }) => id));
    const missing = ids.find((id) => !locked.has(id));
    if (missing !== undefined) throw serverNotFound(missing);
    return ids;
  }

  private count(tx: Transaction, serverId: string, revisionBefore: number): void {
    this.counted.get(tx)?.set(serverId, revisionBefore + 1);
  }
}

/** The engine's verdict on the whole model as it would be after the write: any "error" is a 422. */
export function assertModelValid(model: ServerModel): void {
  const diagnostics = validate(model);
  if (hasErrors(diagnostics)) throw modelInvalidError(diagnostics);
}

/** Between locking several servers and re-listing them, the set changed: the caller retries. */
export function assertSameServers(locked: readonly string[], now: readonly string[]): void {
  const sorted = [...new Set(now)].sort();
  if (sorted.join('\n') !== locked.join('\n')) {
    throw new AppError('CONFLICT', 'A concurrent change touched the same servers; retry the request.');
  }
}

function serverNotFound(serverId: string): AppError {
  return new AppError('NOT_FOUND', `Server ${serverId} does not exist.`);
}
