/**
 * A season told relative to now right after a figure ("would top €1bn next season", "lost
 * £120m last season") is the figure's own period, which no calendar fixes: `about.period` is
 * left out rather than taken from an earlier period of the sentence (attribute/index.ts,
 * lexicon RELATIVE_SEASON_AFTER). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

const REF = '2025-09-05';

describe('a figure of next, last or this season takes no other period', () => {
  it.each([
    ['The club lost €56m for the 12 months to June 30 and said revenue would top €1bn next season.', '€1bn', 'revenue'],
    ['Revenue in 2024 rose 5% to $90m and should climb 10% this season.', '10%', 'revenue'],
    ['Turnover for 2024 was £410m, against losses of £35m last season.', '£35m', 'loss'],
  ] as const)('%s → %s', (text, figure, metric) => {
    const about = aboutOf(text, figure, REF);
    expect(about.metric.category).toBe(metric);
    expect(about.period).toBeUndefined();
  });

  it.each([
    // The figures before it keep their own.
    ['The club lost €56m for the 12 months to June 30 and said revenue would top €1bn next season.', '€56m', '2024-07-01', '2025-06-30'],
    // "the previous season" refers back and is read.
    ['In 2024 the club lost £120m, and £80m in the previous season.', '£80m', '2023-01-01', '2023-12-31'],
  ] as const)('%s → %s keeps its period', (text, figure, start, end) => {
    const about = aboutOf(text, figure, REF);
    expect(about.period?.start).toBe(start);
    expect(about.period?.end).toBe(end);
  });
});
