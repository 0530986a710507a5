import type { ResolveRequest } from '../libs/apache/src/resolve/resolve-outcome.js';
import { RULES_PER_DIRECTORY } from './synthetic-server.js';

/**
 * A deterministic mix of requests over a synthetic server: scripts picked by <Files> and <FilesMatch> rules
 * in both directories (one behind an Alias), the www alias, upper-case hosts with a port, static files,
 * query strings, misses, and unknown hosts (first-vhost fallback).
 */
export function requestMix(vhosts: number, count: number): ResolveRequest[] {
  let seed = 12345;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const out: ResolveRequest[] = [];
  for (let k = 0; k < count; k++) {
    const v = next(vhosts);
    const r = next(RULES_PER_DIRECTORY);
    const host = `site${v}.example.com`;
    switch (k % 8) {
      case 0:
      case 1:
        out.push({ host, path: `/app0_${r}.wsgi`, port: 80 });
        break;
      case 2:
        out.push({ host: `www.${host}`, path: `/apps/app1_${r}.wsgi`, port: 80 });
        break;
      case 3:
        out.push({ host: `${host.toUpperCase()}:80`, path: `/app0_${r}.wsgi?x=${k}`, port: 80 });
        break;
      case 4:
        out.push({ host, path: '/index.html', port: 80 });
        break;
      case 5:
        out.push({ host, path: `/apps/missing${r}.wsgi`, port: 80 });
        break;
      case 6:
        out.push({ host: `unknown${v}.example.net`, path: `/app0_${r}.wsgi`, port: 80 });
        break;
      default:
        out.push({ host, path: `/apps/app1_4.wsgi`, port: 80 });
    }
  }
  return out;
}
