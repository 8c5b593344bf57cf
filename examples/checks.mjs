// Checks a short text written for this example: stated equivalents against reference
// rates, a percentage change against its amounts, parts against their whole.
//   npm run build && node examples/checks.mjs
import { check, convert, extract } from '../dist/index.js';

const text = [
  'For the first six months, Orion reported a 23% drop in revenues, to 31.2 billion Chinese yuan ($4.5 billion), compared with the year-earlier period.',
  'It swung to a net loss of RMB6.1 billion ($1.4 billion), from a profit of RMB1.9 billion ($280 million) for the first half of 2017.',
  'Its network unit lifted sales 18% to $3.1bn from $2.8bn.',
  'Group debt stood at $9bn, of which $6.5bn was in bonds and $4bn in bank loans.',
].join(' ');

const referenceDate = '2018-10-08';
console.log(`Checks (document dated ${referenceDate}):\n`);
for (const f of check(text, { referenceDate, includePassed: true })) {
  const quoted = f.spans.map((s) => JSON.stringify(text.slice(s.start, s.end))).join(', ');
  console.log(`${f.severity.toUpperCase().padEnd(7)} ${f.kind}: ${f.message}\n        figures: ${quoted}\n`);
}

console.log('Conversions to EUR (rate for each figure\'s own period, else the document date):\n');
for (const f of extract(text, { referenceDate, convertTo: 'EUR' })) {
  if (f.kind !== 'money') continue;
  const c = f.converted;
  console.log(`${f.text.padEnd(28)} → ${c ? `EUR ${c.amountExact} at ${c.rate} (${c.rateSource}, ${c.rateBasis} ${c.rateDate})` : f.conversionError}`);
}

console.log('\nconvert() on its own, with an amount beyond 2^53 and a withdrawn currency:\n');
console.log(convert({ currency: 'JPY', amountExact: '1000000000000000' }, 'USD', { date: '2018-10-08' }));
console.log(convert({ currency: 'DEM', amountExact: '1000000' }, 'USD', { date: '2005-06-30' }));
