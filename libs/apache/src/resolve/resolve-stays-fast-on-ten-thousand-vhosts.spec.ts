import { describe, expect, it } from '@jest/globals';
import type { DaemonGroup, Directory, VirtualHost } from '../model/server-model.js';
import { createResolver } from './index.js';
import { daemon, server, vhost, wsgiDirectory } from './spec-models.fixture.js';

/** 10,000 tenants, each with a vhost, 4 groups and a restricted directory with two .htaccess rules. */
function bigModel() {
  const virtualHosts: VirtualHost[] = [];
  const daemonGroups: DaemonGroup[] = [];
  const directories: Directory[] = [];
  for (let i = 0; i < 10_000; i++) {
    const id = `v${i}`;
    virtualHosts.push(
      vhost(id, `site${i}.example.com`, {
        serverAliases: [`www.site${i}.example.com`],
        processGroup: '%{ENV:PROCESS_GROUP}',
        env: { PROCESS_GROUP: `t${i}:1` },
      }),
    );
    for (let g = 1; g <= 4; g++) daemonGroups.push(daemon(`t${i}:${g}`, id, `u${i}`, `u${i}`));
    directories.push(
      wsgiDirectory(`d${i}`, id, `/home/t${i}/public_html`, {
        urlPath: `/~t${i}`,
        restrictProcess: [`t${i}:1`, `t${i}:2`, `t${i}:3`],
        env: { PROCESS_GROUP: `t${i}:1` },
        rules: [
          { files: 'blog.wsgi', processGroup: `t${i}:2` },
          { filesMatch: '^wiki', processGroup: `t${i}:3` },
        ],
      }),
    );
  }
  return server({ virtualHosts, daemonGroups, directories });
}

describe('createResolver on a 10,000-vhost model', () => {
  it('answers from its indexes (target ≤ 20 µs compiled; this loose bound only catches a linear scan)', () => {
    const resolver = createResolver(bigModel());
    const requests = Array.from({ length: 1000 }, (_, k) => {
      const i = (k * 7919) % 10_000;
      return {
        host: `www.site${i}.example.com`,
        path: `/~t${i}/${k % 2 === 0 ? 'wiki' : 'blog'}.wsgi`,
        i,
        k,
      };
    });
    for (const r of requests) {
      const out = resolver(r);
      expect(out.processGroup).toBe(`t${r.i}:${r.k % 2 === 0 ? 3 : 2}`);
      expect(out.runsAs).toEqual({ user: `u${r.i}`, group: `u${r.i}` });
    }
    const rounds = 20_000;
    const start = process.hrtime.bigint();
    for (let n = 0; n < rounds; n++) resolver(requests[n % requests.length] as (typeof requests)[number]);
    const micros = Number(process.hrtime.bigint() - start) / 1000 / rounds;
    expect(micros).toBeLessThan(250);
  });
});
