import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { params } from '../properties/config';
import { addDecimal, compareDecimal, divideDecimal, multiplyDecimal, normalizeDecimal, roundDecimal, shiftDecimal } from '../../src/resolve/decimal';

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

  it.each([
    ['7', '7'], ['007', '7'], ['0', '0'], ['000', '0'], ['0.5', '0.5'], ['00.50', '0.5'], ['10.00', '10'], ['0.0', '0'],
    ['120', '120'], ['1.010', '1.01'], ['-0.50', '-0.5'], ['.5', '0.5'], ['5.', '5'], ['-007', '-7'],
  ])('normalizeDecimal(%s) = %s', (s, want) => expect(normalizeDecimal(s)).toBe(want));

  it.each(['', '1e5', '1,5', '--1', '1.2.3', 'x'])('normalizeDecimal refuses %j', (s) => expect(() => normalizeDecimal(s)).toThrow(RangeError));

  /** The exact product of a plain numeral and 10^places, worked out with BigInt. */
  const reference = (s: string, places: number): string => {
    const [int, frac = ''] = s.split('.');
    const units = BigInt(int! + frac), scale = frac.length - places;
    if (scale <= 0) return (units * 10n ** BigInt(-scale)).toString();
    const digits = units.toString().padStart(scale + 1, '0');
    const head = digits.slice(0, -scale), tail = digits.slice(-scale).replace(/0+$/, '');
    return tail ? `${head}.${tail}` : head;
  };

  it('shifts plain numerals exactly as integer arithmetic does', () => {
    const numeral = fc.tuple(fc.stringMatching(/^\d{1,12}$/), fc.option(fc.stringMatching(/^\d{1,8}$/), { nil: undefined }))
      .map(([int, frac]) => (frac === undefined ? int : `${int}.${frac}`));
    fc.assert(
      fc.property(numeral, fc.integer({ min: -15, max: 15 }), (s, places) => {
        expect(shiftDecimal(s, places)).toBe(reference(s, places));
        expect(normalizeDecimal(s)).toBe(reference(s, 0));
      }),
      params(2),
    );
  });

  it('compares plain numerals as integer arithmetic does', () => {
    const numeral = fc.tuple(fc.stringMatching(/^\d{1,6}$/), fc.option(fc.stringMatching(/^\d{1,4}$/), { nil: undefined }))
      .map(([int, frac]) => (frac === undefined ? int : `${int}.${frac}`));
    const scaled = (s: string): bigint => { const [i, f = ''] = s.split('.'); return BigInt(i! + f.padEnd(8, '0')); };
    fc.assert(
      fc.property(numeral, numeral, (a, b) => {
        const want = scaled(a) < scaled(b) ? -1 : scaled(a) > scaled(b) ? 1 : 0;
        expect(compareDecimal(a, b)).toBe(want);
        // A negative number is below any other, unless both are zero.
        expect(compareDecimal(`-${a}`, b)).toBe(scaled(a) === 0n && scaled(b) === 0n ? 0 : -1);
      }),
      params(2),
    );
  });

  it.each([
    ['5.5', '5', 1], ['5', '5.5', -1], ['10', '9.99', 1], ['0.5', '0.50', 0], ['007', '7', 0], ['1.05', '1.5', -1], ['-2', '1', -1], ['-2', '-3', 1], ['0', '-0', 0],
  ] as const)('compareDecimal(%s, %s) = %i', (a, b, want) => expect(compareDecimal(a, b)).toBe(want));
});
