import { systemClock, type Clock } from './clock.port.js';
import type { CommandRunner } from './command-runner.port.js';
import { ExecCommandRunner } from './exec-command-runner.js';
import type { FileSystem } from './file-system.port.js';
import { fetchProber, type HttpProber } from './http-prober.port.js';
import { NodeFileSystem } from './node-file-system.js';

export interface DeployPorts {
  fs: FileSystem;
  runner: CommandRunner;
  clock: Clock;
  prober: HttpProber;
}

export function defaultPorts(): DeployPorts {
  return {
    fs: new NodeFileSystem(),
    runner: new ExecCommandRunner(),
    clock: systemClock,
    prober: fetchProber,
  };
}
