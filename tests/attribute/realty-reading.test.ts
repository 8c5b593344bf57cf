/**
 * Real estate stories as landlords, REITs, homebuilders and housing reports write them: how a
 * figure is counted ("on a cash basis"), floor-space prices, the rate on a mortgage, a value
 * written down, a landlord's buildings and units, a region's buyer, and a monthly statistic's
 * lead. Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index';
import { aboutOf } from './helpers';

const REF = '2025-10-23';

describe('metrics of property stories', () => {
  it.each([
    // "on a cash basis" says how rents were counted, not cash (lexicon/metrics.ts, cash-basis)
    ['Halworth REIT said rents on new leases were 7.4% higher on a cash basis.', '7.4%', 'price'],
    // an amount per square foot, metre or acre is a price (lexicon/metrics.ts PRICE_UNITS)
    ['Halworth said rents averaged $61.20 per square foot across the portfolio.', '$61.20', 'price'],
    ['Leases in the new tower were signed at €38 a square metre a month.', '€38', 'price'],
    // the rate on a loan of a stated term is the measure, not the loan (metric.ts rateOn)
    ['The average rate on a 30-year fixed-rate mortgage fell to 6.21% last week.', '6.21%', 'rate'],
    ['The rate on 15-year loans slipped to 5.48% from 5.55%.', '5.48%', 'rate'],
    ['The rate on 15-year loans slipped to 5.48% from 5.55%.', '5.55%', 'rate'],
    // a REIT's FFO with no scale is per share (metric.ts, lexicon/metrics.ts FFO_PHRASES); in millions it stays a profit
    ['Analysts polled by LSEG had expected core FFO of 58 cents for Halworth.', '58 cents', 'eps'],
    ['Halworth said funds from operations rose to $318 million in the year.', '$318 million', 'profit'],
    // the homes sold are what a median price prices, no deal (lexicon/metrics.ts price.names)
    ['The median price of a new home sold in August was $409,800, the department said.', '$409,800', 'price'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure, REF).metric.category).toBe(category);
  });
});

describe('a value written down moved down (lexicon/change-verbs.ts)', () => {
  it('"wrote down … by 9.4%" is down; "wrote down $400m" is the write-down, a cost with no move', () => {
    const a = aboutOf('Kestrel Wohnen wrote down the value of its flats by 9.4% in 2024.', '9.4%', '2025-03-20');
    expect(a.direction).toBe('down');
    expect(a.subject?.name).toBe('Kestrel Wohnen');
    const b = aboutOf('Kestrel Wohnen wrote down $400 million of goodwill.', '$400 million', '2025-03-20');
    expect(b.metric.category).toBe('cost');
    expect(b.direction).toBeUndefined();
  });
});

describe('whose figure it is in property stories', () => {
  it('a place after "its" and a count says where the owner\'s buildings are (subject.ts afterCommonPossessive)', () => {
    const text = 'Coraline Property Trust owns malls in Perth and Sydney. Its three Sydney towers were 91% leased.';
    expect(aboutOf(text, '91%', REF).subject?.name).toMatch(/^Coraline Property/);
  });

  it('"Units in the trust" opening a sentence name no one (entities.ts)', () => {
    const text = 'Coraline Property Trust raised its payout. Units in the trust closed 1.2% higher at S$1.84.';
    expect(aboutOf(text, '1.2%', REF).subject?.name).toMatch(/^Coraline Property/);
    expect(aboutOf(text, 'S$1.84', REF).subject?.name).toMatch(/^Coraline Property/);
  });

  it('a region\'s adjective before a buyer names no one: the seller owns the price (entities.ts, lexicon/demonyms.ts)', () => {
    const text = 'Ashgrove Estates has sold its riverside offices to a Middle Eastern pension fund for £415 million.';
    const a = aboutOf(text, '£415 million', REF);
    expect(a.metric.category).toBe('deal-value');
    expect(a.subject?.name).toBe('Ashgrove Estates');
  });

  it('a company the text names by a region\'s words elsewhere keeps them as a name', () => {
    const text = 'North American Timber sold stock to its staff plan. The sale was for 1.5 million North American common shares, about 5.1% of the company\'s shares, North American said.';
    expect(aboutOf(text, '5.1%', REF).subject?.name).toMatch(/^North/);
  });
});

describe('a monthly statistic\'s lead names no trading session (index.ts sessionDay)', () => {
  it('"house prices rose 0.5 per cent in March, … said on Thursday": later price moves are not Thursday\'s', () => {
    const text = 'LONDON, April 3 (Wire) - British house prices rose 0.5 per cent in March, the Thamesdown Building Society said on Thursday.\n\nPrices in Wales rose 3.9 per cent year on year.';
    const figures = extract(text, { attribution: true, referenceDate: '2025-04-03' });
    const f = figures.find((x) => x.text === '3.9 per cent');
    expect(f && f.kind !== 'period' ? f.about?.period?.basis : 'none').not.toBe('session');
  });

  it('a market report\'s lead still names the session', () => {
    const text = 'LONDON, April 3 (Wire) - British shares fell 1.1% on Thursday as housebuilders slid.\n\nShares in Halden Homes dropped 3.9%.';
    const figures = extract(text, { attribution: true, referenceDate: '2025-04-03' });
    const f = figures.find((x) => x.text === '3.9%');
    expect(f && f.kind !== 'period' ? f.about?.period?.start : undefined).toBe('2025-04-03');
  });
});
