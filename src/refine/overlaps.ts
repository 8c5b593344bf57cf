/**
 * Overlap resolution across kinds. A number inside a money or percent figure cannot also
 * be a year or a day, so money and percent spans win over periods; within a kind the
 * recognisers already return non-overlapping figures.
 */
import type { Figure } from '../types';

const byStart = (a: Figure, b: Figure): number => a.span.start - b.span.start || b.span.end - a.span.end;

/** Drops periods that overlap a money or percent figure, and returns all figures in text order. */
export function mergeFigures(amounts: readonly Figure[], periods: readonly Figure[]): Figure[] {
  const claimed = [...amounts].sort(byStart);
  const kept: Figure[] = [...claimed];
  let j = 0;
  for (const p of [...periods].sort(byStart)) {
    while (j < claimed.length && claimed[j]!.span.end <= p.span.start) j++;
    let clash = false;
    for (let k = j; k < claimed.length && claimed[k]!.span.start < p.span.end; k++) {
      if (claimed[k]!.span.end > p.span.start) { clash = true; break; }
    }
    if (!clash) kept.push(p);
  }
  return kept.sort(byStart);
}
