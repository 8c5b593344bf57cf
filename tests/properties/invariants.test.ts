/**
 * Properties of `extract()` on any input: it never throws, every span is exact, figures come
 * in text order without overlaps within a kind, values are well formed, and the same input
 * always gives the same output.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, type ExtractOptions, type FigureKind } from '../../src/index';
import { anyText, denseText, financialText } from './arbitraries';
import { params, timeout } from './config';
import { expectWellFormed, reading } from './invariants';

const OPTIONS: readonly ExtractOptions[] = [{}, { referenceDate: '2019-06-30' }, { referenceDate: '1987-03-02', fiscalYearStart: 4 }, { dollar: 'CAD', referenceDate: '2020-02-29' }];
const optionsArb = fc.constantFrom(...OPTIONS);

describe.each([
  ['arbitrary strings', anyText, 2],
  ['financial-looking text', financialText, 1],
  ['dense near-miss text', denseText, 1],
] as const)('extract on %s', (_name, textArb, scale) => {
  it('never throws, and returns well-formed figures with exact spans', () => {
    fc.assert(
      fc.property(textArb, optionsArb, (text, options) => {
        expectWellFormed(text, extract(text, options));
      }),
      params(scale),
    );
  }, timeout);

  it('is deterministic: same input, same output, also after other calls', () => {
    fc.assert(
      fc.property(textArb, textArb, optionsArb, (text, other, options) => {
        const first = extract(text, options);
        extract(other, options);
        extract(other, { referenceDate: '2001-01-01', fiscalYearStart: 7 });
        expect(extract(text, options)).toEqual(first);
      }),
      params(scale / 2),
    );
  }, timeout);

  it('treats `kinds` as a filter only: the figures of a kind are read the same with or without it', () => {
    fc.assert(
      fc.property(textArb, fc.constantFrom<FigureKind>('money', 'percent', 'period'), (text, kind) => {
        const options = { referenceDate: '2019-06-30' };
        const all = extract(text, options).filter((f) => f.kind === kind).map((f) => reading(f));
        const only = extract(text, { ...options, kinds: [kind] });
        expect(only.every((f) => f.kind === kind)).toBe(true);
        expect(only.map((f) => reading(f))).toEqual(all);
      }),
      params(scale / 2),
    );
  }, timeout);
});

describe('invariants on written examples (the properties hold on these exactly)', () => {
  it.each([
    ['Revenue rose 12% to $5.2bn\u00a0in 2019.', [['percent', '12%'], ['money', '$5.2bn']]],
    ['Net loss was \u2212$3m 😀 vs US$1.5 billion.', [['money', '\u2212$3m'], ['money', 'US$1.5 billion']]],
    ['\u200f€2.5bn\u200e and 27\u00a0pct', [['money', '€2.5bn'], ['percent', '27\u00a0pct']]],
    ['👨‍👩‍👧 paid $45.20 a share; 💰 margin 3%-4%', [['money', '$45.20'], ['percent', '3%-4%']]],
  ])('%j', (text, expected) => {
    const figures = extract(text, { kinds: ['money', 'percent'] });
    expectWellFormed(text, figures);
    expect(figures.map((f) => [f.kind, f.text])).toEqual(expected);
  });
});

describe('the generators are not vacuous', () => {
  it('financial-looking text yields many figures of every kind', () => {
    const counts = { money: 0, percent: 0, period: 0 };
    for (const text of fc.sample(financialText, { seed: 7, numRuns: 200 })) for (const f of extract(text, { referenceDate: '2019-06-30' })) counts[f.kind]++;
    expect(counts.money).toBeGreaterThan(400);
    expect(counts.percent).toBeGreaterThan(250);
    expect(counts.period).toBeGreaterThan(150);
  });
});
