/**
 * package.json as TypeScript projects resolve it. With `moduleResolution: "node10"` (the
 * default of many CommonJS projects) TypeScript ignores `exports`, and `finfigures/stream`
 * and `finfigures/report` had no types ("Cannot find module 'finfigures/report'"):
 * `typesVersions` maps them to the same declaration files `exports` names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run';

type Conditions = { import: { types: string; default: string }; require: { types: string; default: string } };
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  types: string;
  exports: Record<string, Conditions | string>;
  typesVersions: Record<string, Record<string, string[]>>;
};

describe('package.json types', () => {
  const subpaths = Object.entries(pkg.exports).filter((e): e is [string, Conditions] => typeof e[1] === 'object' && e[0] !== '.');

  it('typesVersions maps every subpath export to its import types', () => {
    expect(subpaths.map(([p]) => p)).toEqual(['./stream', './report']);
    expect(pkg.typesVersions).toEqual({
      '*': Object.fromEntries(subpaths.map(([p, c]) => [p.slice(2), [c.import.types]])),
    });
    expect(pkg.types).toBe((pkg.exports['.'] as Conditions).import.types);
  });
});
