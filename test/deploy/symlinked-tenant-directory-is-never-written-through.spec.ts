import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, readdirSync, renameSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import {
  applyRevision,
  isUnsafeDirectoryError,
  NodeFileSystem,
  STAGE_DIR,
  UnsafeDirectoryError,
  type DeployFile,
  type FaultPoint,
  type FileSystem,
} from '#deploy';
import {
  diskDigests,
  expectedDigests,
  file,
  leftovers,
  makeSandbox,
  type Sandbox,
} from './support/deploy-sandbox.js';

const BOB = '/home/bob/public_html';
const JOE = '/home/joe/public_html';

/** Bob's revision: the include and his .htaccess. Joe's directory has no .htaccess yet. */
function bobRevision(sandbox: Sandbox, tag: string): DeployFile[] {
  return [
    file('httpd/hostplane.conf', `# revision ${tag}\n`),
    file(`${BOB}/.htaccess`, `SetEnv PROCESS_GROUP bob:${tag}\n`),
  ];
}

/** The stage directory reports another device: forces the fallback (scratch beside the target). */
class OtherDeviceStage extends NodeFileSystem {
  override async inspect(path: string) {
    const info = await super.inspect(path);
    return info !== null && path.endsWith(`/${STAGE_DIR}`) ? { ...info, dev: info.dev + 1 } : info;
  }
}

const MODES: { name: string; fs: () => FileSystem; stagedInStageDir: boolean }[] = [
  {
    name: 'scratch in the root-owned stage directory',
    fs: () => new NodeFileSystem(),
    stagedInStageDir: true,
  },
  {
    name: 'scratch beside the target (other file system)',
    fs: () => new OtherDeviceStage(),
    stagedInStageDir: false,
  },
];

describe.each(MODES)('a tenant directory swapped for a symlink ($name)', ({ fs, stagedInStageDir }) => {
  let sandbox: Sandbox;
  beforeEach(() => {
    sandbox = makeSandbox();
  });
  afterEach(() => sandbox.cleanup());

  const bobDir = () => join(sandbox.root, BOB);
  const joeDir = () => join(sandbox.root, JOE);
  const apply = (
    files: DeployFile[],
    previousFiles: DeployFile[],
    faultInjection?: (p: FaultPoint) => void,
  ) =>
    applyRevision({
      revision: 'r',
      files,
      previousFiles,
      target: sandbox.target,
      journalDir: sandbox.journalDir,
      configtest: { argv: ['/bin/true', '{include}'] },
      ports: { fs: fs() },
      ...(faultInjection !== undefined ? { faultInjection } : {}),
    });
  const pointBobAtJoe = () => {
    renameSync(bobDir(), `${bobDir()}.moved`);
    symlinkSync(joeDir(), bobDir());
  };
  const refusal = async (promise: Promise<unknown>): Promise<UnsafeDirectoryError> => {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    if (!isUnsafeDirectoryError(error))
      throw new Error(`expected UnsafeDirectoryError, got ${String(error)}`);
    return error;
  };

  it('normal paths still publish, and the scratch never lands in the tenant directory when it can be avoided', async () => {
    const seen: string[][] = [];
    const one = bobRevision(sandbox, '1');
    const result = await apply(one, [], (p) => {
      if (p.at === 'configtested') seen.push(readdirSync(bobDir()));
    });
    expect(result.status).toBe('live');
    expect(
      diskDigests(
        sandbox,
        one.map((f) => f.path),
      ),
    ).toEqual(
      expectedDigests(
        one,
        one.map((f) => f.path),
      ),
    );
    expect(seen[0]?.some((name) => name.includes('.hp-'))).toBe(!stagedInStageDir);
    expect(leftovers(sandbox.root)).toEqual([]);
  });

  it('is refused before staging, and the drift check does not read through the link', async () => {
    pointBobAtJoe();
    const error = await refusal(apply(bobRevision(sandbox, '1'), []));
    expect(error.directory).toBe(bobDir());
    expect(error.component).toBe(bobDir());
    expect(error.reason).toBe('symlink');
    expect(error.renderedPath).toBe(`${BOB}/.htaccess`);
    expect(readdirSync(joeDir())).toEqual([]);
    expect(leftovers(sandbox.root)).toEqual([]);
  });

  it('a symlink in an ancestor is refused too', async () => {
    const elsewhere = join(sandbox.root, 'elsewhere');
    mkdirSync(join(elsewhere, 'public_html'), { recursive: true });
    renameSync(join(sandbox.root, '/home/bob'), join(sandbox.root, '/home/bob.moved'));
    symlinkSync(elsewhere, join(sandbox.root, '/home/bob'));
    const error = await refusal(apply(bobRevision(sandbox, '1'), []));
    expect(error.component).toBe(join(sandbox.root, '/home/bob'));
    expect(readdirSync(join(elsewhere, 'public_html'))).toEqual([]);
  });

  it.each(['staged', 'configtested', 'journaled-swapping'] as const)(
    'a link that appears mid-apply (%s) is refused at the swap; nothing is written through it and the previous revision stays',
    async (at) => {
      const one = bobRevision(sandbox, '1');
      const two = bobRevision(sandbox, '2');
      expect((await apply(one, [])).status).toBe('live');
      const error = await refusal(
        apply(two, one, (p) => {
          if (p.at === at && (p.index ?? 1) === 1) pointBobAtJoe();
        }),
      );
      expect(error.reason).toBe('symlink');
      expect(readdirSync(joeDir())).toEqual([]);
      // The include (swapped after the .htaccess) never went live; bob's real directory kept revision 1.
      expect(diskDigests(sandbox, ['httpd/hostplane.conf'])).toEqual(
        expectedDigests(one, ['httpd/hostplane.conf']),
      );
      expect(readdirSync(`${bobDir()}.moved`).filter((n) => !n.includes('.hp-'))).toEqual(['.htaccess']);
      // Scratch beside the target can only be left where the tenant moved it; the stage directory is clean.
      const left = leftovers(sandbox.root).filter((p) => !p.startsWith(`${bobDir()}.moved/`));
      expect(left).toEqual([]);
    },
  );
});
