import { describe, expect, it } from 'vitest';
import { extract, type ExtractOptions, type MoneyFigure } from '../../src/index';

/** Paths of the objects `value` reaches that are not frozen. */
function unfrozen(value: unknown, path = 'figure'): string[] {
  if (value === null || typeof value !== 'object') return [];
  const own = Object.isFrozen(value) ? [] : [path];
  return own.concat(Object.entries(value).flatMap(([k, v]) => unfrozen(v, `${path}.${k}`)));
}

const STORY =
  'Acme Corp said on Tuesday its net profit rose about 12% to RMB7.8 billion ($1.1 billion) in the first half ' +
  'of 2017, from 3.350 mln dlrs a year earlier. Margins narrowed 25 basis points, and the company expects ' +
  'more than 1.2 billion euros of sales this year.';

/** Every kind of part a figure can have, so the test below freezes-checks each of them. */
const PARTS = [
  'money.about.change.amount', 'money.about.change.base', 'money.about.change.cue.span', 'money.about.change.target',
  'money.about.equivalentOf', 'money.about.metric.span', 'money.about.period.span', 'money.about.subject.via.span',
  'money.about.why', 'money.converted', 'money.currencyInference.candidates', 'money.equivalentOf',
  'money.period.span', 'money.qualifier.span', 'percent.about.change.cue.span', 'percent.about.subject.via.span',
  'percent.qualifier.span', 'period.implied', 'period.span',
];

/** Paths of every object a figure reaches. */
function parts(value: unknown, path: string, out: Set<string>): Set<string> {
  if (value === null || typeof value !== 'object') return out;
  out.add(path);
  for (const [k, v] of Object.entries(value)) parts(v, Array.isArray(value) ? path : `${path}.${k}`, out);
  return out;
}

describe('figures are frozen values', () => {
  it('freezes nested parts too', () => {
    const [f] = extract('It paid about $5 million.') as MoneyFigure[];
    expect(Object.isFrozen(f)).toBe(true);
    expect(Object.isFrozen(f!.span)).toBe(true);
    expect(Object.isFrozen(f!.currencyInference)).toBe(true);
    expect(Object.isFrozen(f!.currencyInference.candidates)).toBe(true);
    expect(Object.isFrozen(f!.qualifier)).toBe(true);
    expect(() => { (f!.span as { start: number }).start = 99; }).toThrow(TypeError);
    expect(f!.span).toEqual({ start: 14, end: 24 });
  });

  it('freezes the parts later stages add: links, conversions, attribution', () => {
    const text = 'Acme lost RMB7.8 billion ($1.8 billion) in the first half of 2017.';
    const figures = extract(text, { referenceDate: '2018-10-08', convertTo: 'EUR', attribution: true }) as MoneyFigure[];
    const money = figures.filter((f) => f.kind === 'money');
    expect(money.length).toBe(2);
    for (const f of money) {
      expect(Object.isFrozen(f.span)).toBe(true);
      expect(Object.isFrozen(f.currencyInference)).toBe(true);
      expect(Object.isFrozen(f.equivalentOf)).toBe(true);
      expect(Object.isFrozen(f.period)).toBe(true);
      expect(Object.isFrozen(f.period!.span)).toBe(true);
      expect(Object.isFrozen(f.converted)).toBe(true);
      expect(Object.isFrozen(f.about)).toBe(true);
      expect(() => { (f.span as { start: number }).start = 0; }).toThrow(TypeError);
    }
  });

  it.each<[string, ExtractOptions]>([
    ['plain', { referenceDate: '2017-10-08' }],
    ['without a reference date', {}],
    ['with conversion', { referenceDate: '2017-10-08', convertTo: 'EUR' }],
    ['with attribution', { referenceDate: '2017-10-08', attribution: true }],
    ['with everything', { referenceDate: '2017-10-08', convertTo: 'USD', attribution: true }],
  ])('every part of every figure is frozen: %s', (_, options) => {
    const figures = extract(STORY, options);
    expect(figures.map((f) => f.kind)).toEqual(expect.arrayContaining(['money', 'percent', 'period']));
    expect(figures.flatMap((f) => unfrozen(f))).toEqual([]);
  });

  it('freezes an amount that takes its currency from the amount before it (money.elided)', () => {
    const figures = extract('Sales rose to 8.1 billion dlrs from 7.05 billion.') as MoneyFigure[];
    const elided = figures.find((f) => f.rule === 'money.elided');
    expect(elided?.text).toBe('7.05 billion');
    expect(unfrozen(elided)).toEqual([]);
  });

  it('freezes the notes on a numeral read the European way', () => {
    const [f] = extract('Le titre a fini à 4.125 euros, après 1.234.567,5 euros.') as MoneyFigure[];
    expect(f!.notes).toEqual(['"4.125" read as 4125: the text groups thousands with "."']);
    expect(Object.isFrozen(f!.notes)).toBe(true);
  });

  it('the story above has every other part a figure can have', () => {
    const reached = new Set<string>();
    for (const f of extract(STORY, { referenceDate: '2017-10-08', convertTo: 'USD', attribution: true })) parts(f, f.kind, reached);
    expect(PARTS.filter((p) => !reached.has(p))).toEqual([]);
  });
});
