#!/usr/bin/env node
// `npm run bench:adversarial` (builds first): extract() time on hostile inputs of 1 KB,
// 100 KB and 10 MB — long digit runs, "1,1,1,…", "$$$$…", "billion billion…", thousands
// of parentheses, a 10 MB line without spaces, "$1-$1-…", "between between…" and more.
// Prints ms and ms/MB per size: linear time shows as a flat ms/MB column.
//
// Each case runs in its own child process with a time limit, so a super-linear case shows
// as "TIMEOUT" instead of hanging the benchmark; after a timeout, larger sizes of that case
// are skipped. Exit code 1 when any case times out or its ms/MB grows more than 10x from
// 100 KB to 10 MB.
//   node tests/bench/adversarial.mjs [--limit 120] [--only name,name] [--sizes 1k,100k,10m]
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(import.meta.url);
const root = resolve(dirname(here), '../..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const KB = 1024, MB = 1024 * KB;

/** Repeats `unit` to exactly n UTF-16 units. */
const fill = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
/** Deterministic characters from `alphabet`, no whitespace. */
const noise = (alphabet, n) => {
  let s = 1, out = '';
  const parts = [];
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    out += alphabet[s % alphabet.length];
    if (out.length >= 65536) { parts.push(out); out = ''; }
  }
  return parts.join('') + out;
};

/** name → (n UTF-16 units) → text. */
const CASES = {
  'digit run': (n) => fill('1', n),
  '1,1,1,1…': (n) => fill('1,', n),
  '1.1.1.1…': (n) => fill('1.', n),
  '$$$$…': (n) => fill('$', n),
  '$1-$1-$1-…': (n) => fill('$1-', n),
  '$1 $1 $1 …': (n) => fill('$1 ', n),
  'billion billion…': (n) => fill('billion ', n),
  '5 billion billion…': (n) => '5 ' + fill('billion ', n - 2),
  'between between…': (n) => fill('between ', n),
  'between $1 and between…': (n) => fill('between $1 and ', n),
  '((((…))))': (n) => fill('(', n >> 1) + '$5' + fill(')', n >> 1),
  '($(5)) nested': (n) => fill('($(', n >> 1) + '5' + fill('))', n >> 1),
  'one line, no spaces': (n) => noise('abcdefghijklmnopqrstuvwxyz0123456789$%.,()-/€£¥bnmQH', n),
  'figures, no spaces': (n) => fill('Revenue$5.2bnrose12%inQ32019;', n),
  '5% 5% 5% …': (n) => fill('5% ', n),
  'Q1 Q1 Q1 …': (n) => fill('Q1 2019 ', n),
  'about about…': (n) => fill('about ', n),
  '-(-(-(': (n) => fill('-(', n),
  'RMB RMB RMB': (n) => fill('RMB ', n),
  '$5m (£4m) pairs': (n) => fill('$5m (£4m) ', n),
  // Each bare "¥" asked for the latest explicit yen by walking back over every "US$" before it.
  'US$5 … then ¥5 …': (n) => fill('US$5 ', n >> 1) + fill('¥5 ', n - (n >> 1)),
  // Each "previous quarter" walked back over every year before it for a quarter.
  'in 2019 … previous quarter …': (n) => fill('in 2019 ', n >> 1) + fill('the previous quarter ', n - (n >> 1)),
  // One endless sentence: each amount looked back over every comparison period before it.
  'from a year earlier $5 million and …': (n) => fill('from a year earlier $5 million and ', n),
  // Table headers: each one scans the rows below it up to the next header (money/table-scale.ts).
  '(in millions) rows …': (n) => fill('(in millions)\n$5 $5\n', n),
  '(in millions (in millions …': (n) => fill('(in millions ', n),
  'a.a.a.a.': (n) => fill('a.', n),
  'a.bc/a.bc/… (one long link)': (n) => fill('a.bc/', n),
  'x@a.bc@a.bc… and ://://…': (n) => fill('x@a.bc', n >> 1) + fill('ab://', n - (n >> 1)),
  'newlines': (n) => fill('\n', n),
  'NBSP run': (n) => '$5' + fill('\u00a0', n - 4) + 'bn',
  'emoji + surrogates': (n) => fill('💰$5😀\ud83d', n),
  // Each stated quarter end was kept again, and each quarter on the weeks compared with all of them.
  'quarter ended Feb. 1 …': (n) => fill('In its fourth quarter sales rose; for the quarter ended Feb. 1, 2025 profit fell. ', n),
  // Each "in euros" looked for the amounts after it among every money figure read before it.
  '$5 in euros to 5 billion …': (n) => fill('$5 in euros to 5 billion ', n),
  // Found by the ReDoS audit (tests/redos): known bugs, expected to be super-linear until fixed.
  '$0.000…01 (zero run)': (n) => '$0.' + fill('0', n - 4) + '1',
  '$5m + spaces + year': (n) => '$5m' + fill(' ', n - 9) + 'x 2019',
};

const SIZES = { '1k': KB, '100k': 100 * KB, '10m': 10 * MB };

// --- child: time one case ----------------------------------------------------------------
if (args[0] === '--child') {
  const [, name, size] = args;
  const { extract } = await import(pathToFileURL(join(root, 'dist/index.js')).href);
  const text = CASES[name](Number(size));
  extract('Revenue rose 12% to $5.2bn in Q3 2019.'); // load lexicons outside the timing
  const runs = Number(size) <= 100 * KB ? 5 : 1;
  if (runs > 1) extract(text, { referenceDate: '2019-06-30' }); // warm the JIT on this shape
  const times = [];
  let figures = 0;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    figures = extract(text, { referenceDate: '2019-06-30' }).length;
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  process.stdout.write(JSON.stringify({ ms: times[times.length >> 1], figures, bytes: Buffer.byteLength(text) }));
  process.exit(0);
}

// --- parent ------------------------------------------------------------------------------
const limit = Number(opt('--limit', '120'));
const only = opt('--only', '')?.split(',').filter(Boolean);
const sizes = opt('--sizes', '1k,100k,10m').split(',');
const names = Object.keys(CASES).filter((n) => !only?.length || only.includes(n));

console.log(`extract() on adversarial inputs — node ${process.version}; ms = median of 5 (1 run at 10 MB); limit ${limit} s per run\n`);
const head = sizes.map((s) => `${s.padStart(6)} ms`.padStart(12) + 'ms/MB'.padStart(9)).join('');
console.log(`${'case'.padEnd(26)}${head}   figures`);
let bad = false;
for (const name of names) {
  let line = name.padEnd(26);
  let skip = false;
  const perMb = [];
  let figures = '';
  for (const s of sizes) {
    const n = SIZES[s];
    if (skip) { line += 'skipped'.padStart(12) + ''.padStart(9); continue; }
    const r = spawnSync(process.execPath, ['--max-old-space-size=4096', here, '--child', name, String(n)], { encoding: 'utf8', timeout: limit * 1000 });
    if (r.error?.code === 'ETIMEDOUT' || r.signal) {
      line += `> ${limit}s`.padStart(12) + 'TIMEOUT'.padStart(9);
      skip = true;
      bad = true;
      continue;
    }
    if (r.status !== 0) {
      line += 'CRASH'.padStart(12) + ''.padStart(9);
      console.error(`${name} ${s}: ${r.stderr.split('\n').slice(0, 3).join(' | ')}`);
      bad = true;
      skip = true;
      continue;
    }
    const { ms, figures: f, bytes } = JSON.parse(r.stdout);
    const mbs = bytes / MB; // UTF-8
    perMb.push(ms / mbs);
    line += ms.toFixed(ms < 10 ? 2 : 0).padStart(12) + (ms / mbs).toFixed(0).padStart(9);
    figures = String(f);
  }
  if (perMb.length >= 2 && perMb[perMb.length - 1] > 10 * Math.max(perMb[perMb.length - 2], 1)) { line += '  super-linear?'; bad = true; }
  console.log(`${line}   ${figures}`);
}
console.log(bad ? '\nSome cases are not linear (see TIMEOUT / super-linear? above).' : '\nAll cases linear within the limit.');
process.exitCode = bad ? 1 : 0;
