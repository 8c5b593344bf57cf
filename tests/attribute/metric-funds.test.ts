/**
 * Asset managers, funds and pension schemes (lexicon/metrics.ts, attribute/metric.ts,
 * attribute/shared.ts, attribute/index.ts, attribute/period.ts, attribute/subject.ts): a
 * scheme's funding ratio, a fund's return, the money a manager oversees, "investment" in the
 * name of a kind of fund, the size a ", which …," clause gives a fund, a fund's return as a
 * result of the period reported, a participle clause's own period, and a ranking description
 * ("Japan's biggest fund manager") that names no owner. Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('funds and pension schemes: the measure a figure names', () => {
  it.each([
    // a pension scheme's funding ratio is none of the money measures, not a deal's "funding"
    ["The aggregate funding ratio of the country's pension schemes climbed to 118.2% in June.", '118.2%', 'other'],
    ['Its funded status improved to 81% from 77%, the scheme said.', '81%', 'other'],
    ['Its funded status improved to 81% from 77%, the scheme said.', '77%', 'other'],
    // what a fund earned
    ['The Halvorsen growth fund returned 6.7% in the year to June 30.', '6.7%', 'other'],
    ['The pension plan earned a 9.2% return on its investments last year.', '9.2%', 'other'],
    ['Over ten years it has delivered an annualised return of 7.4%.', '7.4%', 'other'],
    ['Hedge funds were the best performers, returning 11.2%.', '11.2%', 'other'],
    // a payout is still one: "return … % of" profit
    ['Marlow Holdings plans to return 40% of net profit to shareholders.', '40%', 'dividend'],
    // the money a manager oversees
    ['Corvel Partners, which oversees $310 billion, cut fees on two funds.', '$310 billion', 'assets'],
    ['The Tarn Valley fund, which manages £52 billion for teachers, sold gilts.', '£52 billion', 'assets'],
    // a kind of fund named with "investment" is no investment made
    ['Net inflows into its investment trusts totalled 2.1 trillion yen in the year.', '2.1 trillion yen', 'other'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure, '2025-07-20').metric?.category).toBe(metric);
  });

  it('"lead manage a … issue" is a bank running a bond sale, not assets it manages', () => {
    expect(aboutOf('Banque Orsel will lead manage a 900 million franc issue for the utility.', '900 million franc', '2025-07-20').metric?.category).not.toBe('assets');
  });

  it("a percentage move after a fund's size in a \", which …,\" clause does not take the size's measure", () => {
    const text = 'The scheme, which manages A$92 billion for 1.1 million members, said its Asian equities portfolio gained 12.4% over the year.';
    expect(aboutOf(text, 'A$92 billion', '2025-07-20').metric?.category).toBe('assets');
    expect(aboutOf(text, '12.4%', '2025-07-20').metric?.category).not.toBe('assets');
  });

  it('a move with an amount of its own still shares the measure written in the clause', () => {
    const text = 'Nonbuilding construction, which soared to an annualized rate of $47.8 billion in December, fell back 10% to $43.1 billion.';
    const a = aboutOf(text, '10%', '2025-07-20'), b = aboutOf(text, '$47.8 billion', '2025-07-20');
    expect(a.metric?.category).toBe(b.metric?.category);
  });
});

describe("funds: a fund's return carries the period reported", () => {
  it('a return in the next paragraph is for the fiscal year the lead reported', () => {
    const text = 'The Orland Teachers Pension System earned an 8.1% return in the fiscal year that ended June 30.\n\nPrivate equity was the best-performing asset class, returning 11.2%.';
    const about = aboutOf(text, '11.2%', '2025-07-16');
    expect(about.metric?.category).toBe('other');
    expect(about.period).toMatchObject({ start: '2024-07-01', end: '2025-06-30' });
  });

  it('"year to date through April 9" dates the return to that day', () => {
    const about = aboutOf('Its main fund was up 2.9% year to date through April 9.', '2.9%', '2025-04-11');
    expect(about.period).toMatchObject({ start: '2025-01-01', end: '2025-04-09' });
  });
});

describe('funds: a period in a participle clause of another figure is that figure\'s', () => {
  it('"…, bringing their gain over the past 12 months to 27%": the share move keeps the day', () => {
    const text = 'NEW YORK, Jan 16 (Reuters) - Keldon Capital said on Thursday its assets rose 4%.\n\nKeldon shares were up 3.2% at $104.15 in midday trading, bringing their gain over the past 12 months to 27%.';
    expect(aboutOf(text, '$104.15', '2025-01-16').period).toMatchObject({ start: '2025-01-16', end: '2025-01-16' });
    expect(aboutOf(text, '3.2%', '2025-01-16').period).toMatchObject({ start: '2025-01-16', end: '2025-01-16' });
    expect(aboutOf(text, '27%', '2025-01-16').period?.text).toBe('past 12 months');
  });

  it('"…, bringing the total so far this year to …": the day\'s issue is not the year to date', () => {
    const text = 'The central bank sold 2.1 billion dlrs of certificates of deposit, bringing the total so far this year to 9.4 billion dlrs.';
    expect(aboutOf(text, '2.1 billion dlrs', '1987-03-02').period).toBeUndefined();
    expect(aboutOf(text, '9.4 billion dlrs', '1987-03-02').period).toMatchObject({ start: '1987-01-01', end: '1987-03-02' });
  });
});

describe('funds: who a figure belongs to', () => {
  it.each([
    // a rank before the noun of a trade: "fund" is no verb there, and the country describes the manager
    ["Koyama Asset Management, Japan's biggest fund manager, said its net profit rose 9% to 48 billion yen.", '9%'],
    ["Koyama Asset Management, Japan's second-largest fund manager, said its net profit rose 9% to 48 billion yen.", '48 billion yen'],
  ] as const)('%s → %s is Koyama\'s', (text, figure) => {
    expect(aboutOf(text, figure, '2025-05-14').subject?.name).toBe('Koyama Asset Management');
  });

  it('a tax-free account written in capitals (NISA, ISA) owns nothing', () => {
    const text = 'Koyama Asset Management said profit rose as retail money poured into tax-free NISA accounts. Operating revenue grew 7% to 120 billion yen.';
    expect(aboutOf(text, '7%', '2025-05-14').subject?.name).toBe('Koyama Asset Management');
  });
});

describe('funds: fee rates, fees charged, titles and firm names', () => {
  it.each([
    // a manager's fee rate in basis points is its margin on the assets it manages
    ["The group's average fee rate slipped 0.4 basis points to 36.9 bps.", '36.9 bps', 'margin'],
    // what a fund charges its investors
    ['The tracker had charged 0.18% since it was launched.', '0.18%', 'cost'],
    // a title names no investment
    ['"The gap is still about $40 billion," chief investment officer Dana Holt said.', '$40 billion', 'other'],
    // …but an investment of a sum after a capitalised word still is one
    ['Halvard said it expected a U.S. Investment of 240 mln dlrs in 1987.', '240 mln dlrs', 'deal-value'],
    // an owner's holdings of bonds are its holding, not debt it owes
    ['The scheme cut its holdings of index-linked gilts by £1.2 billion.', '£1.2 billion', 'stake'],
    // (holdings of no one named stay the debt outstanding)
    ['Holdings of government debt fell by about 400 mln stg in February.', '400 mln stg', 'debt'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure, '2025-07-20').metric?.category).toBe(metric);
  });

  it('a firm whose name ends in "Investments" is no investment made', () => {
    expect(aboutOf('Rival Orrin Investments lowered the fee on its index tracker to 0.04%.', '0.04%', '2025-07-20').metric?.category).not.toBe('deal-value');
  });

  it('a fee rate is a result of the period: it takes the quarter reported before it', () => {
    const text = 'Orrin Asset Management said net inflows were $12 billion in the third quarter.\n\nThe average fee rate fell 0.5 basis points to 41.2 basis points.';
    expect(aboutOf(text, '41.2 basis points', '2025-10-20').period).toMatchObject({ start: '2025-07-01', end: '2025-09-30' });
  });

  it('a percentage change whose target is per share of the same earnings is eps', () => {
    const text = 'Third-quarter adjusted earnings rose 11% to $1.87 per share.';
    expect(aboutOf(text, '11%', '2025-10-20').metric?.category).toBe('eps');
    expect(aboutOf(text, '$1.87', '2025-10-20').metric?.category).toBe('eps');
  });

  it('a term between a possessive owner and the measure is looked past ("Italy\'s 10-year yield")', () => {
    const text = 'MILAN, Nov 5 (Reuters) - Corrado Bank shares fell 2% on Wednesday. Bond yields rose, with Italy\'s 10-year yield at 3.41%.';
    expect(aboutOf(text, '3.41%', '2025-11-05').subject?.name).toBe('Italy');
  });
});
