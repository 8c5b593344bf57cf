import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// "down about 8%", "up more than 30%": a word of size between "up"/"down"/"off" and the amount
// leaves it the amount of the change; after a verb the particle is a phrasal verb's.
describe('"up"/"down" with a hedge before the amount', () => {
  it.each([
    ['Operators will spend $40 billion on capex this year, down about 8% from 2025.', '8%', 'down'],
    ['Orders at Pellow reached $3 billion, up more than 30% on the year.', '30%', 'up'],
    ['Brisk Foods earnings were off about 4% in the quarter.', '4%', 'down'],
    ['Nickel closed at $16,100 a tonne, up around $70 from Friday.', '$70', 'up'],
  ] as const)('%s → %s %s', (text, figure, direction) => {
    expect(aboutOf(text, figure).direction).toBe(direction);
  });

  it.each([
    ['Engineers make up about 6% of the workforce.', '6%'],
    ['The government will draw down some $11 billion of reserves.', '$11 billion'],
  ] as const)('%s → %s has no direction', (text, figure) => {
    expect(aboutOf(text, figure).direction).toBeUndefined();
  });
});

// Market reports: where a price settled or closed against the session before.
describe('"settled down", "closed higher": a close against the day before', () => {
  it.each([
    ['March cocoa settled down 41 dollars at $7,210 a tonne.', '41 dollars', 'down'],
    ['Arabica settled up 2.1 cents, or 0.7 per cent, at $2.98 per lb.', '0.7 per cent', 'up'],
    ['Kelby shares closed higher at 214p.', '214p', 'up'],
    ['Soyoil futures finished lower at 51.20 cents a pound.', '51.20 cents', 'down'],
    // An index move in points restated as a percentage after "or".
    ['The freight index slid 41 points, or 2.3%, to 1,712.', '2.3%', 'down'],
    ['The share index had climbed 88.4 points or 3.1 pct to a record.', '3.1 pct', 'up'],
    // An amount, then "to" and the new level, after a verb that otherwise needs a marker.
    ['Heating oil lost 2.4 cents to 61.80 cents a gallon.', '2.4 cents', 'down'],
    ['The posted price for the light grade was raised 50 cts to 21.35 dlrs.', '50 cts', 'up'],
  ] as const)('%s → %s %s', (text, figure, direction) => {
    expect(aboutOf(text, figure).direction).toBe(direction);
  });
});
