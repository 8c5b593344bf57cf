import { describe, expect, it } from 'vitest';
import { extract, type MoneyFigure } from '../../src/index';

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
});
