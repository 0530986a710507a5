import { cpus, loadavg } from 'node:os';
import {
  importServer,
  modelOfSpec,
  planAgainstBaseline,
  planFormsOf,
  pointIntoSpec,
  render,
  rulesOnlyDifference,
  specBaselineOf,
  specOfModel,
  validateAgainstBaseline,
  type Diagnostic,
  type PlanEntry,
  type PlanForms,
  type ServerModel,
  type ServerSpec,
  type SpecBaseline,
} from '#apache';
import { writeDocSection } from '../api/doc-section.js';
import { fmt } from '../report.js';
import { measure, type Summary } from '../stats.js';
import { syntheticServer } from '../synthetic-server.js';
import { augtoolVersion, timeAugtool, type AugtoolRun } from './augtool.js';

const VHOSTS = 10_000;
const IMPORT_TARGET_MS = 3000;
const AUGTOOL_RATIO = 20;
const PLAN_TARGET_MS = 1000;
const EXPORT_TARGET_MS = 1000;

/** render() output as it lies on the web server: the include under configDir, each .htaccess in its directory. */
function filesOf(model: ServerModel): { path: string; content: string }[] {
  return render(model).map((f) => ({
    path: f.path.startsWith('httpd/') ? `${model.configDir}/${f.path.slice('httpd/'.length)}` : f.path,
    content: f.content,
  }));
}

/** The document with one line changed: one more .htaccess rule in the middle vhost's first directory. */
function oneLineChange(spec: ServerSpec): ServerSpec {
  const at = Math.floor(spec.virtualHosts.length / 2);
  const vhost = spec.virtualHosts[at]!;
  const directory = vhost.directories[0]!;
  const group = directory.restrictProcess?.[0] ?? directory.htaccess[0]?.processGroup ?? '';
  const changed = {
    ...directory,
    htaccess: [...directory.htaccess, { files: 'new.wsgi', processGroup: group }],
  };
  const virtualHosts = [...spec.virtualHosts];
  virtualHosts[at] = { ...vhost, directories: [changed, ...vhost.directories.slice(1)] };
  return { ...spec, virtualHosts };
}

/**
 * What PUT /servers/{id}/spec computes before it writes (apps/api/src/server-spec/spec-outcome.ts): the model by natural
 * key, the plan, the engine's verdict, over what the API's model cache keeps for the current revision: the current
 * model's plan forms (with its export) and the baseline an earlier dry run or PUT of the revision kept (`kept`).
 * Without one, or for a document that differs from it in more than .htaccess rules, the full plan and validation,
 * which become the baseline.
 */
function plan(
  spec: ServerSpec,
  current: ServerModel,
  forms: PlanForms,
  kept?: SpecBaseline,
): { changes: number; errors: number; baseline: SpecBaseline } {
  const read = modelOfSpec(spec, current, current.tenants, { prune: false, currentKeys: forms.vhostKeys });
  const listed = new Set(read.pointers.keys());
  const changed = kept === undefined ? null : rulesOnlyDifference(kept.model, read.model);
  let baseline: SpecBaseline;
  let entries: readonly PlanEntry[];
  let verdict: readonly Diagnostic[];
  if (kept === undefined || changed === null) {
    baseline = specBaselineOf(current, current.tenants, forms, read.model, listed);
    entries = baseline.plan;
    verdict = baseline.diagnostics;
  } else {
    baseline = kept;
    entries = planAgainstBaseline(current, read.model, listed, new Set(), kept, changed);
    verdict = validateAgainstBaseline(read.model, kept, changed);
  }
  const diagnostics = pointIntoSpec(verdict, read.pointers);
  return {
    changes: entries.filter((e) => e.action !== 'unchanged').length,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    baseline,
  };
}

interface ImportSpecResult {
  readonly files: number;
  readonly htaccessFiles: number;
  readonly megabytes: number;
  readonly importMs: Summary;
  readonly roundTrips: boolean;
  readonly augtool: AugtoolRun | null;
  readonly augtoolVersion: string | null;
  /** Over the revision's kept forms and the baseline a dry run of the unchanged export kept. */
  readonly planMs: Summary;
  /** The apply of the same document after its dry run. */
  readonly planAfterDryRunMs: Summary;
  /** Nothing kept: the forms built, the whole server planned and validated. */
  readonly planColdMs: Summary;
  readonly planChanges: number;
  readonly planErrors: number;
  readonly exportMs: Summary;
}

function run(): ImportSpecResult {
  const model = syntheticServer(VHOSTS);
  const files = filesOf(model);
  const htaccessFiles = files.filter((f) => f.path.endsWith('/.htaccess')).length;
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
  const exported = specOfModel(model);
  const input = { files, knownTenants: model.tenants };
  const roundTrips = JSON.stringify(importServer(input, exported.server).spec) === JSON.stringify(exported);
  // Steady state, as the other rows: the round-trip check above and one more import warm the code up.
  const importMs = measure(() => importServer(input, exported.server), { warmup: 1, iterations: 5 });
  const changed = oneLineChange(exported);
  const forms = planFormsOf(model);
  // What a dry run of the unchanged export keeps: the PUT of the changed document differs from it in one rule.
  const ofExport = plan(exported, model, forms).baseline;
  let planned = { changes: 0, errors: 0 };
  const planMs = measure(
    () => {
      planned = plan(changed, model, forms, ofExport);
    },
    { warmup: 1, iterations: 5 },
  );
  // What a dry run of the changed document keeps: its apply reads the same model again.
  const ofDryRun = plan(changed, model, forms).baseline;
  const planAfterDryRunMs = measure(() => plan(changed, model, forms, ofDryRun), {
    warmup: 1,
    iterations: 5,
  });
  let cold = { changes: 0, errors: 0 };
  const planColdMs = measure(
    () => {
      cold = plan(changed, model, planFormsOf(model));
    },
    { warmup: 1, iterations: 5 },
  );
  if (cold.changes !== planned.changes || cold.errors !== planned.errors)
    throw new Error('the plan over the kept baseline differs from the one computed afresh');
  const exportMs = measure(() => JSON.stringify(specOfModel(model)), { warmup: 1, iterations: 7 });
  const version = augtoolVersion();
  const augtool =
    version === null ? null : timeAugtool(files, [`${model.configDir}/*.conf`, '/home/*/*/.htaccess']);
  return {
    files: files.length,
    htaccessFiles,
    megabytes: bytes / 1e6,
    importMs,
    roundTrips,
    augtool,
    augtoolVersion: version,
    planMs,
    planAfterDryRunMs,
    planColdMs,
    planChanges: planned.changes,
    planErrors: planned.errors,
    exportMs,
  };
}

function verdict(pass: boolean): string {
  return pass ? '✅' : '❌';
}

const cpu = (s: Summary): string => (s.cpuMedian === undefined ? '' : `, CPU ${fmt(s.cpuMedian)}`);

function markdown(r: ImportSpecResult): string {
  // CPU time against CPU time where both are known: the machine is shared, wall times swing with its load.
  const augRatio =
    r.augtool === null
      ? null
      : r.augtool.cpuMs !== null && r.importMs.cpuMedian !== undefined
        ? r.augtool.cpuMs / r.importMs.cpuMedian
        : r.augtool.ms / r.importMs.median;
  const importTarget =
    r.augtool === null
      ? `≤ ${IMPORT_TARGET_MS} ms (augtool not installed)`
      : `≥ ${AUGTOOL_RATIO}× faster than augtool`;
  const importPass = augRatio === null ? r.importMs.median <= IMPORT_TARGET_MS : augRatio >= AUGTOOL_RATIO;
  const rows = [
    [
      `importServer: ${VHOSTS} vhosts, ${r.files} files (${r.htaccessFiles} .htaccess, ${r.megabytes.toFixed(1)} MB)`,
      `${fmt(r.importMs.median)} (p95 ${fmt(r.importMs.p95)}, ${r.importMs.runs} runs${cpu(r.importMs)})`,
      importTarget,
      verdict(importPass),
    ],
    ...(r.augtool === null
      ? []
      : [
          [
            `augtool (Httpd.lns) on the same files, one process`,
            `${fmt(r.augtool.ms)} (CPU ${fmt(r.augtool.cpuMs)}; ${augRatio!.toFixed(1)}× the import; ${r.augtool.errors} parse errors)`,
            '',
            '',
          ],
        ]),
    [
      `plan of a one-line change over what the revision keeps (its plan forms, and the baseline of a dry run of the unchanged export): modelOfSpec + planAgainstBaseline + validateAgainstBaseline, ${VHOSTS} vhosts`,
      `${fmt(r.planMs.median)} (p95 ${fmt(r.planMs.p95)}, ${r.planMs.runs} runs${cpu(r.planMs)})`,
      `≤ ${PLAN_TARGET_MS} ms`,
      verdict(r.planMs.median <= PLAN_TARGET_MS),
    ],
    [
      `the same document applied after its own dry run (same model read again)`,
      `${fmt(r.planAfterDryRunMs.median)} (p95 ${fmt(r.planAfterDryRunMs.p95)}, ${r.planAfterDryRunMs.runs} runs${cpu(r.planAfterDryRunMs)})`,
      '',
      '',
    ],
    [
      `the same with nothing kept (first dry run of a revision, or an apply whose model is read under the lock): planFormsOf + modelOfSpec + planOfSpec + validate`,
      `${fmt(r.planColdMs.median)} (p95 ${fmt(r.planColdMs.p95)}, ${r.planColdMs.runs} runs${cpu(r.planColdMs)})`,
      '',
      '',
    ],
    [
      `export (specOfModel + JSON.stringify), ${VHOSTS} vhosts`,
      `${fmt(r.exportMs.median)} (p95 ${fmt(r.exportMs.p95)}, ${r.exportMs.runs} runs${cpu(r.exportMs)})`,
      `≤ ${EXPORT_TARGET_MS} ms`,
      verdict(r.exportMs.median <= EXPORT_TARGET_MS),
    ],
  ];
  return [
    '## Import, plan and export of a whole server (issue 11)',
    '',
    `The ${VHOSTS}-vhost synthetic server of bench/synthetic-server.ts, rendered (its hostplane.conf and one .htaccess ` +
      `per tenant directory), imported with importServer() from those files; the import ${r.roundTrips ? 'gives back' : '**does not give back**'} ` +
      `the exported spec. The plan is of the exported document with one .htaccess rule added (${r.planChanges} object changed, ${r.planErrors} errors). ` +
      "The API keeps per model revision the current model's plan forms (with its export) and the plan and validation " +
      'of the latest dry run or PUT as a baseline (CachedModel): the target row times a PUT that finds one its document ' +
      'differs from in one rule; the last plan row one that finds nothing, the plan as it was timed before. ' +
      (r.augtool === null
        ? 'augtool is not installed here: the import is held to the absolute target.'
        : `augtool (${r.augtoolVersion}) is timed in the same run, loading the same files written below a private root ` +
          `(\`augtool -A -r <root> -t 'Httpd incl …'\`: no autoload, only these files).`),
    '',
    `Load average at the end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' / ')} on ${cpus().length} cores; the ratio to augtool ` +
      'compares CPU time (user + system) of both, which the load changes far less than wall time.',
    '',
    '| What | Median | Target | |',
    '| --- | --- | --- | --- |',
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
  ].join('\n');
}

/** Part of `npm run bench`: times import, plan and export at 10k vhosts and writes its section of docs/benchmarks.md. */
export async function benchImportAndSpec(writeDoc: boolean): Promise<void> {
  console.log(`\nbench: import / plan / export of the ${VHOSTS}-vhost server …`);
  const text = markdown(run());
  console.log(text);
  if (writeDoc) await writeDocSection('import', text);
}
