import type { FileSystem } from './ports/file-system.port.js';

/** One `python-home=` of a WSGIDaemonProcess line in the include file Hostplane rendered. */
export interface PythonHomeUse {
  group: string;
  pythonHome: string;
  /** 1-based line of the include file, and its text. */
  line: number;
  text: string;
}

export interface PythonHomeRefusal extends PythonHomeUse {
  /** What is wrong, and the fix in words. */
  problem: string;
}

/**
 * The python-home of every WSGIDaemonProcess line. Hostplane never quotes and never continues lines, so a
 * line is whitespace-separated `name=value` tokens after the group name.
 */
export function pythonHomesOf(includeText: string): PythonHomeUse[] {
  const out: PythonHomeUse[] = [];
  const lines = includeText.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] as string;
    const words = text.trim().split(/\s+/);
    if (words[0] !== 'WSGIDaemonProcess' || words[1] === undefined) continue;
    for (const word of words.slice(2)) {
      if (word.startsWith('python-home=')) {
        out.push({
          group: words[1],
          pythonHome: word.slice('python-home='.length),
          line: i + 1,
          text: text.trim(),
        });
      }
    }
  }
  return out;
}

const VERSION_LINE = /^\s*(?:version|version_info)\s*=\s*([0-9]+)\.([0-9]+)/m;

/**
 * Issue 10's preflight for one python-home, on the web server: a virtualenv root (pyvenv.cfg) built for the
 * Python mod_wsgi embeds (`pythonVersion`, X.Y; unknown = any), or a Python installation of that X.Y
 * (lib/pythonX.Y). mod_wsgi itself reports a wrong python-home only per request. null = fine.
 */
export async function checkPythonHome(
  fs: FileSystem,
  home: string,
  pythonVersion: string | undefined,
): Promise<string | null> {
  const root = home.replace(/\/+$/, '');
  const cfg = await fs.read(`${root}/pyvenv.cfg`);
  if (cfg !== null) {
    const found = VERSION_LINE.exec(cfg.toString('utf8'));
    const built = found === null ? null : `${found[1]}.${found[2]}`;
    if (pythonVersion !== undefined && built !== null && built !== pythonVersion) {
      return (
        `the virtualenv ${root} was built for Python ${built}, but mod_wsgi embeds Python ${pythonVersion}: ` +
        `recreate it with python${pythonVersion} -m venv ${root}`
      );
    }
    return null;
  }
  const venvAbove = await enclosingVenv(fs, root);
  if (venvAbove !== null) {
    return `${root} is inside the virtualenv ${venvAbove}, not its root: set python-home=${venvAbove}`;
  }
  if (!(await fs.isDirectory(root)))
    return `${root} does not exist on the web server: create the virtualenv there`;
  const lib = await fs.list(`${root}/lib`);
  const wanted = pythonVersion === undefined ? null : `python${pythonVersion}`;
  if (wanted !== null ? lib.includes(wanted) : lib.some((n) => /^python3\.[0-9]+$/.test(n))) return null;
  return (
    `${root} is neither a virtualenv root (no pyvenv.cfg) nor a Python ${pythonVersion ?? '3'} installation ` +
    `(no lib/${wanted ?? 'python3.X'}): point python-home at the virtualenv's root directory`
  );
}

/** The nearest ancestor holding pyvenv.cfg (python-home=venv/bin or …/site-packages), within 5 levels. */
async function enclosingVenv(fs: FileSystem, path: string): Promise<string | null> {
  let dir = path;
  for (let i = 0; i < 5; i++) {
    const cut = dir.lastIndexOf('/');
    if (cut <= 0) return null;
    dir = dir.slice(0, cut);
    if ((await fs.read(`${dir}/pyvenv.cfg`)) !== null) return dir;
  }
  return null;
}

/** Every refusal of the include's python-homes, checked concurrently (10k groups read 10k small files). */
export async function preflightPythonHomes(
  fs: FileSystem,
  includeText: string,
  pythonVersion: string | undefined,
): Promise<PythonHomeRefusal[]> {
  const uses = pythonHomesOf(includeText);
  const refusals: PythonHomeRefusal[] = [];
  const BATCH = 256;
  for (let i = 0; i < uses.length; i += BATCH) {
    const batch = uses.slice(i, i + BATCH);
    const problems = await Promise.all(batch.map((u) => checkPythonHome(fs, u.pythonHome, pythonVersion)));
    problems.forEach((problem, j) => {
      if (problem !== null) refusals.push({ ...(batch[j] as PythonHomeUse), problem });
    });
  }
  return refusals;
}
