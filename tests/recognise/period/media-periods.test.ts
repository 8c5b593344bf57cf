import { describe, expect, it } from 'vitest';
import { periods, spannedTable } from './helpers';

// Sentences written for these tests.
describe('a period a level is held against ("unchanged from last year") is no antecedent of "the full year"', () => {
  spannedTable([
    ['Half-year profit fell 8%. The interim dividend of 2.1p is unchanged from last year, and the group sees £40m of savings in the full year.', '2025-08-01', [
      ['last year', 73, 82, '2024-01-01', '2024-12-31'], ['full year', 126, 135, '2025-01-01', '2025-12-31']]],
    ['Subscriber numbers were flat on last year; the broadcaster expects growth over the full year.', '2025-03-10', [
      ['last year', 32, 41, '2024-01-01', '2024-12-31'], ['full year', 83, 92, '2025-01-01', '2025-12-31']]],
  ]);
});

describe('a weekday written as a kind of day after "a" ("a Sunday-night package") is no date', () => {
  it.each([
    ['The streamer bought a Sunday-night package of games for $900 million a year.'],
    ['The network kept a Monday-evening slot for the highlights show.'],
  ])('%s', (text) => {
    expect(periods(text, '2025-03-19')).toEqual([]);
  });
  it('"a Friday close of 2.32" is last Friday', () => {
    expect(periods('The shares rose to a Friday close of 2.32 dlrs.', '2025-03-19').map((f) => [f.text, f.start])).toEqual([['Friday', '2025-03-14']]);
  });
  it('"on Friday" is still a day', () => {
    expect(periods('The studio reported results on Friday.', '2025-03-19').map((f) => [f.text, f.start])).toEqual([['Friday', '2025-03-14']]);
  });
});
