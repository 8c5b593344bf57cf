/** A fiscal label in a text about a country whose fiscal year runs April to March (India). */
import { describe, expect, it } from 'vitest';
import { periods } from './helpers';

const pick = (text: string, ref: string, fiscalYearStart?: number) =>
  periods(text, ref, fiscalYearStart).map((f) => [f.text, f.start, f.end]);

describe('an Indian text reads fiscal labels on the April-to-March year', () => {
  it.each([
    ['MUMBAI, July 30: Kesar Cements posted a profit for FY26 and guided higher for FY27.', '2026-07-30', [
      ['July 30', '2026-07-30', '2026-07-30'], ['FY26', '2025-04-01', '2026-03-31'], ['FY27', '2026-04-01', '2027-03-31']]],
    ['BENGALURU (Wire) - The Indian IT services firm expects margins to widen in fiscal 2027.', '2026-05-02', [
      ['fiscal 2027', '2026-04-01', '2027-03-31']]],
    ['NEW DELHI, Feb 3: The airline will add 40 aircraft over FY27-FY29.', '2026-02-03', [
      ['Feb 3', '2026-02-03', '2026-02-03'], ['FY27-FY29', '2026-04-01', '2029-03-31']]],
  ] as const)('%s', (text, ref, expected) => {
    expect(pick(text, ref)).toEqual(expected);
  });

  it('a calendar year and a bare quarter stay calendar ones', () => {
    expect(pick('MUMBAI, July 30: Kesar Cements sold more in 2025 than in Q1.', '2026-07-30').slice(1)).toEqual([
      ['2025', '2025-01-01', '2025-12-31'], ['Q1', '2026-01-01', '2026-03-31']]);
  });

  it('a bare quarter numbered as the months written out are on the April year is a fiscal quarter', () => {
    expect(pick('Q3 profit doubles at Kesar Cements\n\nMUMBAI, Jan 28: Kesar Cements earned more in the October-December quarter, and expects a better Q4.', '2027-01-28')).toEqual([
      ['Q3', '2026-10-01', '2026-12-31'], ['Jan 28', '2027-01-28', '2027-01-28'], ['October-December quarter', '2026-10-01', '2026-12-31'], ['Q4', '2027-01-01', '2027-03-31']]);
    // A bare quarter of another number than the months' fiscal one says nothing.
    expect(pick('MUMBAI, July 30: Kesar Cements grew in Q3 after the January-March quarter.', '2026-07-30').slice(1)).toEqual([
      ['Q3', '2026-07-01', '2026-09-30'], ['January-March quarter', '2026-01-01', '2026-03-31']]);
  });

  it("a stated year end, or the caller's calendar, wins", () => {
    expect(pick('MUMBAI (Wire) - Kesar Cements, whose fiscal year ends December 31, grew in FY26.', '2026-07-30')).toContainEqual(['FY26', '2026-01-01', '2026-12-31']);
    expect(pick('MUMBAI (Wire) - Kesar Cements grew in FY26.', '2026-07-30', 1)).toContainEqual(['FY26', '2026-01-01', '2026-12-31']);
  });

  it('a text about another country keeps the calendar year', () => {
    expect(pick('TOKYO (Wire) - Sendai Motor grew in FY26.', '2026-07-30')).toContainEqual(['FY26', '2026-01-01', '2026-12-31']);
  });
});

describe("a split year after a word of a budget's balance is that government's fiscal year", () => {
  it.each([
    ['CANBERRA, Dec 17 - Treasury forecast a cash deficit of A$36 billion for 2026-27.', '2026-12-17', ['2026-27', '2026-07-01', '2027-06-30']],
    ['LONDON, March 4 - Public borrowing in 2026/27 is seen at 95 billion pounds.', '2027-03-04', ['2026/27', '2026-04-01', '2027-03-31']],
    ['NEW DELHI, Feb 1 - The 2027-28 budget raises capital spending.', '2027-02-01', ['2027-28', '2027-04-01', '2028-03-31']],
    // A season keeps both calendar years.
    ['CANBERRA, Dec 17 - The 2026-27 season began with rain.', '2026-12-17', ['2026-27', '2026-01-01', '2027-12-31']],
  ] as const)('%s', (text, ref, expected) => {
    expect(pick(text, ref)).toContainEqual(expected);
  });
});

describe('a text about a country whose fiscal year runs July to June reads fiscal labels on it', () => {
  it.each([
    ["SYDNEY, Feb 25 – Brindle Foods, Australia's third-largest grocer, expects profit of A$410 million for the 2026 financial year.", '2026-02-25', [
      ['Feb 25', '2026-02-25', '2026-02-25'], ['2026 financial year', '2025-07-01', '2026-06-30']]],
    ["KARACHI, March 2: Pakistan's government expects revenue of 9 trillion rupees in fiscal 2026.", '2026-03-02', [
      ['March 2', '2026-03-02', '2026-03-02'], ['fiscal 2026', '2025-07-01', '2026-06-30']]],
    // Perth, the home of Australia's miners, is an Australian place too; a part of "its" year is the fiscal one.
    ['PERTH, Jan 28 – Coolgardie Iron cut costs in the second quarter of its 2026 financial year and kept its fiscal 2026 outlook.', '2026-01-28', [
      ['Jan 28', '2026-01-28', '2026-01-28'], ['second quarter of its 2026 financial year', '2025-10-01', '2025-12-31'], ['fiscal 2026', '2025-07-01', '2026-06-30']]],
    // Calendar years and quarters written with their year stay the calendar's.
    ['SYDNEY, Feb 25 – Brindle Foods said sales rose 3% in 2025 and in the first quarter of 2026.', '2026-02-25', [
      ['Feb 25', '2026-02-25', '2026-02-25'], ['2025', '2025-01-01', '2025-12-31'], ['first quarter of 2026', '2026-01-01', '2026-03-31']]],
  ] as const)('%s', (text, ref, expected) => {
    expect(pick(text, ref)).toEqual(expected);
  });
});
