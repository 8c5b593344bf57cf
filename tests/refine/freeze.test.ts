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
});
