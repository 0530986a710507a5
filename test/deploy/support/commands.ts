import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandTemplate } from '#deploy';
import type { Sandbox } from './deploy-sandbox.js';

/** A real "reload" process that counts its runs in a file, and fails while `fail-reload` says so. */
export function countingReload(sandbox: Sandbox): { template: CommandTemplate; count: () => number } {
  const counter = join(sandbox.root, 'reloads');
  const script =
    'echo "$2" >> "$1"; if [ -f "$1.fail" ]; then n=$(cat "$1.fail"); echo "AH00000: reload broken" >&2; [ "$n" -gt 0 ] && { echo $((n-1)) > "$1.fail"; exit 1; }; fi; exit 0';
  return {
    template: { argv: ['/bin/sh', '-c', script, 'sh', counter, '{include}'] },
    count: () => (existsSync(counter) ? readFileSync(counter, 'utf8').split('\n').filter(Boolean).length : 0),
  };
}
