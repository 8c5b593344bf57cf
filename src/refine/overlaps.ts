/**
 * Overlap resolution across kinds. A number inside a money or percent figure cannot also
 * be a year or a day, so money and percent spans win over periods; within a kind the
 * recognisers already return non-overlapping figures.
 */
import type { Figure } from '../types';

const byStart = (a: Figure, b: Figure): number => a.span.start - b.span.start || b.span.end - a.span.end;

/** `figures` in text order; recognisers already return them so, and checking is cheaper than sorting. */
function inTextOrder(figures: readonly Figure[]): readonly Figure[] {
  for (let k = 1; k < figures.length; k++) if (byStart(figures[k - 1]!, figures[k]!) > 0) return [...figures].sort(byStart);
  return figures;
}

/** Drops periods that overlap a money or percent figure, and returns all figures in text order. */
export function mergeFigures(amounts: readonly Figure[], periods: readonly Figure[]): Figure[] {
  const claimed = inTextOrder(amounts);
  const sortedPeriods = inTextOrder(periods);
  const kept: Figure[] = [];
  let j = 0;
  let a = 0;
  for (const p of sortedPeriods) {
    while (j < claimed.length && claimed[j]!.span.end <= p.span.start) j++;
    let clash = false;
    for (let k = j; k < claimed.length && claimed[k]!.span.start < p.span.end; k++) {
      if (claimed[k]!.span.end > p.span.start) { clash = true; break; }
    }
    if (clash) continue;
    // Merge: both lists are in text order, so the result is too.
    while (a < claimed.length && byStart(claimed[a]!, p) <= 0) kept.push(claimed[a++]!);
    kept.push(p);
  }
  while (a < claimed.length) kept.push(claimed[a++]!);
  return kept;
}
