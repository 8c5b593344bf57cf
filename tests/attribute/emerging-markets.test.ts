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
