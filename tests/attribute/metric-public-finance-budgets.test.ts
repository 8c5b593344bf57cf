import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe("a government's budget: spending, its balance and the interest on its debt", () => {
  it.each([
    // Spending: expenditure, the size of a budget, a spending plan.
    ['Total expenditure is budgeted at Rs 48.2 lakh crore for the coming year.', 'Rs 48.2 lakh crore', 'cost'],
    ['The province approved a C$92.4 billion budget on Tuesday.', 'C$92.4 billion', 'cost'],
    ['Lagos state presented a 2027 budget of N3.1 trillion to lawmakers.', 'N3.1 trillion', 'cost'],
    ['The city council unveiled a $14.6 billion spending plan.', '$14.6 billion', 'cost'],
    // (A budget's forecast of a rate is no spending; a budget cut by a percentage is.)
    ['Inflation will overshoot the budget forecast of 6 pct, economists said.', '6 pct', 'rate'],
    ['The ministry said its budget would grow 4% next year.', '4%', 'cost'],
    // Interest a government pays is a cost ...
    ['Interest payments are projected at R412 billion, the treasury said.', 'R412 billion', 'cost'],
    ['Net interest payments on the national debt climbed 14% to $96 billion.', '$96 billion', 'cost'],
    ['Debt-servicing costs will rise to 28.4 trillion yen.', '28.4 trillion yen', 'cost'],
    // (… but the debt it is paid on stays debt.)
    ['Ecuador suspended interest payments on 6.2 billion dlrs of foreign debt.', '6.2 billion dlrs', 'debt'],
    // The budget balance and the margin against fiscal rules are none of the money measures.
    ['The government posted a budget deficit of $211 billion in March.', '$211 billion', 'other'],
    ['Kenya targets a fiscal deficit of 4.1% of GDP next year.', '4.1%', 'other'],
    // (National income as the base, as GDP is: the deficit's share, not the economy's growth.)
    ['The Hague aims for a public sector deficit of 6.5 pct of net national income.', '6.5 pct', 'other'],
    ['Argentina reported a primary surplus of 980 billion pesos.', '980 billion pesos', 'other'],
    ['The city faces a budget gap of $840 million.', '$840 million', 'other'],
    ['The chancellor left herself headroom of £12.4 billion.', '£12.4 billion', 'other'],
    // A country's taxes as a share of its economy are a tax measure.
    ['The programme aims to lift the tax-to-GDP ratio to 15.5%.', '15.5%', 'tax'],
    // The debt service ratio is a debt measure.
    ['The debt service ratio rose to 31 pct from 27 pct.', '31 pct', 'debt'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric.category).toBe(category);
  });
});

describe("the IMF's lending is debt", () => {
  it.each([
    ['The IMF agreed a $3.4 billion Extended Fund Facility with Sri Lanka.', '$3.4 billion', 'debt'],
    ['The board approved a disbursement of about $820 million to Ghana.', '$820 million', 'debt'],
    ['Egypt signed a $12 billion loan programme with the fund.', '$12 billion', 'debt'],
    ['The fund approved a 24-month Stand-By Arrangement of $1.3 billion.', '$1.3 billion', 'debt'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric.category).toBe(category);
  });
});

describe('a bond sale: the kind of bond between "of" and the debt word names debt', () => {
  it.each([
    ['Ohio sold $780 million of general obligation bonds on Wednesday.', '$780 million', 'debt'],
    ['The water authority priced $415 million of revenue bonds.', '$415 million', 'debt'],
    ['Proceeds will refinance $300 million of older debt.', '$300 million', 'debt'],
    ['The county plans to sell $95 million of tax-exempt sewer bonds.', '$95 million', 'debt'],
    // (Not past a preposition: the revenue comes from the bonds, it is no bond.)
    ['The trust booked $12 million of revenue from bonds last year.', '$12 million', 'revenue'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric.category).toBe(category);
  });
});

describe("a government's budget balance carries the period reported", () => {
  it('the deficit of a month carries to a later sentence', () => {
    const text = 'The Treasury posted a surplus of $42 billion in April, helped by tax receipts. '
      + 'The deficit for the fiscal year so far narrowed to $1.05 trillion.';
    expect(aboutOf(text, '$42 billion', '2026-05-12').period?.start).toBe('2026-04-01');
  });
  it('a trade deficit with no period of its own takes the month reported before', () => {
    const text = 'Exports rose 4% to 3.1 billion dlrs in January, the statistics office said. '
      + 'The deficit on services widened to 410 mln dlrs.';
    const p = aboutOf(text, '410 mln dlrs', '2026-02-20').period;
    expect([p?.start, p?.end]).toEqual(['2026-01-01', '2026-01-31']);
  });
});

describe("a sovereign bond's term and name stand between the amount and the bond", () => {
  it.each([
    // The term counts as one word, after "of" and right after the figure.
    ['Spain sold 9 billion euros of a new 10-year Bonos bond via banks.', '9 billion euros', 'debt'],
    ['The Treasury also sold a 4 billion euro 15-year green bond.', '4 billion euro', 'debt'],
    // An economy's output after "X% of" is its size, not a volume: the measure is the debt.
    ['Public debt is expected to climb to 121.5% of output next year.', '121.5%', 'debt'],
    ['Debt will peak at 88 per cent of national income in 2029.', '88 per cent', 'debt'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric.category).toBe(category);
  });
  it.each([
    // A government bond's name (BTP, OAT, JGB) names the kind of debt, not its owner.
    ['Italy raised 6 billion euros from a new 7-year BTP bond on Monday.', '6 billion euros', 'Italy'],
    ['France sold 11 billion euros of OATs at its monthly auction.', '11 billion euros', 'France'],
  ] as const)('%s → %s belongs to %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});
