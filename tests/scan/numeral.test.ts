import { describe, expect, it } from 'vitest';
import { isYearDigits, parseNumeral, styleEvidence } from '../../src/scan/numeral';

describe('parseNumeral', () => {
  it.each([
    ['1,234.56', 'en', '1234.56'],
    ['1.234,56', 'en', '1234.56'],
    ['1\u00a0234,56', 'en', '1234.56'],
    ["1'234.50", 'en', '1234.5'],
    ['1,23,45,678', 'en', '12345678'],
    ['1,234', 'en', '1234'],
    ['1,234,567', 'en', '1234567'],
    ['1.234.567', 'en', '1234567'],
    ['2,5', 'en', '2.5'],
    ['39.4', 'en', '39.4'],
    ['3.350', 'en', '3.35'],
    ['3.350', 'eu', '3350'],
    ['1,234', 'eu', '1.234'],
    ['0.125', 'en', '0.125'],
    ['.5', 'en', '0.5'],
    ['007', 'en', '7'],
  ])('%s (%s) → %s', (token, style, value) => {
    expect(parseNumeral(token, style as 'en' | 'eu')?.value).toBe(value);
  });

  it('flags an ambiguous reading', () => {
    expect(parseNumeral('3.350', 'eu')?.ambiguous).toMatch(/groups thousands/);
    expect(parseNumeral('3.35', 'eu')?.ambiguous).toBeUndefined();
  });

  it.each(['1.2.3', '1,2,3', '12,34,56'])('rejects %s', (token) => {
    expect(parseNumeral(token)).toBeUndefined();
  });

  it.each([
    ['1,234.5', 'en'], ['1.234,5', 'eu'], ['2,5', 'eu'], ['2.75', 'en'], ['1,234', undefined],
  ])('style evidence of %s is %s', (token, style) => expect(styleEvidence(token)).toBe(style));
});

describe('isYearDigits', () => {
  it.each([
    ['1900', true], ['2024', true], ['2099', true], ['1899', false], ['2100', false], ['202', false], ['20245', false], ['2,024', false], ['', false],
  ])('%j → %s', (text, want) => {
    expect(isYearDigits(text)).toBe(want);
  });
});
