import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a clause of effect after a comma names another measure', () => {
  it.each([
    ['Nickel prices averaged $8.10 a pound, 9% higher than a year before, lifting quarterly revenue by 4%.', '9%', 'price'],
    // (Freight rates are the price of moving goods, not an interest or exchange rate.)
    ['Freight rates fell 12%, pushing margins lower.', '12%', 'price'],
    ['Output dropped 6%, denting sales in the region.', '6%', 'other'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});

describe('annualised growth is a rate', () => {
  it.each([
    ['Economists had forecast annualised growth of 0.9% for Ruritania.', '0.9%'],
    ['The money supply grew at an annualized rate of 6.5% in May.', '6.5%'],
  ] as const)('%s → %s is a rate', (text, figure) => {
    expect(aboutOf(text, figure).metric?.category).toBe('rate');
  });
});

describe("a country's growth is its economy's", () => {
  it.each([
    ['Portugal grew faster than expected. That was equivalent to quarter-on-quarter growth of 0.4%.', '0.4%', 'rate'],
    ['Argentina is aiming at 4% growth next year.', '4%', 'rate'],
    ['Germany posted a 0.2% contraction in the first quarter.', '0.2%', 'rate'],
    // Its growth that moves: "Growth slowed to 4.5%".
    ['Vietnam\'s economy grew 6% last year. Growth slowed to 5.1% in the fourth quarter from 5.6% in the third.', '5.1%', 'rate'],
    ['Vietnam\'s economy grew 6% last year. Growth slowed to 5.1% in the fourth quarter from 5.6% in the third.', '5.6%', 'rate'],
    // A company's growth is not.
    ['Orsolo is aiming at 4% growth next year.', '4%', 'other'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});

describe('an amount added to or taken off a measure is of that measure, and moves it', () => {
  it.each([
    ['A weaker won added about 410 billion won to Hanmo\'s operating profit in the quarter.', '410 billion won', 'profit', 'up'],
    ['Higher payroll taxes will add around £52 million to Brindle\'s costs next year.', '£52 million', 'cost', 'up'],
    ['The stronger franc wiped nearly 300 million francs off Vauclair\'s sales.', '300 million francs', 'revenue', 'down'],
  ] as const)('%s → %s is %s, %s', (text, figure, metric, direction) => {
    const about = aboutOf(text, figure, '2025-11-20');
    expect(about.metric?.category).toBe(metric);
    expect(about.direction).toBe(direction);
  });

  it('with no measure named after "off", not what took it off: the figure before says what moved', () => {
    const about = aboutOf('Orlan said sales rose 3% in the half, with the stronger franc shaving about 2.5 percentage points off reported growth.', '2.5 percentage points', '2025-11-20');
    expect(about.metric?.category).toBe('revenue');
    expect(about.direction).toBe('down');
  });

  it('"added" alone names no move', () => {
    expect(aboutOf('Nerwin added $5 million in fees in the quarter.', '$5 million', '2025-11-20').direction).toBeUndefined();
  });
});

describe('a cause after a comma, past a word of degree, names no measure of the figure', () => {
  it('"an increase of $31.2 million, mainly due to higher net income" is of the cash before it', () => {
    const text = 'Cash from operations was $288.5 million for the half, an increase of $31.2 million, mainly due to higher net income.';
    expect(aboutOf(text, '$31.2 million', '2025-08-01').metric?.category).toBe('cash');
  });
});
