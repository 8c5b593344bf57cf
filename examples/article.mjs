// Prints the figures of an article-length text as a table.
//   node examples/article.mjs [FILE] [YYYY-MM-DD]
import { readFileSync } from 'node:fs';
import { extract } from 'finfigures';

const file = process.argv[2] ?? new URL('./article.txt', import.meta.url);
const referenceDate = process.argv[3] ?? '2019-08-21';
const text = readFileSync(file, 'utf8');

const value = (f) =>
  f.kind === 'money'
    ? `${f.currency ?? '???'} ${f.amountExact}${f.amountMaxExact ? `..${f.amountMaxExact}` : ''}`
    : f.kind === 'percent'
      ? `${f.valueExact}${f.valueMaxExact ? `..${f.valueMaxExact}` : ''} ${f.unit}`
      : f.start ? `${f.start}..${f.end}` : `(${f.unresolved})`;

const rows = extract(text, { referenceDate }).map((f) => ({
  kind: f.kind,
  text: f.text,
  value: value(f),
  span: `${f.span.start}-${f.span.end}`,
  rule: f.rule,
}));
console.table(rows);
