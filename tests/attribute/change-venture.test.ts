import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('changes in startup and market news', () => {
  it.each([
    // The measure between the figure and its change noun.
    ['Corvel posts 38% revenue growth as hospitals sign up', '38%', 'up', 'revenue'],
    ['Delivery app takes 45% valuation cut in new round', '45%', 'down', 'market-value'],
    ['The retailer reported a 6% sales decline in the quarter.', '6%', 'down', 'revenue'],
    // Jobs cut, restated as a share of the workforce.
    ['Brightloop will cut about 120 jobs, or 9% of its workforce, by June.', '9%', 'down', undefined],
    // (Also with a hedge after "or".)
    ['Pallory will shed 350 jobs, or roughly 18% of its staff, and close two offices.', '18%', 'down', undefined],
    ['The index lost 41 points, or about 2.2%, by the close.', '2.2%', 'down', undefined],
    // Value wiped off, a stake marked down, a haircut.
    ['The slump wiped $4.1 billion off its market value.', '$4.1 billion', 'down', 'market-value'],
    ['Orland Fund has marked down its stake in the startup by 40%.', '40%', 'down', 'stake'],
    ['Backers accepted a 30% haircut on the valuation.', '30%', 'down', undefined],
  ] as const)('%s → %s moved %s', (text, figure, direction, category) => {
    const about = aboutOf(text, figure);
    expect(about.direction).toBe(direction);
    if (category) expect(about.metric.category).toBe(category);
  });

  it('a first name that begins a phrase elsewhere ("Mark") is still a name', () => {
    expect(aboutOf('Mark Rowley said revenue at Fenwick Tools rose 4% last year.', '4%').subject?.name).toBe('Fenwick Tools');
  });
});

// "priced between $14 and $16 each, raising as much as $480 million": money raised past a hedge
// or "up to" is no change of the price range before it (attribute/change.ts).
describe('money raised past a hedge moves no figure before it', () => {
  it.each([
    ['The IPO is expected to price between $14 and $16 each, raising as much as $480 million.', 'between $14 and $16'],
    ['The IPO is expected to price at $14 to $16 a share, raising up to $480 million.', '$14 to $16'],
  ] as const)('%s → %s has no direction', (text, figure) => {
    expect(aboutOf(text, figure).direction).toBeUndefined();
  });
  it('a raise to a new level still moves up', () => {
    expect(aboutOf('Starling raised its offer to $18 a share from $16.', '$18').direction).toBe('up');
  });
});
