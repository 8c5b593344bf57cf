import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// A sentence announcing results for a period, with no amounts of its own, gives that period to
// the results that follow (carried like a period a figure was reported for).
describe('"reported results for" a period carries to the figures after it', () => {
  it.each([
    ['Brisco Tools today reported financial results for the three months ended October 3, 2027.\n\nRevenue was $812 million, up 6%.', '$812 million', '2027-07-05', '2027-10-03'],
    ['Ashby plc - Interim results for the six months ended 30 June 2027\n\nRevenue of GBP410.2m, up 3.1%', 'GBP410.2m', '2027-01-01', '2027-06-30'],
    ['Let me walk you through our results for the first half of 2027.\n\nNet sales increased 5% to 900 billion yen.', '900 billion yen', '2027-01-01', '2027-06-30'],
    ['Brisco Tools Reports Third Quarter 2027 Results\n\nRevenue of $812 million, up 6%', '$812 million', '2027-07-01', '2027-09-30'],
  ] as const)('%s → %s', (text, figure, start, end) => {
    expect(aboutOf(text, figure, '2027-11-02').period).toMatchObject({ start, end, basis: 'reported' });
  });

  it.each([
    // results still to come, or only talked about, carry nothing
    ['Brisco Tools said third quarter results will show a loss.\n\nThe company earned $12 million.', '$12 million'],
    ['Analysts discussed the first half results at length.\n\nBrisco Tools earned $12 million.', '$12 million'],
  ] as const)('%s → no period for %s', (text, figure) => {
    expect(aboutOf(text, figure, '2027-11-02').period).toBeUndefined();
  });
});

// Releases write the prior period's figure in brackets: "Revenue of GBP410.2m (H1 2026: GBP398.0m)".
describe('a period in brackets belongs to the figures in those brackets', () => {
  const text = 'Ashby plc - Interim results for the six months ended 30 June 2027\n\n'
    + '- Revenue of GBP410.2m (H1 2026: GBP398.0m), up 3.1%\n'
    + '- Operating margin of 12.2% (H1 2026: 11.8%)\n'
    + '- Profit before tax of GBP44.0m (H1 2026: GBP41.3m)';
  it.each([
    ['GBP410.2m', '2027-01-01', '2027-06-30'],
    ['GBP398.0m', '2026-01-01', '2026-06-30'],
    ['3.1%', '2027-01-01', '2027-06-30'],
    ['11.8%', '2026-01-01', '2026-06-30'],
    ['GBP44.0m', '2027-01-01', '2027-06-30'],
    ['GBP41.3m', '2026-01-01', '2026-06-30'],
  ] as const)('%s → %s..%s', (figure, start, end) => {
    expect(aboutOf(text, figure, '2027-09-01').period).toMatchObject({ start, end });
  });
});

describe('"for the nine months": the latest period of that many months', () => {
  const text = 'Orvieto SpA published its figures for the first nine months of 2027. Revenue rose to EUR 5.1 billion (9M 2026: EUR 4.8 billion). '
    + 'In the third quarter, revenue was EUR 1.7 billion.\n\nEBITDA for the nine months grew 7% to EUR 900 million. Net income was EUR 310 million.';
  it.each([
    ['EUR 5.1 billion', '2027-01-01', '2027-09-30'],
    ['EUR 4.8 billion', '2026-01-01', '2026-09-30'],
    ['EUR 1.7 billion', '2027-07-01', '2027-09-30'],
    ['7%', '2027-01-01', '2027-09-30'],
    ['EUR 900 million', '2027-01-01', '2027-09-30'],
    ['EUR 310 million', '2027-01-01', '2027-09-30'],
  ] as const)('%s → %s..%s', (figure, start, end) => {
    expect(aboutOf(text, figure, '2027-11-05').period).toMatchObject({ start, end });
  });
});

describe('the prior period in brackets measures what the figure before it measures', () => {
  const text = 'Ashby plc - Interim results for the six months ended 30 June 2027\n\n'
    + '- Operating margin of 12.2% (H1 2026: 11.8%)\n'
    + '- Statutory profit before tax of GBP44.0m (H1 2026: GBP41.3m)\n'
    + '- Revenue of GBP410.2m (H1 2026: GBP398.0m), up 3.1%\n'
    + '- Earnings per share came to 21.3p (prior year: 19.9p)';
  it.each([
    ['11.8%', 'margin'],
    ['GBP44.0m', 'profit'],
    ['GBP41.3m', 'profit'],
    ['GBP398.0m', 'revenue'],
    ['19.9p', 'eps'],
  ] as const)('%s → %s', (figure, metric) => {
    expect(aboutOf(text, figure, '2027-09-01').metric.category).toBe(metric);
  });

  it('a change after the brackets is of the figure before them', () => {
    const a = aboutOf(text, '3.1%', '2027-09-01');
    expect(a.change?.target).toEqual({ start: text.indexOf('GBP410.2m'), end: text.indexOf('GBP410.2m') + 'GBP410.2m'.length });
    expect(a.period).toMatchObject({ start: '2027-01-01', end: '2027-06-30' });
  });

  it('an amount per diluted share after a profit is EPS', () => {
    expect(aboutOf('GAAP net income was $208 million, or $1.12 per diluted share.', '$1.12').metric.category).toBe('eps');
  });
});

// A year-ago period a result is compared with is no new period of results for the sentences after.
describe('the year-ago period of a comparison does not carry', () => {
  it.each([
    ['Norvik Telecom reported a 3% fall in third-quarter sales to 52 billion crowns.\n\nNet income was 4.1 billion crowns, compared with a net loss of 2.2 billion crowns in the third quarter of 2026.\n\nBy segment, mobile sales fell 6% to 30.5 billion crowns.', '30.5 billion crowns', '2027-07-01', '2027-09-30'],
    ['Tallis Brewing said 2027 sales rose 2% to 2.7 billion euros.\n\nIt earned 310 million euros, compared with a loss of 260 million euros in 2026, when it wrote down its Spanish unit.\n\nBeer sales rose 4% to 1.9 billion euros.', '1.9 billion euros', '2027-01-01', '2027-12-31'],
  ] as const)('%s → %s', (text, figure, start, end) => {
    expect(aboutOf(text, figure, '2028-02-10').period).toMatchObject({ start, end });
  });
});

// A forecast's year in the sentence before is no period for the results after it.
describe('results after a forecast keep the period results were reported for', () => {
  it.each([
    ['Harlow Systems spent $9.1 billion on capital expenditure in the July-September quarter.\n\nHarlow raised its 2027 capex forecast to $40 billion, from $36 billion. Its cloud revenue rose 31% to $12.2 billion.', '$12.2 billion', '2027-07-01', '2027-09-30'],
  ] as const)('%s → %s', (text, figure, start, end) => {
    expect(aboutOf(text, figure, '2027-10-30').period).toMatchObject({ start, end });
  });

  // (Also when the forecast sentence has no measure of money, so no forecast period is recorded:
  // a year still running, named for what the company expected, is not the year of a result told
  // as done after it.)
  it.each([
    ['Tessaly Pay said payment volume rose 24% to A$31 billion in the year to June 30, and revenue grew 18% to A$402 million.\nThe chief executive said the company expected volume growth of 15% to 20% in fiscal 2027. Operating costs rose 11% to A$250 million.', 'A$250 million'],
    ['Tessaly Pay said payment volume rose 24% to A$31 billion in the year to June 30, and revenue grew 18% to A$402 million.\nThe chief executive said the company expected volume growth of 15% to 20% in fiscal 2027. Operating costs rose 11% to A$250 million.', '11%'],
  ] as const)('%s → %s keeps the year reported', (text, figure) => {
    expect(aboutOf(text, figure, '2026-08-20').period).toMatchObject({ start: '2025-07-01', end: '2026-06-30' });
  });

  it('a forecast of the same sentence kind still takes the year forecast', () => {
    expect(aboutOf('Tessaly Pay said revenue grew 18% to A$402 million in the year to June 30.\nIt expected volume growth of 15% to 20% in fiscal 2027. It expects costs to rise 9% to A$272 million.', 'A$272 million', '2026-08-20').period).toMatchObject({ start: '2026-07-01', end: '2027-06-30' });
  });

  it('a forecast after a forecast still takes its year', () => {
    expect(aboutOf('Harlow Systems spent $9.1 billion on capital expenditure in the July-September quarter.\n\nHarlow raised its 2027 capex forecast to $40 billion. It expects revenue of $48 billion.', '$48 billion', '2027-10-30').period).toMatchObject({ start: '2027-01-01', end: '2027-12-31' });
  });
});

describe("an economy's inflation, output and jobs carry the period reported across paragraphs", () => {
  it.each([
    ['Polish inflation rose to 4.4% in October from 4.1% in September, the statistics office said.\n\nCore inflation accelerated to 3.9%.', '3.9%', '2025-10-01', '2025-10-31'],
    ['Chilean GDP grew 2.1% in the third quarter, the central bank said.\n\nOn a quarterly basis, GDP expanded 0.6%.', '0.6%', '2025-07-01', '2025-09-30'],
  ] as const)('%s → %s', (text, figure, start, end) => {
    expect(aboutOf(text, figure, '2025-11-14').period).toMatchObject({ start, end });
  });
  it('a price with no economy named carries nothing across a paragraph', () => {
    const text = 'Polish inflation rose to 4.4% in October, the statistics office said.\n\nThe zloty firmed 0.3%.';
    expect(aboutOf(text, '0.3%', '2025-11-14').period).toBeUndefined();
  });
});

// A lead that names the quarter before any of its figures, none of which takes it, gives it to
// the results after it (period.ts leadPeriodOf).
describe('a quarter the lead names before its figures carries to the results after it', () => {
  const text = 'Tavora Media grows audience, raises margin goal\n\n'
    + 'Tavora Media Inc signed up more viewers than analysts expected in the third quarter and raised its annual margin target to 22% from 21%.\n\n'
    + 'Revenue climbed 12% to $3.4 billion. Net income rose to $610 million.';
  it.each([
    ['12%', '2026-07-01', '2026-09-30'],
    ['$3.4 billion', '2026-07-01', '2026-09-30'],
    ['$610 million', '2026-07-01', '2026-09-30'],
  ] as const)('%s → %s..%s', (figure, start, end) => {
    expect(aboutOf(text, figure, '2026-10-21').period).toMatchObject({ start, end, basis: 'reported' });
  });

  it.each([
    // A quarter named after the lead's figures is compared with, not reported for.
    ['Card lending slipped to $2.1 billion in May, close to the level of the first quarter.\n\nRevenue climbed 12% to $3.4 billion.', '$3.4 billion'],
    // A quarter still to come is a forecast's.
    ['Tavora Media Inc expects more viewers in the fourth quarter and raised its margin target to 22%.\n\nRevenue climbed 12% to $3.4 billion.', '$3.4 billion'],
  ] as const)('%s → no period for %s', (text, figure) => {
    expect(aboutOf(text, figure, '2026-10-21').period).toBeUndefined();
  });
});

// "and said" tells a second thing: a period after it is not the first one's (period.ts rule 2).
describe('a period after "and said" is not linked to a figure before it', () => {
  it.each([
    ['Corbel Systems forecast fourth-quarter sales of $2.2 billion and said sales for 2027 would rise 9%.', '$2.2 billion', '2026-10-01', '2026-12-31'],
    ['Corbel Systems forecast fourth-quarter sales of $2.2 billion and said sales for 2027 would rise 9%.', '9%', '2027-01-01', '2027-12-31'],
    ['Marlin Foods posted first-half profit of 41 million euros and added that it sees higher costs in 2027.', '41 million euros', '2026-01-01', '2026-06-30'],
  ] as const)('%s: %s → %s..%s', (text, figure, start, end) => {
    expect(aboutOf(text, figure, '2026-10-21').period).toMatchObject({ start, end });
  });
});
