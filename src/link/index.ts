/**
 * The link stage: adds to money figures what the surrounding text says about them, without
 * changing anything they already hold:
 * - `equivalentOf` and `impliedRate` for stated equivalents ("RMB7.8 billion ($1.8 billion)");
 * - `period` for the period an amount is for ("RMB2.3 billion for the first half of 2017").
 */
import { divideSignificant } from '../resolve/decimal';
import type { Figure, MoneyFigure, PeriodFigure, Span } from '../types';
import { findEquivalents } from './equivalents';
import { linkPeriods, spanOf } from './periods';
import { SentenceIndex } from './sentences';

const abs = (s: string): string => (s.startsWith('-') ? s.slice(1) : s);
const isZero = (s: string): boolean => /^-?0(?:\.0*)?$/.test(s);

/** Returns `figures` with link fields added to the money figures (new objects; the input is not changed). */
export function linkFigures(text: string, figures: readonly Figure[]): Figure[] {
  const money = figures.filter((f): f is MoneyFigure => f.kind === 'money');
  if (money.length === 0) return [...figures];

  const partner = new Map<MoneyFigure, MoneyFigure>();
  const stated = new Map<MoneyFigure, { readonly equivalentOf: Span; readonly impliedRate: string }>();
  for (const { first, second } of findEquivalents(text, money)) {
    partner.set(first, second);
    partner.set(second, first);
    const a = abs(first.amountExact), b = abs(second.amountExact);
    if (isZero(a) || isZero(b)) continue;
    stated.set(first, { equivalentOf: spanOf(second), impliedRate: divideSignificant(b, a) });
    stated.set(second, { equivalentOf: spanOf(first), impliedRate: divideSignificant(a, b) });
  }

  const afterOf = (m: MoneyFigure): number => Math.max(m.span.end, partner.get(m)?.span.end ?? 0);
  // Sentence boundaries are found only as far as linking asks about them, and only when there is a period to link.
  const periods = figures.some((f) => f.kind === 'period') ? linkPeriods(text, figures, new SentenceIndex(text), afterOf) : new Map<MoneyFigure, PeriodFigure>();
  // Two halves of a stated equivalent share one period.
  for (const [a, b] of partner) if (!periods.has(a) && periods.has(b)) periods.set(a, periods.get(b)!);

  // New figures, not changed ones; extract() freezes every figure once, at the end.
  return figures.map((f) => {
    if (f.kind !== 'money') return f;
    const eq = stated.get(f), p = periods.get(f);
    if (!eq && !p) return f;
    const linked: { -readonly [K in keyof MoneyFigure]: MoneyFigure[K] } = { ...f };
    if (eq) { linked.equivalentOf = eq.equivalentOf; linked.impliedRate = eq.impliedRate; }
    if (p) linked.period = { span: spanOf(p), start: p.start!, end: p.end! };
    return linked;
  });
}

export { findEquivalents } from './equivalents';
export { sentenceStarts, sentenceIndex } from './sentences';
