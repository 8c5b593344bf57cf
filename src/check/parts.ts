/**
 * Parts against their whole, stated together in one sentence:
 *
 *   sales of $10bn, of which $6bn came from Asia and $5bn from Europe     WHOLE, of which PART (and PART)…
 *   $12bn of its $10bn in debt                                            PART of (the|its) WHOLE
 *   Acme holds 45% of the market, Beta 35% and Gamma 30%                   shares over 100%
 *
 * Figures count with the precision written: parts that exceed the whole even at their
 * rounding bounds are an error; parts whose written sum exceeds the whole by more than the
 * coarsest rounding of any one figure are a warning ("$6bn and $5bn of $10bn"). Shares are
 * flagged only when over 100% at their rounding bounds (33.4 + 33.3 + 33.4 is fine).
 */
import { addDecimal, compareDecimal, negateDecimal } from '../resolve/decimal';
import type { Figure, MoneyFigure, PercentFigure, Span } from '../types';
import type { Finding } from './types';
import { DOWN, halfUlp, showAmount, UP } from './util';

const sp = (s: Span): Span => ({ start: s.start, end: s.end });
const sub = (a: string, b: string): string => addDecimal(a, negateDecimal(b));

const OF_WHICH = /^\s*(?:[)\]]\s*)?(?:,\s*)?(?:of which|of that|of this|including|includ(?:es|ed)|comprising|consisting of|made up of|with)\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?$/i;
/** What may not sit between two parts of a list (`;` only as the separator). */
const LIST_STOP = /[.!?$€£¥%]/;
const LIST_SEPARATOR = /[,;]|\band\b/gi;

/**
 * Between two parts of a list: at most 60 characters, then ",", ";" or "and", then (after
 * any spaces) at most 30 characters, none of them ending a sentence or starting another
 * figure. A scan over the separators rather than one regex: `[^…]{0,60}?(?:,|and)\s*[^…]{0,30}?`
 * lets the separator and the spaces fall in many places, and backtracks polynomially.
 */
function isListGap(gap: string): boolean {
  if (LIST_STOP.test(gap)) return false;
  const semicolon = gap.indexOf(';');
  if (semicolon >= 0 && gap.indexOf(';', semicolon + 1) >= 0) return false;
  LIST_SEPARATOR.lastIndex = 0;
  for (let m = LIST_SEPARATOR.exec(gap); m && m.index <= 60; m = LIST_SEPARATOR.exec(gap)) {
    // A ";" anywhere else in the gap is not allowed, so with one present it must be the separator.
    if (semicolon >= 0 && m.index !== semicolon) continue;
    if (gap.slice(m.index + m[0].length).trimStart().length <= 30) return true;
  }
  return false;
}
const PART_OF = /^\s*(?:out\s+)?of\s+(?:(?:the|its|their|his|her|a total of|a|an)\s*)?(?:total\s+)?$/i;
const SHARE_CUE = /\b(?:shares?|stakes?|market|accounts? for|accounted for|holds?|held|owns?|owned|split|respectively|of (?:the )?(?:total|votes?|revenues?|sales|seats|output))\b/i;

export function checkParts(text: string, figs: readonly Figure[], sentenceOf: (offset: number) => number): Finding[] {
  const findings: Finding[] = [];
  const money = figs.filter((f): f is MoneyFigure => f.kind === 'money' && f.amountMax === undefined);
  // Skip the parenthesised half of a stated equivalent: it repeats its partner.
  const repeats = new Set(money.filter((m) => m.equivalentOf && m.equivalentOf.start < m.span.start).map((m) => m.span.start));
  const list = money.filter((m) => !repeats.has(m.span.start));
  const endOf = (m: MoneyFigure): number => (m.equivalentOf && m.equivalentOf.start > m.span.start ? m.equivalentOf.end : m.span.end);

  for (let i = 0; i < list.length; i++) {
    const whole = list[i]!;
    if (!whole.currency) continue;
    const s = sentenceOf(whole.span.start);
    const next = list[i + 1];
    if (!next || sentenceOf(next.span.start) !== s) continue;

    // WHOLE, of which PART (, PART and PART)
    if (OF_WHICH.test(text.slice(endOf(whole), next.span.start))) {
      const parts: MoneyFigure[] = [next];
      for (let j = i + 2; j < list.length; j++) {
        const m = list[j]!;
        if (sentenceOf(m.span.start) !== s || !isListGap(text.slice(endOf(parts[parts.length - 1]!), m.span.start))) break;
        parts.push(m);
      }
      if (parts.every((m) => m.currency === whole.currency)) report(whole, parts);
      continue;
    }
    // PART of (its) WHOLE
    if (PART_OF.test(text.slice(endOf(whole), next.span.start)) && next.currency === whole.currency) report(next, [whole]);
  }

  function report(whole: MoneyFigure, parts: MoneyFigure[]): void {
    let low = '0', sum = '0';
    for (const m of parts) {
      sum = addDecimal(sum, m.amountExact);
      low = addDecimal(low, sub(m.amountExact, halfUlp(m.text, m.amountExact)));
    }
    const wholeHigh = addDecimal(whole.amountExact, halfUlp(whole.text, whole.amountExact));
    const spans = [whole, ...parts].map((m) => sp(m.span)).sort((a, b) => a.start - b.start);
    const numbers = { whole: whole.amountExact, parts: parts.map((m) => m.amountExact).join(' + '), partsSum: sum, excess: sub(sum, whole.amountExact), currency: whole.currency ?? '' };
    const partText = parts.map((m) => m.text).join(' + ');
    // Certainly over even at the rounding bounds: error. Over by more than the coarsest rounding of any one figure: warning.
    const coarsest = [whole, ...parts].map((m) => halfUlp(m.text, m.amountExact)).reduce((a, b) => (compareDecimal(a, b) >= 0 ? a : b));
    const over = compareDecimal(low, wholeHigh) > 0 ? 'error' : compareDecimal(sub(sum, whole.amountExact), coarsest) > 0 ? 'warning' : undefined;
    if (over)
      findings.push({ kind: 'parts-exceed-whole', severity: over, message: parts.length === 1 ? `The part ${partText} is more than the whole of ${whole.text}.` : `The parts ${partText} add up to ${showAmount(whole.currency, sum)}, more than the whole of ${whole.text}.`, spans, numbers });
    else findings.push({ kind: 'parts-exceed-whole', severity: 'pass', message: `The parts ${partText} (${showAmount(whole.currency, sum)}) fit within ${whole.text}.`, spans, numbers });
  }

  // Shares stated together in one sentence.
  const bySentence = new Map<number, PercentFigure[]>();
  for (const f of figs) {
    if (f.kind !== 'percent' || f.unit !== 'percent' || f.valueMax !== undefined || f.valueExact.startsWith('-')) continue;
    const s = sentenceOf(f.span.start);
    bySentence.set(s, [...(bySentence.get(s) ?? []), f]);
  }
  for (const shares of bySentence.values()) {
    if (shares.length < 2) continue;
    const first = shares[0]!, last = shares[shares.length - 1]!;
    const sentence = text.slice(Math.max(0, first.span.start - 80), Math.min(text.length, last.span.end + 60));
    if (!SHARE_CUE.test(sentence)) continue;
    // A change word right at a percentage makes it a change, not a share.
    if (shares.some((p) => UP.test(text.slice(Math.max(0, p.span.start - 12), p.span.start)) || DOWN.test(text.slice(Math.max(0, p.span.start - 12), p.span.start)) || /^\s*(?:rise|increase|drop|fall|decline|growth|gain|jump)\b/i.test(text.slice(p.span.end, p.span.end + 12)))) continue;
    let sum = '0', low = '0';
    for (const p of shares) {
      sum = addDecimal(sum, p.valueExact);
      low = addDecimal(low, sub(p.valueExact, halfUlp(p.text, p.valueExact)));
    }
    const spans = shares.map((p) => sp(p.span));
    const numbers = { shares: shares.map((p) => p.valueExact).join(' + '), sum };
    if (compareDecimal(low, '100') > 0)
      findings.push({ kind: 'shares-exceed-100', severity: 'error', message: `The shares ${shares.map((p) => p.text).join(' + ')} stated together add up to ${sum}%, more than 100%.`, spans, numbers });
    else findings.push({ kind: 'shares-exceed-100', severity: 'pass', message: `The shares ${shares.map((p) => p.text).join(' + ')} add up to ${sum}%.`, spans, numbers });
  }
  return findings;
}
