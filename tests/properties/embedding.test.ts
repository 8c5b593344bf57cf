/**
 * Context independence: a figure read in a sentence is read the same, at the shifted span,
 * when the sentence sits among unrelated sentences (no figures, currencies, dates or number
 * words in them, so they cannot legitimately change the reading).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, type ExtractOptions } from '../../src/index';
import { financialText, neutralContext } from './arbitraries';
import { params, timeout } from './config';
import { expectWellFormed, reading } from './invariants';
import { moneyCase, percentCase, periodCase } from './writers';

const OPTIONS: ExtractOptions = { referenceDate: '2019-06-30' };

/** `before sentence after`, or only one side, and the offset of the sentence. */
const frame = fc.tuple(fc.option(neutralContext), fc.option(neutralContext), fc.constantFrom(' ', '\n', '\n\n', '  '));

function expectSameReadings(sentence: string, before: string | null, after: string | null, gap: string): void {
  const prefix = before === null ? '' : before + gap;
  const text = prefix + sentence + (after === null ? '' : gap + after);
  const alone = extract(sentence, OPTIONS).map((f) => reading(f));
  const embedded = extract(text, OPTIONS);
  expectWellFormed(text, embedded);
  expect(embedded.map((f) => reading(f, prefix.length)), JSON.stringify(text)).toEqual(alone);
}

describe('a figure keeps its reading when its sentence is embedded in a longer text', () => {
  it('written sentences with money, percent and period figures', () => {
    const sentence = fc
      .tuple(moneyCase, percentCase, periodCase, fc.integer({ min: 0, max: 2 }))
      .map(([m, p, d, style]) => {
        const money = (m.prefix ?? '') + m.text;
        return style === 0
          ? `Revenue rose ${p.text} to ${money} in ${d.text}.`
          : style === 1
            ? `In ${d.text}, the group earned ${money}, up ${p.text}.`
            : `Its margin was ${p.text}; costs were ${money}.`;
      });
    fc.assert(fc.property(sentence, frame, (s, [before, after, gap]) => expectSameReadings(s, before, after, gap)), params(1));
  }, timeout);

  it('generated financial-looking fragments ending in a full stop', () => {
    // Fragments are wrapped as a sentence of their own: "… ." so neither neighbour can glue onto them.
    fc.assert(
      fc.property(financialText, frame, (s, [before, after, gap]) => {
        const sentence = `${s.trim()}.`;
        expectSameReadings(sentence, before, after, gap);
      }),
      params(1),
    );
  }, timeout);
});
