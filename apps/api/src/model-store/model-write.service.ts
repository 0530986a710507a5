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
 * become 409 CONFLICT. Writes touching several servers lock them with lockServers; a write no server
 * references yet (a new server, a new tenant) validates its stand-alone model and needs no lock.
 */
import { Injectable } from '@nestjs/common';
import { hasErrors, validate, type ServerModel } from '#apache';
import { AppError } from '../platform/errors/app-error.js';
import type { Transaction } from '../platform/database/database.js';
import { TransactionRunner, type TransactionOptions } from '../platform/database/transaction-runner.js';
import { modelInvalidError } from './model-invalid.error.js';
import { ServerModelRepository } from './server-model.repository.js';

/** Locks can queue behind a publish or a burst of writes on one server; Prisma's 5 s default is too tight. */
const MODEL_WRITE: TransactionOptions = { maxWait: 10_000, timeout: 30_000 };

@Injectable()
export class ModelWriteService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly models: ServerModelRepository,
  ) {}

  /** The write's one transaction. */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.transactions.run(work, MODEL_WRITE);
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
    const locked = new Set(await this.models.lockAllForWrite(tx, ids));
    const missing = ids.find((id) => !locked.has(id));
    if (missing !== undefined) throw serverNotFound(missing);
    return ids;
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
