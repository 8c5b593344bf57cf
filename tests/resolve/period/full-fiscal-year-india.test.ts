/**
 * "the full fiscal year" on an Indian text's April-to-March year once its quarters are named as
 * fiscal ones (resolve/period/resolve.ts, anaphora with wholeYear). Sentences written for this
 * project.
 */
import { describe, expect, it } from 'vitest';
import { periods } from '../../recognise/period/helpers';

const pick = (text: string, ref: string) => periods(text, ref).map((f) => [f.text, f.start, f.end]);

describe('the full fiscal year after a fiscal quarter of an Indian text', () => {
  it('is the April-to-March year the quarter is part of', () => {
    const text = 'Q2 loss widens at Saffron Air\n\nMUMBAI, Nov 4: Saffron Air lost more in the July-September quarter, and sees capacity growth in the third quarter of FY27 and for the full fiscal year.';
    expect(pick(text, '2026-11-04').slice(-2)).toEqual([
      ['third quarter of FY27', '2026-10-01', '2026-12-31'],
      ['full fiscal year', '2026-04-01', '2027-03-31'],
    ]);
  });

  it('stays the calendar year in a text that names no fiscal quarter', () => {
    const text = 'LONDON, Nov 4: Saffron Air expects growth in the third quarter and for the full fiscal year.';
    expect(pick(text, '2026-11-04').slice(-1)).toEqual([['full fiscal year', '2026-01-01', '2026-12-31']]);
  });
});
