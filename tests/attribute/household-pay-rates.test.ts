/**
 * Household money in attribution: pay and benefits told per hour, week, month or year
 * (attribute/metric.ts PAY_WORDS), one worker's pay and a household's income (lexicon/metrics.ts
 * other.pay), rate moves written as spelled fractions of a point
 * (attribute/shared.ts fractionOfPoint), money owed (lexicon/metrics.ts debt.borrow),
 * households' taxes and income tax bands by name, council tax bands (lexicon/measure-
 * abbreviations.ts) and pay nouns of change (lexicon/change-verbs.ts). Sentences written for
 * this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('metric', () => {
  it.each([
    // Pay and benefits per unit of time, with a word of pay before them in the clause.
    ['Warehouse staff now earn a minimum of $19 an hour.', '$19', 'other'],
    ['The statewide minimum wage will rise to $16.90 an hour.', '$16.90', 'other'],
    ['The increase lifts the average retirement benefit by about $52 a month.', '$52', 'other'],
    ['Her pension comes to £230 a week.', '£230', 'other'],
    // Not: what a customer pays per month or per hour is a price, or the cost named.
    ['Subscribers pay $9.99 a month for the service.', '$9.99', 'price'],
    ['Parking in the centre costs £4 an hour.', '£4', 'cost'],
    ['Rent on a two-bedroom flat is $2,400 a month.', '$2,400', 'price'],
    // One worker's pay and a household's income are no company's cost or profit.
    ['Average weekly wages rose to £730.', '£730', 'other'],
    ['Top hourly wages will rise to $31.50 under the contract.', '$31.50', 'other'],
    ['Unions rejected a 5% pay offer.', '5%', 'other'],
    ['The median household income was $80,610 in 2023.', '$80,610', 'other'],
    ['Real disposable income fell 1.2% last year.', '1.2%', 'other'],
    // Not: a payroll is a cost, a company's income its profit.
    ['Player wages totalled €573 million.', '€573 million', 'cost'],
    ["The retailer's wage bill rose 8% to £2.1bn.", '£2.1bn', 'cost'],
    ['Net income rose to $80 million.', '$80 million', 'profit'],
    // A rate move written as a spelled fraction of a point, with no measure named.
    ['The Federal Reserve delivered a quarter-point cut in September.', 'quarter-point', 'rate'],
    ['Traders now expect a half-point hike from the central bank.', 'half-point', 'rate'],
    ['Markets are betting on another quarter of a percentage point in December.', 'quarter of a percentage point', 'rate'],
    // Not: a measure named keeps its own metric.
    ['Its operating margin narrowed by half a point.', 'half a point', 'margin'],
    // Money owed, the verb right before it.
    ['Households owed $1.2 trillion on their credit cards.', '$1.2 trillion', 'debt'],
    ['The developer owes some £40 million to its lenders.', '£40 million', 'debt'],
    // Households' own taxes and income tax bands by name.
    ['Council tax rose 5% to £2,280.', '5%', 'tax'],
    ['Stamp duty on the average home is £4,500.', '£4,500', 'tax'],
    ['Savers pay the 20% basic rate on interest above their allowance.', '20%', 'tax'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});

describe('subject', () => {
  it.each([
    // A council tax band is no owner.
    ['In England council tax rose by 5.2% to £2,280 for a Band D home. Food inflation eased to 3.4%.', '3.4%', undefined],
    ['In England council tax rose by 5.2% to £2,280 for a Band D home.', '£2,280', 'England'],
  ] as const)('%s → %s is owned by %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});

describe('direction', () => {
  it.each([
    ['That was well below the 8.7% bump in 2023.', '8.7%', 'up'],
    ['Pensioners will get a 4.1% uplift next April.', '4.1%', 'up'],
    ['Drivers won a 6% pay raise.', '6%', 'up'],
    // Not: money raised is no move.
    ['The startup plans to raise $50 million.', '$50 million', undefined],
  ] as const)('%s → %s moved %s', (text, figure, direction) => {
    expect(aboutOf(text, figure).direction).toBe(direction);
  });
});
