import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  ABOUT_BLANK,
  PROBLEM_TYPE_PREFIX,
  PROBLEM_TYPE_URIS,
  PROBLEM_TYPES,
} from '#api/platform/openapi/contract/problem-types.js';

const root = process.cwd();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every `problemType('slug')` the server can answer with. */
function slugsInCode(): string[] {
  const slugs = sourceFiles(join(root, 'apps/api/src')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/problemType\('([a-z0-9-]+)'\)/g)].map((m) => m[1] ?? ''),
  );
  return [...new Set(slugs)].sort();
}

describe('problem types: code, OpenAPI enum and docs/problems agree', () => {
  it('lists exactly the types the code answers with', () => {
    expect(PROBLEM_TYPES.map((t) => t.slug).sort()).toEqual(slugsInCode());
  });

  it('makes them (and about:blank) the Problem schema’s type enum in docs/openapi.json', () => {
    const document = JSON.parse(readFileSync(join(root, 'docs/openapi.json'), 'utf8')) as {
      components: { schemas: { Problem: { properties: { type: { enum: string[] } } } } };
    };
    expect(document.components.schemas.Problem.properties.type.enum).toEqual([...PROBLEM_TYPE_URIS]);
    expect(PROBLEM_TYPE_URIS).toContain(ABOUT_BLANK);
  });

  it('has a page per type in docs/problems, linked from docs/api.md', () => {
    const pages = readdirSync(join(root, 'docs/problems')).sort();
    const expected = [...PROBLEM_TYPES.map((t) => `${t.slug}.md`), 'about-blank.md'].sort();
    expect(pages).toEqual(expected);
    const api = readFileSync(join(root, 'docs/api.md'), 'utf8');
    for (const page of expected) expect(api).toContain(`](problems/${page})`);
    for (const { slug, status } of PROBLEM_TYPES) {
      const text = readFileSync(join(root, 'docs/problems', `${slug}.md`), 'utf8');
      expect(text).toContain(`\`${PROBLEM_TYPE_PREFIX}${slug}\``);
      expect(text).toContain(`status **${status}**`);
    }
  });
});
