import { describe, expect, it } from 'vitest';
import { readQualifier } from '../../src/refine/qualifiers';
import { tokenize } from '../../src/scan/tokens';

/** The qualifier before the token at `at` (the figure's first token). */
const qualifierOf = (text: string, at: number) => readQualifier(text, tokenize(text), at);

describe('readQualifier', () => {
  it.each([
    ['paid about 5 dlrs', 2, 'approximate', 'about'],
    ['paid more than 5 dlrs', 3, 'more-than', 'more than'],
    ['paid no more than 5 dlrs', 4, 'at-most', 'no more than'],
    ['paid in excess of 5 dlrs', 4, 'more-than', 'in excess of'],
    ['PAID AT LEAST 5 DLRS', 3, 'at-least', 'AT LEAST'],
    ['paid just under 5 dlrs', 3, 'less-than', 'just under'],
  ])('%s', (text, at, type, written) => {
    const q = qualifierOf(text, at);
    expect(q?.type).toBe(type);
    expect(q?.text).toBe(written);
    expect(text.slice(q!.span.start, q!.span.end)).toBe(written);
  });

  it.each([
    ['paid 5 dlrs', 1],
    ['than 5 dlrs', 1],
    ['5 dlrs', 0],
    ['more, than 5 dlrs', 3],
  ])('finds none: %s', (text, at) => {
    expect(qualifierOf(text, at)).toBeUndefined();
  });
});
