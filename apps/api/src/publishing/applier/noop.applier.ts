import type { Applier, ApplyReport, ApplyRequest } from './applier.port.js';

/** HOSTPLANE_APPLY_MODE=none: the API host is not the web server; the revision waits for an agent. */
export class NoopApplier implements Applier {
  readonly mode = 'none' as const;

  apply(request: ApplyRequest): Promise<ApplyReport> {
    return Promise.resolve({
      status: 'pending',
      reloaded: false,
      changedPaths: [],
      deletedPaths: [],
      log: `revision ${request.revision} stored; waiting for the server's agent`,
      failure: null,
    });
  }

  recover(): Promise<null> {
    return Promise.resolve(null);
  }

  drift(): Promise<null> {
    return Promise.resolve(null);
  }
}
