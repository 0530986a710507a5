import { Agent, request } from 'node:http';

export interface HttpAnswer {
  status: number;
  etag: string | null;
  body: string;
  ms: number;
  /** The poll's Hostplane-Restarts-Pending and Hostplane-Model-Revision headers (null: absent). */
  restartsPending: number | null;
  modelRevision: number | null;
}

const count = (value: string | string[] | undefined): number | null =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : null;

/**
 * One simulated agent's HTTP client: its own keep-alive connection (one socket, like the agent's fetch to
 * one API), Bearer token and JSON, nothing else. node:http rather than fetch so that the 1,000 clients in
 * this one process cost little next to the API processes they measure.
 */
export class AgentHttp {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1 });
  private readonly base: URL;

  constructor(
    apiUrl: string,
    private readonly token: string,
  ) {
    this.base = new URL('/api/v1/', apiUrl);
  }

  send(method: 'GET' | 'POST', path: string, headers: Record<string, string> = {}, body?: unknown) {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const url = new URL(path, this.base);
    return new Promise<HttpAnswer>((resolve, reject) => {
      const started = performance.now();
      const req = request(
        url,
        {
          method,
          agent: this.agent,
          headers: {
            authorization: `Bearer ${this.token}`,
            accept: 'application/json',
            ...(payload === undefined
              ? {}
              : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
            ...headers,
          },
          timeout: 30_000,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const etag = res.headers.etag;
            resolve({
              status: res.statusCode ?? 0,
              etag: etag ?? null,
              body: Buffer.concat(chunks).toString('utf8'),
              ms: performance.now() - started,
              restartsPending: count(res.headers['hostplane-restarts-pending']),
              modelRevision: count(res.headers['hostplane-model-revision']),
            });
          });
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`${method} ${path}: timeout`)));
      req.on('error', reject);
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
