/**
 * Japanese and Indian results: a text that counts in crore and lakh (or writes "₹") and names no
 * place reads its fiscal labels on India's April-to-March year (recognise/period/index.ts), and
 * "the current fiscal year ending February 2027" is one period, with its end
 * (recognise/period/relative.ts). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { periods } from './helpers';

const pick = (text: string, ref: string) => periods(text, ref).map((f) => [f.text, f.start, f.end]);

describe('crore, lakh and "₹" with no place named: fiscal labels on the April year', () => {
  it.each([
    ['Godavari Cables posts profit of ₹412 crore; FY25 sales at ₹3,100 crore', '2025-05-02', [
      ['FY25', '2024-04-01', '2025-03-31']]],
    // A bare quarter that the months written out number on the April year is a fiscal one too.
    ['Godavari Cables Q4 profit at ₹412 crore\n\nProfit for the January-March quarter rose in FY25.', '2025-05-02', [
      ['Q4', '2025-01-01', '2025-03-31'], ['January-March quarter', '2025-01-01', '2025-03-31'], ['FY25', '2024-04-01', '2025-03-31']]],
    ['Sutlej Textiles earned Rs 86 crore in FY24 and expects Rs 1.1 lakh crore of orders over FY25-FY27.', '2024-06-10', [
      ['FY24', '2023-04-01', '2024-03-31'], ['FY25-FY27', '2024-04-01', '2027-03-31']]],
    ['Revenue was ₹920 crore in fiscal 2026.', '2026-05-20', [['fiscal 2026', '2025-04-01', '2026-03-31']]],
  ] as const)('%s', (text, ref, expected) => {
    expect(pick(text, ref)).toEqual(expected);
  });

  it('without those units, or with another place named, the labels stay calendar years', () => {
    expect(pick('Godavari Cables posted FY25 sales of $310 million.', '2025-05-02')).toEqual([['FY25', '2025-01-01', '2025-12-31']]);
    expect(pick('TOKYO, May 2: The Japanese unit earned Rs 350 crore in FY25.', '2025-05-02').slice(1)).toEqual([['FY25', '2025-01-01', '2025-12-31']]);
  });
});

describe('"the current fiscal year ending …" is read with its end', () => {
  it.each([
    ['For the current fiscal year ending February 2027, the grocer forecast a profit.', '2026-04-20', [
      ['fiscal year ending February 2027', '2026-03-01', '2027-02-28']]],
    ['In the current fiscal year ending March 31, 2027, margins should recover.', '2026-06-01', [
      ['fiscal year ending March 31, 2027', '2026-04-01', '2027-03-31']]],
    // "Through" a day is the year so far, and "last" the year before, as they were read.
    ['Sales in the nine weeks of its current fiscal year through April 4 rose 7%.', '1987-04-09', [
      ['current fiscal year through April 4', '1987-01-01', '1987-04-04']]],
    ['In its last fiscal year ending October 31, the company earned a record.', '1987-06-02', [
      ['last fiscal year', '1985-11-01', '1986-10-31'], ['October 31', '1986-10-31', '1986-10-31']]],
    // With no end written, it is still this fiscal year.
    ['Margins should recover in the current fiscal year, the chairman said.', '2026-06-01', [
      ['current fiscal year', '2026-01-01', '2026-12-31']]],
  ] as const)('%s', (text, ref, expected) => {
    expect(pick(text, ref)).toEqual(expected);
  });
});
