import {
  buildModelIndex,
  createResolver,
  jsonEqual,
  planFormsOf,
  render,
  renderDigest,
  specBaselineOf,
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
   * What a spec PUT over this model validates against (specBaselineOf), for the installation's tenants as the
   * caller read them: tenants are global rows whose list model_revision does not count, so a baseline built
   * with other tenants is built again (only the last one is kept).
   */
  specBaseline(knownTenants: readonly Tenant[]): SpecBaseline {
    return (
      this.keptSpecBaseline(knownTenants) ??
      (this.specBaselineValue = specBaselineOf(this.model, knownTenants, this.planForms))
    );
  }

  /** specBaseline() if it was built already for equal tenants, without building it. */
  keptSpecBaseline(knownTenants: readonly Tenant[]): SpecBaseline | undefined {
    const kept = this.specBaselineValue;
    return kept !== undefined && jsonEqual(kept.knownTenants, knownTenants) ? kept : undefined;
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
