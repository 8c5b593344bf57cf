/**
 * A percentage listed after a change's amount past the words of its currency basis is another
 * amount of that change (attribute/clause.ts BASIS_WORDS). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a change measured at constant currency and as reported', () => {
  it.each([
    ['Harwick Pharma said sales rose 9% at constant exchange rates and 6% reported.', '6%', 'revenue', 'up'],
    ['Tolland Services said revenue grew 3.2% sequentially in constant currency and 5.1% year-on-year.', '5.1%', 'revenue', 'up'],
    ['Merrow Brands said sales fell 2% at CER and 4% in reported terms.', '4%', 'revenue', 'down'],
    ['Ostlund Foods said sales were up 5% on an organic basis and 3% reported.', '3%', 'revenue', 'up'],
    // the first figure's basis written before "and": in words of reporting or in a currency
    ['Revenue at Tarn Industri was SEK 9.1 billion, up 4 per cent in reported terms and 6 per cent at constant currency.', '6 per cent', 'revenue', 'up'],
    ['Kessler Pharma said sales rose 5% in Swiss francs and 8% at constant currencies.', '8%', 'revenue', 'up'],
    ['Garnet Brands said sales fell 3% in sterling and 1% in local currencies.', '1%', 'revenue', 'down'],
  ] as const)('%s → %s', (text, figure, metric, direction) => {
    const about = aboutOf(text, figure);
    expect(about.metric.category).toBe(metric);
    expect(about.direction).toBe(direction);
  });
});

describe('a share of revenue restating an amount measures what the amount does', () => {
  it.each([
    ['Capital expenditure at Dunmore Telecom was £640 million, or 15.2% of revenue.', '15.2%', 'cost'],
    ['Research and development costs were $2.1 billion, or 14% of sales.', '14%', 'cost'],
  ] as const)('%s → %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric.category).toBe(metric);
  });

  it('leaves a share of revenue after revenue alone', () => {
    expect(aboutOf('Online sales were $900 million, or 30% of revenue.', '30%').metric.category).toBe('revenue');
  });
});

describe('an amount of one currency to another\'s unit is an exchange rate', () => {
  it.each([
    ['Tamaki Motors assumes ¥148 to the U.S. dollar for the second half.', '¥148'],
    ['Results were translated at 1,450 won to the dollar.', '1,450 won'],
    ['The budget assumes 7.2 yuan per dollar.', '7.2 yuan'],
  ] as const)('%s → %s is a rate', (text, figure) => {
    expect(aboutOf(text, figure).metric.category).toBe('rate');
  });

  it('leaves a recovery "on the dollar" alone', () => {
    expect(aboutOf('Bondholders of Carrow Mills will recover 42 cents on the dollar.', '42 cents').metric.category).not.toBe('rate');
  });
});
