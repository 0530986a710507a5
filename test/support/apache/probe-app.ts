import { readFileSync } from 'node:fs';

/** What probe.wsgi answers: the identity mod_wsgi really used for the request. */
export interface ProbeReport {
  process_group: string;
  application_group: string;
  uid: number;
  gid: number;
  user: string;
  group: string;
  env_process_group: string | null;
}

export const PROBE_WSGI_SOURCE = readFileSync(new URL('./probe.wsgi', import.meta.url), 'utf8');

export function isProbeReport(value: unknown): value is ProbeReport {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.process_group === 'string' && typeof v.uid === 'number' && typeof v.user === 'string';
}
