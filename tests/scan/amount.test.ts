import { describe, expect, it } from 'vitest';
import { readAmount } from '../../src/scan/amount';
import { tokenize } from '../../src/scan/tokens';

describe('readAmount', () => {
  it.each([
    ['paid 3.5 mln', 1, '3500000', '3.5', 'mln', 3],
    ['paid 3-3/4 dlrs', 1, '3.75', '3.75', undefined, 6],
    ['paid two and a half million', 1, '2500000', '2.5', 'million', 6],
    ['paid 1 234 567 euros', 1, '1234567', '1234567', undefined, 4],
    ['paid ₹1.2 lakh crore', 2, '1200000000000', '1.2', 'lakh crore', 5],
  ])('%s', (text, at, value, base, scale, next) => {
    const a = readAmount(tokenize(text), at);
    expect(a).toMatchObject({ value, base, next });
    expect(a?.scale).toBe(scale);
  });

  it('remembers readings per document, never across documents', () => {
    const one = tokenize('up 5 mln'), two = tokenize('up 7 bln');
    expect(readAmount(one, 1)?.value).toBe('5000000');
    expect(readAmount(two, 1)?.value).toBe('7000000000');
    expect(readAmount(one, 1)?.value).toBe('5000000');
    expect(readAmount(one, 1)).toBe(readAmount(one, 1));
    // With and without the scale are separate readings.
    expect(readAmount(two, 1, false)?.value).toBe('7');
    expect(readAmount(two, 0)).toBeUndefined();
    expect(readAmount(two, 0)).toBeUndefined();
  });
});
