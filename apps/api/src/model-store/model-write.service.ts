/*
 * ModelWriteService — the one path by which anything that ends up in a server's Apache config is written.
 *
 * HOW TO USE (inject ModelWriteService; import ModelStoreModule into your feature module):
 *
 *   const id = randomUUID(); // generate ids up front: diagnostics then point at the id that gets stored
 *   return this.writes.write({
 *     principal,                       // from @CurrentPrincipal(); becomes the audit actor/credential
 *     serverId,                        // the server whose model changes (row locked FOR UPDATE)
 *     action: 'daemon-group.create',   // audit action, "<entity>.<verb>"
 *     target: { type: 'daemon-group', id },
 *     tenantIds: [tenantId],           // tenants the change attaches to this server (loaded into the model)
 *     mutate: (model) => ({ ...model, daemonGroups: [...model.daemonGroups, group] }),  // pure, no I/O
 *     persist: (tx, after) => tx.daemonGroup.create({ data: daemonGroupToRow(group, serverId) }),
 *     readBefore: (tx, model) => model.daemonGroups.find((g) => g.id === id), // optional, under the lock
 *     after: (row) => row,             // optional audit "after" snapshot of persist's result
 *     tenantId,                        // optional audit tenant
 *   });
 *
 * In one transaction: lock the server row, load the model (ServerModelLoader), apply `mutate`, run the
 * engine's validate() on the result — any "error" throws AppError MODEL_INVALID (422, diagnostics in
 * `errors`) and NOTHING is written —, bump servers.model_revision, run `persist(tx, modelAfter)`, record
 * the AuditEvent, commit. Warnings never block. `mutate` may throw AppError NOT_FOUND when its
 * target vanished, or return null when the write deletes the server itself (nothing left to validate).
 * Unique/foreign-key violations from `persist` become 409 CONFLICT.
 *
 * Other entry points: `writeAcross` (one change touching several servers, e.g. a tenant's unix user),
 * `writeUnbound` (a write no server references yet, e.g. creating a server or a tenant: validates the model
 * you give it, no lock, no revision bump). To check a value without writing, load with ServerModelLoader and
 * call validate() yourself.
 */
import { Inject, Injectable } from '@nestjs/common';
import {
  buildModelIndex,
  hasErrors,
  validate,
  validateDirectory,
  type ModelIndex,
  type ServerModel,
} from '#apache';
import type { Prisma } from '#db';
import type { Principal } from '../auth/principal.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Database } from '../platform/database/database.js';
import { DATABASE } from '../platform/database/database.tokens.js';
import { AuditService } from './audit.service.js';
import { modelInvalidError } from './model-invalid.error.js';
import { asPersistenceConflict } from './persistence-conflict.js';
import { ServerModelLoader } from './server-model.loader.js';

export type Tx = Prisma.TransactionClient;

interface WriteCommon<T> {
  readonly principal: Principal;
  readonly action: string;
  readonly target: { readonly type: string; readonly id: string };
  /** Audit "before"; a fixed value. Prefer readBefore for updates, which reads under the lock. */
  readonly before?: unknown;
  /** Audit "after" derived from persist's result; default: none. */
  readonly after?: (result: T) => unknown;
  /** Audit tenant. */
  readonly tenantId?: string | null;
}

export interface ModelWrite<T> extends WriteCommon<T> {
  readonly serverId: string;
  /** Tenants this write attaches to the server, so validate() knows them (and they are locked FOR SHARE). */
  readonly tenantIds?: readonly string[];
  /** The model as it would be after the write; null = the server itself is deleted. */
  readonly mutate: (model: ServerModel) => ServerModel | null;
  readonly persist: (tx: Tx, after: ServerModel | null) => Promise<T>;
  /** Audit "before", read inside the transaction after the lock (wins over `before`). */
  readonly readBefore?: (tx: Tx, model: ServerModel) => unknown;
  /**
   * Validate only this directory (validateDirectory, O(rules)) instead of the whole server. ONLY for a write
   * whose `mutate` changes nothing but that directory's .htaccess rules (the .htaccess PUT): rules cannot
   * change any other object's diagnostics, so the incremental check gives the whole-model verdict.
   */
  readonly validateScope?: { readonly directoryId: string };
  /**
   * Called under the lock with the server's current model_revision: return the model at exactly that
   * revision if the caller already holds it (the engine's ModelCache), to skip reloading the whole server.
   * Ignored when `tenantIds` is set (the loaded model would differ).
   */
  readonly knownModel?: (revision: number) => KnownModel | undefined;
}

/** A model at a given revision, with its lookup index when the holder has one. */
export interface KnownModel {
  readonly model: ServerModel;
  readonly index?: ModelIndex;
}

export interface CrossServerWrite<T> extends WriteCommon<T> {
  /** Every server whose model the change touches; recomputed under the locks (see writeAcross). */
  readonly serverIds: (db: Tx) => Promise<readonly string[]>;
  /** Applied to each server's model. */
  readonly mutate: (model: ServerModel) => ServerModel;
  /** A stand-alone model validated as well (e.g. the changed tenant in a blank server, for unattached tenants). */
  readonly alsoValidate?: ServerModel;
  /** Row to lock FOR UPDATE after the servers (e.g. the tenant being changed). */
  readonly lockRow?: (tx: Tx) => Promise<void>;
  readonly persist: (tx: Tx) => Promise<T>;
  readonly readBefore?: (tx: Tx) => unknown;
}

export interface UnboundWrite<T> extends WriteCommon<T> {
  /** The stand-alone model to validate (e.g. the new server, empty; or a blank server holding the new tenant). */
  readonly model: ServerModel;
  /** Audit server id (the new server's own id for a server create). */
  readonly serverId?: string | null;
  readonly persist: (tx: Tx) => Promise<T>;
}

/** Locks can queue behind a publish or a burst of writes on one server; Prisma's 5 s default is too tight. */
const TX_OPTIONS = { maxWait: 10_000, timeout: 30_000 } as const;

@Injectable()
export class ModelWriteService {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly loader: ServerModelLoader,
    private readonly audit: AuditService,
  ) {}

  write<T>(write: ModelWrite<T>): Promise<T> {
    return this.transaction(async (tx) => {
      await this.lockServers(tx, [write.serverId]);
      if (write.tenantIds !== undefined && write.tenantIds.length > 0) {
        // FOR SHARE: a concurrent tenant update/delete (FOR UPDATE) waits for us, and we for it.
        await tx.$queryRaw`SELECT id FROM tenants WHERE id = ANY(${[...write.tenantIds]}::text[]) FOR SHARE`;
      }
      const known = await knownModelUnderLock(tx, write);
      const model =
        known?.model ?? (await this.loader.load(tx, write.serverId, { tenantIds: write.tenantIds }));
      const before = write.readBefore !== undefined ? await write.readBefore(tx, model) : write.before;
      const after = write.mutate(model);
      if (after !== null && write.validateScope !== undefined) {
        assertDirectoryValid(after, write.validateScope.directoryId, known?.index ?? buildModelIndex(model));
      } else if (after !== null) assertValid(after);
      // Bumped before persist so that a server row persist returns already carries the new revision.
      await bumpRevisions(tx, [write.serverId]);
      const result = await write.persist(tx, after);
      await this.recordAudit(tx, write, write.serverId, before, result);
      return result;
    });
  }

  /**
   * Servers are locked in id order (the order every writer uses, so two cross-server writes cannot
   * deadlock), then `lockRow`; if the set of servers changed meanwhile, the caller retries (409).
   */
  writeAcross<T>(write: CrossServerWrite<T>): Promise<T> {
    return this.transaction(async (tx) => {
      const serverIds = [...new Set(await write.serverIds(tx))].sort();
      await this.lockServers(tx, serverIds);
      await write.lockRow?.(tx);
      const again = [...new Set(await write.serverIds(tx))].sort();
      if (again.join('\n') !== serverIds.join('\n')) {
        throw new AppError('CONFLICT', 'A concurrent change touched the same servers; retry the request.');
      }
      const before = write.readBefore !== undefined ? await write.readBefore(tx) : write.before;
      if (write.alsoValidate !== undefined) assertValid(write.alsoValidate);
      for (const serverId of serverIds) assertValid(write.mutate(await this.loader.load(tx, serverId)));
      await bumpRevisions(tx, serverIds);
      const result = await write.persist(tx);
      await this.recordAudit(tx, write, null, before, result);
      return result;
    });
  }

  writeUnbound<T>(write: UnboundWrite<T>): Promise<T> {
    assertValid(write.model);
    return this.transaction(async (tx) => {
      const result = await write.persist(tx);
      await this.recordAudit(tx, write, write.serverId ?? null, write.before, result);
      return result;
    });
  }

  private async transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    try {
      return await this.db.$transaction(work, TX_OPTIONS);
    } catch (error) {
      throw asPersistenceConflict(error);
    }
  }

  private async lockServers(tx: Tx, serverIds: readonly string[]): Promise<void> {
    if (serverIds.length === 0) return;
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM servers WHERE id = ANY(${[...serverIds]}::text[]) ORDER BY id FOR UPDATE`;
    if (rows.length !== serverIds.length) {
      const found = new Set(rows.map((r) => r.id));
      const missing = serverIds.find((id) => !found.has(id));
      throw new AppError('NOT_FOUND', `Server ${missing ?? ''} does not exist.`);
    }
  }

  private recordAudit<T>(
    tx: Tx,
    write: WriteCommon<T>,
    serverId: string | null,
    before: unknown,
    result: T,
  ): Promise<void> {
    return this.audit.record(tx, {
      principal: write.principal,
      action: write.action,
      targetType: write.target.type,
      targetId: write.target.id,
      serverId,
      tenantId: write.tenantId ?? null,
      before,
      after: write.after?.(result),
    });
  }
}

function assertValid(model: ServerModel): void {
  const diagnostics = validate(model);
  if (hasErrors(diagnostics)) throw modelInvalidError(diagnostics);
}

/** `index` describes the model before the write; the changed directory is taken from `after`. */
function assertDirectoryValid(after: ServerModel, directoryId: string, index: ModelIndex): void {
  const directory = after.directories.find((d) => d.id === directoryId);
  const diagnostics = validateDirectory(after, directoryId, index, directory);
  if (hasErrors(diagnostics)) throw modelInvalidError(diagnostics);
}

async function knownModelUnderLock<T>(tx: Tx, write: ModelWrite<T>): Promise<KnownModel | undefined> {
  if (write.knownModel === undefined || (write.tenantIds !== undefined && write.tenantIds.length > 0)) {
    return undefined;
  }
  const rows = await tx.$queryRaw<{ model_revision: number }[]>`
    SELECT model_revision FROM servers WHERE id = ${write.serverId}`;
  const revision = rows[0]?.model_revision;
  return revision === undefined ? undefined : write.knownModel(revision);
}

/** Raw SQL on purpose: a model change must not touch the server row's own updated_at. */
async function bumpRevisions(tx: Tx, serverIds: readonly string[]): Promise<void> {
  if (serverIds.length === 0) return;
  await tx.$executeRaw`
    UPDATE servers SET model_revision = model_revision + 1 WHERE id = ANY(${[...serverIds]}::text[])`;
}
