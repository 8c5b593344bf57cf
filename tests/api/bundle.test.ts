/**
 * What the built package loads. date-fns is bundled (resolving its small modules one by one
 * cost a fifth of the import time), so no built file imports it, and the licences of what is
 * bundled ship beside the bundle. The runtime dependencies stay the ones package.json names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const dist = inject('finfiguresDist');
const code = readdirSync(dist).filter((f) => /\.(c?js)$/.test(f));
const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { dependencies: Record<string, string> };

/** The bare module names a built file imports or requires statically. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(dist, file), 'utf8');
  const out = new Set<string>();
  for (const m of text.matchAll(/^import [^'"]*['"]([^'"]+)['"]/gm)) out.add(m[1]!);
  for (const m of text.matchAll(/\brequire\(['"]([^'"]+)['"]\)/g)) out.add(m[1]!);
  return [...out].filter((s) => !s.startsWith('.'));
}

describe('the built package', () => {
  it('has ESM and CJS entries to check', () => {
    expect(code).toEqual(expect.arrayContaining(['index.js', 'index.cjs', 'stream.js', 'report.js', 'cli.js']));
  });

  it('imports no date-fns module: it is bundled', () => {
    for (const file of code) expect(importsOf(file).filter((s) => s.includes('date-fns')), file).toEqual([]);
    const chunk = code.find((f) => f.startsWith('chunk-') && f.endsWith('.js') && readFileSync(join(dist, f), 'utf8').includes('src/extract.ts'));
    expect(readFileSync(join(dist, chunk!), 'utf8')).toContain('node_modules/date-fns/addMonths.js');
  });

  it('imports nothing but node built-ins and its declared dependencies', () => {
    const allowed = new Set(Object.keys(pkg.dependencies));
    expect(allowed.has('date-fns')).toBe(false);
    for (const file of code)
      for (const spec of importsOf(file)) {
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        expect(name.startsWith('node:') || builtinModules.includes(name) || allowed.has(name), `${file}: ${spec}`).toBe(true);
      }
  });

  it('ships the MIT licences of the bundled date-fns and @date-fns/utc', () => {
    const fns = readFileSync(join(dist, 'licenses/date-fns.md'), 'utf8');
    const utc = readFileSync(join(dist, 'licenses/date-fns-utc.md'), 'utf8');
    expect(fns).toMatch(/^MIT License/);
    expect(fns).toContain('Sasha Koss');
    expect(utc).toMatch(/^MIT License/);
  });
});
