export { ApacheInstance, type ApacheOptions } from './apache-instance.js';
export { apacheAvailability, describeWithApache, type ApacheAvailability } from './availability.js';
export type { CommandResult } from './apache-control.js';
export type { LogMark } from './error-log.js';
export type { OracleResponse } from './http-request.js';
export { PROBE_WSGI_SOURCE, type ProbeReport } from './probe-app.js';
export { ensureUnixUsers, type UnixAccount } from './unix-users.js';
export { writeRenderedFiles, type FileToWrite } from './rendered-files.js';
