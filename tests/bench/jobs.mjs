#!/usr/bin/env node
// Worker speed-up of `finfigures extract --ndjson`: wall time, MB/s and CPU time with 1 and 2
// worker threads (and 0 = main thread) on the Reuters corpus; median of N runs each, runs
// interleaved so slow drifts in background load hit every --jobs value alike. Needs a build
// (npm run bench:jobs builds first).
//   node tests/bench/jobs.mjs [FILE.jsonl] [--runs 5] [--jobs 1,2] [--cli dist/cli.js] [--node-args "--flag ..."]
//
// The machine may be shared: before each run the bench waits (up to --idle-wait seconds) for
// the CPUs to be idle, and a run during which other processes used more than 10% of one core
// (from /proc/stat, Linux) is thrown away and repeated, up to 5 times. CPU time is the whole
// process's, split by thread (see FINFIGURES_STATS in src/cli/main.ts): the main thread, the
// workers, and V8's background threads (concurrent optimising compilation and GC helpers).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  if (i < 0) return dflt;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const runs = Number(opt('--runs', '5'));
const jobsList = opt('--jobs', '1,2').split(',').map(Number);
const cli = resolve(root, opt('--cli', 'dist/cli.js'));
const nodeArgs = opt('--node-args', '').split(' ').filter(Boolean);
const idleWait = Number(opt('--idle-wait', '30'));
const corpus = 'shared/corpora/reuters21578.jsonl';
const file = resolve(args[0] ?? [resolve(root, '..', corpus), resolve('/work', corpus)].find(existsSync) ?? resolve(root, '..', corpus));
if (!existsSync(file)) {
  console.log(`bench: skipped, no ${file}`);
  process.exit(0);
}
const mb = statSync(file).size / 1024 / 1024;

/** Busy and total CPU ticks of the whole machine so far (Linux), or undefined. */
function machine() {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const total = f.reduce((a, b) => a + b, 0);
    return { busy: total - f[3] - f[4], total };
  } catch {
    return undefined;
  }
}
const TICK = 100; // USER_HZ
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Waits until the last second was at least 90% idle (gives up after `idleWait` seconds). */
async function waitIdle() {
  for (let i = 0; i < idleWait; i++) {
    const a = machine();
    if (!a) return;
    await sleep(1000);
    const b = machine();
    if ((b.busy - a.busy) / (b.total - a.total) < 0.1) return;
  }
}

function once(jobs) {
  return new Promise((ok, fail) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [...nodeArgs, cli, 'extract', '--ndjson', '--quiet', '--jobs', String(jobs), file], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FINFIGURES_STATS: '1' },
    });
    let bytes = 0, lines = 0, err = '';
    child.stderr.on('data', (b) => (err += b));
    child.stdout.on('data', (b) => {
      bytes += b.length;
      for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) lines++;
    });
    child.on('error', fail);
    child.on('close', (code) => {
      if (code !== 0) return fail(new Error(`exit ${code}: ${err}`));
      const stats = JSON.parse(/finfigures-stats (.*)/.exec(err)[1]);
      ok({ secs: Number(process.hrtime.bigint() - t0) / 1e9, bytes, lines, cpu: stats.cpuSeconds, rss: stats.maxRssMb, threads: stats.threads });
    });
  });
}

/** One clean run: repeated (up to 5 times) while other processes took more than 10% of a core. */
async function clean(jobs) {
  let res;
  for (let attempt = 0; attempt < 5; attempt++) {
    await waitIdle();
    const a = machine();
    res = await once(jobs);
    const b = machine();
    res.other = a ? Math.max(0, (b.busy - a.busy) / TICK - res.cpu) : 0;
    if (res.other <= 0.1 * res.secs) return res;
    console.error(`  (--jobs ${jobs}: other processes used ${res.other.toFixed(2)} s CPU during the run; again)`);
  }
  res.contaminated = true;
  return res;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = Object.fromEntries(jobsList.map((j) => [j, []]));
let records;
for (let r = 0; r < runs; r++) {
  for (const j of jobsList) {
    const res = await clean(j);
    records ??= res.lines;
    if (res.lines !== records) throw new Error(`--jobs ${j} wrote ${res.lines} records, expected ${records}`);
    results[j].push(res);
    const t = res.threads;
    const split = t && typeof t.main === 'number' ? ` = main ${t.main.toFixed(2)} + workers ${t.workers.toFixed(2)} + V8 background ${t.v8Background.toFixed(2)}` : '';
    console.error(`run ${r + 1} --jobs ${j}: ${res.secs.toFixed(2)} s wall, ${res.cpu.toFixed(2)} s CPU${split} (${(res.cpu / res.secs).toFixed(2)} cores busy), peak RSS ${res.rss.toFixed(0)} MB${res.contaminated ? ', machine busy' : ''}`);
  }
}
console.log(`${file}: ${mb.toFixed(1)} MB, ${records} records, ${availableParallelism()} cores, median of ${runs} runs${nodeArgs.length ? `, node ${nodeArgs.join(' ')}` : ''}`);
const base = median(results[jobsList[0]].map((x) => x.secs));
for (const j of jobsList) {
  const xs = results[j];
  const m = median(xs.map((x) => x.secs));
  const th = (k) => (typeof xs[0].threads?.main === 'number' ? median(xs.map((x) => x.threads[k])).toFixed(2) : '?');
  console.log(
    `--jobs ${j}: ${m.toFixed(2)} s  ${(mb / m).toFixed(2)} MB/s  speed-up ×${(base / m).toFixed(2)}  CPU ${median(xs.map((x) => x.cpu)).toFixed(2)} s (main ${th('main')}, workers ${th('workers')}, V8 background ${th('v8Background')})  (runs: ${xs.map((x) => x.secs.toFixed(2) + (x.contaminated ? '*' : '')).join(', ')})`,
  );
}
if (Object.values(results).flat().some((x) => x.contaminated)) console.log('* other processes were busy during this run');
