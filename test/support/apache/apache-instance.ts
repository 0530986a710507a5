import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { eventually } from '../eventually.js';
import { delay, isAlive, runApache, type CommandResult } from './apache-control.js';
import { logMark, logSince, waitForLog, type LogMark } from './error-log.js';
import { freePort } from './free-port.js';
import { httpGet, type OracleResponse } from './http-request.js';
import { instanceLayout, renderMainConfig } from './main-config.js';
import { PROBE_WSGI_SOURCE } from './probe-app.js';
import { killInstance, pidsUsingConfig, trackInstance, untrackInstance } from './safety-net.js';

export interface ApacheOptions {
  /** Extra global directives placed before the includes. */
  globalDirectives?: string[];
  /** Extra environment for the Apache parent (e.g. to observe the getenv() fallback). */
  env?: Record<string, string>;
  /** How many more 127.0.0.1 ports to Listen on besides `port` (e.g. the same ServerName on two ports). */
  extraPorts?: number;
}

/**
 * One private Apache + mod_wsgi on 127.0.0.1:<port>, living in its own temp directory `root`.
 * Tests place everything (config, document roots, "home" directories) under `root`, so models built
 * for the oracle use absolute paths below it.
 */
export class ApacheInstance {
  includeFiles: string[] = [];
  private pid: number | null = null;

  private constructor(
    readonly root: string,
    readonly port: number,
    private readonly options: ApacheOptions,
    readonly extraPorts: readonly number[] = [],
  ) {}

  static async create(options: ApacheOptions = {}): Promise<ApacheInstance> {
    // Short prefix: the socket path (root + /s/w.<pid>.<gen>.<id>.sock) must fit in sun_path.
    const root = mkdtempSync(join(tmpdir(), 'hpo-'));
    chmodSync(root, 0o755); // www-data workers and daemon users must traverse it
    const ports: number[] = [];
    while (ports.length < 1 + (options.extraPorts ?? 0)) {
      const port = await freePort();
      if (!ports.includes(port)) ports.push(port);
    }
    const [port, ...extraPorts] = ports as [number, ...number[]];
    const instance = new ApacheInstance(root, port, options, extraPorts);
    const layout = instance.layout;
    for (const dir of [layout.runDir, layout.htdocs, dirname(layout.socketPrefix)]) instance.mkdir(dir);
    return instance;
  }

  get layout() {
    return instanceLayout(this.root);
  }

  /** mkdir -p with world-traversable modes (the daemon users read their scripts from here). */
  mkdir(dir: string): void {
    mkdirSync(dir, { recursive: true, mode: 0o755 });
    chmodSync(dir, 0o755);
  }

  writeFile(path: string, content: string | Buffer, mode = 0o644): void {
    this.mkdir(dirname(path));
    writeFileSync(path, content, { mode });
    chmodSync(path, mode);
  }

  writeProbe(path: string): void {
    this.writeFile(path, PROBE_WSGI_SOURCE);
  }

  private writeMainConfig(): string {
    const file = this.layout.mainConfig;
    const text = renderMainConfig({
      root: this.root,
      port: this.port,
      extraPorts: this.extraPorts,
      includeFiles: this.includeFiles,
      globalDirectives: this.options.globalDirectives ?? [],
    });
    writeFileSync(file, text, { mode: 0o644 });
    return file;
  }

  /** `apache2 -t -f httpd.conf`: Apache's own verdict on the configuration. */
  configtest(): Promise<CommandResult> {
    return runApache(['-t', '-f', this.writeMainConfig()], this.options.env);
  }

  async start(): Promise<void> {
    const config = this.writeMainConfig();
    const mark = logMark(this.layout.errorLog);
    trackInstance(config);
    const result = await runApache(['-f', config, '-k', 'start'], this.options.env);
    if (!result.ok) throw new Error(`apache2 -k start failed:\n${result.output}\n${this.logSince(mark)}`);
    try {
      await eventually(() => this.readPid() !== null, {
        what: 'the pid file',
        timeoutMs: 15000,
        intervalMs: 50,
      });
      await eventually(() => this.answers(), { what: 'apache to answer', timeoutMs: 15000, intervalMs: 50 });
    } catch (error) {
      const log = this.logSince(mark);
      await this.stop();
      throw new Error(`${(error as Error).message}\n${result.output}\n${log}`);
    }
    this.pid = this.readPid();
  }

  async stop(): Promise<void> {
    const config = this.layout.mainConfig;
    const pid = this.pid ?? this.readPid();
    if (pid !== null && isAlive(pid)) {
      await runApache(['-f', config, '-k', 'stop'], this.options.env);
      try {
        await eventually(() => !isAlive(pid), { what: 'apache to stop', timeoutMs: 15000, intervalMs: 50 });
      } catch {
        // fall through to the hard kill below
      }
    }
    // Whatever is left of this instance (a stuck daemon, a worker) goes now.
    if (pidsUsingConfig(config).length > 0) {
      killInstance(config);
      await delay(100);
    }
    this.pid = null;
    untrackInstance(config);
  }

  /** Graceful restart: rereads the config; returns when the new generation says it resumed. */
  async graceful(): Promise<void> {
    const mark = logMark(this.layout.errorLog);
    const result = await runApache(['-f', this.writeMainConfig(), '-k', 'graceful'], this.options.env);
    if (!result.ok) throw new Error(`apache2 -k graceful failed:\n${result.output}`);
    await eventually(() => this.logSince(mark).includes('resuming normal operations'), {
      what: 'the graceful restart',
      timeoutMs: 20000,
      intervalMs: 50,
    });
  }

  /** Full stop + start, for when every daemon must be brand new (new users, new groups). */
  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async dispose(): Promise<void> {
    try {
      await this.stop();
    } finally {
      if (existsSync(this.root) && process.env.HOSTPLANE_KEEP_ORACLE_DIRS !== 'true') {
        rmSync(this.root, { recursive: true, force: true });
      }
    }
  }

  request(host: string, path: string): Promise<OracleResponse> {
    return httpGet(this.port, host, path);
  }

  /** The same request on one of `extraPorts` (or `port`). */
  requestOn(port: number, host: string, path: string): Promise<OracleResponse> {
    return httpGet(port, host, path);
  }

  logMark(): LogMark {
    return logMark(this.layout.errorLog);
  }

  logSince(mark: LogMark): string {
    return logSince(this.layout.errorLog, mark);
  }

  waitForLog(mark: LogMark, needle: string): Promise<string> {
    return waitForLog(this.layout.errorLog, mark, needle);
  }

  private readPid(): number | null {
    try {
      const pid = Number(readFileSync(this.layout.pidFile, 'utf8').trim());
      return Number.isInteger(pid) && pid > 0 ? pid : null;
    } catch {
      return null;
    }
  }

  private async answers(): Promise<boolean> {
    try {
      await httpGet(this.port, 'main.oracle.invalid', '/', 2000);
      return true;
    } catch {
      return false;
    }
  }
}
