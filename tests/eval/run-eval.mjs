#!/usr/bin/env node
// The accuracy gate: scores dist/ on the shared gold corpora with the shared scorer and exits
// non-zero when a corpus falls below its floor in floors.json. Also runs extract() over every
// Reuters article to prove it never throws and every span is exact.
// Needs ../shared (a sibling checkout); a plain clone skips with a message.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = process.env.FINFIGURES_SHARED ?? resolve(root, '../shared');
const corpora = resolve(shared, 'corpora');
const scorer = resolve(shared, 'eval/score.mjs');
if (!existsSync(corpora) || !existsSync(scorer)) {
  console.log(`eval: skipped, no shared corpora at ${corpora}`);
  process.exit(0);
}
const lib = resolve(root, 'dist/index.js');
const floors = JSON.parse(readFileSync(resolve(root, 'tests/eval/floors.json'), 'utf8'));
let failed = 0;
console.log('corpus                                   metric   value  floor');
for (const [name, { metric, floor }] of Object.entries(floors)) {
  if (name.startsWith('_')) continue;
  const files = name.split('+').map((c) => resolve(corpora, `${c}.jsonl`));
  if (!files.every(existsSync)) { console.log(`${name.padEnd(40)} missing, skipped`); continue; }
  const out = JSON.parse(execFileSync(process.execPath, [scorer, '--lib', lib, '--json', ...files], { encoding: 'utf8', maxBuffer: 1 << 28 }));
  const value = out[metric];
  const ok = value + 1e-9 >= floor && out.crashes === 0;
  if (!ok) failed++;
  console.log(`${name.padEnd(40)} ${metric.padEnd(7)} ${value.toFixed(3).padStart(6)} ${floor.toFixed(3).padStart(6)}${ok ? '' : '  BELOW FLOOR'}${out.crashes ? `  ${out.crashes} CRASHED` : ''}`);
}

// Attribution on the seed article: the share of gold figures whose `about` fields are all right.
const attributionFloor = floors['_attribution:seed-zte-2018'];
if (attributionFloor !== undefined && existsSync(resolve(corpora, 'seed-zte-2018.jsonl'))) {
  const out = JSON.parse(execFileSync(process.execPath, [scorer, '--lib', lib, '--json', '--attribution', resolve(corpora, 'seed-zte-2018.jsonl')], { encoding: 'utf8' }));
  const value = out.attribution.figures ? out.attribution.allRight / out.attribution.figures : 0;
  const ok = value + 1e-9 >= attributionFloor;
  if (!ok) failed++;
  console.log(`${'seed-zte-2018 (attribution)'.padEnd(40)} ${'all-rt'.padEnd(7)} ${value.toFixed(3).padStart(6)} ${attributionFloor.toFixed(3).padStart(6)}${ok ? '' : '  BELOW FLOOR'}`);
}

// Robustness over real newswire: never throws, every span exact.
const reuters = resolve(corpora, 'reuters21578.jsonl');
if (existsSync(reuters)) {
  const { extract } = await import(pathToFileURL(lib).href);
  let docs = 0, figures = 0, bad = 0;
  const t0 = performance.now();
  for (const line of readFileSync(reuters, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line);
    docs++;
    try {
      for (const f of extract(doc.text, { referenceDate: doc.referenceDate })) {
        figures++;
        if (doc.text.slice(f.span.start, f.span.end) !== f.text) { bad++; if (bad < 5) console.log(`span mismatch in ${doc.id}: ${JSON.stringify(f)}`); }
      }
    } catch (e) {
      bad++;
      if (bad < 5) console.log(`crash in ${doc.id}: ${e?.stack ?? e}`);
    }
  }
  console.log(`reuters21578: ${docs} articles, ${figures} figures, ${bad} crashes or bad spans, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  if (bad) failed++;
}
if (failed) { console.log(`eval: ${failed} check(s) failed`); process.exit(1); }
console.log('eval: all floors met');
