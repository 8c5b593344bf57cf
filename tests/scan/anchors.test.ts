import { describe, expect, it } from 'vitest';
import type { Doc } from '../../src/document';
import { makeDoc } from '../../src/document';
import { resolveOptions } from '../../src/options';
import { numberAnchors, scanAnchored } from '../../src/scan/anchors';
import { CURRENCY_KEY } from '../../src/scan/word-classes';
import '../../src/index';

const doc = (text: string): Doc => makeDoc(text, resolveOptions({}));
/** A reader that reports every start it is asked about, as a one-token reading. */
const starts = (d: Doc, lookback: number, key?: Parameters<typeof scanAnchored>[3]): string[] =>
  scanAnchored(d, lookback, (i) => (d.tokens[i]!.kind === 'number' ? { next: i + 1, at: d.tokens[i]!.text } : undefined), key).map((r) => r.at);

describe('anchored scanning', () => {
  it('anchors on digits and on words that open a spelled-out number', () => {
    const d = doc('Sales of two million units rose 5 pct, a half of them in 1987.');
    expect(numberAnchors(d).map((i) => d.tokens[i]!.text)).toEqual(['two', '5', 'a', 'half', '1987']);
  });

  it('skips anchors with no key word in the window', () => {
    const d = doc('The 1987 plan had 12 steps. It cost 5 mln dlrs. Then 7 more.');
    expect(starts(d, 2)).toEqual(['1987', '12', '5', '7']);
    // "dlrs" is token 11; "12" is token 4, "5" token 9, "7" token 14.
    expect(starts(d, 2, { bit: CURRENCY_KEY, behind: 1, ahead: 3 })).toEqual(['5']);
    expect(starts(d, 2, { bit: CURRENCY_KEY, behind: 1, ahead: 7 })).toEqual(['12', '5']);
    expect(starts(d, 2, { bit: CURRENCY_KEY, behind: 3, ahead: 2 })).toEqual(['5', '7']);
    expect(starts(d, 2, { bit: CURRENCY_KEY, behind: 3, ahead: 1 })).toEqual(['7']);
  });

  it('never skips a spelled-out anchor, which can run longer than any window', () => {
    const d = doc('It cost two hundred and fifty three thousand and forty five dollars.');
    const words = scanAnchored(d, 0, (i) => ({ next: i + 1, at: d.tokens[i]!.text }), { bit: CURRENCY_KEY, behind: 0, ahead: 1 }).map((r) => r.at);
    expect(words).toEqual(['two', 'fifty', 'three', 'forty', 'five']);
  });

  it('reads each start once, even where the windows of nearby numbers overlap', () => {
    const d = doc('Shr 1.20 vs 1.05, net 5 vs 4 and 3 vs 2.');
    const asked: number[] = [];
    scanAnchored(d, 6, (i) => { asked.push(i); return undefined; });
    // Every token from the start to the last number, once each, in order.
    const last = d.tokens.map((t) => t.text).lastIndexOf('2');
    expect(asked).toEqual(Array.from({ length: last + 1 }, (_, i) => i));
  });

  it('still reads from an earlier start than a reading that ended inside the window', () => {
    const d = doc('up 5 vs 6 and 7');
    // A reading of "5" alone; the later anchors' windows start after it.
    const out = scanAnchored(d, 3, (i) => (d.tokens[i]!.kind === 'number' ? { next: i + 1, at: d.tokens[i]!.text } : undefined));
    expect(out.map((r) => r.at)).toEqual(['5', '6', '7']);
  });
});
