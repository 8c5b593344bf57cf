// finfigures in a notebook: paste these lines, one cell at a time, into a Node REPL
// (`node`, top-level await works) or Deno (`deno repl`, or a Deno Jupyter kernel), started
// in a clone after `npm run build`. Or run the whole file: `node examples/notebook.mjs`.
// With the package installed, the first cell is `import { extract, check } from 'finfigures'`
// (Deno: `from 'npm:finfigures'`).

// 1. Load the library and an article. The core import uses no Node APIs, so the same lines
//    work in Deno and in a browser bundle; `node:fs` here is only to read the file (Deno has it too).
const cwd = globalThis.Deno?.cwd() ?? globalThis.process.cwd();
const { extract, check } = await import(new URL('dist/index.js', `file://${cwd}/`).href);
const { readFileSync } = await import('node:fs');
const text = readFileSync(`${cwd}/examples/article.txt`, 'utf8');
const referenceDate = '2019-08-21';

// 2. A table of the figures.
const value = (f) =>
  f.kind === 'money' ? `${f.currency ?? '?'} ${f.amountExact}${f.amountMaxExact ? ` – ${f.amountMaxExact}` : ''}`
  : f.kind === 'percent' ? `${f.valueExact} ${f.unit}`
  : f.start ? `${f.start} … ${f.end}` : `(${f.unresolved})`;
const figures = extract(text, { referenceDate });
console.table(figures.map((f) => ({ kind: f.kind, text: f.text, value: value(f), at: f.span.start })));

// 3. Convert every amount to euros. Rates passed as data work everywhere (these are
//    illustrative, not market data); in Node, leave `rates` out to use the embedded
//    historical rates for each figure's own period.
const rates = { base: 'EUR', rates: { USD: '1.11', NOK: '9.95', GBP: '0.91' }, source: 'my table' };
const inEuros = extract(text, { referenceDate, convertTo: 'EUR', rates, embeddedRates: false, kinds: ['money'] });
console.table(inEuros.map((f) => ({
  text: f.text,
  amount: `${f.currency} ${f.amountExact}`,
  EUR: f.converted?.amountExact ?? `— ${f.conversionError}`,
  rate: f.converted ? `${f.converted.rate} (${f.converted.rateSource})` : '',
})));

// 4. Check that the numbers agree with each other: percentage changes against their
//    amounts, parts against wholes, stated equivalents against reference rates.
for (const finding of check(text, { referenceDate, rates, embeddedRates: false })) {
  console.log(`${finding.severity}: ${finding.message}`);
}

// 5. (Optional) The same as an HTML page to look at: `finfigures report examples/article.txt
//    -d 2019-08-21 -o article.html`, or in code (in Deno Jupyter, show it with `Deno.jupyter.html`):
const { renderReport } = await import(new URL('dist/report.js', `file://${cwd}/`).href);
const html = renderReport({ text, figures, findings: check(text, { referenceDate, rates, embeddedRates: false }), title: 'Harbourline Telecom' });
console.log(`report: ${html.length} characters of self-contained HTML`);
