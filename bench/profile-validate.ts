import type { Diagnostic } from '../libs/apache/src/model/diagnostic.js';
import { checkDaemonIdentity } from '../libs/apache/src/validate/daemon-identity.rule.js';
import { checkDaemonOptions } from '../libs/apache/src/validate/daemon-options.rule.js';
import { checkDirectories } from '../libs/apache/src/validate/directories.rule.js';
import { checkGroupNames } from '../libs/apache/src/validate/group-names.rule.js';
import { checkAllHtaccessRules } from '../libs/apache/src/validate/htaccess-rules.rule.js';
import { checkInjection } from '../libs/apache/src/validate/injection.rule.js';
import { buildModelIndex, type ModelIndex } from '../libs/apache/src/validate/model-index.js';
import { checkProcessGroupMaps } from '../libs/apache/src/validate/process-group-map.rule.js';
import { lintDirectories } from '../libs/apache/src/validate/security-lint.rule.js';
import { checkServerSettings } from '../libs/apache/src/validate/server-settings.rule.js';
import { checkVirtualHosts } from '../libs/apache/src/validate/virtual-hosts.rule.js';
import { syntheticServer } from './synthetic-server.js';

/**
 * Where validate() spends its time, rule by rule (the same rules, in the same order, as validate.ts).
 * Not part of `npm run bench`; for profiling:
 *   npm run build; node --cpu-prof --cpu-prof-dir=/tmp/prof dist/bench/profile-validate.js [vhosts] [iterations]
 */
const RULES: [string, (index: ModelIndex) => Diagnostic[]][] = [
  ['injection', checkInjection],
  ['server-settings', checkServerSettings],
  ['group-names', checkGroupNames],
  ['daemon-options', checkDaemonOptions],
  ['daemon-identity', checkDaemonIdentity],
  ['virtual-hosts', checkVirtualHosts],
  ['process-group-maps', checkProcessGroupMaps],
  ['directories', checkDirectories],
  ['htaccess-rules', checkAllHtaccessRules],
  ['security-lint', lintDirectories],
];

const vhosts = Number(process.argv[2] ?? 10_000);
const iterations = Number(process.argv[3] ?? 5);
const model = syntheticServer(vhosts);
for (let n = 0; n < iterations; n++) {
  const cpu = process.cpuUsage();
  const times: string[] = [];
  let start = performance.now();
  const index = buildModelIndex(model);
  times.push(`index ${(performance.now() - start).toFixed(0)}`);
  let diagnostics = 0;
  for (const [name, rule] of RULES) {
    start = performance.now();
    diagnostics += rule(index).length;
    times.push(`${name} ${(performance.now() - start).toFixed(0)}`);
  }
  const used = process.cpuUsage(cpu);
  console.log(
    `${vhosts} vhosts: ${times.join(', ')} ms; cpu ${((used.user + used.system) / 1000).toFixed(0)} ms; ${diagnostics} diagnostics`,
  );
}
