/**
 * Retailers' and restaurants' measures: earnings per diluted share, the gross profit rate, the
 * parts of comparable sales (units per transaction, spend per customer), the price of a good on
 * the shelf, and a ratio to sales moved in basis points. Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('retail measures', () => {
  it.each([
    ['Earnings per diluted share at Pellworth Stores were $2.22, compared with $2.04.', '$2.22', 'eps'],
    ['Net income per diluted share rose 9% to $1.41.', '$1.41', 'eps'],
    ['The gross profit rate increased 43 basis points to 24.6%.', '43 basis points', 'margin'],
    ['Merchandise margin was 80 bps lower as clearance activity increased.', '80 bps', 'margin'],
    ['Units per transaction declined 2% while the average ticket rose 3%.', '2%', 'other'],
    ['Spending per customer rose 3.4% at Holloway Markets.', '3.4%', 'other'],
    ['Average unit retail increased 4% on fewer promotions.', '4%', 'other'],
    // What a good on the shelf costs is its price.
    ['A 2.27-litre bottle of milk sells for £1.65 at the discounter.', '£1.65', 'price'],
    ['The shirts sell at ¥1,990 in its Tokyo stores.', '¥1,990', 'price'],
    ['Eggs now cost $6.23 a dozen, up 8% from a month earlier.', '$6.23', 'price'],
    ['At Redgate, a gallon of milk cost $4.05 last week.', '$4.05', 'price'],
    ['The chain will extend its $5 meal deal through December.', '$5', 'price'],
    // A ratio to sales moved in points is the measure before "as a percentage of".
    ['Gross profit as a percentage of sales was 30.9%, up 40 bps.', '40 bps', 'margin'],
    ['SG&A expenses as a percentage of sales rose 60 basis points to 21.2%.', '60 basis points', 'cost'],
    // Not a good's price: a business sold, what a building costs, and sales.
    ['Hollins Group agreed to sell for $40 million its catalogue unit.', '$40 million', 'deal-value'],
    ['The new distribution centre will cost $250 million.', '$250 million', 'cost'],
    ['Net sales rose 3% to $8.1 billion.', '$8.1 billion', 'revenue'],
  ])('%s → %s is %s', (text, fig, category) => {
    expect(aboutOf(text, fig, '2025-03-05').metric?.category).toBe(category);
  });
});
