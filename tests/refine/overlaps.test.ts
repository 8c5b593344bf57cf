import { describe, expect, it } from 'vitest';
import { mergeFigures } from '../../src/refine/overlaps';
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
