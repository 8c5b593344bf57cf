import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('"the bank", "the group": the name written with the noun', () => {
  it.each([
    ["Vestmark Bank raised its key rate on Thursday. Prices rose 3% in April, Statistics Vestland said. The bank's rate path implies a peak of around 5% next year.", '5%', 'Vestmark'],
    ['Orrin Group cut jobs in March. Analysts at Pell said demand was weak. The group had sales of $2 billion last year.', '$2 billion', 'Orrin Group'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });

  it('a description with a name before it in its own sentence keeps that name', () => {
    expect(aboutOf('Talmer Holdings raised prices. Orrin said the group had sales of $3 billion.', '$3 billion').subject?.name).toBe('Orrin');
  });
});

describe('words that are no names', () => {
  // A gerund opening a sentence ("Listing will be in …") is no name, nor a benchmark rate.
  it.each([
    ['Halvorsen Capital is selling 200 mln dlrs of notes. Listing will be in Luxembourg. The notes pay a coupon of 6.25 pct.', '6.25 pct', 'Halvorsen'],
    ['Brantwood Bank arranged the loan. Pricing was set at 3/4 pct over LIBOR, the bank said.', '3/4 pct', 'Brantwood'],
    // A time zone after a clock time; a capitalised "Est" in a name stays a name.
    ['Kelby shares rose to 212p at 0930 GMT from a close last night of 204p.', '204p', 'Kelby'],
    ['Copper was down 0.6% at $9,240 a tonne by 1100 GMT, having hit a record $9,512 on Tuesday.', '$9,512', 'Copper'],
    ['Holding company Rive Est plans to sell bonds worth 300 mln francs.', '300 mln francs', 'Rive Est'],
    // A word opening a sentence before an "-ing" word that opens a measure modifies it ("Lease operating costs").
    ['Dunmore Oil reported its results. Lease operating costs were $6.10 per barrel.', '$6.10', 'Dunmore Oil'],
    // A unit written with a capital after a number ("Mt", "Btu") owns nothing; "Mt Keith" is a place.
    ['Harrow Iron kept its guidance. Sales should reach 80-85 Mt. Nickel output rose 9% to 4,100 tonnes.', '9%', 'Harrow Iron'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });

  it('a paper quoting someone is a source, not the subject', () => {
    const text = 'Governor Ana Lund was quoted by the daily Morgenposten as saying the cut would help. Economists said the deficit rose to a record 41 billion crowns in 2025.';
    expect(aboutOf(text, '41 billion crowns').subject?.name).not.toBe('Morgenposten');
  });

  it('keeps a gerund-shaped name the text writes again, and sterling', () => {
    expect(aboutOf('Harding Foods bought a mill. Harding said sales rose 4%.', '4%').subject?.name).toBe('Harding');
    expect(aboutOf('Sterling rose 0.8% against the dollar on Monday.', '0.8%').subject?.name).toBe('Sterling');
  });

  it('a margin above a benchmark rate is a rate, not a change', () => {
    const a = aboutOf('Ostrava Steel will pay 5/8 pct above Libor on the new loan.', '5/8 pct');
    expect(a.metric?.category).toBe('rate');
    expect(a.direction).toBeUndefined();
    expect(aboutOf('Its shares closed 5% above the offer price.', '5%').direction).toBe('up');
  });
});

describe("a public body's name takes its capitalised words", () => {
  it.each([
    // The common words of the name are written in lower case elsewhere in the text.
    ['Brisk Corp said the exchange and its securities desk were busy. The Securities and Exchange Commission spent $2 million on it.', '$2 million', 'Securities and Exchange Commission'],
    ['Exports rose, and statistics were late. The Statistics Bureau said imports fell 3% in May.', '3%', 'Statistics Bureau'],
    ["The government's Economic Planning Agency said Japan's economy grew 1.1% last year.", '1.1%', 'Japan'],
    // A company name's head after common words of the name.
    ['Harlow Capital Markets said fees rose 7.25 pct last year.', '7.25 pct', 'Harlow Capital Markets'],
    ['The Grain and Feed Trade Association said freight rates rose 4 pct.', '4 pct', 'Grain and Feed Trade Association'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });

  it('a two-word nationality before a common noun names its country', () => {
    const a = aboutOf('West German wholesale prices fell 0.4% in May.', '0.4%');
    expect(a.subject?.name).toBe('West Germany');
    expect(a.subject?.span).toEqual({ start: 0, end: 11 });
    expect(aboutOf('New Zealand inflation slowed to 2.2% in June.', '2.2%').subject?.name).toBe('New Zealand');
  });
});

describe('names around a possessive, an addressee and "of"', () => {
  it.each([
    // A company ending after a possessive name is one name with it.
    ["Dobbs and Finch's Corp said profit rose 3% in May.", '3%', "Dobbs and Finch's Corp"],
    ["Mallory's Stores Inc said sales rose 6% last month.", '6%', "Mallory's Stores Inc"],
    // The name right after "of" owns the measure.
    ['Kestrel Ratings said it cut 400 mln dlrs of debt of Harlow Mills Corp.', '400 mln dlrs', 'Harlow Mills Corp'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });

  it('keeps a place before its company, a buyer before what it buys, and a product name', () => {
    expect(aboutOf("Norway's Fjordline Ltd said sales rose 5%.", '5%').subject?.name).toBe('Fjordline Ltd');
    expect(aboutOf('Quarry Corp agreed to the acquisition of Birch Mills Inc for $40 million.', '$40 million').subject?.name).toBe('Quarry Corp');
    expect(aboutOf('Tallow Toys said sales of Moon Racer models fell to $20 million.', '$20 million').subject?.name).toBe('Tallow Toys');
  });

  it('whom a speaker tells is no owner', () => {
    expect(aboutOf('Chairman Ravi Patel told Reuters that if the tin price rose above 18 ringgit a kilo, output would grow.', '18 ringgit').subject?.name).not.toBe('Reuters');
  });
});

describe('table labels are no names', () => {
  it.each([
    ['Six Mths Shr 85 cts vs 59 cts', '85 cts'],
    ['Period ended December 31. Shr 25 cts vs 20 cts', '25 cts'],
    ['Rev 138.9 mln dlrs vs 131.4 mln dlrs', '138.9 mln dlrs'],
  ])('%s', (text, figure) => {
    const name = aboutOf(text, figure).subject?.name;
    expect(['Mths', 'Period', 'Rev']).not.toContain(name);
  });

  it('"Rev" is revenue', () => {
    expect(aboutOf('Rev 138.9 mln dlrs vs 131.4 mln dlrs', '138.9 mln dlrs').metric?.category).toBe('revenue');
  });
});

describe('grades, negations and contractions are no names', () => {
  it.each([
    ['The notes are rated AA-minus. The notes yield 7.5%.', '7.5%', 'AA-minus'],
    ['Harlow Mills sold $50 million of bonds. Non-callable for five years, they yield 7.5%.', '7.5%', 'Non-callable'],
    ["We're selling notes that yield 7.5%, the chief said.", '7.5%', "We're"],
  ])('%s', (text, figure, notName) => {
    expect(aboutOf(text, figure).subject?.name).not.toBe(notName);
  });
});

describe('a bracketed word inside a company name', () => {
  it.each([
    ['Harbour Equity (Asia) Ltd said it raised its stake in Corbel Foods to 12.4 pct.', '12.4 pct', 'Harbour Equity (Asia) Ltd'],
    ['Sakura Securities Co (Europe) Ltd said its fees rose 6.5 pct.', '6.5 pct', 'Sakura Securities Co (Europe) Ltd'],
    ['Kestrel Finance (Hong Kong) Ltd. Lead managers said fees rose 2 pct.', '2 pct', 'Kestrel Finance (Hong Kong) Ltd'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});

describe("a body's head word alone names the body named in full before", () => {
  it.each([
    ['The Finance Ministry published its data on Monday. The Ministry said exports rose 4.1 pct in March.', '4.1 pct', 'Finance Ministry'],
    ['Figures came from the Statistics Bureau. The Bureau said imports fell 2 pct.', '2 pct', 'Statistics Bureau'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});

describe("a rating agency is a source; a name with 's before the figure owns it", () => {
  it.each([
    ["Standard and Poor's Corp said it cut the ratings of Harlow Electric Co. About 500 mln dlrs of long-term debt is outstanding.", '500 mln dlrs', 'Harlow Electric Co'],
    ["Kestrel Ratings said it placed Harlow Trucks Inc's 140 mln dlrs of senior debt on review.", '140 mln dlrs', 'Harlow Trucks Inc'],
    ["Brisco Corp said it will resist Quarry Group's 46 dlrs a share takeover offer.", '46 dlrs', 'Quarry Group'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});

describe('a first name before a place word is a place, not a person', () => {
  it.each([
    ['Henry Hub gas futures climbed 4% to $2.95 per mmBtu.', '4%', 'Henry Hub'],
    ['Crude stocks at Cushing Terminal fell 2% to 21 mln barrels.', '2%', 'Cushing Terminal'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});

describe('"Trading" opening a name stays part of it though "trading at" names a price', () => {
  it('Texaco Trading and Transport', () => {
    expect(aboutOf('Rellis Trading and Transport Inc said it earned 4.2 mln dlrs in 1986.', '4.2 mln dlrs').subject?.name).toBe('Rellis Trading and Transport Inc');
  });
});
