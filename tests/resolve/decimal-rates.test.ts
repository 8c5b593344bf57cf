import { describe, expect, it } from 'vitest';
import { divideSignificant, numberToDecimal, toDecimalInput } from '../../src/resolve/decimal';
import { minorUnits } from '../../src/convert/minor-units';

describe('numberToDecimal', () => {
  it.each([
    [6.868, '6.868'],
    [1e-7, '0.0000001'],
    [1.5e-10, '0.00000000015'],
    [1e21, '1000000000000000000000'],
    [-2.5e22, '-25000000000000000000000'],
    [0, '0'],
  ])('%s → %s', (n, want) => expect(numberToDecimal(n)).toBe(want));
  it('rejects NaN', () => expect(() => numberToDecimal(Number.NaN)).toThrow(RangeError));
  it('reads caller input', () => {
    expect(toDecimalInput(' 7.9573 ', 'x')).toBe('7.9573');
    expect(() => toDecimalInput('7,95', 'rates.CNY')).toThrow(/rates\.CNY/);
  });
});

describe('divideSignificant', () => {
  it.each([
    ['1', '6.9208', '0.144491966247'],
    ['6.9208', '1', '6.9208'],
    ['7800000000', '1800000000', '4.33333333333'],
    ['1', '3', '0.333333333333'],
    ['2', '3', '0.666666666667'],
    ['1', '1936.27', '0.000516456899089'],
    ['1000000', '7', '142857.142857'],
  ])('%s / %s', (a, b, want) => expect(divideSignificant(a, b)).toBe(want));
  it('takes a digit count', () => expect(divideSignificant('7.8', '1.8', 3)).toBe('4.33'));
});

describe('minorUnits', () => {
  it.each([['USD', 2], ['JPY', 0], ['KWD', 3], ['ITL', 0], ['CNY', 2]])('%s has %i', (c, n) => expect(minorUnits(c)).toBe(n));
});
