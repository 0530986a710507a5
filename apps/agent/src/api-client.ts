import type { Schemas } from '#client';

/**
 * The API's own types, generated from docs/openapi.json into #client: the agent no longer keeps copies that
 * could drift from what the API sends. GET /servers/{id}/publications/live answers a Publication.
 */
export type WantedPublication = Schemas['Publication'];

/**
 * What the poll's headers say besides the revision (null: not said, an older API): how many daemon group
 * restarts wait for this server, and the server's model revision.
 */
export interface PollSignals {
  restartsPending: number | null;
  modelRevision: number | null;
}

export type LiveAnswer = PollSignals &
  (
    | { kind: 'unchanged' }
    | { kind: 'none' }
    | { kind: 'revision'; publication: WantedPublication; etag: string | null }
  );

const countHeader = (response: Response, name: string): number | null => {
  const value = response.headers.get(name);
  if (value === null || !/^\d+$/.test(value.trim())) return null;
  return Number(value);
};

/** POST /publications/{id}/deployments; the agent always sends its log. */
export type DeploymentReport = Required<Schemas['DeploymentReport']>;

/** POST /servers/{id}/agent-reports, and its answer. */
export type AgentReportBody = Schemas['AgentReport'];
export type AgentReportAnswer = Schemas['AgentReportAnswer'];

/** GET /servers/{id}/daemon-group-restarts/pending: one restart to carry out; and what the agent reports. */
export type PendingRestart = Schemas['AgentDaemonGroupRestart'];
export type RestartOutcomeBody = Schemas['AgentDaemonGroupRestartOutcome'];

/** The API could not be reached or answered 5xx/429: worth retrying as it is. */
export class ApiUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ApiUnavailableError';
  }
}

/** The API answered, but refused (401, 403, 400…): retrying the same request will not help by itself. */
export class ApiRefusedError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiRefusedError';
  }
}

export interface AgentApiOptions {
  apiUrl: string;
  token: string;
  serverId: string;
  requestTimeoutMs: number;
}

/** The agent endpoints; outbound HTTPS only, so web servers accept no connection from the API. */
export class AgentApiClient {
  constructor(private readonly options: AgentApiOptions) {}

  async live(ifNoneMatch: string | null): Promise<LiveAnswer> {
    const path = `/servers/${encodeURIComponent(this.options.serverId)}/publications/live`;
    const response = await this.request(
      'GET',
      path,
      ifNoneMatch === null ? {} : { 'If-None-Match': ifNoneMatch },
    );
    const signals: PollSignals = {
      restartsPending: countHeader(response, 'Hostplane-Restarts-Pending'),
      modelRevision: countHeader(response, 'Hostplane-Model-Revision'),
    };
    if (response.status === 304) return { kind: 'unchanged', ...signals };
    if (response.status === 404) {
      await response.body?.cancel();
      return { kind: 'none', ...signals };
    }
    await this.ensureOk(response);
    const publication = (await response.json()) as WantedPublication;
    return { kind: 'revision', publication, etag: response.headers.get('etag'), ...signals };
  }

  /** 'gone': the API no longer wants this report (superseded, or the publication is not ours / deleted). */
  async report(publicationId: string, report: DeploymentReport): Promise<'accepted' | 'gone'> {
    const path = `/publications/${encodeURIComponent(publicationId)}/deployments`;
    const response = await this.request('POST', path, { 'Content-Type': 'application/json' }, report);
    if (response.status === 404 || response.status === 409) {
      await response.body?.cancel();
      return 'gone';
    }
    await this.ensureOk(response);
    await response.body?.cancel();
    return 'accepted';
  }

  /**
   * The heartbeat; 'unsupported' when the API predates agent reports (404 on its own server's route) or
   * takes them only from server-scoped tokens (403: this agent runs with another kind).
   */
  async agentReport(body: AgentReportBody): Promise<AgentReportAnswer | 'unsupported'> {
    const path = `/servers/${encodeURIComponent(this.options.serverId)}/agent-reports`;
    const response = await this.request('POST', path, { 'Content-Type': 'application/json' }, body);
    if (response.status === 404 || response.status === 403) {
      await response.body?.cancel();
      return 'unsupported';
    }
    await this.ensureOk(response);
    return (await response.json()) as AgentReportAnswer;
  }

  /** The restarts waiting for this server's agent; 'unsupported' as for agentReport (an older API). */
  async pendingRestarts(): Promise<PendingRestart[] | 'unsupported'> {
    const path = `/servers/${encodeURIComponent(this.options.serverId)}/daemon-group-restarts/pending`;
    const response = await this.request('GET', path, {});
    if (response.status === 404 || response.status === 403) {
      await response.body?.cancel();
      return 'unsupported';
    }
    await this.ensureOk(response);
    return ((await response.json()) as { items: PendingRestart[] }).items;
  }

  /** 'gone': the restart no longer exists (its group was deleted). 409 (already taken) throws ApiRefusedError. */
  async restartOutcome(restartId: string, body: RestartOutcomeBody): Promise<'accepted' | 'gone'> {
    const path = `/servers/${encodeURIComponent(this.options.serverId)}/daemon-group-restarts/${encodeURIComponent(restartId)}/outcome`;
    const response = await this.request('POST', path, { 'Content-Type': 'application/json' }, body);
    if (response.status === 404) {
      await response.body?.cancel();
      return 'gone';
    }
    await this.ensureOk(response);
    await response.body?.cancel();
    return 'accepted';
  }

  private async request(
    method: string,
    path: string,
    headers: Record<string, string>,
    body?: unknown,
  ): Promise<Response> {
    try {
      return await fetch(`${this.options.apiUrl}${path}`, {
        method,
        headers: { Authorization: `Bearer ${this.options.token}`, Accept: 'application/json', ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(this.options.requestTimeoutMs),
      });
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
      throw new ApiUnavailableError(
        `${method} ${path}: ${error instanceof Error ? error.message : String(error)}${cause}`,
      );
    }
  }

  private async ensureOk(response: Response): Promise<void> {
    if (response.ok) return;
    const text = (await response.text()).slice(0, 500);
    const message = `${response.url}: HTTP ${response.status} ${text}`;
    if (response.status >= 500 || response.status === 429) throw new ApiUnavailableError(message);
    throw new ApiRefusedError(response.status, message);
  }
}
