import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// A second percentage listed after a change's amount with its verb left out moves the same
// way: "grew 12.4% year-on-year and 3.1% sequentially", "revenue grew 14% and operating
// profit 31%", "fell 18% and 11% respectively".
describe('a percentage after "and", its change verb left out, shares the direction', () => {
  it.each([
    ['Revenue at Taverly grew 12.4% year-on-year and 3.1% sequentially.', '3.1%', 'up', 'revenue'],
    ['Sequentially, Taverly revenue grew 14% and operating profit 31%.', '31%', 'up', 'profit'],
    ['Orders at the two units fell 18% and 11%, respectively.', '11%', 'down', undefined],
    ['Quellar sales dropped 6.2% quarter-on-quarter, and 2.5% on the year.', '2.5%', 'down', 'revenue'],
  ] as const)('%s → %s %s', (text, figure, direction, metric) => {
    const a = aboutOf(text, figure);
    expect(a.direction).toBe(direction);
    if (metric) expect(a.metric?.category).toBe(metric);
  });

  it.each([
    // a verb of its own after "and", or a level that is no amount of a change
    ['Taverly revenue grew 14% and its margin was 31%.', '31%'],
    ['Taverly owns 14% of Brel and 31% of Ostin.', '31%'],
  ] as const)('%s → %s has no direction', (text, figure) => {
    expect(aboutOf(text, figure).direction).toBeUndefined();
  });
});
