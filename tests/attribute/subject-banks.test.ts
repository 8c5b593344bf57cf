/**
 * Subjects in bank and insurer news (attribute/entities.ts, subject.ts, index.ts): "Bank of …"
 * inside a sentence, banks' measure and benchmark abbreviations, two-place datelines, and the
 * one fined as the object of "fined" or after "a penalty of … on". Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('"Bank of …" inside a sentence, where the text also writes "the bank"', () => {
  it.each([
    ['State-run Bank of Kaveri posted a 14% rise in profit. The bank also cut costs.', '14%', 'Bank of Kaveri'],
    ['Shares of Bank of Rotsund fell 3% after the bank warned on margins.', '3%', 'Bank of Rotsund'],
    // A name right before "Bank of" is its first word.
    ['The Merchant Bank of Ostria cut its rate by 0.25% as the bank saw prices slow.', '0.25%', 'Merchant Bank of Ostria'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});

describe("banks' abbreviations, table headings and benchmark rates own nothing", () => {
  it.each([
    ['Calderon Bank said profit rose 8%. Gross NPA ratio eased to 2.4% in the period.', '2.4%', 'Calderon Bank'],
    ['Linford Bank earned $2 billion. NIM slipped 4bps as SORA fell, and fees rose 9%.', '9%', 'Linford Bank'],
    ['Ardent Insurance lifted premiums. Group, DKKm figures aside, profit came to DKK 900m.', 'DKK 900m', 'Ardent Insurance'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});

describe('a dateline of two places joined by a slash', () => {
  it('neither place is the subject', () => {
    const text = 'OSLO/HELSINKI, March 3 - Fennor Bank raised its dividend. Costs rose 6% in the quarter.';
    expect(aboutOf(text, '6%').subject?.name).toBe('Fennor Bank');
  });
});

describe('the one fined owns the fine', () => {
  it.each([
    ['Brightwater Bank cut jobs. Margins fell. Costs rose. Profit slid. The watchdog fined the group £4.2 million on Tuesday.', '£4.2 million', 'Brightwater Bank'],
    ['Velda Life sold a unit. The Insurance Commission fined it $3 million for mis-selling.', '$3 million', 'Velda Life'],
    ['Torvik Finance grew loans. The central bank imposed a penalty of Rs 2 crore on the lender.', 'Rs 2 crore', 'Torvik Finance'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});

describe('capitalised common words after "the" that end in a bank\'s or a body\'s head word', () => {
  it('are a name though the text writes them in lower case too', () => {
    const text = 'The Icelandic Central Bank cut its policy rate by 25 basis points to 2.25%. The central bank said more cuts may follow.';
    expect(aboutOf(text, '2.25%').subject?.name).toBe('Icelandic Central Bank');
  });
});

describe('a plural common noun or "Management" opening a sentence is no name', () => {
  it.each([
    ['Pellham Bank posted record fees. Advances rose 6% to $40 billion.', '6%', 'Pellham Bank'],
    ['Acme Bank grew loans. Impairments rose 12% to $80m.', '$80m', 'Acme Bank'],
    ['Corvina Insurance lifted its dividend. Management expects premiums to grow 4% next year.', '4%', 'Corvina Insurance'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});

describe('objects are no antecedents', () => {
  it('the object of the subject\'s verb is passed over for "its"', () => {
    expect(aboutOf('Halvard Bank followed the Fed with a cut in its deposit rate to 1.5%.', '1.5%').subject?.name).toBe('Halvard Bank');
  });

  it('a name joined by "and" and a word to a governed name is governed too', () => {
    const text = 'Morrow Bank said losses rose to $90 million, much of it tied to offices in Ruritania and northern Zembla, from $60 million.';
    expect(aboutOf(text, '$60 million').subject?.name).toBe('Morrow Bank');
  });
});

describe('rulebooks, capital tiers and laws own nothing', () => {
  it.each([
    ['Garrow Bank said its CET1 ratio, on a fully loaded Basel III basis, was 12.8%.', '12.8%', 'Garrow Bank'],
    ['Silvan Re sold a CHF 300m Additional Tier 1 note with a 5.5% coupon.', '5.5%', 'Silvan Re'],
    ['Ostmark Life plans to raise $900m through Solvency II-compliant bonds.', '$900m', 'Ostmark Life'],
    // Nor does a law: "under the Inflation Reduction Act, the company …" (the mention may be its head alone).
    ['Velmar Cells said its loss narrowed. Excluding credits under the Inflation Reduction Act, the company would have made an operating profit of 90 billion won.', '90 billion won', 'Velmar Cells'],
    ['Excluding grants under the CHIPS Act, Tessaran Devices would have lost $40 million.', '$40 million', 'Tessaran Devices'],
    // (A firm whose name ends in "Law", not after "the", is no law.)
    ['Velmar will invest in Texas under the Act. Orvane Law firm revenue rose 5%.', '5%', 'Orvane Law'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});

describe('no topic from a one-word segment name', () => {
  it('a capitalised common word after a lower-case word, written once, does not take over the story', () => {
    const text = 'Vesterhav Insurance said premiums rose 5% to DKK 8bn, of which Marine grew 3% and Property 6%. The solvency ratio was 190%.';
    expect(aboutOf(text, '190%').subject?.name).toBe('Vesterhav Insurance');
  });
});
