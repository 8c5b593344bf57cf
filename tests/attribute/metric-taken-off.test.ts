/**
 * "wiped €1.1bn off its operating income" (attribute/metric.ts, ofCue): after a verb of taking
 * away, "off" names what the amount was taken from, as "to" does after "add". Sentences written
 * for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('"off" after a verb of taking away names the measure', () => {
  it.each([
    ['Norcastle Foods Group said on Tuesday that U.S. levies had wiped 40 million euros off its operating profit.', '40 million euros', 'profit', 'Norcastle Foods Group'],
    ['Harlow Cement said that Mexican tariffs shaved $25 million off its second-quarter net income.', '$25 million', 'profit', 'Harlow Cement'],
    ['The strike knocked $12 million off quarterly revenue at Brisco Mills.', '$12 million', 'revenue', 'Brisco Mills'],
    // a word of how the measure is counted between "off" and it; a currency that did it owns nothing
    ['Turnover at Pellworth Brands fell 2% as the strong franc knocked 4.1% off reported sales.', '4.1%', 'revenue', 'Pellworth Brands'],
  ] as const)('%s → %s', (text, figure, metric, subject) => {
    const a = aboutOf(text, figure, '2026-08-10');
    expect(a.metric?.category).toBe(metric);
    if (subject) expect(a.subject?.name).toBe(subject);
  });

  it('a period between "its" and the measure leaves "its" the owner', () => {
    const a = aboutOf('Harlow Cement said that Mexican tariffs shaved $25 million off its second-quarter net income.', '$25 million', '2026-08-10');
    expect(a.subject?.basis).toBe('pronoun');
    expect([a.period?.start, a.period?.end]).toEqual(['2026-04-01', '2026-06-30']);
  });
});

describe('"shave … off" moves the measure down', () => {
  it.each([
    ['Orrin Pharma said the strong franc would shave about CHF 90 million off sales in the second half.', 'CHF 90 million'],
    ['Higher energy costs shaved 1.5% off operating profit at Lindell Paper.', '1.5%'],
  ] as const)('%s → %s is down', (text, figure) => {
    const a = aboutOf(text, figure, '2026-08-10');
    expect(a.direction).toBe('down');
  });
});
