import {
  buildModelIndex,
  createResolver,
  render,
  renderDigest,
  validate,
  type Diagnostic,
  type ModelIndex,
  type RenderedFile,
  type Resolver,
  type ServerModel,
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

  /** The files and their digest; throws RenderRefusedError (with the diagnostics) when the model has errors. */
  rendered(): RenderedConfig {
    if (this.renderedValue === undefined) {
      const files = render(this.model, { index: this.index });
      this.renderedValue = { digest: renderDigest(files), files };
    }
    return this.renderedValue;
  }
}
