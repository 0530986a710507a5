import { Injectable } from '@nestjs/common';
import { hasErrors, RenderRefusedError, type ResolveOutcome } from '#apache';
import type { Principal } from '../auth/principal.js';
import { factAsDiagnostic, ReportedFacts } from '../fleet/reported-facts.js';
import { tenantScopeOf } from '../auth/tenant-scope.js';
import { AppError } from '../platform/errors/app-error.js';
import { modelInvalidError } from '../model-store/model-invalid.error.js';
import type { CachedModel } from '../model-cache/cached-model.js';
import type {
  RenderedConfigBody,
  ResolveOutcomeBody,
  ResolveQuery,
  ValidationReport,
} from './inspection.dto.js';
import { ModelCache } from '../model-cache/model-cache.js';
import { outcomeIsTenants, tenantHasDirectory } from './tenant-resolve-scope.js';
import { tenantViewOfOutcome } from './tenant-resolve-view.js';

/** A resolve answer, the model_revision it was computed from and whose view it is (together, its ETag). */
export interface ResolvedAnswer {
  body: ResolveOutcomeBody;
  revision: number;
  /** null: the admin's unredacted answer. */
  tenantId: string | null;
}

/** The engine's answers about a whole server (validate, render, resolve), served from the model cache. */
@Injectable()
export class InspectionService {
  constructor(
    private readonly models: ModelCache,
    private readonly facts: ReportedFacts,
  ) {}

  /** The model's diagnostics (cached per model revision), then what the agent's last facts contradict. */
  async validation(serverId: string): Promise<ValidationReport> {
    const cached = await this.model(serverId);
    const fromFacts = await this.facts.diagnostics(cached.model);
    const diagnostics = [...cached.diagnostics, ...fromFacts.map(factAsDiagnostic)];
    return { valid: !hasErrors(diagnostics), diagnostics };
  }

  async config(serverId: string): Promise<RenderedConfigBody> {
    const cached = await this.model(serverId);
    try {
      return cached.rendered();
    } catch (error) {
      if (error instanceof RenderRefusedError) throw modelInvalidError(error.diagnostics);
      throw error;
    }
  }

  /**
   * Admins resolve anything. A tenant gets an answer only for a request that lands in its own directories;
   * every other case — unknown server, a server it has nothing on, someone else's path — is the same 404.
   */
  async resolve(principal: Principal, serverId: string, query: ResolveQuery): Promise<ResolvedAnswer> {
    const scope = tenantScopeOf(principal);
    // The `none` scope (a tenant account without a tenant) sees nothing at all, like a missing server.
    if (scope.kind === 'none') throw serverNotFound(serverId);
    const tenantId = scope.kind === 'tenant' ? scope.tenantId : null;
    // current(): the verified model without a promise in between, the common case under load.
    const cached = this.models.current(serverId) ?? (await this.models.get(serverId));
    if (cached === null) throw serverNotFound(serverId);
    if (tenantId !== null && !tenantHasDirectory(cached.model, tenantId)) throw serverNotFound(serverId);
    const outcome = cached.resolver({
      host: query.host,
      path: query.path,
      ...(query.port !== undefined ? { port: query.port } : {}),
    });
    if (tenantId === null) return { body: toBody(outcome), revision: cached.revision, tenantId };
    if (!outcomeIsTenants(cached.model, outcome, tenantId)) throw serverNotFound(serverId);
    // Even in his own directory the trace names what the vhost and server scope apply: redacted for him.
    const view = tenantViewOfOutcome(cached.model, cached.index, outcome, tenantId);
    return { body: toBody(view), revision: cached.revision, tenantId };
  }

  private async model(serverId: string): Promise<CachedModel> {
    const cached = await this.models.get(serverId);
    if (cached === null) throw serverNotFound(serverId);
    return cached;
  }
}

function serverNotFound(serverId: string): AppError {
  return new AppError('NOT_FOUND', `Server ${serverId} does not exist.`);
}

function toBody(outcome: ResolveOutcome): ResolveOutcomeBody {
  return {
    status: outcome.status,
    processGroup: outcome.processGroup,
    applicationGroup: outcome.applicationGroup,
    file: outcome.file,
    runsAs: outcome.runsAs,
    virtualHostId: outcome.virtualHostId,
    trace: outcome.trace,
    ...(outcome.error !== undefined ? { error: outcome.error } : {}),
  };
}
