import { describe, expect, it } from 'vitest';
import { spanned, periods } from './helpers';

// A year between a possessive and "accounts" dates a company's books (recognise/period/year.ts,
// lexicon BOOKS_OWNERS); a number before "accounts" with no possessive is still a count.
describe('a year before "accounts"', () => {
  it.each([
    ['The bank took a provision of £150 million in its 2025 accounts.', [['2025', 49, 53, '2025-01-01', '2025-12-31']]],
    ['Their 2024 accounts showed a loss.', [['2024', 6, 10, '2024-01-01', '2024-12-31']]],
    ['The lender said our 2023 accounts were restated.', [['2023', 20, 24, '2023-01-01', '2023-12-31']]],
    ['The bank closed 2000 accounts.', []],
    ['The bank has 2025 accounts in Ohio.', []],
    ['It opened the 2025 accounts in Ohio.', []],
  ] as const)('%s', (text, expected) => {
    expect(periods(text, '2026-03-12').map(spanned)).toEqual(expected);
  });
});

// "the financial year", the British and Australian name of the fiscal year, after a half or a
// quarter "of the" (recognise/period/read.ts), as "the fiscal year" is read.
describe('a half or quarter "of the financial year"', () => {
  it.each([
    ['Margins should stabilise in the second half of the financial year to September 30.', [['second half of the financial year to September 30', 32, 81, '2025-04-01', '2025-09-30']]],
    ['Profit rose in the first half of the financial year to March 31.', [['first half of the financial year to March 31', 19, 63, '2025-10-01', '2026-03-31']]],
    ['Profit rose in the first half of the financial year ending March 31, 2027.', [['first half of the financial year ending March 31, 2027', 19, 73, '2026-04-01', '2026-09-30']]],
    ['Profit will rise in the second half of the financial year.', [['second half of the financial year', 24, 57, '2026-07-01', '2026-12-31']]],
    // not a financial "year" at all
    ['It spent the first half of the financial crisis in Paris.', []],
  ] as const)('%s', (text, expected) => {
    expect(periods(text, '2026-05-06').map(spanned)).toEqual(expected);
  });
});
