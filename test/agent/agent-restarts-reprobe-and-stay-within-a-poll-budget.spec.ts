import { describe, expect, it } from '@jest/globals';
import type { AgentConfig } from '../../apps/agent/src/agent-config.js';
import type { AgentApiClient, PendingRestart } from '../../apps/agent/src/api-client.js';
import { AgentRestarts } from '../../apps/agent/src/daemon-group-restarts.js';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const config = { procDir: '/nonexistent-proc' } as unknown as AgentConfig;
const item = (id: string): PendingRestart => ({
  id,
  daemonGroupId: `dg-${id}`,
  groupName: id,
  displayName: '%{GROUP}',
  socketPrefix: '/run/wsgi',
  otherTitles: [],
});

/** An API double: `pending` answers the pending-restarts call in turn; outcomes are recorded. */
function fakeApi(pending: (PendingRestart[] | 'unsupported')[]) {
  const calls = { pending: 0, outcomes: [] as string[] };
  const api = {
    pendingRestarts: async () => pending[Math.min(calls.pending++, pending.length - 1)]!,
    restartOutcome: async (id: string, body: { state: string }) => {
      calls.outcomes.push(`${id} ${body.state}`);
      return 'accepted' as const;
    },
  } as unknown as AgentApiClient;
  return { api, calls };
}

describe('the agent’s daemon group restarts', () => {
  it('an API that had no restart routes is asked again every 10th poll, not never', async () => {
    const { api, calls } = fakeApi(['unsupported', 'unsupported', [item('a')]]);
    const restarts = new AgentRestarts(config, api, quiet, async () => ({
      ok: true,
      pidsBefore: [1],
      pidsAfter: [2],
      errors: [],
    }));
    let ran = 0;
    for (let poll = 0; poll < 21; poll += 1) ran += await restarts.runPending();
    // Polls 1, 11 and 21 ask; the third answer (the API was upgraded) runs the restart.
    expect(calls.pending).toBe(3);
    expect(ran).toBe(1);
  });

  it('starts no further restart in a poll once its time budget is spent: the rest wait for the next poll', async () => {
    let now = 0;
    const { api, calls } = fakeApi([[item('a'), item('b'), item('c')], [item('c')]]);
    const restarts = new AgentRestarts(
      config,
      api,
      quiet,
      async () => {
        now += 40_000; // each restart takes 40 s
        return { ok: true, pidsBefore: [1], pidsAfter: [2], errors: [] };
      },
      { budgetMs: 60_000, monotonicMs: () => now },
    );
    expect(await restarts.runPending()).toBe(2);
    expect(calls.outcomes).toEqual(['a running', 'a done', 'b running', 'b done']);
    expect(await restarts.runPending()).toBe(1);
  });
});
