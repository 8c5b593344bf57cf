/**
 * Words that are also property names of every JavaScript object ("constructor", "toString",
 * "__proto__") must read like any other unknown word. A lexicon kept in a plain object and
 * looked up with `table[word]` finds Object.prototype's members: that once made "one point
 * constructor million dollars" throw, "Constructor Inc said…" throw with attribution, and
 * "the previous constructor" a period.
 */
import { describe, expect, it } from 'vitest';
import { extract, type ExtractOptions, type Figure } from '../../src/index';

const NAMES = [...Object.getOwnPropertyNames(Object.prototype), 'prototype', 'length', 'name'];

const TEMPLATES = [
  'NAME Inc said its revenue rose 5% to $3 million in the NAME quarter of 2019.',
  'It cost one point NAME million dollars, or two NAME pounds.',
  'Sales fell 4 pct from the previous NAME and swung to NAME, a NAME ago.',
  'The company expects NAME-to-date sales of 20 mln dlrs, up 3 NAME points on the NAME half.',
  'Shares rose 12 cts to NAME after NAME said profit fell 7% in the NAME of 1987.',
];

const OPTIONS: ExtractOptions[] = [{}, { referenceDate: '2019-10-08' }, { referenceDate: '2019-10-08', attribution: true }, { referenceDate: '2019-10-08', convertTo: 'EUR' }];

/** What a figure says, without the words it was found among. */
const reading = (f: Figure): unknown[] => [
  f.kind, f.span.start, f.span.end, f.rule,
  f.kind === 'money' ? [f.currency, f.amountExact, f.amountMaxExact, f.converted?.amountExact] : f.kind === 'percent' ? [f.value, f.unit] : [f.start, f.end],
  f.kind === 'period' ? undefined : [f.about?.metric?.category, f.about?.direction, f.about?.change?.role],
];

const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

describe('Object.prototype names read as ordinary words', () => {
  it.each(NAMES)('%s', (name) => {
    // A plain word of the same length, so spans line up.
    const plain = 'q'.repeat(name.length);
    for (const template of TEMPLATES) {
      for (const [word, other] of [[name, plain], [capitalise(name), capitalise(plain)]] as const) {
        const text = template.replaceAll('NAME', word);
        const control = template.replaceAll('NAME', other);
        for (const options of OPTIONS) {
          expect(extract(text, options).map(reading), `${text} ${JSON.stringify(options)}`).toEqual(extract(control, options).map(reading));
        }
      }
    }
  });

  it('the cases that went wrong read as they should', () => {
    expect(extract('It cost one point constructor million dollars.')).toEqual(extract('It cost one point widgetsmith million dollars.'));
    expect(extract('It cost one point five million dollars.').map((f) => f.kind === 'money' && f.amount)).toEqual([1500000]);
    expect(extract('Sales rose from the previous constructor.', { referenceDate: '2020-05-01' })).toEqual([]);
    const [f] = extract('Constructor Inc said revenue rose 5%.', { attribution: true });
    expect(f && f.kind === 'percent' && [f.value, f.about?.metric?.category, f.about?.direction]).toEqual([5, 'revenue', 'up']);
  });
});
