import {
  buildModelIndex,
  createResolver,
  jsonEqual,
  planFormsOf,
  render,
  renderDigest,
  validate,
  type Diagnostic,
  type ModelIndex,
  type PlanForms,
  type RenderedFile,
  type Resolver,
  type ServerModel,
  type SpecBaseline,
  type Tenant,
} from '#apache';

export interface RenderedConfig {
  digest: string;
  files: RenderedFile[];
}

/**
 * One server model at one model_revision, with everything derived from it built lazily and at most once:
 * the lookup index (incremental .htaccess checks), the resolver, the full validation and the rendering.
 * Shared by concurrent requests, so nothing here may ever be mutated; writers build a new model instead.
 */
export class CachedModel {
  private indexValue: ModelIndex | undefined;
  private resolverValue: Resolver | undefined;
  private diagnosticsValue: Diagnostic[] | undefined;
  private renderedValue: RenderedConfig | undefined;
  private planFormsValue: PlanForms | undefined;
  private specBaselineValue: SpecBaseline | undefined;

  constructor(
    readonly serverId: string,
    readonly revision: number,
    readonly model: ServerModel,
    /** An index the caller already derived for exactly this model (saves the O(n) rebuild). */
    index?: ModelIndex,
  ) {
    this.indexValue = index;
  }

  get index(): ModelIndex {
    return (this.indexValue ??= buildModelIndex(this.model));
  }

  get resolver(): Resolver {
    return (this.resolverValue ??= createResolver(this.model));
  }

  /** validate() over the whole server, warnings included. */
  get diagnostics(): Diagnostic[] {
    return (this.diagnosticsValue ??= validate(this.model, this.index));
  }

  /** The spec plan's side of this model, its export (specOfModel) included: shared by the spec GETs and PUTs. */
  get planForms(): PlanForms {
    return (this.planFormsValue ??= planFormsOf(this.model));
  }

  /**
   * The baseline a spec PUT over this model plans and validates against (SpecBaseline), if an earlier dry run or
   * PUT of this revision kept one for the installation's tenants as the caller read them: tenants are global rows
   * whose list model_revision does not count.
   */
  keptSpecBaseline(knownTenants: readonly Tenant[]): SpecBaseline | undefined {
    const kept = this.specBaselineValue;
    return kept !== undefined && jsonEqual(kept.knownTenants, knownTenants) ? kept : undefined;
  }

  /** Keeps the baseline of the latest spec request over this very model (the next one most likely resembles it). */
  keepSpecBaseline(baseline: SpecBaseline): void {
    if (baseline.current === this.model) this.specBaselineValue = baseline;
  }

  /** The files and their digest; throws RenderRefusedError (with the diagnostics) when the model has errors. */
  rendered(): RenderedConfig {
    if (this.renderedValue === undefined) {
      const files = render(this.model, { index: this.index });
      this.renderedValue = { digest: renderDigest(files), files };
    }
    return this.renderedValue;
  }
}
