import { request as httpRequest } from 'node:http';
import { isProbeReport, type ProbeReport } from './probe-app.js';

export interface OracleResponse {
  status: number;
  body: string;
  /** Set when the body is probe.wsgi's JSON, i.e. the request reached a WSGI application. */
  probe: ProbeReport | null;
}

function parseProbe(body: string): ProbeReport | null {
  try {
    const parsed: unknown = JSON.parse(body);
    return isProbeReport(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** GET http://127.0.0.1:<port><path> with the given Host header, no keep-alive. */
export function httpGet(
  port: number,
  host: string,
  path: string,
  timeoutMs = 30000,
): Promise<OracleResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'GET',
        headers: { Host: host, Connection: 'close' },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, body, probe: parseProbe(body) });
        });
        res.on('error', reject);
      },
    );
    req.setTimeout(timeoutMs, () =>
      req.destroy(new Error(`GET ${host}${path} timed out after ${timeoutMs} ms`)),
    );
    req.on('error', reject);
    req.end();
  });
}
