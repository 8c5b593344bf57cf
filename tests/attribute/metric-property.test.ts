import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// Landlords, REITs, homebuilders and housing market reports (lexicon/metrics.ts rows).
describe('property measures', () => {
  it.each([
    // a REIT's earnings measures are profits, and per share its eps
    ['Quarrybrook Realty said adjusted funds from operations climbed to $212 million.', '$212 million', 'profit'],
    ['Quarrybrook Realty reported AFFO of $1.07 a share, above forecasts.', '$1.07', 'eps'],
    ['For next year Tessaly REIT expects FFO of 31 to 33 cents per unit.', '31 to 33 cents', 'eps'],
    ['Same-store NOI at Tessaly grew 4.4% in the quarter.', '4.4%', 'profit'],
    // a bank's bare "net operating income" stays its revenue
    ['Fennick Bank said net operating income rose 6% to £2.1bn.', '6%', 'revenue'],
    // borrowing against property or capital: ratios, none of the money measures
    ['Hartwell Estates cut its loan-to-value to 33.5% after the sales.', '33.5%', 'other'],
    ['The builder ended the year with a net debt-to-capital ratio of 12.1%.', '12.1%', 'other'],
    // space let or empty, and sales cancelled
    ['Occupancy at the Ostrander malls rose to 93.2%, the landlord said.', '93.2%', 'other'],
    ['Docklands office vacancy climbed to 14.8% last quarter, brokers said.', '14.8%', 'other'],
    ['The cancellation rate at Pinecrest Homes fell to 11% from 15%.', '11%', 'other'],
    // what a landlord's property is worth
    ['The value of its retail portfolio dropped 2.7% over the half, Hartwell said.', '2.7%', 'market-value'],
    ['Ostrander said its portfolio was valued at $8.9 billion at June 30.', '$8.9 billion', 'market-value'],
    // rents as surveyors write them are prices
    ['Estimated rental values across its offices rose 4.2%, Hartwell said.', '4.2%', 'price'],
    ['Tessaly reported rental growth of 3.1% on a like-for-like basis.', '3.1%', 'price'],
    // orders not yet delivered
    ["Pinecrest Homes said its backlog stood at $3.2 billion.", '$3.2 billion', 'deal-value'],
    ['Ashdown Homes had a forward order book of £1.9bn in December.', '£1.9bn', 'deal-value'],
    // a housing market's counts
    ['Existing home sales slid 2.3% in May, the realtors group said.', '2.3%', 'other'],
    // (a builder's home sales that rose to an amount of money are its revenue)
    ['Aldmere Homes said U.S. home sales climbed 11% to $4.3 billion.', '11%', 'revenue'],
    ['Aldmere Homes said U.S. home sales climbed 11% to $4.3 billion.', '$4.3 billion', 'revenue'],
    ['Housing starts jumped 8.1% last month to an annual rate of 1.4 million.', '8.1%', 'other'],
    ['Mortgage approvals rose 3% in March, the central bank said.', '3%', 'other'],
    // a landlord's rents taken in are revenue, not a profit ("income")
    ['Like-for-like rental income at Hartwell rose 3.8% in the year.', '3.8%', 'revenue'],
    ['Tessaly said net rental income climbed to A$512 million.', 'A$512 million', 'revenue'],
    // FFO spelled out per security or unit is an eps
    ['Tessaly posted a 2.9% rise in funds from operations per security.', '2.9%', 'eps'],
    // what a landlord or a fund is worth per share, and a fund manager's funds under management
    ['Hartwell reported a 2.2% drop in net asset value per share.', '2.2%', 'assets'],
    ['Net tangible assets rose 0.8% to A$2.87 per unit.', 'A$2.87', 'assets'],
    ['Funds under management reached A$96 billion at June 30.', 'A$96 billion', 'assets'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure, '2025-07-20').metric.category).toBe(category);
  });

  it('a homebuilder\'s margin and revenue on home sales name the margin and the revenue, not the sales', () => {
    const text = 'Pinecrest said revenue from home sales rose 5% to $6.2 billion, while gross margin on home sales fell to 20.5%.';
    expect(aboutOf(text, '5%', '2025-07-20').metric.category).toBe('revenue');
    expect(aboutOf(text, '$6.2 billion', '2025-07-20').metric.category).toBe('revenue');
    expect(aboutOf(text, '20.5%', '2025-07-20').metric.category).toBe('margin');
  });

  it('landlord abbreviations are no owner: "EPRA earnings per share", "NTA per share"', () => {
    const text = 'Hartwell Estates reported a rise in profit on Tuesday. EPRA earnings per share fell 3% to 21.6p, and NTA per share was 802p.';
    expect(aboutOf(text, '21.6p', '2025-07-20').subject?.name).toBe('Hartwell Estates');
    expect(aboutOf(text, '21.6p', '2025-07-20').metric.category).toBe('eps');
  });

  it('names that open with a housing word stay names ("Mortgage Bankers Association", "Home Depot")', () => {
    expect(aboutOf('Mortgage Bankers Association said applications fell 4%.', '4%', '2025-07-20').subject?.name).toBe('Mortgage Bankers Association');
    expect(aboutOf('Home Depot said sales rose 2% to $40 billion.', '$40 billion', '2025-07-20').subject?.name).toBe('Home Depot');
  });

  it('a housing count\'s month carries to the counts after it', () => {
    const text = 'U.S. building permits rose 2.6% in April, the Commerce Department said. Single-family permits fell 1.1%.';
    expect(aboutOf(text, '1.1%', '2025-05-20').period).toMatchObject({ start: '2025-04-01', end: '2025-04-30' });
  });
});

describe('property changes', () => {
  it('a yield that "moved out" rose', () => {
    const a = aboutOf('The equivalent yield moved out by 12 basis points to 6.1%.', '12 basis points', '2025-07-20');
    expect(a.direction).toBe('up');
    expect(a.metric.category).toBe('rate');
  });

  it('", with" and a noun open a clause about another measure; ", with net profit of" names the level', () => {
    const text = 'Gross margin narrowed to 19.2% from 23.4%, with incentives running at 11.5% of revenue.';
    expect(aboutOf(text, '23.4%', '2025-07-20').metric.category).toBe('margin');
    expect(aboutOf(text, '11.5%', '2025-07-20').change).toBeUndefined();
    const swung = 'Larkspur swung back to profit last year, with net profit of 52 mln euros against a loss of 17 mln.';
    expect(aboutOf(swung, '52 mln euros', '2025-07-20').direction).toBe('up');
  });
});

describe('property stories: direction and owner', () => {
  it.each([
    ['Brisbane led the capitals with a 1.4% monthly rise.', '1.4%', 'up'],
    ['Rents posted a 0.3% quarterly decline, the survey showed.', '0.3%', 'down'],
    ['Output saw a 2% sequential gain.', '2%', 'up'],
  ] as const)('%s → %s %s', (text, figure, direction) => {
    expect(aboutOf(text, figure, '2025-07-20').direction).toBe(direction);
  });

  it('a rank before a place ("the No. 2 U.S. homebuilder") describes the company, no topic of its own', () => {
    const text = 'Larchmont Homes posted a 12% drop in profit on Monday as the No. 2 U.S. homebuilder cut prices. Revenue rose 3% to $7.7 billion.';
    expect(aboutOf(text, '$7.7 billion', '2025-07-20').subject?.name).toBe('Larchmont Homes');
  });

  it('the place a price is of owns it, not the source that reports it', () => {
    const a = aboutOf('Prices in Scotland climbed 3.8% over the year, Halden Building Society said.', '3.8%', '2025-07-20');
    expect(a.subject?.name).toBe('Scotland');
    expect(a.metric.category).toBe('price');
  });
});

describe('a stated reporting span carries', () => {
  it('"in the six months to 30 September" on a valuation carries to the results after it', () => {
    const text = 'Hartwell Estates said the value of its portfolio rose 0.6% in the six months to 30 September.\n\nEPRA earnings per share fell 2% to 20.1p.';
    expect(aboutOf(text, '20.1p', '2025-11-12').period).toMatchObject({ start: '2025-04-01', end: '2025-09-30', basis: 'reported' });
  });

  it('"in the year to 31 December, down 6%" on a count of homes carries to the revenue after it', () => {
    const text = 'Ashdown Homes completed 9,120 homes in the year to 31 December, down 6%.\n\nRevenue fell 4% to £2.9bn.';
    expect(aboutOf(text, '£2.9bn', '2026-01-20').period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
  });

  it('"the year to date" is no stated span: the quarter named before it still carries', () => {
    const text = 'Velmont said on Thursday that it attracted net inflows of €9.1 billion in the third quarter, bringing the total for the year to date to €30.2 billion.\n\nAssets under management reached €1.1 trillion at the end of September.\n\nAdjusted net income rose 6% to €310 million.';
    expect(aboutOf(text, '€310 million', '2026-10-29').period).toMatchObject({ start: '2026-07-01', end: '2026-09-30' });
  });
});

describe("a trust's distributions", () => {
  it.each([
    ['For the year Harbourline expects FFO of 24 cents per security and distributions of 18.5 cents.', '18.5 cents'],
    ['The partnership will pay a quarterly distribution of 45 cts a unit on May 15.', '45 cts'],
    ['Ostrander declared a special distribution of $1.10 per share after the sale.', '$1.10'],
  ] as const)('%s → %s is a dividend', (text, figure) => {
    expect(aboutOf(text, figure, '2025-07-20').metric.category).toBe('dividend');
  });
});

describe("a housing market's prices over the period reported", () => {
  it('a median home price that moved takes the month the sales were reported for', () => {
    const text = 'Existing home sales rose 2.1% in June, the realtors group said. The median existing home price climbed 2.5% from a year earlier to $398,900.';
    const a = aboutOf(text, '$398,900', '2025-07-23');
    expect(a.metric.category).toBe('price');
    expect(a.period).toMatchObject({ start: '2025-06-01', end: '2025-06-30' });
  });

  it("a builder's average selling price takes the year its completions were reported for", () => {
    const text = 'Ashdown Homes completed 9,120 homes in the year to 31 December, down 6%.\n\nThe average selling price rose 3% to £341,000.';
    expect(aboutOf(text, '£341,000', '2026-01-20').period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
  });
});

describe('present-tense halving and tripling', () => {
  it.each([
    ['The tax-free band halves to £125,000 from April.', '£125,000', 'down'],
    ['The levy triples to $30,000 next year.', '$30,000', 'up'],
  ] as const)('%s → %s %s', (text, figure, direction) => {
    expect(aboutOf(text, figure, '2025-03-03').direction).toBe(direction);
  });
});

describe('a class of office space is no owner', () => {
  it('"Grade A office rents in Docklands fell": the place owns the rents, not "Grade"', () => {
    const a = aboutOf('Grade A office rents in Docklands fell to £52 per square foot in the quarter.', '£52', '2025-07-20');
    expect(a.subject?.name).toBe('Docklands');
    expect(a.metric.category).toBe('price');
  });
});
