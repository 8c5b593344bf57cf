/**
 * Attribution in emerging-market business news (Latin America, Africa, the Gulf): the rate
 * names of its central banks, EBITDA spelled out, sukuk, a bank's loan book, a short company
 * name defined in brackets, the verbs of its inflation stories, "by a cumulative", a result
 * "on revenue of", and the countries of its adjectives (lexicon/metrics.ts, change-verbs.ts,
 * demonyms.ts; attribute/cues.ts, acronym.ts, change.ts, metric.ts). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

const REF = '2025-10-01';

describe('metric words of emerging-market news', () => {
  it.each([
    // Brazil's policy rate is a rate, never a name that owns it.
    ['Brazil\'s central bank left the Selic at 14.25% on Wednesday.', '14.25%', 'rate'],
    ['Traders now see the Selic ending 2026 at 11.5%.', '11.5%', 'rate'],
    // EBITDA spelled out names EBITDA, not a tax.
    ['Earnings before interest, taxes, depreciation and amortization rose 7% to 3.1 billion pesos in Mexico.', '7%', 'ebitda'],
    ['Earnings before interest, tax, depreciation and amortisation (EBITDA) fell 4% to R2.2 billion.', 'R2.2 billion', 'ebitda'],
    // Islamic bonds are debt.
    ['The Saudi lender sold $1.25 billion of sukuk on Monday.', '$1.25 billion', 'debt'],
    // A bank's loan book is what it holds.
    ['The Lagos bank said its loan book expanded 21% in the half.', '21%', 'assets'],
    ['Gross loans and advances rose 6% to Sh540 billion in Nairobi.', 'Sh540 billion', 'assets'],
    // "on revenue of" names the later amount, not the change before it.
    ['The miner posted net profit of $210 million, down 12% from a year earlier, on revenue of $1.9 billion.', '12%', 'profit'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure, REF).metric?.category).toBe(metric);
  });
});

describe('a short name defined in brackets', () => {
  it.each([
    ['Petroleo Andino SA (Petroandino) said quarterly profit rose 8%. Petroandino shares gained.', '8%', 'Petroleo Andino SA (Petroandino)'],
    ['Arabian Cement Co (Arcem) reported net income of SR 410 million. Arcem said demand held up.', 'SR 410 million', 'Arabian Cement Co (Arcem)'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, REF).subject?.name).toBe(subject);
  });

  it('does not take a place or a wire in brackets for a name', () => {
    expect(aboutOf('Kestrel Mining Corp (Canada) said profit rose 8%. Canada is its home.', '8%', REF).subject?.name).toBe('Kestrel Mining Corp');
  });
});

describe('directions of central bank and inflation stories', () => {
  it.each([
    ['Annual inflation cooled to 14.2% in September.', '14.2%', 'down'],
    ['Inflation moderated to 4.1% in August.', '4.1%', 'down'],
    ['Consumer price inflation quickened to 5.6% in July.', '5.6%', 'up'],
    ['The central bank has lowered borrowing costs by a cumulative 625 basis points since March.', '625 basis points', 'down'],
    ['The bank raised its key rate by a combined 300 basis points this year.', '300 basis points', 'up'],
  ] as const)('%s → %s %s', (text, figure, direction) => {
    expect(aboutOf(text, figure, REF).direction).toBe(direction);
  });
});

describe('countries of emerging-market adjectives', () => {
  it.each([
    ['Angolan inflation slowed to 19.4% in August.', '19.4%', 'Angola'],
    ['Ugandan inflation rose to 3.8% in September.', '3.8%', 'Uganda'],
    ['DUBAI - Harbour Point Bank reported a profit of Dh 2 billion. The UAE central bank expects the economy to grow 4.9% next year.', '4.9%', 'UAE'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, REF).subject?.name).toBe(subject);
  });
});

describe('currencies of emerging-market stories', () => {
  it.each([
    // An amount of one currency per another is an exchange rate, though "traded at" names a price.
    ['The naira weakened again. It traded at 1,612 naira per dollar on the parallel market.', '1,612 naira', 'rate'],
    ['The cedi changed hands at 15.2 cedis per dollar.', '15.2 cedis', 'rate'],
    // A currency right before ", which …" is what the clause's verb moved.
    ['The rand, which slid 6% against the dollar in the quarter, hurt the miner.', '6%', 'rate'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure, REF).metric?.category).toBe(metric);
  });

  it('a currency before ", which …" owns the move inside it', () => {
    const about = aboutOf('The lira, which lost 19% against the dollar last year, steadied in March.', '19%', REF);
    expect(about.subject?.name).toBe('lira');
    expect(about.direction).toBe('down');
  });

  it('"remains up about 11%": a verb that holds a level before a hedged move', () => {
    const about = aboutOf('The sol fell on Monday, though it remains up about 6% against the dollar this year.', '6%', REF);
    expect(about.direction).toBe('up');
  });

  it('"it" after a currency that moved is that currency, not the name read first', () => {
    const text = "Bank Indonesia's board met on Monday. The rupiah slipped 0.3% to 16,420 per dollar, though it remains up about 2% this quarter.";
    const about = aboutOf(text, '2%', REF);
    expect(about.subject?.name).toBe('rupiah');
    expect(about.metric?.category).toBe('rate');
  });

  it('an amount of a currency per another is that currency\'s rate', () => {
    const about = aboutOf('Halden Bank raised its dividend. The naira weakened again. It traded at 1,612 naira per dollar on the parallel market.', '1,612 naira', REF);
    expect(about.subject?.name).toBe('naira');
    // A subject of its own clause stays: a company's assumed rate is the company's.
    expect(aboutOf('Kestrel Motors assumes 152 yen per dollar for the year.', '152 yen', REF).subject?.name).toBe('Kestrel Motors');
  });
});

describe('an economy\'s headline measure in a company story', () => {
  it('is the country\'s, not the company\'s the story is about', () => {
    const text = 'ACCRA - Volta Cocoa Ltd, one of Ghana\'s biggest exporters, said sales rose 9%. Annual inflation eased to 21.5% in August, the lowest in two years.';
    expect(aboutOf(text, '21.5%', REF).subject?.name).toBe('Ghana');
    // The company keeps its own figures.
    expect(aboutOf(text, '9%', REF).subject?.name).toBe('Volta Cocoa Ltd');
  });

  it('is not moved off a place, nor is a company\'s own cost inflation', () => {
    expect(aboutOf('Hong Kong\'s retailers are upbeat, and China buys more. Gross domestic product grew 3.1% last year.', '3.1%', REF).subject?.name).toBe('Hong Kong');
    expect(aboutOf('Marlow Foods Plc, which sells in Kenya, said sales rose 4%. Wage inflation of 6% squeezed margins.', '6%', REF).subject?.name).toBe('Marlow Foods Plc');
  });

  it('"Saudi Arabia" is one name, not "Arabia"', () => {
    expect(aboutOf('Saudi Arabia\'s economy expanded 3.2% in the second quarter.', '3.2%', REF).subject?.name).toBe('Saudi Arabia');
  });
});

describe('periods of emerging-market results', () => {
  it('the base of a revised plan is the plan for the same year', () => {
    const text = 'The Istanbul glassmaker lowered its 2025 capital expenditure plan to TL 3 billion from TL 4.2 billion.';
    expect(aboutOf(text, 'TL 4.2 billion', REF).period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
    expect(aboutOf(text, 'TL 3 billion', REF).period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
  });

  it('a result later in a sentence that calls a measure quarterly is of the same quarter', () => {
    const text = 'DUBAI - Harbour Telecom posted a third-quarter profit of Dh 1.1 billion. For the first nine months, profit was Dh 3.2 billion. '
      + 'Rival Dune Telecom said quarterly net profit rose 6% to Dh 900 million, and its revenue reached Dh 5.1 billion, up 2%.';
    expect(aboutOf(text, 'Dh 5.1 billion', REF).period).toMatchObject({ start: '2025-07-01', end: '2025-09-30' });
    expect(aboutOf(text, '2%', REF).period).toMatchObject({ start: '2025-07-01', end: '2025-09-30' });
  });

  it('not a figure whose sentence names its year, nor the base of a change', () => {
    const text = 'DUBAI - Harbour Telecom posted a third-quarter profit of Dh 1.1 billion. For the first nine months, profit was Dh 3.2 billion. '
      + 'Rival Dune Telecom reported a 6% drop in quarterly revenue to Dh 4.9 billion and cut its 2025 margin target to 31% from 33%.';
    expect(aboutOf(text, '31%', REF).period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
    expect(aboutOf(text, '33%', REF).period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
  });
});
