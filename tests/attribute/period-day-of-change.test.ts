/**
 * A day after "on" right after the target or base of a change ("to 0.5% from 0.25% on Friday",
 * "by 25 basis points to 5.25% on Friday") is when the change was made (attribute/period.ts):
 * the amount and target take it, the base does not. Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

const REF = '2025-12-06';

describe('a day after a change\'s base or target is the change\'s', () => {
  it.each([
    ['The central bank raised its policy rate to 1.25% from 1% on Friday.', '1.25%'],
    ['The Bank of Valdoria cut its key rate by 25 basis points to 4.5% on Friday and raised its growth forecast for 2026 to 3.1%.', '25 basis points'],
    ['Kestrel shares firmed to 412p from 380p on Friday.', '412p'],
  ] as const)('%s → %s on Friday', (text, figure) => {
    const p = aboutOf(text, figure, REF).period;
    expect([p?.start, p?.end]).toEqual(['2025-12-05', '2025-12-05']);
  });

  it('the base keeps no day of its own', () => {
    expect(aboutOf('The central bank raised its policy rate to 1.25% from 1% on Friday.', '1%', REF).period).toBeUndefined();
  });

  it('the base of a revised forecast takes the forecast\'s year, not the day it was cut', () => {
    const p = aboutOf('The Fund cut its 2026 growth forecast for Valdoria to 2.1% from 2.6% on Tuesday.', '2.6%', REF).period;
    expect([p?.start, p?.end]).toEqual(['2026-01-01', '2026-12-31']);
  });

  it('not when the clause names the target\'s own day before', () => {
    const text = 'On Thursday, reserve holdings fell to 41.2 billion crowns from 43.0 billion on Wednesday.';
    expect(aboutOf(text, '41.2 billion crowns', REF).period?.start).not.toBe('2025-12-03');
    const base = aboutOf(text, '43.0 billion', REF).period;
    expect([base?.start, base?.end]).toEqual(['2025-12-03', '2025-12-03']);
  });

  it('not for a result, whose day after "on" is when it was told', () => {
    expect(aboutOf('Acme raised its profit forecast to 1.1 trillion yen from 1 trillion yen on Friday.', '1.1 trillion yen', REF).period?.start).not.toBe('2025-12-05');
  });
});

// A yield or exchange rate that moved, in a story whose lead and dateline name the day, moved on that day.
describe('a yield or currency move takes the story\'s day', () => {
  it.each([
    ['The yield on the 10-year note rose 4 basis points to 4.12%.', '4 basis points'],
    ['The yield on the 10-year note rose 4 basis points to 4.12%.', '4.12%'],
  ] as const)('%s → %s', (sentence, figure) => {
    const text = `OSLO, Dec 5 (Wire) - Norway's central bank held its policy rate at 4% on Friday. ${sentence}`;
    const p = aboutOf(text, figure, REF).period;
    expect([p?.start, p?.end]).toEqual(['2025-12-05', '2025-12-05']);
  });
});

// A yield a valuation gives is a result of the period reported, not a market's move on the day.
describe('a valuation\'s yield takes no story day', () => {
  it('"the equivalent yield moved out by 10 basis points"', () => {
    const text = 'LONDON, Dec 5 (Wire) - Harcourt Land reported full-year results on Friday. The equivalent yield moved out by 10 basis points to 5.8%.';
    expect(aboutOf(text, '10 basis points', REF).period?.start).not.toBe('2025-12-05');
  });
});
