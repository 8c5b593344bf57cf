import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a figure compared with the one before takes its metric', () => {
  it.each([
    ['Net profit at Halden Bank reached $410 million, compared with an average analyst estimate of $390 million.', '$390 million', 'profit'],
    ['Revenue came in at 2.1 billion euros, against a consensus forecast of 2.3 billion euros.', '2.3 billion euros', 'revenue'],
    ['Orsolo said quarterly sales were $880 million, versus the mean analysts estimate of $850 million.', '$850 million', 'revenue'],
    // "less than the …", "higher than its …": "than" with an article or possessive compares.
    ['Public sector net borrowing was £9.8 billion in May, less than the £12.1 billion forecast by officials.', '£12.1 billion', 'debt'],
    ['Orsolo said quarterly sales were $880 million, higher than its $850 million a year ago.', '$850 million', 'revenue'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});

describe('"taking the total to …" is the sum of the figure before', () => {
  it.each([
    ['Net debt fell to 1.1 billion pounds. It will pay a final dividend of 9.1 pence, taking the total to 13.4 pence.', '13.4 pence', 'dividend'],
    ['Orsolo booked charges of $40 million in the quarter, bringing the tally to $95 million.', '$95 million', 'cost'],
    ['Final dividend 6.2p, making 9.8p vs 8.9p.', '9.8p', 'dividend'],
    ['The board declared a final dividend of 20 cents, making a total of 32 cents for the year.', '32 cents', 'dividend'],
    ['Second-half pretax profit was 310 million pounds, making 590 million pounds for the year.', '590 million pounds', 'profit'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });

  it('the total takes the period of the figure it adds up, in a paragraph of its own', () => {
    const text = 'Halden Re posted a pretax profit of $900 million for 2025.\n\nIt will pay a final dividend of 21 pence, taking the total for the year to 33p.';
    expect(aboutOf(text, '33p', '2026-03-01').period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
  });
});

describe('"beating the X" compares with the figure before; a term loan is debt', () => {
  it.each([
    ['Hartley said comparable sales rose 3.4%, beating the 2.1% analysts had expected.', '2.1%', 'revenue'],
    ['Net profit came to $410 million, missing the $450 million forecast by analysts.', '$450 million', 'profit'],
    ['The deal will be financed partly with a $1.5 billion term loan.', '$1.5 billion', 'debt'],
    ['Orrin obtained a $200 million bridge loan from two banks.', '$200 million', 'debt'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});

describe('"more than" without an article hedges the amount, it compares nothing', () => {
  it('keeps its own metric and the period results were reported for', () => {
    const about = aboutOf('Orsolo reported a profit of $90 million for the first quarter.\n\nSales were more than $880 million.', '$880 million');
    expect(about.metric?.category).toBe('revenue');
    expect(about.period).toMatchObject({ start: '2023-01-01', end: '2023-03-31' });
  });
});

// "accounted for 54.3% of Norway's car sales last year, compared with 47.6% in 2024": the figure
// compared with one whose owner its sentence names is that owner's too (shared.ts).
describe('a figure compared with takes the owner its sentence names', () => {
  it('over the topic of the sentences before', () => {
    const text = "Lumora sold more cars. Electric cars accounted for 54.3% of Norway's car sales last year, compared with 47.6% in 2024.";
    expect(aboutOf(text, '54.3%', '2026-01-03').subject?.name).toBe('Norway');
    expect(aboutOf(text, '47.6%', '2026-01-03').subject?.name).toBe('Norway');
  });
});

// "assumes the dollar will average 150 yen, versus 145 yen previously": a currency's level in
// another currency is an exchange rate, and so is the level it is compared with (shared.ts).
describe('a currency named before its level in another currency: a rate', () => {
  it.each([
    ['Kuroiwa Heavy assumes the dollar will average 150 yen in the second half, versus 145 yen previously.', '150 yen'],
    ['Kuroiwa Heavy assumes the dollar will average 150 yen in the second half, versus 145 yen previously.', '145 yen'],
    ['The planners expect the euro at 1.08 dollars next year.', '1.08 dollars'],
  ] as const)('%s → %s', (text, figure) => {
    expect(aboutOf(text, figure, '2024-11-07').metric.category).toBe('rate');
  });
});

describe('a period after a comparison word and "the end of" is the base, not the figure\'s own', () => {
  it.each([
    ['Brevik Insurance said its solvency ratio was 221%, up 7 percentage points from the end of March.', '221%'],
    ['Brevik Insurance said its solvency ratio was 221%, up 7 percentage points from the end of March.', '7 percentage points'],
    ['Orsolo said its cash fell to $1.2 billion, compared with the end of 2024.', '$1.2 billion'],
  ] as const)('%s → %s has no period', (text, figure) => {
    expect(aboutOf(text, figure, '2025-08-07').period).toBeUndefined();
  });

  it('a change since the start of a period is within it', () => {
    expect(aboutOf('Orsolo said its order book grew 4% from the start of 2025.', '4%', '2025-08-07').period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
  });

  it('a balance dated at the end of a period keeps it', () => {
    expect(aboutOf('Orsolo said its cash rose to $1.2 billion at the end of June.', '$1.2 billion', '2025-08-07').period).toMatchObject({ start: '2025-06-30', end: '2025-06-30' });
  });
});
