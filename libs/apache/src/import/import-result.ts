import type { Diagnostic } from '../model/diagnostic.js';
import type { ServerSpec } from '../server-spec/server-spec.js';

/** The web server's files as the client uploaded them. */
export interface ImportInput {
  readonly files: readonly { readonly path: string; readonly content: string }[];
  /** The main configuration file; default /etc/apache2/apache2.conf, or the only non-.htaccess file. */
  readonly main?: string;
  readonly serverRoot?: string;
  readonly defines?: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  /**
   * Where the users' home directories are (default /home): a directory under `<homes>/<user>/` is that user's, and a
   * tenant the import infers gets `<homes>/<user>` as its home.
   */
  readonly homes?: string;
  /** Tenants Hostplane already knows (matched by unix user), so an import reuses their names. */
  readonly knownTenants?: readonly {
    readonly name: string;
    readonly unixUser: string;
    readonly unixGroup: string;
    readonly homeDirectory?: string | null;
  }[];
}

/** A line of the input that is not part of the spec, and what becomes of it if the spec is applied. */
export interface UnmanagedLine {
  readonly file: string;
  readonly line: number;
  readonly text: string;
  readonly reason: string;
}

/** Something the importer concluded rather than read, with the evidence. */
export interface Inference {
  readonly what: string;
  readonly why: string;
}

export interface ImportResult {
  readonly spec: ServerSpec;
  readonly unmanaged: readonly UnmanagedLine[];
  readonly inferred: readonly Inference[];
  /** Problems reading the files (paths `/files/<file>#<line>`) and the engine's verdict on the imported spec. */
  readonly diagnostics: readonly Diagnostic[];
}

/** What happens to an unmanaged line, in words a reviewer can act on. */
export const STAYS = "stays in the server's own configuration (Hostplane does not manage it)";
export const LOST_IN_VHOST = 'would be lost: Hostplane renders this <VirtualHost> without it';
export const LOST_IN_HTACCESS =
  'would be lost: Hostplane rewrites this .htaccess with its process-group rules only';
