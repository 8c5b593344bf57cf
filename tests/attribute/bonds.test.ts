import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

/** Bond and credit-market stories: coupons, prices per unit of face value, maturities, jobs data. */
describe('bonds: what a figure measures', () => {
  it.each([
    // A price quoted per unit of face value, and the size of its move.
    ['Ostrava Steel bonds were steady at 94.5 cents on the dollar.', '94.5 cents', 'price'],
    ['The republic\'s bonds rose 3 cents to 62 cents on the dollar on the news.', '3 cents', 'price'],
    ['The republic\'s bonds rose 3 cents to 62 cents on the dollar on the news.', '62 cents', 'price'],
    // The coupon of a bank's capital securities.
    ['Marrow Bank will redeem €750 million of 6.25% AT1s in May.', '6.25%', 'rate'],
    // A level kept is no stake held; workers' pay is no profit.
    ['The jobless rate held at 3.9% in the month.', '3.9%', 'rate'],
    ['Average hourly earnings climbed 0.3% from the month before.', '0.3%', 'other'],
    ['Average weekly earnings rose 4.1% in the year to June.', '4.1%', 'other'],
    // (Per share, earnings are still the company's.)
    ['Its average earnings per share came to $1.85.', '$1.85', 'eps'],
    // Bonds sold are an amount of debt, not a yield.
    ['Junk bond issuance dropped 14% in the quarter.', '14%', 'debt'],
    ['Euro zone government bond supply will fall 9% next year.', '9%', 'debt'],
    // A debt named by its maturity year after "of a"/"of the".
    ['The debt office will auction £3.75 billion of a 2034 gilt on Wednesday.', '£3.75 billion', 'debt'],
    ['Lisbon sold 1.2 billion euros of the 2032 bonds.', '1.2 billion euros', 'debt'],
    // What a debt office plans to sell over a year; not what is issued when "of" names it.
    ['The agency now targets 410 billion euros of gross issuance in 2026.', '410 billion euros', 'debt'],
    ['The bank set up a £150 million note issuance facility.', '£150 million', 'debt'],
    ['Creditors will get the issuance of 40% of the stock of the new company.', '40%', 'stake'],
    // Prices that soften fall.
    ['Reinsurance prices softened by about 6% at the mid-year renewals.', '6%', 'price'],
  ])('%s → %s', (text, figure, metric) => {
    expect(aboutOf(text, figure, '2025-06-10').metric?.category).toBe(metric);
  });

  it('keeps an amount in a currency named after it a debt, not a price', () => {
    expect(aboutOf('The state may sell bonds worth up to 300 million dlrs in the dollar and yen markets.', '300 million dlrs', '1987-05-01').metric?.category).toBe('debt');
  });
});

describe('bonds: who a figure belongs to', () => {
  it('reads a credit grade as no name', () => {
    const text = 'Moody\'s affirmed Pellham Foods\' BBB+ rating on Monday. The company\'s 2031 notes traded at 97.1 cents on the dollar.';
    expect(aboutOf(text, '97.1 cents', '2025-06-10').subject?.name).toBe('Pellham Foods');
  });
});

describe('bonds: a government bond named by its market\'s word', () => {
  it.each([
    ['French OAT yields rose 2 bps to 3.05%.', '3.05%', 'France'],
    ['Dutch yields were flat, while Italian BTP yields fell 5 bps to 3.48%.', '3.48%', 'Italy'],
    // (past the tenor between the adjective and the bonds)
    ['German 10-year Bund yields climbed 4 basis points to 2.61%.', '2.61%', 'Germany'],
    ['Spanish 30-year yields eased 3 bps to 4.02%.', '3 bps', 'Spain'],
  ])('%s → %s is %s\'s', (text, figure, country) => {
    expect(aboutOf(text, figure, '2025-06-10').subject?.name).toBe(country);
  });
});

describe('bonds: a maturity year is no period of the figures around it', () => {
  it.each([
    ['The Treasury priced the bond due 2036 at a yield of 3.95%.', '3.95%'],
    ['Its 2029 notes fell to 88 cents on the dollar.', '88 cents'],
    ['The utility will redeem its 9 pct bonds of 2016 at par.', '9 pct'],
  ])('%s', (text, figure) => {
    expect(aboutOf(text, figure, '2025-06-10').period).toBeUndefined();
  });

  it('keeps a year in which debts fall due', () => {
    expect(aboutOf('It will reschedule 1.2 billion dlrs of loans due in 2026.', '1.2 billion dlrs', '2025-06-10').period).toMatchObject({ start: '2026-01-01', end: '2026-12-31' });
  });
});

describe('bonds: a market move takes the lead\'s trading day over the news it moved on', () => {
  it('passes over the month of data the lead names after its day', () => {
    const text = 'NEW YORK, March 7 - Treasury yields fell on Friday after data showed hiring slowed in February.\nThe two-year yield dropped 8 basis points to 3.91%.';
    for (const figure of ['8 basis points', '3.91%']) expect(aboutOf(text, figure, '2025-03-07').period).toMatchObject({ start: '2025-03-07', end: '2025-03-07' });
  });

  it('keeps a period the sentence before names for a move of its own', () => {
    const text = 'NEW YORK, March 7 - Treasury yields fell on Friday.\nThey had risen in February. The two-year yield dropped 8 basis points to 3.91%.';
    expect(aboutOf(text, '3.91%', '2025-03-07').period).toMatchObject({ start: '2025-02-01', end: '2025-02-28' });
  });
});

describe('bonds: which way a spread moves', () => {
  it.each([
    // A spread that tightens narrows; a central bank that tightens raises rates, so no move is read from the verb.
    ['Euro high-yield spreads have tightened by about 70 basis points this year.', '70 basis points', 'down'],
    ['Strategists see the spread tightening a further 10 basis points by June.', '10 basis points', 'down'],
    ['The central bank tightened by 50 basis points in March.', '50 basis points', undefined],
    ['Reinsurance prices softened by about 6% at the mid-year renewals.', '6%', 'down'],
  ] as const)('%s → %s', (text, figure, direction) => {
    expect(aboutOf(text, figure, '2025-06-10').direction).toBe(direction);
  });
});
