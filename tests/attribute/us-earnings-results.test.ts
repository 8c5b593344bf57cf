/**
 * US earnings coverage: share moves after results, what analysts expected, and levels written
 * before a change with a per-share restatement and a period between. Sentences written for
 * this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a share move after results is the day of the story, not the quarter reported', () => {
  it.each([
    // The quarter ended on a week calendar's day (13 weeks, not three whole months) is over before the day.
    ['Quillfield Devices on Thursday reported fiscal first-quarter revenue of $98.1 billion. It earned $1.90 a share in the quarter ended Dec. 27. Shares rose 3% in extended trading.',
      '2027-01-28', '3%', '2027-01-28'],
    // A move told as the effect of a forecast is the day's, though its clause follows the forecast.
    ['Lanthorn Software forecast third-quarter revenue below estimates on Wednesday, sending its shares down 6% in extended trading.',
      '2026-08-26', '6%', '2026-08-26'],
    // The day written after the session the move was in.
    ['Brambleton Roasters shares rose 8% in after-hours trading Thursday after the chain reported quarterly results.',
      '2026-11-05', '8%', '2026-11-05'],
  ] as const)('%#: %s → %s', (text, ref, figure, day) => {
    const a = aboutOf(text, figure, ref);
    expect(a.metric.category).toBe('price');
    expect([a.period?.start, a.period?.end]).toEqual([day, day]);
  });
});

describe('what analysts polled by a data firm expected is of the measure before it', () => {
  it.each([
    ['On an adjusted basis, Tollgate Foods earned 64 cents a share, short of the 70 cents analysts polled by LSEG had expected.', '70 cents', 'eps'],
    ['Core EPS of $1.41 topped the $1.36 analysts surveyed by FactSet had expected.', '$1.36', 'eps'],
    ['Net sales slipped 2% to $612.5 million, in line with the $610.2 million analysts polled by Visible Alpha expected.', '$610.2 million', 'revenue'],
  ] as const)('%#: %s → %s', (text, figure, metric) => {
    const a = aboutOf(text, figure, '2026-04-23');
    expect(a.metric.category).toBe(metric);
  });

  it('takes the period of the result it is set against', () => {
    const a = aboutOf('In the first quarter, Tollgate Foods earned 64 cents a share, short of the 70 cents analysts polled by LSEG had expected.', '70 cents', '2026-04-23');
    expect([a.metric.category, a.period?.start, a.period?.end]).toEqual(['eps', '2026-01-01', '2026-03-31']);
  });
});

describe('a level before a change, past its per-share restatement and a period set off by commas', () => {
  it.each([
    ['Harrowfield Bank posted third-quarter profit of $4.1 billion, or $1.52 per share, on Tuesday, down 8% from $4.5 billion a year ago.', '2026-10-13', { '$4.1 billion': ['profit', 'down'], '$1.52': ['eps', 'down'], '8%': ['profit', 'down'], '$4.5 billion': ['profit', undefined] }],
    ['Kestrel Rail earned $1.2 billion, or $2.05 a share, in the three months ended March 31, up from $1.1 billion, or $1.84 a share, a year earlier.', '2026-04-24', { '$1.2 billion': ['profit', 'up'], '$2.05': ['eps', 'up'], '$1.1 billion': ['profit', undefined] }],
  ] as const)('%#: %s', (text, ref, want) => {
    for (const [figure, [metric, direction]] of Object.entries(want)) {
      const a = aboutOf(text, figure, ref);
      expect([figure, a.metric.category, a.direction]).toEqual([figure, metric, direction]);
    }
  });
});
