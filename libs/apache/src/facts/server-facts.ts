/**
 * What a server's agent reports about the host (the API's AgentFacts). Every field is optional: a fact the
 * agent could not read, or was not asked about, is unknown — and an unknown fact contradicts nothing.
 */
export interface ServerFacts {
  apacheVersion?: string | null;
  /** e.g. "4.9.4" */
  modWsgiVersion?: string | null;
  /** X.Y (or X.Y.Z) of the Python mod_wsgi embeds, e.g. "3.11" */
  pythonVersion?: string | null;
  /** `apache2ctl -M` names, e.g. "wsgi_module" (static and shared alike). */
  modules?: readonly string[];
  /** Of the unix users the API asked about, those that exist. */
  unixUsers?: readonly string[];
  unixGroups?: readonly string[];
  /**
   * Of the unix users the API asked about, those that do not exist. Absent (older agents): every asked name
   * missing from `unixUsers` is taken as missing.
   */
  missingUnixUsers?: readonly string[];
  missingUnixGroups?: readonly string[];
}

/** "4.9.4" → "4.9": the model declares X.Y. */
export function majorMinor(version: string): string {
  return version.split('.').slice(0, 2).join('.');
}
