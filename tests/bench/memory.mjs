#!/usr/bin/env node
// Bounded memory of `finfigures extract --ndjson` on a large input: writes ~100 MB of
// synthetic NDJSON (text generated here) to a temp dir, runs the built CLI over it and
// reports the process's peak resident set (VmHWM, which counts the worker threads too),
// the input size, the record count in and out, and the time taken.
//   node tests/bench/memory.mjs [--mb 100] [--jobs 2] [--cli dist/cli.js] [--keep]
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i < 0 ? dflt : args[i + 1];
};
const targetMb = Number(opt('--mb', '100'));
const jobs = opt('--jobs', '2');
const cli = resolve(root, opt('--cli', 'dist/cli.js'));
const keep = args.includes('--keep');

// Deterministic pseudo-random text, written for this benchmark.
let seed = 42;
const rnd = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
const pick = (xs) => xs[rnd(xs.length)];
const companies = ['Arden Mills', 'Bluewater Logistics', 'Corvid Systems', 'Delta Orchard', 'Eastgate Power', 'Fenwick Retail'];
const metrics = ['revenue', 'net profit', 'operating income', 'sales', 'free cash flow'];
const sentence = () =>
  pick([
    () => `${pick(companies)} said ${pick(metrics)} rose ${rnd(40) + 1}% to $${rnd(900) + 10}.${rnd(10)} million in the ${pick(['first', 'second', 'third', 'fourth'])} quarter.`,
    () => `It expects ${pick(metrics)} of between ${rnd(5) + 1} and ${rnd(5) + 6} billion euros in fiscal ${2015 + rnd(10)}.`,
    () => `Margins narrowed by ${rnd(90) + 10} basis points from a year earlier, while costs fell ${rnd(20) + 1}.${rnd(10)} per cent.`,
    () => `The board proposed a dividend of ${rnd(90) + 10} pence a share for the six months ended June 30.`,
    () => `Shares of ${pick(companies)} closed ${rnd(2) ? 'up' : 'down'} ${rnd(9)}.${rnd(100)}% at ¥${rnd(5000) + 100} on ${pick(['Monday', 'Tuesday', 'Friday'])}.`,
    () => `Analysts had forecast ${pick(metrics)} of about RMB${rnd(80) + 1}.${rnd(10)} billion for last year.`,
  ])();

const dir = mkdtempSync(join(tmpdir(), 'finfigures-mem-'));
const input = join(dir, 'big.jsonl');
const out = createWriteStream(input);
let bytes = 0, records = 0;
const target = targetMb * 1024 * 1024;
const t0 = Date.now();
while (bytes < target) {
  const n = 4 + rnd(12);
  const text = Array.from({ length: n }, sentence).join(' ');
  const line = JSON.stringify({ id: `doc-${records + 1}`, date: `20${10 + rnd(14)}-0${1 + rnd(9)}-1${rnd(10)}`, text }) + '\n';
  bytes += Buffer.byteLength(line);
  records++;
  if (!out.write(line)) await new Promise((r) => out.once('drain', r));
}
await new Promise((r) => out.end(r));
console.log(`input: ${(statSync(input).size / 1024 / 1024).toFixed(1)} MB, ${records} records (written in ${((Date.now() - t0) / 1000).toFixed(1)} s)`);

const started = Date.now();
const child = spawn(process.execPath, [cli, 'extract', '--ndjson', '--quiet', '--jobs', jobs, input], { stdio: ['ignore', 'pipe', 'inherit'] });
let peakKb = 0, outBytes = 0, outLines = 0;
const poll = setInterval(() => {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
    if (m) peakKb = Math.max(peakKb, Number(m[1]));
  } catch {
    /* exited */
  }
}, 50);
child.stdout.on('data', (b) => {
  outBytes += b.length;
  for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) outLines++;
});
const code = await new Promise((r) => child.on('close', r));
clearInterval(poll);
const secs = (Date.now() - started) / 1000;
console.log(`--jobs ${jobs}: exit ${code}, ${outLines} records out (${(outBytes / 1024 / 1024).toFixed(0)} MB), ${secs.toFixed(1)} s, ${(bytes / 1024 / 1024 / secs).toFixed(2)} MB/s`);
console.log(`peak RSS (VmHWM, main + workers): ${(peakKb / 1024).toFixed(0)} MB`);
if (!keep) rmSync(dir, { recursive: true, force: true });
else console.log(`kept ${input}`);
if (code !== 0 || outLines !== records) {
  console.error(`FAIL: expected ${records} records out, exit 0`);
  process.exit(1);
}
console.log(JSON.stringify({ inputMb: +(bytes / 1048576).toFixed(1), records, jobs: Number(jobs), seconds: +secs.toFixed(1), peakRssMb: Math.round(peakKb / 1024) }));
