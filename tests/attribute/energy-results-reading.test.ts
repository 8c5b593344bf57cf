/**
 * Readings of energy results stories (attribute/index.ts, subject.ts, entities.ts): a share move
 * in a story whose lead names no weekday is of its dateline's day, the price a company realised
 * for a good is its own, and a commodity written in capitals owns nothing. Sentences written for
 * this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

const span = (about: { period?: { start: string; end: string } }): string | undefined => about.period && `${about.period.start}..${about.period.end}`;

describe("a share move is of the dateline's day when the lead names no weekday", () => {
  const story = (dateline: string): string =>
    `${dateline} – Brolga Resources said first-half underlying profit fell 9% to A$610 million.\n\nBrolga shares closed 3.2% lower at A$11.40.`;

  it.each([
    ['DARWIN, March 3', '3.2%', '2025-03-03..2025-03-03'],
    ['DARWIN, March 3', 'A$11.40', '2025-03-03..2025-03-03'],
    // (A dateline day a few days before the reference date is still the story's day.)
    ['DARWIN, Feb 28', '3.2%', '2025-02-28..2025-02-28'],
  ] as const)('%s: %s → %s', (dateline, figure, period) => {
    expect(span(aboutOf(story(dateline), figure, '2025-03-03'))).toBe(period);
  });

  it('the results keep their own period, and a dateline more than a week old dates nothing', () => {
    expect(span(aboutOf(story('DARWIN, March 3'), 'A$610 million', '2025-03-03'))).toBe('2025-01-01..2025-06-30');
    expect(aboutOf(story('DARWIN, Feb 10'), '3.2%', '2025-03-03').period).toBeUndefined();
  });
});

describe('the price a company realised for a good is its own', () => {
  it.each([
    ['Brolga Resources said net profit fell 9%, as realised LNG prices dropped 14% to US$9.80 per million British thermal units.', '14%', 'Brolga Resources'],
    ['Harlow Petroleum said output slipped and its realised gas price dropped 21% to 71 pence per therm.', '71 pence', 'Harlow Petroleum'],
    // (The name's last word, a commodity, is left out of it: "Tamsin".)
    ['Tamsin Oil said its average realised oil price fell 8% to $68.10 a barrel.', '8%', 'Tamsin'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    const about = aboutOf(text, figure, '2025-03-03');
    expect(about.metric.category).toBe('price');
    expect(about.subject?.name).toBe(subject);
  });

  it("the market's price stays the good's", () => {
    expect(aboutOf('Asian spot LNG prices rose 4% to $11.20 per mmBtu this week.', '4%', '2025-03-03').subject?.name).toBe('LNG');
    expect(aboutOf('Brent crude rose 2% to $81.40 a barrel.', '2%', '2025-03-03').subject?.name).toBe('Brent');
  });
});

describe('a commodity written in capitals owns nothing', () => {
  it('"LNG imports by Japan" are Japan\'s, the end of a name included', () => {
    expect(aboutOf('LNG imports by Japan rose 5% in March, the trade ministry said.', '5%', '2025-04-20').subject?.name).not.toBe('LNG');
    expect(aboutOf('Pelican Bay LNG reported revenue of $2.1 billion for the year.', '$2.1 billion', '2025-04-20').subject?.name).toBe('Pelican Bay');
  });
});
