import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const BENCH_DOC = fileURLToPath(new URL('../../../docs/benchmarks.md', import.meta.url));

const start = (name: string) => `<!-- bench:${name}:start -->`;
const end = (name: string) => `<!-- bench:${name}:end -->`;

/**
 * Each bench owns one marked section of docs/benchmarks.md and rewrites only that one, so `npm run bench`
 * (engine), `bench:api` and `bench:publish` can run separately without erasing each other's figures.
 */
export async function writeDocSection(name: string, markdown: string): Promise<void> {
  const current = existsSync(BENCH_DOC) ? readFileSync(BENCH_DOC, 'utf8') : '';
  const block = `${start(name)}\n\n${markdown.trim()}\n\n${end(name)}`;
  const from = current.indexOf(start(name));
  const to = current.indexOf(end(name));
  const next =
    from >= 0 && to > from
      ? `${current.slice(0, from)}${block}${current.slice(to + end(name).length)}`
      : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(BENCH_DOC, await formatted(next));
}

/** Everything from the first bench-owned section on (the engine bench keeps it when it rewrites the file). */
export function ownedSections(): string {
  if (!existsSync(BENCH_DOC)) return '';
  const text = readFileSync(BENCH_DOC, 'utf8');
  const at = text.search(/<!-- bench:[a-z]+:start -->/);
  return at < 0 ? '' : text.slice(at);
}

/** The repo's `prettier --check .` covers docs/. */
async function formatted(text: string): Promise<string> {
  try {
    const prettier = await import('prettier');
    const options = (await prettier.resolveConfig(BENCH_DOC)) ?? {};
    return await prettier.format(text, { ...options, filepath: BENCH_DOC });
  } catch {
    return text;
  }
}
