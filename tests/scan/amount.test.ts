import { describe, expect, it } from 'vitest';
import { AmountReader } from '../../src/scan/amount';
import { scanTokens, tokenize } from '../../src/scan/tokens';

describe('AmountReader', () => {
  it.each([
    ['paid 3.5 mln', 1, '3500000', '3.5', 'mln', 3],
    ['paid 3-3/4 dlrs', 1, '3.75', '3.75', undefined, 6],
    // A fraction of the last decimal place, as grain quotes write it (cents and their quarters).
    ['closed at 7.41-3/4 a bushel', 2, '7.4175', '7.4175', undefined, 7],
    ['closed at 12.5-1/2 a bushel', 2, '12.55', '12.55', undefined, 7],
    ['traded 4.18-1/8', 1, '4.18125', '4.18125', undefined, 6],
    // Not thirds, and not a second slash (a date-like run).
    ['traded 4.18-1/3', 1, '4.18', '4.18', undefined, 2],
    ['traded 4.18-1/2/3', 1, '4.18', '4.18', undefined, 2],
    ['paid two and a half million', 1, '2500000', '2.5', 'million', 6],
    ['paid two and a third million', 1, '2333333.333333', '2.333333333333', 'million', 6],
    ['paid nine and two-thirds', 1, '9.666666666667', '9.666666666667', undefined, 6],
    // After digits, as after spelled numbers.
    ['paid 2 and a half million', 1, '2500000', '2.5', 'million', 6],
    ['paid 7 and three-quarters', 1, '7.75', '7.75', undefined, 6],
    ['paid 1 234 567 euros', 1, '1234567', '1234567', undefined, 4],
    ['paid ₹1.2 lakh crore', 2, '1200000000000', '1.2', 'lakh crore', 5],
  ])('%s', (text, at, value, base, scale, next) => {
    const a = new AmountReader(tokenize(text)).read(at);
    expect(a).toMatchObject({ value, base, next });
    expect(a?.scale).toBe(scale);
  });

  it.each([
    // A comma after a magnitude joins the next, smaller group of the same spelled number.
    ['paid six million, two hundred thousand', '6200000', 7],
    ['paid one billion, forty-five million', '1045000000', 8],
    // Not a list of two, and not a group with no smaller magnitude to close it.
    ['paid six million, seven million', '6000000', 3],
    ['paid six million, seven hundred', '6000000', 3],
  ])('%s', (text, value, next) => {
    expect(new AmountReader(tokenize(text)).read(1)).toMatchObject({ value, next });
  });

  it('remembers readings per document, never across documents', () => {
    const one = new AmountReader(tokenize('up 5 mln')), two = new AmountReader(tokenize('up 7 bln'));
    expect(one.read(1)?.value).toBe('5000000');
    expect(two.read(1)?.value).toBe('7000000000');
    expect(one.read(1)?.value).toBe('5000000');
    expect(one.read(1)).toBe(one.read(1));
    // With and without the scale are separate readings.
    expect(two.read(1, false)?.value).toBe('7');
    expect(two.read(0)).toBeUndefined();
    expect(two.read(0)).toBeUndefined();
  });

  it('works out the number style once, from the whole document', () => {
    // "1.234" alone is ambiguous; the unambiguous "2.500,75" makes this text European.
    const eu = new AmountReader(tokenize('up 1.234 then 2.500,75'));
    expect(eu.numberStyle()).toBe('eu');
    expect(eu.read(1)?.value).toBe('1234');
    const en = new AmountReader(tokenize('up 1.234 then 2,500.75'));
    expect(en.numberStyle()).toBe('en');
    expect(en.read(1)?.value).toBe('1.234');
    // Given the tokenizer's marked tokens, it looks at those only, with the same answer.
    const { tokens, marked } = scanTokens('up 1.234 then 2.500,75');
    expect(new AmountReader(tokens, marked).read(1)?.value).toBe('1234');
  });
});
