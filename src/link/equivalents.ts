/**
 * Stated equivalents: the same amount written in two currencies next to each other.
 *
 *   39.4 billion Chinese yuan ($5.7 billion)      parenthesised
 *   €215 million($251 million)                    parenthesised, no space
 *   £40m (US$52m)                                 parenthesised
 *   about 1.2 trillion yen, or $11 billion        ", or"
 *   £40m/$52m                                     slash
 *
 * Only adjacent money figures in different, known currencies are paired, and only when
 * the words between them are one of these joiners (plus a hedge such as "about").
 */
import type { MoneyFigure } from '../types';

const HEDGE = String.raw`(?:(?:about|around|approximately|approx\.|roughly|some|nearly|almost|just (?:over|under)|more than|less than|over|under|c\.|ca\.|~|≈)\s*)?`;

/** Between the first figure's end and the second's start, opening a parenthesis. */
const OPEN_GAP = new RegExp(String.raw`^\s*[(\[]\s*` + HEDGE + '$', 'i');
/** Between the figures, no parenthesis: ", or", "i.e.", "/", "equivalent to". */
const INLINE_GAP = new RegExp(
  String.raw`^\s*(?:(?:,\s*)?(?:or|i\.e\.,?|equivalent to|equal to|the equivalent of|worth)\s+|/\s*|[—–]\s*(?:or\s+)?)` + HEDGE + '$',
  'i',
);
/** After the second figure when the first gap opened a parenthesis: ")" perhaps after "at current rates". */
const CLOSE = /^\s*(?:(?:[,;]\s*)?(?:at|using|based on|on)\s[^()\n]{0,60}?)?[)\]]/i;

export interface EquivalentPair {
  readonly first: MoneyFigure;
  readonly second: MoneyFigure;
}

/** The stated-equivalent pairs among `money` (in text order). */
export function findEquivalents(text: string, money: readonly MoneyFigure[]): EquivalentPair[] {
  const pairs: EquivalentPair[] = [];
  for (let i = 0; i + 1 < money.length; i++) {
    const a = money[i]!, b = money[i + 1]!;
    if (!a.currency || !b.currency || a.currency === b.currency) continue;
    if (b.span.start < a.span.end) continue;
    // A hedge may sit inside b's span (as its qualifier) or in the gap; read up to the number either way.
    const gapEnd = b.qualifier && b.qualifier.span.start >= a.span.end ? Math.min(b.qualifier.span.start, b.span.start) : b.span.start;
    const gap = text.slice(a.span.end, gapEnd);
    if (gap.length > 40) continue;
    let ok = false;
    if (OPEN_GAP.test(gap)) ok = CLOSE.test(text.slice(b.span.end, b.span.end + 80));
    else if (b.text.startsWith('(') && /^\s*$/.test(gap)) ok = true; // accounting-style "($1.8 billion)" read into the span
    else ok = INLINE_GAP.test(gap);
    if (!ok) continue;
    pairs.push({ first: a, second: b });
    i++; // a figure belongs to at most one pair
  }
  return pairs;
}
