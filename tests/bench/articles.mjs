// Deterministic article-like text for the benchmarks, written for this project: company
// news with money, percentages and periods in the proportions of a financial wire, plus
// plain sentences. `article(rng)` returns one article; `textOfSize(bytes)` a text of about
// that many UTF-8 bytes made of whole articles.

/** A small seeded PRNG (mulberry32), so every run measures the same text. */
export function rng(seed = 20240601) {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * n | 0;
  };
}

const COMPANIES = ['Harbour Freight Lines', 'Kestrel Mining', 'Quayside Bank', 'Larchmont Foods', 'Vantage Aero', 'Pemberton Chemicals', 'Silverbirch Telecom', 'Orchard Street Capital'];
const METRICS = ['revenue', 'net profit', 'operating income', 'sales', 'free cash flow', 'adjusted earnings', 'order intake'];
const CURRENCIES = [['$', ''], ['US$', ''], ['€', ''], ['£', ''], ['', ' euros'], ['RMB', ''], ['', ' mln dlrs'], ['HK$', ''], ['¥', ''], ['', ' Swiss francs']];
const SCALES = ['million', 'billion', 'bn', 'm', 'mln'];
const QUARTERS = ['first', 'second', 'third', 'fourth'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PLAIN = [
  'The chief executive told analysts on a call that demand had held up better than expected.',
  'Shares were little changed in early trading.',
  'The company did not give a reason for the delay.',
  'A spokesperson declined to comment on the talks.',
  'The board will meet again next month to review the plan.',
  'Analysts said the results were broadly in line with forecasts.',
  'The plant, which employs several hundred people, is being refitted to make lighter components for regional customers.',
  'Regulators in several countries are still reviewing the proposed merger, according to people familiar with the matter.',
  'The firm has been restructuring its retail arm since a new management team took over, closing branches and moving services online.',
  'Its largest customer, a state-owned utility, has asked for more favourable payment terms.',
  'Union representatives said they would consult members before responding to the offer.',
];

export function article(r) {
  const pick = (xs) => xs[r(xs.length)];
  const money = () => {
    const [pre, post] = pick(CURRENCIES);
    const n = `${r(900) + 1}${r(2) ? `.${r(10)}` : ''}`;
    if (post === ' mln dlrs') return `${n} mln dlrs`;
    const scale = pick(SCALES);
    const glued = scale === 'bn' || scale === 'm';
    return `${pre}${n}${glued ? '' : ' '}${scale}${post}`;
  };
  const pct = () => `${r(40) + 1}${r(2) ? `.${r(10)}` : ''}${pick(['%', ' percent', ' per cent', ' pct'])}`;
  const year = () => 2010 + r(14);
  const period = () => pick([`the ${pick(QUARTERS)} quarter`, `Q${r(4) + 1} ${year()}`, `the first half of ${year()}`, `fiscal ${year()}`, `${pick(MONTHS)} ${year()}`, 'the year-earlier period', 'last year', `the nine months ended September 30, ${year()}`]);
  const co = pick(COMPANIES);
  const sentences = [
    () => `${co} said ${pick(METRICS)} rose ${pct()} to ${money()} in ${period()}.`,
    () => `${pick(METRICS)[0].toUpperCase()}${pick(METRICS).slice(1)} fell ${pct()} from ${money()} in ${period()}.`,
    () => `It expects ${pick(METRICS)} of between ${money()} and ${money()} for ${period()}.`,
    () => `Margins narrowed by ${r(90) + 10} basis points, while costs rose ${pct()}.`,
    () => `The group paid a dividend of ${r(90) + 10} cents a share, about ${money()} in total.`,
    () => pick(PLAIN),
    () => pick(PLAIN),
    () => pick(PLAIN),
    () => pick(PLAIN),
    () => pick(PLAIN),
  ];
  const n = 6 + r(10);
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(pick(sentences)());
  // Paragraphs of two to four sentences.
  let out = '';
  for (let i = 0; i < parts.length; i++) out += parts[i] + (i % 3 === 2 ? '\n\n' : ' ');
  return out.trim();
}

/** Whole articles joined by blank lines, about `bytes` UTF-8 bytes. */
export function textOfSize(bytes, seed) {
  const r = rng(seed);
  const parts = [];
  let size = 0;
  while (size < bytes) {
    const a = article(r);
    parts.push(a);
    size += Buffer.byteLength(a) + 2;
  }
  return parts.join('\n\n');
}
