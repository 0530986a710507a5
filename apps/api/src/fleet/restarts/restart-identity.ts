import { daemonProcessTitle, type DaemonGroupIdentity } from '#deploy';
import type { RestartTarget } from './daemon-group-restart.repository.js';

/** What the host looks for (libs/deploy): the group's title, its server's socket prefix, the others' titles. */
export function restartIdentityOf(target: RestartTarget): DaemonGroupIdentity & { otherTitles: string[] } {
  return {
    name: target.name,
    displayName: target.displayName,
    socketPrefix: target.socketPrefix,
    otherTitles: target.otherGroups.flatMap((g) => daemonProcessTitle(g) ?? []),
  };
}
