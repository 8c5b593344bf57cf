/**
 * Sport's units after "a": "£60 million a season", "$2m a game", "£40 a match" price the amount
 * per unit as "per season" already did (recognise/money/read-parts.ts `readPer`); "a season
 * earlier" is a comparison, not a rate. Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { extract, type MoneyFigure } from '../../../src/index';

const money = (text: string): Array<[string, string | null, string, string | undefined, number, number]> =>
  extract(text, { kinds: ['money'], referenceDate: '2025-09-05' })
    .map((f) => f as MoneyFigure)
    .map((f) => [f.text, f.currency, f.amountExact, f.per, f.span.start, f.span.end]);

describe('money a season, a game or a match is per that unit', () => {
  it.each([
    ['The shirt sponsor pays £60 million a season under the new deal.', [['£60 million', 'GBP', '60000000', 'season', 23, 34]]],
    ['The streamer will pay $1.8 billion a season for the rights.', [['$1.8 billion', 'USD', '1800000000', 'season', 22, 34]]],
    ['He earns $2m a game and $30m a season.', [['$2m', 'USD', '2000000', 'game', 9, 12], ['$30m', 'USD', '30000000', 'season', 24, 28]]],
    ['Standing tickets cost €18 a match for students.', [['€18', 'EUR', '18', 'match', 22, 25]]],
    // The unit spelled with "per" read so before, and still does.
    ['Under the extension he will make $55 million per season.', [['$55 million', 'USD', '55000000', 'season', 33, 44]]],
  ] as const)('%s', (text, expected) => {
    expect(money(text)).toEqual(expected);
  });

  it.each([
    // "a season earlier", like "a year earlier", is when, not per what.
    ['Wages rose to £313m from £290m a season earlier.', [['£313m', 'GBP', '313000000', undefined, 14, 19], ['£290m', 'GBP', '290000000', undefined, 25, 30]]],
    // An article before another noun prices nothing.
    ['The club spent £5m a summer ago on a new pitch.', [['£5m', 'GBP', '5000000', undefined, 15, 18]]],
  ] as const)('%s', (text, expected) => {
    expect(money(text)).toEqual(expected);
  });
});
