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
});
