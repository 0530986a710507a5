/**
 * What the resolver answers: the prediction of what Apache 2.4 + mod_wsgi does with one request,
 * plus a trace a person can follow step by step.
 */

export type ResolveStatus = 200 | 403 | 404 | 500;

export interface ResolveRequest {
  /** The Host header as the client sends it, port included if any (`www.site.com:8080`). */
  host: string;
  /** The request-target path; a query string is ignored. */
  path: string;
  /** The TCP port the client connected to; selects the `<VirtualHost>` address set. */
  port?: number;
}

export interface ResolveEnv {
  /** Whether a file exists on the web server; defaults to "yes" because the panel does not see the disk. */
  fileExists?: (absPath: string) => boolean;
  /** The Apache parent's environment, for mod_wsgi's getenv() fallback (spec §2.2). Defaults to {}. */
  processEnv?: Record<string, string>;
}

export interface TraceEntry {
  step: string;
  /** The config line or section responsible, e.g. `<Directory /home/bob/public_html>`. */
  source: string;
  detail: string;
}

export interface RunsAs {
  user: string;
  group: string;
}

export interface ResolveOutcome {
  status: ResolveStatus;
  virtualHostId: string | null;
  file: string | null;
  /** null = mod_wsgi was never reached; "" = embedded mode. */
  processGroup: string | null;
  applicationGroup: string | null;
  runsAs: RunsAs | null;
  trace: TraceEntry[];
  /** The error-log text (without the `: <script>` suffix) for non-200 outcomes. */
  error?: string;
}

export type Resolver = (request: ResolveRequest) => ResolveOutcome;
