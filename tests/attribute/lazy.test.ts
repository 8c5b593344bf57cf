import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLexiconLoaded } from '../../src/attribute/words';
import { extract } from '../../src/index';
import { TEST_DIST } from '../cli/global-setup';

const DIST = process.env.FINFIGURES_TEST_DIST ?? TEST_DIST;
const TEXT = 'For the first half, Acme Corp reported a 27% drop in revenues, to $3.9 billion. Its shares fell 4%.';

describe('compromise loads only in attribution mode', () => {
  it('plain extract() does not load it; attribution does', () => {
    extract(TEXT, { referenceDate: '2018-10-08' });
    expect(isLexiconLoaded()).toBe(false);
    extract(TEXT, { referenceDate: '2018-10-08', attribution: true });
    expect(isLexiconLoaded()).toBe(true);
  });
});

// The built package, as users load it: `import` (ESM) and `require` (CJS). Neither compromise nor
// attribution's own code (attribution.cjs) loads before a call asks for attribution.
const script = (load: string): string => `
${load}
const loaded = (name) => Object.keys(require('node:module')._cache ?? {}).some((k) => k.includes(name));
const plain = extract(${JSON.stringify(TEXT)}, { referenceDate: '2018-10-08' });
const before = loaded('compromise'), codeBefore = loaded('attribution.cjs');
const figs = extract(${JSON.stringify(TEXT)}, { referenceDate: '2018-10-08', attribution: true });
const pct = figs.find((f) => f.text === '27%');
console.log(JSON.stringify({ before, codeBefore, after: loaded('compromise'), codeAfter: loaded('attribution.cjs'), plainHasAbout: plain.some((f) => 'about' in f), about: pct.about }));
`;

describe.skipIf(!existsSync(join(DIST, 'index.cjs')))('built dist', () => {
  it.each([
    ['ESM import', 'esm', `const { createRequire } = await import('node:module'); const require = createRequire(import.meta.url); const { extract } = await import(${JSON.stringify(join(DIST, 'index.js'))});`],
    ['CJS require', 'cjs', `const { extract } = require(${JSON.stringify(join(DIST, 'index.cjs'))});`],
  ])('%s', (_name, kind, load) => {
    const args = kind === 'esm' ? ['--input-type=module', '-e', script(load)] : ['-e', script(load)];
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', cwd: DIST });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout.trim());
    expect(out.before).toBe(false);
    expect(out.after).toBe(true);
    // Attribution's own code is a file of its own, required on the first call that asks for it.
    expect(out.codeBefore).toBe(false);
    expect(out.codeAfter).toBe(true);
    expect(out.plainHasAbout).toBe(false);
    expect(out.about).toMatchObject({ metric: { category: 'revenue' }, subject: { name: 'Acme Corp' }, direction: 'down', period: { start: '2018-01-01', end: '2018-06-30' } });
  });
});
