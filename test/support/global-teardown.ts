import { rmSync } from 'node:fs';
import type { TestClusterHolder } from './global-setup.js';

export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as TestClusterHolder;
  const cluster = holder.__hostplaneTestCluster;
  if (!cluster) return;
  delete holder.__hostplaneTestCluster;
  await cluster.stop();
  rmSync(cluster.root, { recursive: true, force: true });
}
