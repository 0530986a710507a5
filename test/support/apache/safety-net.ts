import { readdirSync, readFileSync } from 'node:fs';

/** Main config files of instances this process started; their processes must not outlive us. */
const liveConfigs = new Set<string>();
let installed = false;

/**
 * Every httpd process (parent, workers, mod_wsgi daemons) carries `-f <our httpd.conf>` on its command line,
 * so we can find exactly our processes without matching on a broad name.
 */
export function pidsUsingConfig(configFile: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      const at = args.indexOf('-f');
      if (at >= 0 && args[at + 1] === configFile) pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

export function killInstance(configFile: string): void {
  for (const pid of pidsUsingConfig(configFile)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

function killAll(): void {
  for (const configFile of liveConfigs) killInstance(configFile);
  liveConfigs.clear();
}

export function trackInstance(configFile: string): void {
  liveConfigs.add(configFile);
  if (!installed) {
    installed = true;
    process.once('exit', killAll);
  }
}

export function untrackInstance(configFile: string): void {
  liveConfigs.delete(configFile);
}
