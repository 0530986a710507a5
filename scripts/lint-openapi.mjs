// Lints docs/openapi.json with Spectral (spectral:oas + OWASP, .spectral.yaml) and Redocly (recommended,
// redocly.yaml). Both must report zero errors AND zero warnings; Redocly's exit code ignores warnings,
// so its JSON totals are read. Runs offline: rulesets come from node_modules, telemetry is off.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const document = join(repo, 'docs', 'openapi.json');
const bin = (name) => join(repo, 'node_modules', '.bin', name);
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_NOTIFICATIONS: 'true' };
const run = (name, args, options = {}) =>
  spawnSync(bin(name), args, { cwd: repo, env, encoding: 'utf8', ...options });

let failed = false;

const spectral = run('spectral', ['lint', document, '--fail-severity=warn', '--quiet'], { stdio: 'inherit' });
if (spectral.status !== 0) failed = true;
else console.log('Spectral (spectral:oas + OWASP): no errors, no warnings.');

const redocly = run('redocly', ['lint', document, '--format=json']);
let totals;
try {
  totals = JSON.parse(redocly.stdout).totals;
} catch {
  process.stderr.write(redocly.stdout + redocly.stderr);
  process.exit(1);
}
if (totals.errors > 0 || totals.warnings > 0) {
  failed = true;
  run('redocly', ['lint', document, '--format=stylish', '--max-problems=1000'], { stdio: 'inherit' });
  console.error(`Redocly (recommended): ${totals.errors} errors, ${totals.warnings} warnings.`);
} else console.log('Redocly (recommended): no errors, no warnings.');

process.exit(failed ? 1 : 0);
