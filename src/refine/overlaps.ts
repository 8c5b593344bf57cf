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

/**
 * Two lists, each in text order, as one in text order: the same as a stable sort of `a`
 * then `b`, in one pass. Money and percent figures each come in order; sorting them together
 * again was most of this stage's work.
 */
export function mergeInTextOrder(a: readonly Figure[], b: readonly Figure[]): Figure[] {
  const x = inTextOrder(a), y = inTextOrder(b);
  if (y.length === 0) return x.slice();
  if (x.length === 0) return y.slice();
  const out: Figure[] = [];
  let i = 0, j = 0;
  while (i < x.length && j < y.length) out.push(byStart(x[i]!, y[j]!) <= 0 ? x[i++]! : y[j++]!);
  while (i < x.length) out.push(x[i++]!);
  while (j < y.length) out.push(y[j++]!);
  return out;
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
