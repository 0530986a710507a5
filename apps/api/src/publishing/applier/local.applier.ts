import { join } from 'node:path';
import {
  applyRevision,
  detectDrift,
  DriftError,
  isUnsafeDirectoryError,
  recover,
  type ApplyResult,
  type CommandTemplate,
  type DeployedFile,
  type DeployTarget,
  type DriftFinding,
} from '#deploy';
import type { PublishingValues } from '../../platform/config/app-config-values.js';
import {
  HandEditedFilesError,
  UnsafeTenantDirectoryError,
  type Applier,
  type ApplyReport,
  type ApplyRequest,
} from './applier.port.js';

/** HOSTPLANE_APPLY_MODE=local: this host is the web server; libs/deploy makes the revision the files on disk. */
export class LocalApplier implements Applier {
  readonly mode = 'local' as const;

  constructor(private readonly settings: PublishingValues) {}

  async apply(request: ApplyRequest): Promise<ApplyReport> {
    let result: ApplyResult;
    try {
      result = await applyRevision({
        revision: request.revision,
        files: request.files,
        previousFiles: request.previousFiles,
        target: this.target(request.configDir),
        // One journal (and apply lock) per server: servers never wait for each other's disk work.
        journalDir: this.journalDir(request.serverId),
        force: request.force,
        ...(request.pythonVersion !== undefined ? { pythonVersion: request.pythonVersion } : {}),
        ...(request.digests !== undefined ? { digests: request.digests } : {}),
        ...this.commands(),
      });
    } catch (error) {
      if (error instanceof DriftError) throw new HandEditedFilesError(error.findings);
      if (isUnsafeDirectoryError(error))
        throw new UnsafeTenantDirectoryError(error.renderedPath, error.component, error.reason);
      throw error;
    }
    return {
      status: result.status,
      reloaded: result.reloaded,
      changedPaths: result.changedPaths,
      deletedPaths: result.deletedPaths,
      log: result.steps
        .map((s) => `${s.name} ${s.ok ? 'ok' : 'FAILED'} ${s.ms}ms${s.detail ? ` ${s.detail}` : ''}`)
        .join('\n'),
      failure: result.failure,
    };
  }

  async recover(serverId: string, configDir: string): Promise<{ diskDigest: string | null }> {
    const { reload } = this.commands();
    const outcome = await recover(this.journalDir(serverId), this.target(configDir), {
      ...(reload !== undefined ? { reload } : {}),
    });
    return { diskDigest: outcome.diskDigest };
  }

  async drift(
    _serverId: string,
    configDir: string,
    liveFiles: readonly DeployedFile[],
  ): Promise<DriftFinding[]> {
    try {
      return await detectDrift(liveFiles, this.target(configDir));
    } catch (error) {
      if (isUnsafeDirectoryError(error))
        throw new UnsafeTenantDirectoryError(error.renderedPath, error.component, error.reason);
      throw error;
    }
  }

  private target(configDir: string): DeployTarget {
    return {
      configDir,
      ...(this.settings.rootPrefix !== undefined ? { rootPrefix: this.settings.rootPrefix } : {}),
    };
  }

  private journalDir(serverId: string): string {
    return join(this.settings.journalDir, serverId);
  }

  private commands(): {
    configtest?: CommandTemplate;
    reload?: CommandTemplate;
    probe?: { url: string; expectStatus: number };
  } {
    const { configtestArgv, reloadArgv, probeUrl } = this.settings;
    return {
      ...(configtestArgv !== undefined ? { configtest: { argv: configtestArgv } } : {}),
      ...(reloadArgv !== undefined ? { reload: { argv: reloadArgv } } : {}),
      ...(probeUrl !== undefined ? { probe: { url: probeUrl, expectStatus: 200 } } : {}),
    };
  }
}
