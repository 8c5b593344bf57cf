// What each figure measures, whose it is, when, and which way it moved, on a short text
// written for this example.
//   npm run build && node examples/attribution.mjs [--why]
import { extract } from '../dist/index.js';

const text = [
  'Orion is on much firmer ground.',
  'For the first six months, it reported a 23% drop in revenues, to 31.2 billion Chinese yuan ($4.5 billion), compared with the year-earlier period,',
  'and swung to a net loss of RMB6.1 billion ($1.4 billion), from a profit of RMB1.9 billion ($280 million) for the first half of 2017.',
  "Its network unit lifted sales 18% to $3.1bn last year, after growing by 9% in 2016.",
  'Regulators fined Vega Systems $45 million in March, and Altair Corp agreed to buy the company for $2.2 billion.',
].join(' ');

const figures = extract(text, { referenceDate: '2018-10-08', attribution: true });

const rows = figures
  .filter((f) => f.about)
  .map((f) => {
    const a = f.about;
    return {
      figure: f.text,
      metric: a.metric ? `${a.metric.category}${a.metric.label ? ` (${a.metric.label})` : ''}` : '',
      subject: a.subject ? `${a.subject.name}${a.subject.via ? ` ← ${a.subject.via.text}` : ''}` : '',
      direction: a.direction ?? '',
      role: a.change?.role ?? '',
      period: a.period ? `${a.period.start}..${a.period.end}` : '',
      equivalentOf: a.equivalentOf ? text.slice(a.equivalentOf.start, a.equivalentOf.end) : '',
    };
  });
console.table(rows);

if (process.argv.includes('--why'))
  for (const f of figures) if (f.about) console.log(`\n${f.text}\n  ${f.about.why.join('\n  ')}`);
