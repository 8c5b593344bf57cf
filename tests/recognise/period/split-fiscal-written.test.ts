/**
 * A text that writes one split year as a fiscal year ("the 2025/26 fiscal year") writes its
 * other split years so too (src/recognise/period/index.ts `aprilSplitText`). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { periods } from './helpers';

const pick = (text: string, ref: string) => periods(text, ref).map((f) => [f.text, f.start, f.end]);

describe('split years in a text that names one a fiscal year', () => {
  it('are fiscal years on the calendar the text states, before and after the one named', () => {
    const text = 'PRETORIA (Wire) - The levy rises to 2% in 2026/27. It should raise 9 billion rand in the 2025/26 fiscal year, which starts on April 1, and the deficit should narrow by 2027/28.';
    expect(pick(text, '2025-03-12')).toEqual([
      ['2026/27', '2026-04-01', '2027-03-31'],
      ['2025/26 fiscal year', '2025-04-01', '2026-03-31'],
      ['April 1', '2025-04-01', '2025-04-01'],
      ['2027/28', '2027-04-01', '2028-03-31'],
    ]);
  });
  it('"fiscal 1987/88" makes the bare "1986/87" a fiscal year', () => {
    expect(pick('Revenue in fiscal 1987/88 will fall from 1986/87 levels.', '1987-03-01')).toEqual([
      ['fiscal 1987/88', '1987-04-01', '1988-03-31'],
      ['1986/87', '1986-04-01', '1987-03-31'],
    ]);
  });
  it('a text of seasons keeps both calendar years', () => {
    expect(pick('Cane output in the 1987/88 fiscal year and the 1986/87 crop season both fell.', '1987-03-01')).toContainEqual(['1986/87', '1986-01-01', '1987-12-31']);
  });
  it('a split year in a text that names no fiscal year stays two years', () => {
    expect(pick('The club signed him for the 2025/26 campaign.', '2025-06-01')).toEqual([['2025/26', '2025-01-01', '2026-12-31']]);
  });
});
