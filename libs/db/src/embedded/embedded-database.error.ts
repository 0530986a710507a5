export type EmbeddedDatabaseErrorCode = 'DATA_DIR_IN_USE' | 'PORT_IN_USE' | 'NOT_A_DATA_DIR' | 'START_FAILED';

/** Start-up failures an operator must act on, each with a message that says what to do. */
export class EmbeddedDatabaseError extends Error {
  constructor(
    readonly code: EmbeddedDatabaseErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EmbeddedDatabaseError';
  }
}

export function dataDirInUse(dataDir: string, postmasterPid: number | null): EmbeddedDatabaseError {
  const pid = postmasterPid === null ? 'unknown' : String(postmasterPid);
  return new EmbeddedDatabaseError(
    'DATA_DIR_IN_USE',
    `another Hostplane is already using ${dataDir} (postmaster.pid pid ${pid}); stop it, ` +
      'or give this instance its own data directory or DATABASE_URL',
  );
}

export function portInUse(port: number): EmbeddedDatabaseError {
  return new EmbeddedDatabaseError(
    'PORT_IN_USE',
    `cannot start embedded PostgreSQL: port ${port} on 127.0.0.1 is already in use by another program; ` +
      'configure another port or set DATABASE_URL',
  );
}
