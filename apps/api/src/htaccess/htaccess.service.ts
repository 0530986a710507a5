import { Injectable } from '@nestjs/common';
import {
  DEFAULT_PROCESS_GROUP_VARIABLE,
  parseProcessGroup,
  renderHtaccess,
  type Directory,
  type HtaccessRule,
  type ModelIndex,
  type ServerModel,
} from '#apache';
import type { Principal } from '../auth/principal.js';
import { AppError } from '../platform/errors/app-error.js';
import { CachedModel } from '../model-cache/cached-model.js';
import { indexAfterRulesChange, replaceDirectoryRules } from '../model-cache/directory-rules-change.js';
import { ModelCache } from '../model-cache/model-cache.js';
import { ModelWriteService } from '../model-store/index.js';
import { modelInvalidError } from '../model-store/model-invalid.error.js';
import { allowedProcessGroups } from './allowed-process-groups.js';
import { tryFastRulesWrite } from './htaccess-fast-write.js';
import { rulesFromBody } from './htaccess-body.js';
import { assertIfMatch, htaccessEtag, ifMatchRevision } from './htaccess-etag.js';
import { HtaccessGroupCommit } from './htaccess-group-commit.js';
import { HtaccessRepository, type HtaccessDirectory } from './htaccess.repository.js';
import { refusalForCaller, type RefusalScope } from './tenant-refusal.js';
import type { HtaccessDocument } from './htaccess.dto.js';

export interface HtaccessText {
  text: string;
  etag: string;
}

/** What happened under the write's lock, for refreshing the model cache after the commit. */
interface WriteTrace {
  lockedRevision?: number;
  known?: CachedModel;
  after?: { model: ServerModel; directory: Directory; before: ServerModel };
}

export interface HtaccessWrite {
  /** The JSON document ({rules}) or, for Content-Type text/plain, the file's text. */
  body: unknown;
  ifMatch: string | undefined;
}

/**
 * Tenant self-service on a directory's .htaccess. Reads and writes go through the model cache, and a write
 * validates only the changed directory (validateDirectory): the rest of the server cannot be affected by a
 * directory's rules, and on a 10,000-vhost server the whole-model check would dominate the request.
 */
@Injectable()
export class HtaccessService {
  constructor(
    private readonly directories: HtaccessRepository,
    private readonly models: ModelCache,
    private readonly writes: ModelWriteService,
    private readonly group: HtaccessGroupCommit,
  ) {}

  async document(principal: Principal, directoryId: string): Promise<HtaccessDocument> {
    const row = await this.findVisible(principal, directoryId);
    const { cached, directory } = await this.modelOf(row);
    return toDocument(row.rules, allowedProcessGroups(cached.index, directory), row.htaccessRevision);
  }

  async text(principal: Principal, directoryId: string): Promise<HtaccessText> {
    const row = await this.findVisible(principal, directoryId);
    return { text: renderHtaccess(row.rules), etag: htaccessEtag(row.htaccessRevision) };
  }

  async replace(
    principal: Principal,
    directoryId: string,
    request: HtaccessWrite,
  ): Promise<HtaccessDocument> {
    // The ONE place every .htaccess write (group commit, fast path, locked path; JSON or text) is refused
    // from: what a tenant may learn from a refusal is decided here, see refusalForCaller.
    const scope: RefusalScope = { directoryId };
    try {
      return (
        (await this.replaceGrouped(principal, directoryId, request, scope)) ??
        (await this.replaceExact(principal, directoryId, request, scope))
      );
    } catch (error) {
      throw refusalForCaller(principal, error, scope);
    }
  }

  /**
   * The hot path, with no database read: the directory comes from a model the cache knows to be current
   * (change listener live), and the write joins the server's group commit. null whenever anything is not
   * certain — not cached, not the caller's, a body or If-Match the exact path must judge, a conditional
   * write the engine refuses (412 takes precedence there), another replica's write — and the exact path
   * then gives the answer.
   */
  private async replaceGrouped(
    principal: Principal,
    directoryId: string,
    request: HtaccessWrite,
    scope: RefusalScope,
  ): Promise<HtaccessDocument | null> {
    const expectedRevision = ifMatchRevision(request.ifMatch);
    if (expectedRevision === undefined) return null;
    const hit = this.models.findDirectory(directoryId);
    if (hit === undefined || !canSee(principal, hit.directory.tenantId)) return null;
    const { cached, directory } = hit;
    let rules: HtaccessRule[];
    try {
      rules = rulesFromBody(request.body, {
        allowOverride: directory.allowOverride,
        variable: selectorVariable(cached.index, directory),
      });
    } catch {
      return null;
    }
    scope.rules = rules;
    scope.allowed = () => allowedProcessGroups(cached.index, directory);
    const outcome = await this.group.submit(cached.serverId, {
      principal,
      directoryId,
      tenantId: directory.tenantId,
      rules,
      expectedRevision,
      before: { rules: directory.rules.map(documentRule) },
      after: { rules: rules.map(documentRule) },
    });
    if (outcome.kind === 'written') {
      return toDocument(rules, allowedProcessGroups(cached.index, directory), outcome.revision);
    }
    if (outcome.kind === 'refused' && expectedRevision === null) throw modelInvalidError(outcome.diagnostics);
    return null;
  }

  private async replaceExact(
    principal: Principal,
    directoryId: string,
    request: HtaccessWrite,
    scope: RefusalScope,
  ): Promise<HtaccessDocument> {
    const row = await this.findVisible(principal, directoryId);
    assertIfMatch(request.ifMatch, row.htaccessRevision);
    const { cached, directory } = await this.modelOf(row);
    const rules = rulesFromBody(request.body, {
      allowOverride: directory.allowOverride,
      variable: selectorVariable(cached.index, directory),
    });
    scope.rules = rules;
    scope.allowed = () => allowedProcessGroups(cached.index, directory);
    const conditional = request.ifMatch !== undefined && request.ifMatch.trim() !== '*';
    const before = { rules: row.rules.map(documentRule) };
    const after = { rules: rules.map(documentRule) };
    const trace: WriteTrace = {};
    const revision = await this.models.exclusive(row.serverId, async () => {
      const fast = await tryFastRulesWrite(this.models, this.directories, {
        principal,
        row,
        rules,
        conditional,
        before,
        after,
      });
      if (fast !== null) return fast;
      const written = await this.writes.write({
        principal,
        serverId: row.serverId,
        action: 'htaccess.replace',
        target: { type: 'directory', id: row.id },
        tenantId: row.tenantId,
        validateScope: { directoryId: row.id },
        knownModel: (current) => {
          trace.lockedRevision = current;
          const known = this.models.peek(row.serverId);
          if (known?.revision !== current) return undefined;
          trace.known = known;
          return { model: known.model, index: known.index };
        },
        mutate: (model) => {
          const changed = replaceDirectoryRules(model, row.id, rules);
          // Gone, or handed to another tenant, since it was read: the caller may no longer see it.
          if (changed === null || !canSee(principal, changed.directory.tenantId)) throw notFound(row.id);
          trace.after = { ...changed, before: model };
          return changed.model;
        },
        persist: (tx) =>
          this.directories.replaceRules(tx, row.id, rules, conditional ? row.htaccessRevision : null),
        before,
        after: () => after,
      });
      this.rememberCommitted(row.serverId, trace);
      return written;
    });
    return toDocument(rules, allowedProcessGroups(cached.index, directory), revision);
  }

  /** The write committed model_revision + 1 with exactly `trace.after`: keep it, so the next request needs no reload. */
  private rememberCommitted(serverId: string, trace: WriteTrace): void {
    const { lockedRevision, after, known } = trace;
    if (lockedRevision === undefined || after === undefined) return;
    const index =
      known !== undefined && known.model === after.before
        ? indexAfterRulesChange(known.index, after.model, after.directory)
        : undefined;
    this.models.remember(new CachedModel(serverId, lockedRevision + 1, after.model, index));
  }

  private async findVisible(principal: Principal, directoryId: string): Promise<HtaccessDirectory> {
    const row = await this.directories.findForTenant(directoryId, scopeOf(principal));
    if (row === null) throw notFound(directoryId);
    return row;
  }

  private async modelOf(row: HtaccessDirectory): Promise<{ cached: CachedModel; directory: Directory }> {
    const cached = await this.models.get(row.serverId);
    const directory = cached?.index.directoriesById.get(row.id);
    if (cached === null || directory === undefined) throw notFound(row.id);
    return { cached, directory };
  }
}

function scopeOf(principal: Principal): string | null {
  if (principal.role === 'admin') return null;
  if (principal.tenantId === null) throw new AppError('FORBIDDEN', 'This account belongs to no tenant.');
  return principal.tenantId;
}

function canSee(principal: Principal, tenantId: string): boolean {
  return principal.role === 'admin' || principal.tenantId === tenantId;
}

function notFound(directoryId: string): AppError {
  return new AppError('NOT_FOUND', `Directory ${directoryId} does not exist.`);
}

/** The variable the directory's WSGIProcessGroup %{ENV:…} reads, which the tenant's SetEnv must set. */
function selectorVariable(index: ModelIndex, directory: Directory): string | undefined {
  const vhost = index.vhostsById.get(directory.virtualHostId);
  const effective = directory.processGroup ?? vhost?.processGroup ?? null;
  const parsed = effective === null ? null : parseProcessGroup(effective);
  return parsed?.form === 'env' ? parsed.variable : undefined;
}

/** A rule as the API shows it: `variable` only when it is not the default PROCESS_GROUP. */
function documentRule(rule: HtaccessRule): HtaccessDocument['rules'][number] {
  // Assigned in place (same keys, same order as before): conditional spreads were a hot spot of the PUT path.
  const document: HtaccessDocument['rules'][number] = {} as HtaccessDocument['rules'][number];
  if (rule.files !== undefined) document.files = rule.files;
  if (rule.filesMatch !== undefined) document.filesMatch = rule.filesMatch;
  if (rule.variable !== undefined && rule.variable !== DEFAULT_PROCESS_GROUP_VARIABLE) {
    document.variable = rule.variable;
  }
  document.processGroup = rule.processGroup;
  return document;
}

function toDocument(rules: readonly HtaccessRule[], allowed: string[], revision: number): HtaccessDocument {
  return {
    rules: rules.map(documentRule),
    allowedProcessGroups: allowed,
    etag: htaccessEtag(revision),
  };
}
