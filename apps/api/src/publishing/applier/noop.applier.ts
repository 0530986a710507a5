import type { DriftFinding } from '#deploy';
import { HandEditedFilesError, type Applier, type ApplyReport, type ApplyRequest } from './applier.port.js';

/** The drift the server's agent last reported (fleet/ReportedDrift); null when it never reported. */
export interface AgentReportedDrift {
  findings(serverId: string): Promise<readonly DriftFinding[] | null>;
  /** The revision was published with force: its agent applies it with force too. */
  forced(serverId: string, revision: number): Promise<void>;
}

/**
 * HOSTPLANE_APPLY_MODE=none: the API host is not the web server; the revision waits for an agent. Drift is
 * what that agent last reported, and it refuses a publish like local mode's disk check does (unless forced).
 */
export class NoopApplier implements Applier {
  readonly mode = 'none' as const;

  constructor(private readonly reported: AgentReportedDrift) {}

  async apply(request: ApplyRequest): Promise<ApplyReport> {
    if (request.force) {
      await this.reported.forced(request.serverId, request.revision);
    } else {
      const findings = (await this.reported.findings(request.serverId)) ?? [];
      if (findings.length > 0) throw new HandEditedFilesError(findings);
    }
    return {
      status: 'pending',
      reloaded: false,
      changedPaths: [],
      deletedPaths: [],
      log: `revision ${request.revision} stored; waiting for the server's agent`,
      failure: null,
    };
  }

  recover(): Promise<null> {
    return Promise.resolve(null);
  }

  async drift(serverId: string): Promise<DriftFinding[] | null> {
    const findings = await this.reported.findings(serverId);
    return findings === null ? null : [...findings];
  }
}
