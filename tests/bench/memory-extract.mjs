#!/usr/bin/env node
// `npm run bench:memory:extract` (builds first): extract() over a ~100 MB stream of articles
// in this process, read line by line (never the whole input in memory), reporting peak RSS
// (process.resourceUsage().maxRSS) against the RSS after import, and throughput.
// The articles are generated (tests/bench/articles.mjs) into a temporary JSON-lines file.
// (tests/bench/memory.mjs measures the CLI with worker threads; this one is the library.)
//   node tests/bench/memory-extract.mjs [--mb 100] [--keep]
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { article, rng } from './articles.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const targetMb = Number(args.includes('--mb') ? args[args.indexOf('--mb') + 1] : 100);
const MB = 1024 * 1024;
const rssMb = () => process.memoryUsage().rss / MB;
const peakMb = () => process.resourceUsage().maxRSS / 1024;

const { extract } = await import(pathToFileURL(join(root, 'dist/index.js')).href);
extract('Revenue rose 12% to $5.2bn in Q3 2019.', { referenceDate: '2019-10-08' });
const afterImport = rssMb();

// Write the input: one JSON record per line, each a few articles.
const dir = mkdtempSync(join(tmpdir(), 'finfigures-memx-'));
const file = join(dir, 'articles.jsonl');
const out = createWriteStream(file);
const r = rng(7);
let written = 0, records = 0;
while (written < targetMb * MB) {
  const text = [article(r), article(r), article(r)].join('\n\n');
  const line = JSON.stringify({ id: ++records, date: `20${10 + r(14)}-0${1 + r(9)}-1${r(9)}`, text }) + '\n';
  written += Buffer.byteLength(line);
  if (!out.write(line)) await new Promise((ok) => out.once('drain', ok));
}
await new Promise((ok) => out.end(ok));
const beforeRun = rssMb();
console.log(`input: ${(statSync(file).size / MB).toFixed(1)} MB, ${records} records; RSS after import ${afterImport.toFixed(0)} MB, before run ${beforeRun.toFixed(0)} MB (peak so far ${peakMb().toFixed(0)} MB)`);

// Read line by line and extract.
const t0 = process.hrtime.bigint();
let figures = 0, textBytes = 0, sampled = 0, maxSampled = 0;
const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
for await (const line of lines) {
  const rec = JSON.parse(line);
  textBytes += Buffer.byteLength(rec.text);
  figures += extract(rec.text, { referenceDate: rec.date }).length;
  if (++sampled % 2000 === 0) maxSampled = Math.max(maxSampled, rssMb());
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(`extract(): ${records} records, ${(textBytes / MB).toFixed(1)} MB of text, ${figures} figures in ${secs.toFixed(1)} s (${(textBytes / MB / secs).toFixed(2)} MB/s, one thread)`);
console.log(`RSS: after import ${afterImport.toFixed(0)} MB, highest sampled during the run ${maxSampled.toFixed(0)} MB, final ${rssMb().toFixed(0)} MB`);
console.log(`peak RSS (process.resourceUsage().maxRSS, whole process incl. writing the input): ${peakMb().toFixed(0)} MB`);
if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
else console.log(`kept ${file}`);
