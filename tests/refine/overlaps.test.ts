import { describe, expect, it } from 'vitest';
import { mergeFigures, mergeInTextOrder } from '../../src/refine/overlaps';
import type { Figure } from '../../src/types';

const fig = (kind: Figure['kind'], start: number, end: number): Figure => ({ kind, span: { start, end }, text: 'x'.repeat(end - start) }) as unknown as Figure;
const spans = (fs: readonly Figure[]) => fs.map((f) => `${f.kind} ${f.span.start}-${f.span.end}`);

describe('mergeFigures', () => {
  it('drops periods inside money or percent figures and keeps text order', () => {
    const amounts = [fig('money', 10, 20), fig('percent', 30, 33)];
    const periods = [fig('period', 0, 4), fig('period', 12, 16), fig('period', 21, 25), fig('period', 32, 40), fig('period', 50, 54)];
    expect(spans(mergeFigures(amounts, periods))).toEqual(['period 0-4', 'money 10-20', 'period 21-25', 'percent 30-33', 'period 50-54']);
  });

  it('sorts inputs that are not in text order', () => {
    const amounts = [fig('percent', 30, 33), fig('money', 10, 20)];
    const periods = [fig('period', 50, 54), fig('period', 0, 4)];
    expect(spans(mergeFigures(amounts, periods))).toEqual(['period 0-4', 'money 10-20', 'percent 30-33', 'period 50-54']);
  });

  it('handles empty sides', () => {
    expect(spans(mergeFigures([], [fig('period', 1, 2)]))).toEqual(['period 1-2']);
    expect(spans(mergeFigures([fig('money', 1, 2)], []))).toEqual(['money 1-2']);
  });
});

describe('mergeInTextOrder', () => {
  it('interleaves two ordered lists as a stable sort of both would', () => {
    const money = [fig('money', 0, 5), fig('money', 10, 20), fig('money', 40, 41)];
    const percent = [fig('percent', 6, 8), fig('percent', 10, 12), fig('percent', 10, 20), fig('percent', 50, 52)];
    const merged = mergeInTextOrder(money, percent);
    // Same start: the longer first; same span: the first list's figure first.
    expect(spans(merged)).toEqual(['money 0-5', 'percent 6-8', 'money 10-20', 'percent 10-20', 'percent 10-12', 'money 40-41', 'percent 50-52']);
    const byStart = (a: Figure, b: Figure) => a.span.start - b.span.start || b.span.end - a.span.end;
    expect(merged).toEqual([...money, ...percent].sort(byStart));
  });

  it('sorts a list that is out of order, and returns new arrays', () => {
    const a = [fig('money', 30, 31), fig('money', 1, 2)];
    expect(spans(mergeInTextOrder(a, [fig('percent', 5, 6)]))).toEqual(['money 1-2', 'percent 5-6', 'money 30-31']);
    expect(spans(mergeInTextOrder(a, []))).toEqual(['money 1-2', 'money 30-31']);
    const only = [fig('money', 1, 2)];
    expect(mergeInTextOrder(only, [])).not.toBe(only);
    expect(spans(mergeInTextOrder([], only))).toEqual(['money 1-2']);
  });
});
