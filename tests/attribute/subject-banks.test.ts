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
