/**
 * Readings of Asia-Pacific results and economy stories (lexicon/metrics.ts, change-verbs.ts,
 * attribute/change.ts, entities.ts, country.ts): Korean "facility investment", Asian banks'
 * trading income and allowances, comparatives after a level, a bracketed "(YoY)" before the
 * change noun, a noun of change right after its figure, a valuation after a share move, an
 * abstract noun opening a sentence, and what a statistics office counts. Sentences written for
 * this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('Asian banks and Korean companies name their measures their own way', () => {
  it.each([
    ['Daewon Chemical lifted its facility investment budget for the year to 3.1 trillion won.', '3.1 trillion won', 'cost'],
    ['At Lion City Bank, trading income climbed 14% to S$402 million.', 'S$402 million', 'revenue'],
    ['Harbourfront Bank said allowances for credit losses rose to S$96 million in the quarter.', 'S$96 million', 'cost'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});

describe('which way a figure moved', () => {
  it.each([
    ['The Nikkei average ended 0.6% firmer, and the Kospi closed 0.2% weaker.', '0.6%', 'up'],
    ['The Nikkei average ended 0.6% firmer, and the Kospi closed 0.2% weaker.', '0.2%', 'down'],
    ['The Wellington bank cited a pick-up in core inflation to 2.8% in the March quarter.', '2.8%', 'up'],
    ['Mahanadi Steel reported a 7.5% year-on-year (YoY) rise in net profit for the quarter.', '7.5%', 'up'],
    ['Coral Sea Mining raises its payout despite 12% profit fall', '12%', 'down'],
    ['The central bank held rates, citing a pick-up in trimmed mean inflation to 3.1% in the June quarter.', '3.1%', 'up'],
    // A comparative before its noun describes it; the verb keeps its figures.
    ['Net interest income rose on firmer loan spreads by 41 million ringgit to 1.2 billion ringgit.', '41 million ringgit', 'up'],
    // A noun of change that names a measure ("growth rate") leaves the figure to the verb.
    ['Household spending is expected to slow to a 1.8% growth rate next year.', '1.8%', 'down'],
  ] as const)('%s → %s is %s', (text, figure, direction) => {
    expect(aboutOf(text, figure).direction).toBe(direction);
  });

  it('a valuation after a share move states no move', () => {
    const text = 'Shares of Kinabalu Bank closed 1.2% lower at 9.10 ringgit, valuing the lender at 41 billion ringgit.';
    expect(aboutOf(text, '9.10 ringgit').direction).toBe('down');
    expect(aboutOf(text, '41 billion ringgit').direction).toBeUndefined();
    expect(aboutOf(text, '41 billion ringgit').metric?.category).toBe('market-value');
  });
});

describe('whose figure it is', () => {
  it('an abstract noun opening a sentence is the measure, not a name', () => {
    const text = 'Vindhya Software reported higher quarterly profit. Utilisation at its delivery centres stood at 84.5%, against 83.1% a quarter earlier.';
    expect(aboutOf(text, '84.5%', '2025-10-20').subject?.name).toBe('Vindhya Software');
  });

  it('"the economy" is the country\'s, not the central bank\'s', () => {
    const text = 'The Bank of Thailand lifted its growth forecast for Thailand to 2.4%, after the economy grew 3.1% in the second quarter.';
    expect(aboutOf(text, '3.1%', '2025-08-20').subject?.name).toBe('Thailand');
  });

  it("what a statistics office counts is the country's", () => {
    const text = 'Chinese builder Huaxin Homes cut prices again. New home prices fell 0.4% in May, the National Bureau of Statistics said.';
    expect(aboutOf(text, '0.4%', '2025-06-16').subject?.name).toBe('China');
  });
});

describe('"Singapore\'s largest lender proposed a …": a ranked description before a verb in the past stands for the company', () => {
  it.each([
    ['Lion City Bank posted net profit of S$2.2 billion. Singapore\'s largest lender proposed a final dividend of 66 Singapore cents a share.', '66 Singapore cents', 'Lion City Bank'],
    ['Hanwa Motors made 1.2 trillion yen. Japan\'s third-largest automaker recommended a dividend of 45 yen a share.', '45 yen', 'Hanwa Motors'],
    // A place that owns what follows stays the owner: no rank, no company noun.
    ['Hanwa Motors made 1.2 trillion yen. Japan\'s exports rose 4% to 9 trillion yen.', '9 trillion yen', 'Japan'],
  ] as const)('%s → %s is %s\'s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2026-02-11').subject?.name).toBe(subject);
  });
});

describe('"the 6.49 trillion won it made a year earlier": the period after a relative clause of the figure\'s own is the figure\'s', () => {
  it.each([
    ['Haneul Electronics put its fourth-quarter operating profit at 20 trillion won, triple the 6.49 trillion won it made a year earlier.', '6.49 trillion won', '2026-01-08', '2024-10-01', '2024-12-31'],
    ['Haneul Electronics said net profit was 3 trillion won, against the 2.1 trillion won it earned in 2024.', '2.1 trillion won', '2026-01-08', '2024-01-01', '2024-12-31'],
    // Not a clause of another verb: "it said" leaves the period to the rules after it.
    ['Haneul Electronics put its fourth-quarter operating profit at 20 trillion won, it said a year earlier.', '20 trillion won', '2026-01-08', '2025-10-01', '2025-12-31'],
  ] as const)('%s → %s', (text, figure, ref, start, end) => {
    const p = aboutOf(text, figure, ref).period;
    expect([p?.start, p?.end]).toEqual([start, end]);
  });
});

describe('"Rs." and "Ps." before an amount do not end the sentence, so the figure keeps its clause', () => {
  it.each([
    ['Tata Steel posted a profit of Rs. 3,102 crore in the quarter.', 'Rs. 3,102 crore', 'profit', 'Tata Steel'],
    ['Tata Steel posted a profit of Rs. 3,102 crore. Revenue rose 5% to Rs. 58,000 crore.', 'Rs. 58,000 crore', 'revenue', 'Tata Steel'],
    // The Mexican peso's "Ps." likewise (a Mexico City dateline makes the weak form a peso).
    ['MEXICO CITY - Panadera Azteca said net sales rose 9% to Ps. 87.5 billion.', 'Ps. 87.5 billion', 'revenue', 'Panadera Azteca'],
  ] as const)('%s → %s', (text, figure, metric, subject) => {
    const a = aboutOf(text, figure, '2025-10-20');
    expect([a.metric?.category, a.subject?.name]).toEqual([metric, subject]);
  });
});
