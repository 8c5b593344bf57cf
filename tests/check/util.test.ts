import { describe, expect, it } from 'vitest';
import { halfUlp, show } from '../../src/check/util';

describe('halfUlp: half a unit of the last digit written', () => {
  it.each([
    ['$5.2bn', '5200000000', '50000000'],
    ['$4.1bn', '4100000000', '50000000'],
    ['$400m', '400000000', '500000'],
    ['27%', '27', '0.5'],
    ['2.5%', '2.5', '0.05'],
    ['$1,234.56', '1234.56', '0.005'],
    ['RMB7.8 billion', '7800000000', '50000000'],
    ['five million dollars', '5000000', '0'],
  ])('%s → %s', (text, exact, want) => expect(halfUlp(text, exact)).toBe(want));
});

describe('show', () => {
  it.each([['6.92081422244', '6.92'], ['0.144491669312', '0.144'], ['0.0068', '0.0068'], ['4.33333333333', '4.33']])('%s → %s', (s, want) => expect(show(s)).toBe(want));
});
