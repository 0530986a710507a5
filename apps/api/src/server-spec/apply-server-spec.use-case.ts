import { Injectable } from '@nestjs/common';
import {
  hasErrors,
  planIsEmpty,
  planFormsOf,
  renderValidated,
  type Diagnostic,
  type PlanEntry,
  type PlanForms,
  type ServerModel,
  type ServerSpec,
} from '#apache';
import type { Principal } from '../auth/principal.js';
import { AuditEventRepository } from '../audit/audit-event.repository.js';
import { AppError } from '../platform/errors/app-error.js';
import { ModelWriteService } from '../model-store/model-write.service.js';
import { modelInvalidError } from '../model-store/model-invalid.error.js';
import type { CachedModel } from '../model-cache/cached-model.js';
import { ModelCache } from '../model-cache/model-cache.js';
import { diffFileSets, type FileDiff } from '../publishing/diff/file-set-diff.js';
import { ifMatchHolds } from './spec-etag.js';
import { specOutcome, type SpecBasis, type SpecOutcome } from './spec-outcome.js';
import { ServerSpecRepository } from './server-spec.repository.js';

export interface ApplyOptions {
  readonly dryRun: boolean;
  readonly prune: boolean;
  readonly ifMatch: string | undefined;
}

export interface ApplyAnswer {
  readonly dryRun: boolean;
  /** False when the document already describes the server (no revision, no audit event). */
  readonly changed: boolean;
  readonly plan: PlanEntry[];
  readonly diagnostics: Diagnostic[];
  /** The rendered files that change, as unified diffs (dry runs only: an apply says what it did, not how). */
  readonly files?: FileDiff[];
}

/** The apply found nothing to do under the lock: roll back the revision the lock counted. */
class NothingChanged extends Error {
  constructor(readonly outcome: SpecOutcome) {
    super('nothing changed');
  }
}

/**
 * PUT /servers/{id}/spec: makes the server's state equal to the document in one transaction (lock → load → plan →
 * validate → write → audit), or with dryRun answers the plan and the rendered diff without writing.
 */
@Injectable()
export class ApplyServerSpec {
  constructor(
    private readonly writes: ModelWriteService,
    private readonly cache: ModelCache,
    private readonly specs: ServerSpecRepository,
    private readonly audit: AuditEventRepository,
  ) {}

  async run(
    principal: Principal,
    serverId: string,
    spec: ServerSpec,
    options: ApplyOptions,
  ): Promise<ApplyAnswer> {
    const knownTenants = await this.specs.listAllTenants();
    if (options.dryRun) {
      const cached = await this.cache.get(serverId);
      if (cached === null) throw new AppError('NOT_FOUND', `Server ${serverId} does not exist.`);
      assertIfMatch(options.ifMatch, cached.planForms);
      const basis = { forms: cached.planForms, baseline: cached.keptSpecBaseline(knownTenants) };
      const outcome = specOutcome(spec, cached.model, knownTenants, options.prune, basis);
      // The apply that usually follows (same document, same revision) finds it.
      cached.keepSpecBaseline(outcome.baseline);
      return { ...answer(outcome, true), files: renderedDiff(cached, outcome) };
    }
    try {
      const applied = await this.writes.transaction(async (tx) => {
        const before = await this.writes.lockServer(tx, serverId);
        // The model at the locked revision: this process's cached one when it is exactly that (with what it keeps
        // per revision, e.g. after a dry run of the same document), else read through the transaction.
        const known = this.cache.peek(serverId);
        const cached = known?.revision === before ? known : undefined;
        const current = cached?.model ?? (await this.writes.load(tx, serverId));
        const basis: SpecBasis =
          cached === undefined
            ? { forms: planFormsOf(current) }
            : { forms: cached.planForms, baseline: cached.keptSpecBaseline(knownTenants) };
        assertIfMatch(options.ifMatch, basis.forms);
        const outcome = specOutcome(spec, current, knownTenants, options.prune, basis);
        // Pure data about the model at this revision, right whether or not this transaction commits (a repeated
        // document that changes nothing leaves the revision where it is).
        cached?.keepSpecBaseline(outcome.baseline);
        if (hasErrors(outcome.diagnostics)) throw modelInvalidError(outcome.diagnostics);
        if (planIsEmpty(outcome.plan)) throw new NothingChanged(outcome);
        await this.specs.applyChanges(tx, serverId, outcome.desired, outcome.changes);
        for (const event of auditEventsOf(current, outcome)) {
          await this.audit.record(tx, { principal, serverId, ...event });
        }
        return { answer: answer(outcome, false), revision: before + 1 };
      });
      this.cache.noteCommitted(serverId, applied.revision);
      return applied.answer;
    } catch (error) {
      if (error instanceof NothingChanged) return answer(error.outcome, false);
      throw error;
    }
  }
}

function answer(outcome: SpecOutcome, dryRun: boolean): ApplyAnswer {
  return {
    dryRun,
    changed: !planIsEmpty(outcome.plan),
    plan: outcome.plan,
    diagnostics: outcome.diagnostics,
  };
}

/** One event per changed object, as the single-object routes record them (`daemon-group.update`, before/after). */
function auditEventsOf(current: ServerModel, outcome: SpecOutcome) {
  const { changes } = outcome;
  const before = new Map<string, unknown>(
    [
      ...current.tenants,
      ...current.virtualHosts,
      ...current.daemonGroups,
      ...current.directories,
      ...(current.wsgiMounts ?? []),
    ].map((o) => [o.id, o]),
  );
  const events: {
    action: string;
    targetType: string;
    targetId: string;
    before?: unknown;
    after?: unknown;
  }[] = [];
  const add = (type: string, verb: 'create' | 'update' | 'delete', objects: readonly { id: string }[]) => {
    for (const o of objects) {
      events.push({
        action: `${type}.${verb}`,
        targetType: type,
        targetId: o.id,
        ...(verb === 'create' ? {} : { before: before.get(o.id) }),
        ...(verb === 'delete' ? {} : { after: o }),
      });
    }
  };
  if (changes.settingsChanged)
    events.push({ action: 'server.update', targetType: 'server', targetId: current.id });
  add('tenant', 'create', changes.tenants.create);
  add('tenant', 'update', changes.tenants.update);
  for (const [type, list] of [
    ['virtual-host', changes.virtualHosts],
    ['daemon-group', changes.daemonGroups],
    ['directory', changes.directories],
    ['wsgi-mount', changes.wsgiMounts],
  ] as const) {
    add(type, 'create', list.create);
    add(type, 'update', list.update);
    add(type, 'delete', list.delete);
  }
  return events;
}

/** `current`: the plan forms of the current model, whose spec is its export (what the ETag hashes). */
function assertIfMatch(ifMatch: string | undefined, current: PlanForms): void {
  if (ifMatch === undefined || ifMatchHolds(ifMatch, current.spec)) return;
  throw new AppError(
    'PRECONDITION_FAILED',
    'The server changed since you read its spec (If-Match); read it again.',
  );
}

/** A dry run shows what a publish would change on disk, when both models render. */
function renderedDiff(cached: CachedModel, outcome: SpecOutcome): FileDiff[] {
  if (hasErrors(outcome.diagnostics)) return [];
  // A server whose stored model is already invalid (edited by hand) has no "before" to compare with. The cached
  // model validates and renders once per revision; the desired model was validated by specOutcome (same errors,
  // pointed into the document), so it is rendered without validating it a second time.
  const before = hasErrors(cached.diagnostics) ? [] : cached.rendered().files;
  return diffFileSets(before, renderValidated(outcome.desired, outcome.diagnostics));
}
