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
