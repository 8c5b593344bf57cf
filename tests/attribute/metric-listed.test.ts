import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// Figures listed together ("18.3% and 21.0%") measure the same; a percentage restating an
// amount (", or 16.5%") is of the amount's measure.
describe('a figure listed right after another shares its metric', () => {
  it.each([
    ['The effective tax rate was 19.1% and 22.4% in the two years, respectively.', '22.4%', 'tax'],
    ['Net sales were $812 million and $774 million for 2023 and 2022.', '$774 million', 'revenue'],
    ['Revenue reached $2.41 billion, an increase of $215 million, or 9.8%.', '9.8%', 'revenue'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });

  it.each([
    ['Profit includes tax credits of 40,000 dlrs in the quarter and 95,000 dlrs in the year.', '95,000 dlrs', 'tax', undefined],
    ['Charges were $3 million vs $1 million in quarter and $8 million vs $2 million in year.', '$8 million', 'cost', undefined],
    ['Store sales rose 2.1% in the third quarter and 3.4% in the fourth quarter.', '3.4%', 'revenue', 'up'],
    ['Exports fell 4% in 2024 and 6% in 2023.', '6%', 'other', 'down'],
  ] as const)('past the first one\'s period: %s → %s is %s', (text, figure, metric, direction) => {
    const about = aboutOf(text, figure);
    expect(about.metric?.category).toBe(metric);
    expect(about.direction).toBe(direction);
  });

  it('not across a word other than "and" or "or"', () => {
    expect(aboutOf('The tax rate was 19.1%, with 4% of staff in Ireland.', '4%').metric?.category).toBe('other');
  });
});

describe('interest a debt bears is a rate', () => {
  it.each([
    ['The notes bear interest at 5.125% per annum.', '5.125%'],
    ['The loan bears interest at 7.2%, payable quarterly.', '7.2%'],
    ['Borrowings accrue interest at 6.4%.', '6.4%'],
  ] as const)('%s → %s is a rate', (text, figure) => {
    expect(aboutOf(text, figure).metric?.category).toBe('rate');
  });
});
