/**
 * "Gold futures for April delivery eased 0.3%": the contract's month between the good and its
 * move (lexicon/periods.ts CONTRACT_TERM_WORDS, attribute/metric.ts) is passed over, so the
 * good's price is still the metric and the month is not the move's period. Sentences written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a commodity, its contract month, then its move', () => {
  it.each([
    ['Gold futures for April delivery eased 0.3% to $2,931.50.', '0.3%', 'down'],
    ['Gold futures for April delivery eased 0.3% to $2,931.50.', '$2,931.50', 'down'],
    ['Copper futures for May delivery rose 1.2%.', '1.2%', 'up'],
    ['Brent futures for December settlement fell 0.8%.', '0.8%', 'down'],
  ] as const)('%s → %s is a price', (text, figure, direction) => {
    const a = aboutOf(text, figure, '2026-02-05');
    expect(a.metric?.category).toBe('price');
    expect(a.direction).toBe(direction);
    expect(a.period).toBeUndefined();
  });

  // A month after "for" with no contract word after it is not passed over.
  it('Sales for April rose 4% → not the price of a good', () => {
    expect(aboutOf('Sales for April rose 4%.', '4%', '2026-05-05').metric?.category).not.toBe('price');
  });
});

describe('an amount per unit of a good whose measure words come only after it is its price (metric.ts)', () => {
  it.each([
    ['Indian refiners paid about $1,095 a tonne, including cost, insurance and freight.', '$1,095'],
    ['The cargo was sold at $236 a tonne cost and freight.', '$236'],
  ] as const)('%s → %s is a price', (text, figure) => {
    expect(aboutOf(text, figure, '2026-08-11').metric?.category).toBe('price');
  });

  // With the cost cue before the figure, it stays a cost.
  it('Cash costs at the mine were $18 a tonne → cost', () => {
    expect(aboutOf('Cash costs at the mine were $18 a tonne.', '$18', '2026-08-11').metric?.category).toBe('cost');
  });
});

describe('a tax or duty "on" a good names the measure, not the good\'s price (metric.ts, rateOn)', () => {
  it.each([
    ['The government cut the import duty on crude palm oil to 10% from 20%.', '10%'],
    ['The government cut the import duty on crude palm oil to 10% from 20%.', '20%'],
    ['Argentina raised the export tax on soybean oil to 26%.', '26%'],
  ] as const)('%s → %s is a tax', (text, figure) => {
    expect(aboutOf(text, figure, '2026-08-11').metric?.category).toBe('tax');
  });

  // With no tax word before "on", the good's price stays.
  it('The price of crude oil rose 10% → price', () => {
    expect(aboutOf('The price of crude oil rose 10%.', '10%', '2026-08-11').metric?.category).toBe('price');
  });
});
