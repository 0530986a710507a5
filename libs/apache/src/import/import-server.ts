import { posix } from 'node:path';
import { ConfigFileSet } from '../config-files/config-file-set.js';
import { readConfigFiles } from '../config-files/read-config-files.js';
import { parseHtaccess } from '../htaccess/parse-htaccess.js';
import type { Diagnostic } from '../model/diagnostic.js';
import {
  DEFAULT_CONFIG_DIR,
  type Directory,
  type ServerModel,
  type VirtualHost,
} from '../model/server-model.js';
import { modelOfSpec } from '../server-spec/model-of-spec.js';
import type { ServerSettingsSpec } from '../server-spec/server-spec.js';
import { pointIntoSpec } from '../server-spec/spec-diagnostics.js';
import { specOfModel } from '../server-spec/spec-of-model.js';
import { validate } from '../validate/validate.js';
import { ImportLedger } from './import-ledger.js';
import { type ImportInput, type ImportResult, LOST_IN_HTACCESS, STAYS } from './import-result.js';
import { normalized } from './normalized-path.js';
import { parsePlainHtaccess } from './parse-plain-htaccess.js';
import { TopLevelAdoption } from './import-top-level.js';

const DEBIAN_MAIN = '/etc/apache2/apache2.conf';

/**
 * Import: the web server's files → the ServerSpec that Hostplane would manage, plus every line it would not (with what
 * becomes of it), the tenants it inferred (with the evidence) and the diagnostics. Stores nothing; pure.
 */
export function importServer(input: ImportInput, current: ServerSettingsSpec): ImportResult {
  // Streamed first (each vhost adopted as soon as it is read); again in one go only when a late `User` spoils it.
  return importFiles(input, current, true) ?? importFiles(input, current, false)!;
}

function importFiles(input: ImportInput, current: ServerSettingsSpec, stream: boolean): ImportResult | null {
  // Built only when a read diagnostic needs it: 20k .htaccess paths are not normalized for nothing.
  let fileIndex: Map<string, number> | undefined;
  const indexOfFile = (file: string) =>
    (fileIndex ??= new Map(input.files.map((f, i) => [posix.normalize(f.path), i]))).get(file);
  const diagnostics: Diagnostic[] = [];
  const main = input.main ?? guessMain(input);
  if (main === undefined) {
    diagnostics.push(
      fileError(
        '/main',
        'IMPORT_MAIN_UNKNOWN',
        'Name the main configuration file in `main`: none of the files is /etc/apache2/apache2.conf.',
      ),
    );
  }
  const files = new ConfigFileSet(
    input.files.filter((f) => !isHtaccess(f.path)).map((f) => [f.path, f.content]),
  );
  const ledger = new ImportLedger();
  const adoption = new TopLevelAdoption(input, current, ledger);
  const read = readConfigFiles(
    files,
    {
      main: main ?? DEBIAN_MAIN,
      ...(input.serverRoot !== undefined ? { serverRoot: input.serverRoot } : {}),
      ...(input.defines !== undefined ? { defines: input.defines } : {}),
      ...(input.env !== undefined ? { env: input.env } : {}),
    },
    stream ? (d) => adoption.adoptStreamed(d) : undefined,
  );
  if (adoption.outdated) return null;
  if (!stream) adoption.adoptAll(read.directives);
  // After the adoption, as before it: adopting reports to the ledger, never to the diagnostics.
  for (const d of read.diagnostics) {
    diagnostics.push({
      code: d.code,
      severity: d.severity,
      path: `/files/${indexOfFile(d.file) ?? 'main'}`,
      message: `${d.file}:${d.line}: ${d.message}`,
    });
  }
  const { settings, groups, vhosts, directories, wsgiMounts, mapFiles } = adoption;

  for (const s of read.structural) ledger.line(s.file, s.line, s.text, `${STAYS}: ${s.reason}`);
  adoptHtaccessFiles(input, directories, vhosts, ledger);
  const read_ = new Set(read.filesRead);
  for (const f of input.files) {
    if (isHtaccess(f.path)) continue;
    const path = normalized(f.path);
    if (!read_.has(path) && !mapFiles.has(path))
      everyLine(f, ledger, `${STAYS}: not read by Apache (no Include reaches this file)`);
  }

  const model: ServerModel = {
    id: 'import',
    name: 'import',
    modWsgiVersion: settings.modWsgiVersion,
    socketPrefix: settings.socketPrefix,
    restrictEmbedded: settings.restrictEmbedded,
    apacheUser: settings.apacheUser,
    apacheGroup: settings.apacheGroup,
    configDir: settings.configDir || DEFAULT_CONFIG_DIR,
    restrictProcess: settings.restrictProcess ?? null,
    processGroup: settings.processGroup ?? null,
    daemonGroups: groups,
    virtualHosts: vhosts,
    tenants: adoption.tenants().all(),
    directories,
    wsgiMounts,
    pythonVersion: settings.pythonVersion ?? null,
  };
  // The model exists only to be exported: the spec may hold its lists instead of copies.
  const spec = specOfModel(model, undefined, true);
  const check = modelOfSpec(
    spec,
    { ...model, daemonGroups: [], virtualHosts: [], directories: [], tenants: [], wsgiMounts: [] },
    [],
    // The spec is this import's own and the model only validated: its rules need no copies.
    { prune: true, shareRules: true },
  );
  diagnostics.push(
    ...check.diagnostics,
    ...pointIntoSpec(validate(check.model), check.pointers).map((d) => ({ ...d, path: `/spec${d.path}` })),
  );
  return { spec, unmanaged: ledger.sortedUnmanaged(), inferred: ledger.inferred, diagnostics };
}

/** Each .htaccess goes to the adopted <Directory> of its folder; what its rules do not cover is listed as lost. */
function adoptHtaccessFiles(
  input: ImportInput,
  directories: Directory[],
  vhosts: readonly VirtualHost[],
  ledger: ImportLedger,
): void {
  // Indexed once: a shared host has tens of thousands of .htaccess files and as many directories.
  // One .htaccess applies to every <Directory> of its folder, whichever vhost holds it.
  const directoriesAt = new Map<string, Directory[]>();
  for (const d of directories) {
    const sharing = directoriesAt.get(d.path);
    if (sharing === undefined) directoriesAt.set(d.path, [d]);
    else sharing.push(d);
  }
  // The %{ENV:...} variable each vhost selects its group by, read once per vhost instead of once per file.
  const variableOf = new Map(vhosts.map((v) => [v.id, /^%\{ENV:(.+)\}$/.exec(v.processGroup ?? '')?.[1]]));
  // Shared by all files: their rules repeat the same variable and group names.
  const words = new Map<string, string>();
  for (const file of input.files) {
    if (!isHtaccess(file.path)) continue;
    const folder = posix.dirname(normalized(file.path));
    const sharing = directoriesAt.get(folder);
    const directory = sharing?.[0];
    if (sharing === undefined || directory === undefined) {
      everyLine(file, ledger, `${STAYS}: no adopted <Directory> for this .htaccess`);
      continue;
    }
    const variable = variableOf.get(directory.virtualHostId);
    const options = {
      allowOverride: directory.allowOverride,
      ...(variable !== undefined ? { variable } : {}),
    };
    const parsed =
      parsePlainHtaccess(file.content, options, words, true) ?? parseHtaccess(file.content, options);
    // Each directory its own rules: the spec shares them, and its directories must not alias one another's.
    sharing.forEach((d, i) => (d.rules = i === 0 ? parsed.rules : parsed.rules.map((r) => ({ ...r }))));
    // Split only for the files that have something to report: most have nothing.
    const lines = parsed.diagnostics.length > 0 ? file.content.split('\n') : [];
    for (const d of parsed.diagnostics) {
      const line = Number(d.path.slice(d.path.lastIndexOf('/') + 1));
      ledger.line(file.path, line, (lines[line - 1] ?? '').trim(), `${LOST_IN_HTACCESS}: ${d.message}`);
    }
  }
}

function everyLine(file: { path: string; content: string }, ledger: ImportLedger, reason: string): void {
  file.content.split('\n').forEach((text, i) => {
    const trimmed = text.trim();
    if (trimmed !== '' && !trimmed.startsWith('#')) ledger.line(file.path, i + 1, trimmed, reason);
  });
}

function guessMain(input: ImportInput): string | undefined {
  if (input.files.some((f) => normalized(f.path) === DEBIAN_MAIN)) return DEBIAN_MAIN;
  const configs = input.files.filter((f) => !isHtaccess(f.path));
  return configs.length === 1 ? configs[0]!.path : undefined;
}

function isHtaccess(path: string): boolean {
  // The common spelling without posix.basename (called for every uploaded file, several times).
  if (path.endsWith('/.htaccess')) return true;
  return path.includes('.htaccess') && posix.basename(path) === '.htaccess';
}

function fileError(path: string, code: string, message: string): Diagnostic {
  return { code, severity: 'error', path, message };
}
