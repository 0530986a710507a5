import { Injectable } from '@nestjs/common';
import {
  allowedProcessGroups,
  parseProcessGroup,
  renderHtaccess,
  type Directory,
  type HtaccessRule,
  type ModelIndex,
} from '#apache';
import type { Principal } from '../auth/principal.js';
import { scopeIncludes, tenantScopeOf, type TenantScope } from '../auth/tenant-scope.js';
import type { CachedModel } from '../model-cache/cached-model.js';
import { ModelCache } from '../model-cache/model-cache.js';
import { modelInvalidError } from '../model-store/model-invalid.error.js';
import { AppError } from '../platform/errors/app-error.js';
import { htaccessDocument } from './htaccess-document.presenter.js';
import { acceptedRevisions, assertIfMatch, htaccessEtag, preconditionFailed } from './htaccess-etag.js';
import { HtaccessGroupCommit, type GroupCommitOutcome } from './htaccess-group-commit.js';
import type { HtaccessPutBody } from './put-body-media-type.js';
import { rulesFromPutBody, type HtaccessParseContext } from './rules-from-put-body.js';
import { HtaccessRepository, type HtaccessDirectory } from './htaccess.repository.js';
import { refusalForCaller, type RefusalScope } from './tenant-refusal.js';
import type { HtaccessDocument } from './htaccess.dto.js';

export interface HtaccessText {
  text: string;
  etag: string;
}

export interface HtaccessWrite {
  body: HtaccessPutBody;
  /** The If-Match header as sent. */
  ifMatch: string | undefined;
}

/** A directory the caller may see, in a current model of its server; `row` when it was read from the database. */
interface WriteTarget {
  scope: TenantScope;
  cached: CachedModel;
  directory: Directory;
  row?: HtaccessDirectory;
}

/**
 * Tenant self-service on a directory's .htaccess. Reads go through the model cache; every write takes the one
 * path: find the directory, parse the body once, hand it to the server's group commit (which validates it
 * once and stores it with the one statement), and answer its outcome.
 */
@Injectable()
export class HtaccessService {
  constructor(
    private readonly directories: HtaccessRepository,
    private readonly models: ModelCache,
    private readonly group: HtaccessGroupCommit,
  ) {}

  async document(principal: Principal, directoryId: string): Promise<HtaccessDocument> {
    const row = await this.findVisible(tenantScopeOf(principal), directoryId);
    const { cached, directory } = await this.modelOf(row);
    return htaccessDocument(row.rules, allowedProcessGroups(cached.index, directory), row.htaccessRevision);
  }

  async text(principal: Principal, directoryId: string): Promise<HtaccessText> {
    const row = await this.findVisible(tenantScopeOf(principal), directoryId);
    return { text: renderHtaccess(row.rules), etag: htaccessEtag(row.htaccessRevision, 'text') };
  }

  /**
   * Answers in the order a client expects: 404 (not the caller's), 412 (If-Match stale), then the body's
   * own refusal (400 or 422 by line), then the engine's (422). A refusal tells a tenant only what
   * refusalForCaller allows, whichever step refused.
   */
  async replace(
    principal: Principal,
    directoryId: string,
    request: HtaccessWrite,
  ): Promise<HtaccessDocument> {
    const scope = tenantScopeOf(principal);
    const refusal: RefusalScope = { directoryId };
    try {
      const target = await this.locate(scope, directoryId);
      const expectedRevisions = acceptedRevisions(request.ifMatch);
      refusal.allowed = () => allowedProcessGroups(target.cached.index, target.directory);
      const rules = await this.parse(request.body, target, expectedRevisions);
      refusal.rules = rules;
      const outcome = await this.group.submit(target.cached.serverId, {
        principal,
        scope,
        directoryId,
        tenantId: target.directory.tenantId,
        rules,
        expectedRevisions,
      });
      const revision = await this.revisionWritten(outcome, target, expectedRevisions);
      return htaccessDocument(rules, allowedProcessGroups(target.cached.index, target.directory), revision);
    } catch (error) {
      throw refusalForCaller(scope, error, refusal);
    }
  }

  /**
   * From a model the cache knows to be current when it holds the directory (no database read: the hot path),
   * else from the database. A cached directory outside the scope is a 404 like a missing one.
   */
  private async locate(scope: TenantScope, directoryId: string): Promise<WriteTarget> {
    const hit = this.models.findDirectory(directoryId);
    if (hit !== undefined) {
      if (!scopeIncludes(scope, hit.directory.tenantId)) throw notFound(directoryId);
      return { scope, ...hit };
    }
    const row = await this.findVisible(scope, directoryId);
    return { scope, ...(await this.modelOf(row)), row };
  }

  /** The body's rules, read once; its refusal yields to a stale If-Match (412 comes first). */
  private async parse(
    body: HtaccessPutBody,
    target: WriteTarget,
    expectedRevisions: readonly number[] | null,
  ): Promise<HtaccessRule[]> {
    try {
      return rulesFromPutBody(body, parseContext(target.cached.index, target.directory));
    } catch (error) {
      await this.assertPrecondition(target, expectedRevisions);
      throw error;
    }
  }

  private async revisionWritten(
    outcome: GroupCommitOutcome,
    target: WriteTarget,
    expectedRevisions: readonly number[] | null,
  ): Promise<number> {
    switch (outcome.kind) {
      case 'written':
        return outcome.revision;
      case 'refused':
        if (!outcome.ifMatchChecked) await this.assertPrecondition(target, expectedRevisions);
        throw modelInvalidError(outcome.diagnostics);
      case 'stale':
        throw preconditionFailed(outcome.currentRevision);
      case 'gone':
        throw notFound(target.directory.id);
    }
  }

  /** 412 when a conditional write's If-Match refuses the directory's revision (read if not yet; 404 if gone). */
  private async assertPrecondition(
    target: WriteTarget,
    expectedRevisions: readonly number[] | null,
  ): Promise<void> {
    if (expectedRevisions === null) return;
    const row =
      target.row ?? (await this.directories.findDirectoryForTenant(target.directory.id, target.scope));
    if (row === null) throw notFound(target.directory.id);
    assertIfMatch(expectedRevisions, row.htaccessRevision);
  }

  private async findVisible(scope: TenantScope, directoryId: string): Promise<HtaccessDirectory> {
    const row = await this.directories.findDirectoryForTenant(directoryId, scope);
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

function notFound(directoryId: string): AppError {
  return new AppError('NOT_FOUND', `Directory ${directoryId} does not exist.`);
}

/** What the text parser needs of the directory: its AllowOverride and the variable its group selector reads. */
function parseContext(index: ModelIndex, directory: Directory): HtaccessParseContext {
  const vhost = index.vhostsById.get(directory.virtualHostId);
  const effective = directory.processGroup ?? vhost?.processGroup ?? null;
  const parsed = effective === null ? null : parseProcessGroup(effective);
  return {
    allowOverride: directory.allowOverride,
    variable: parsed?.form === 'env' ? parsed.variable : undefined,
  };
}
