import { describe, expect, it } from 'vitest';
import { addDecimal, divideDecimal, multiplyDecimal, normalizeDecimal, roundDecimal, shiftDecimal } from '../../src/resolve/decimal';

describe('decimal arithmetic', () => {
  it.each([
    ['39.4', 9, '39400000000'],
    ['7.8', 9, '7800000000'],
    ['21.5', -2, '0.215'],
    ['1.2', 12, '1200000000000'],
    ['0.1', 0, '0.1'],
    ['0.5', 2, '50'],
    ['0.005', 2, '0.5'],
    ['1.25', 1, '12.5'],
    ['007', 3, '7000'],
    ['0', 6, '0'],
    ['0.0', 3, '0'],
    ['-1.5', 3, '-1500'],
  ])('shiftDecimal(%s, %i) = %s', (s, p, want) => expect(shiftDecimal(s, p)).toBe(want));

  it('adds without binary rounding', () => expect(addDecimal('0.1', '0.2')).toBe('0.3'));
  it('multiplies exactly beyond 2^53', () => expect(multiplyDecimal('1000000000000000', '123.45')).toBe('123450000000000000'));
  it('divides with explicit precision, half away from zero', () => {
    expect(divideDecimal('7.8', '1.8', 4)).toBe('4.3333');
    expect(divideDecimal('2', '3', 2)).toBe('0.67');
    expect(divideDecimal('-2', '3', 2)).toBe('-0.67');
  });
  it('rounds half away from zero', () => {
    expect(roundDecimal('2.345', 2)).toBe('2.35');
    expect(roundDecimal('-2.345', 2)).toBe('-2.35');
  });
  it('normalises', () => expect(normalizeDecimal('007.50')).toBe('7.5'));
});
