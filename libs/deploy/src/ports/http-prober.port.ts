import { messageOf } from '../fs-errors.js';

/** One HTTP GET: the status, or why there was none (refused, timeout). */
export type ProbeAnswer = { status: number } | { error: string };

export interface HttpProber {
  get(url: string, timeoutMs: number): Promise<ProbeAnswer>;
}

export const fetchProber: HttpProber = {
  async get(url, timeoutMs) {
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
      await response.body?.cancel();
      return { status: response.status };
    } catch (error) {
      return { error: messageOf(error) };
    }
  },
};
