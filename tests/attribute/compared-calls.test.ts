import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// Results written as a release writes them: a whole amount and its per-share restatement, each
// compared with the prior period's.
describe('a whole amount and its per-share restatement, compared with the prior ones', () => {
  const text = 'Brisco Tools reported results for the three months ended October 3, 2027. '
    + 'GAAP net income was $96 million, or $0.84 per diluted share, compared to $88 million, or $0.77 per diluted share, in the third quarter of 2026. '
    + 'Operating income was $140 million.';
  it.each([
    ['$96 million', 'profit'],
    ['$0.84', 'eps'],
    ['$88 million', 'profit'],
    ['$0.77', 'eps'],
  ] as const)('%s → %s', (figure, metric) => {
    expect(aboutOf(text, figure, '2027-11-02').metric.category).toBe(metric);
  });

  it('a per-share figure not restating a whole amount is compared as a per-share figure', () => {
    const t = 'Kestrel now expects revenue of $48 billion and sees adjusted earnings of $9.80 per share, compared with a consensus estimate of $8.95.';
    expect(aboutOf(t, '$8.95', '2027-11-02').metric.category).toBe('eps');
  });

  it('the comparison period after the restatement does not carry to the next sentence', () => {
    expect(aboutOf(text, '$140 million', '2027-11-02').period).toMatchObject({ start: '2027-07-05', end: '2027-10-03' });
  });
});

describe('"on top of" names what a change adds to', () => {
  it('a period after it is the comparison figure\'s, not the later figures\'', () => {
    const text = 'Fourth-quarter comparable sales at Harlow Outfitters rose 3.1%, on top of 4.4% last year, and revenue was $2.2 billion.';
    expect(aboutOf(text, '$2.2 billion', '2027-03-04').period).toMatchObject({ start: '2026-10-01', end: '2026-12-31' });
  });
});

describe('a percentage listed after a change\'s amount, past the words of its basis', () => {
  it.each([
    ['Revenue rose 9.2% year-on-year and 2.6% quarter-on-quarter.', '2.6%', 'revenue', 'up'],
    ['Sales had an increase of 5.2% as reported and 6.3% at constant currency.', '6.3%', 'revenue', 'up'],
    ['Margins fell 40 basis points sequentially and 90 basis points year-over-year.', '90 basis points', 'margin', 'down'],
  ] as const)('%s → %s is %s, %s', (text, figure, metric, direction) => {
    const a = aboutOf(text, figure);
    expect(a.metric.category).toBe(metric);
    expect(a.direction).toBe(direction);
  });
});

describe('"in the quarter" later in the clause', () => {
  it('names the latest quarter, also from an earlier paragraph', () => {
    const text = 'Corliss Software delivered a strong third quarter.\n\nWe generated $410 million in free cash flow in the quarter, a record.';
    expect(aboutOf(text, '$410 million', '2027-10-28').period).toMatchObject({ start: '2027-07-01', end: '2027-09-30', basis: 'anaphora' });
  });
});

describe('a hedge between "up"/"down" and its amount', () => {
  it.each([
    ['Revenue was $5 billion, down about 4%.', '4%', 'down', 'revenue'],
    ['Revenue came in at $5 billion, up something like 6% sequentially.', '6%', 'up', 'revenue'],
    ['Operating profit was $700 million, up nearly 11%.', '11%', 'up', 'profit'],
  ] as const)('%s → %s %s', (text, figure, direction, metric) => {
    const a = aboutOf(text, figure);
    expect(a.direction).toBe(direction);
    expect(a.metric.category).toBe(metric);
  });

  it.each([
    // "up to" is a ceiling, not a hedge
    'Costs rose, up to 5%.',
    // the particle of another verb
    'Foreign funds make up about 10% of the register.',
  ])('no change: %s', (text) => {
    expect(aboutOf(text, text.includes('10%') ? '10%' : '5%').direction).toBeUndefined();
  });
});
