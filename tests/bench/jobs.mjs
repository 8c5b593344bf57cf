#!/usr/bin/env node
// Worker speed-up of `finfigures extract --ndjson`: wall time with 1 and 2 worker threads
// (and 0 = main thread) on the Reuters corpus, median of N runs each, runs interleaved so
// background load affects both alike. Needs a build (npm run bench:jobs builds first).
//   node tests/bench/jobs.mjs [FILE.jsonl] [--runs 3] [--jobs 0,1,2]
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
const runs = Number(opt('--runs', '3'));
const jobsList = opt('--jobs', '1,2').split(',').map(Number);
const cli = resolve(root, opt('--cli', 'dist/cli.js'));
const file = resolve(args[0] ?? resolve(root, '../shared/corpora/reuters21578.jsonl'));
if (!existsSync(file)) {
  console.log(`bench: skipped, no ${file}`);
  process.exit(0);
}
const mb = statSync(file).size / 1024 / 1024;

function once(jobs) {
  return new Promise((ok, fail) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [cli, 'extract', '--ndjson', '--quiet', '--jobs', String(jobs), file], {
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
      ok({ secs: Number(process.hrtime.bigint() - t0) / 1e9, bytes, lines, cpu: stats.cpuSeconds, rss: stats.maxRssMb});
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const times = Object.fromEntries(jobsList.map((j) => [j, []]));
const cpus = Object.fromEntries(jobsList.map((j) => [j, []]));
const load = () => {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  } catch {
    return '?';
  }
};
let records;
for (let r = 0; r < runs; r++) {
  for (const j of jobsList) {
    const res = await once(j);
    records ??= res.lines;
    if (res.lines !== records) throw new Error(`--jobs ${j} wrote ${res.lines} records, expected ${records}`);
    times[j].push(res.secs);
    cpus[j].push(res.cpu);
    console.error(`run ${r + 1} --jobs ${j}: ${res.secs.toFixed(2)} s wall, ${res.cpu.toFixed(2)} s CPU (${(res.cpu / res.secs).toFixed(2)} cores busy), peak RSS ${res.rss.toFixed(0)} MB, load average ${load()}`);
  }
}
console.log(`${file}: ${mb.toFixed(1)} MB, ${records} records, ${availableParallelism()} cores, median of ${runs} runs`);
const base = median(times[jobsList[0]]);
for (const j of jobsList) {
  const m = median(times[j]);
  console.log(`--jobs ${j}: ${m.toFixed(2)} s  ${(mb / m).toFixed(2)} MB/s  ${Math.round(records / m)} records/s  speed-up ×${(base / m).toFixed(2)}  CPU ${median(cpus[j]).toFixed(2)} s  (runs: ${times[j].map((t) => t.toFixed(2)).join(', ')})`);
}
