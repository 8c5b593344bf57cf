/**
 * Percentage changes against the amounts they join, in one sentence:
 *
 *   rose 27% to $5.2bn from $4.1bn        P … to NEW from OLD
 *   rose 27% from $4.1bn to $5.2bn        P … from OLD to NEW
 *   rose to $5.2bn from $4.1bn, up 27%    to NEW from OLD, P
 *   a 27% drop in revenue, to $3bn        P … to NEW  → the prior value is derived (info)
 *
 * The amounts and the percentage are taken as written, with the precision written: "$5.2bn"
 * is anything from 5.15 to 5.25 billion, "27%" anything from 26.5 to 27.5. A change is
 * flagged only when no values within those bounds agree, so rounding never raises a finding.
 */
import { divideDecimal } from '../resolve/decimal';
import { addDecimal, compareDecimal, multiplyDecimal, negateDecimal } from '../resolve/decimal';
import type { Figure, MoneyFigure, PercentFigure, Span } from '../types';
import type { Finding } from './types';
import { DOWN, halfUlp, showAmount, showPercent, UP } from './util';

const sub = (a: string, b: string): string => addDecimal(a, negateDecimal(b));
const abs = (s: string): string => (s.startsWith('-') ? s.slice(1) : s);
/** (new / old − 1) × 100, to 6 places. */
const changePct = (n: string, o: string): string => sub(divideDecimal(multiplyDecimal(n, '100'), o, 6), '100');
const sp = (s: Span): Span => ({ start: s.start, end: s.end });

const TO = /^[^.;!?$€£¥]{0,60}?\bto\s+(?:a\s+(?:record\s+)?|an?\s+)?(?:(?:about|around|roughly|nearly|almost|some)\s+)?$/i;
const FROM = /^[^.;!?$€£¥]{0,60}?\bfrom\s+(?:(?:about|around|roughly|nearly|almost|some)\s+)?$/i;
const THEN_FROM = /^\s*(?:,\s*)?(?:(?:up|down)\s+)?from\s+(?:(?:about|around|roughly|nearly|almost|some)\s+)?$/i;
const THEN_TO = /^\s*(?:,\s*)?to\s+(?:(?:about|around|roughly|nearly|almost|some)\s+)?$/i;
const THEN_PCT = /^\s*(?:,\s*)?(?:(?:up|down|a rise of|an increase of|a gain of|a jump of|growth of|a drop of|a fall of|a decline of|a decrease of)\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+)?$/i;

type Direction = 'up' | 'down' | undefined;

/** The change word nearest the percentage: a noun right after it ("27% drop"), else a verb before it. */
function directionOf(text: string, p: PercentFigure, sentenceStart: number): Direction {
  const after = text.slice(p.span.end, p.span.end + 25);
  const afterWord = /^\s*(\S+)/.exec(after)?.[1] ?? '';
  if (UP.test(afterWord)) return 'up';
  if (DOWN.test(afterWord)) return 'down';
  const before = text.slice(Math.max(sentenceStart, p.span.start - 50), p.span.start);
  const words = before.split(/\s+/).reverse();
  for (const w of words) {
    if (UP.test(w)) return 'up';
    if (DOWN.test(w)) return 'down';
  }
  return undefined;
}

/** The figure after `f`, skipping the stated equivalent of `f`. */
function nextAfter(figs: readonly Figure[], i: number): { fig: Figure; index: number; from: number } | undefined {
  const f = figs[i]!;
  let j = i + 1;
  let from = f.span.end;
  const eq = f.kind === 'money' ? f.equivalentOf : undefined;
  if (eq && figs[j] && figs[j]!.span.start === eq.start) {
    from = figs[j]!.span.end;
    j++;
  }
  // A closing parenthesis of that equivalent belongs to the gap.
  return figs[j] ? { fig: figs[j]!, index: j, from } : undefined;
}

const gapAfterEq = (text: string, from: number, to: number): string => text.slice(from, to).replace(/^\s*[)\]]/, '');

export function checkPercentChanges(text: string, figs: readonly Figure[], sentenceOf: (offset: number) => number, sentenceStarts: readonly number[]): Finding[] {
  const findings: Finding[] = [];
  const money = (f: Figure | undefined): f is MoneyFigure => f?.kind === 'money' && f.amountMax === undefined;
  for (let i = 0; i < figs.length; i++) {
    const p = figs[i]!;
    if (p.kind !== 'percent' || p.unit !== 'percent' || p.valueMax !== undefined) continue;
    const s = sentenceOf(p.span.start);
    const same = (f: Figure) => sentenceOf(f.span.start) === s;
    let newer: MoneyFigure | undefined, older: MoneyFigure | undefined;

    const n1 = figs[i + 1];
    if (money(n1) && same(n1)) {
      const gap1 = text.slice(p.span.end, n1.span.start);
      const n2 = nextAfter(figs, i + 1);
      const gap2 = n2 ? gapAfterEq(text, n2.from, n2.fig.span.start) : '';
      if (TO.test(gap1)) {
        newer = n1;
        if (n2 && money(n2.fig) && same(n2.fig) && THEN_FROM.test(gap2)) older = n2.fig;
      } else if (FROM.test(gap1) && n2 && money(n2.fig) && same(n2.fig) && THEN_TO.test(gap2)) {
        older = n1;
        newer = n2.fig;
      }
    }
    if (!newer) {
      // "to NEW from OLD, up P" / "from OLD to NEW, up P": the two amounts right before P.
      const a: Figure[] = [];
      for (let k = i - 1; k >= 0 && a.length < 2 && sentenceOf(figs[k]!.span.start) === s; k--) {
        const f = figs[k]!;
        if (f.kind === 'money' && !(f.equivalentOf && f.equivalentOf.start < f.span.start)) a.push(f);
      }
      const last = a[0], first = a[1];
      if (money(last) && money(first) && same(first) && THEN_PCT.test(gapAfterEq(text, last.equivalentOf && last.equivalentOf.start > last.span.start ? last.equivalentOf.end : last.span.end, p.span.start))) {
        const between = gapAfterEq(text, first.equivalentOf && first.equivalentOf.start > first.span.start ? first.equivalentOf.end : first.span.end, last.span.start);
        const lead = text.slice(Math.max(sentenceStarts[s]!, first.span.start - 30), first.span.start);
        if (THEN_FROM.test(between) && /\bto\s+$/i.test(lead)) { newer = first; older = last; }
        else if (THEN_TO.test(between) && /\bfrom\s+$/i.test(lead)) { older = first; newer = last; }
      }
    }
    if (!newer) continue;
    const dir = directionOf(text, p, sentenceStarts[s]!);
    const pv = p.valueExact;
    const hp = halfUlp(p.text, pv);

    if (!older) {
      if (!dir || newer.currency === null) continue;
      // prior = new / (1 ± p/100)
      const factor = dir === 'up' ? addDecimal('1', divideDecimal(pv, '100', 12)) : sub('1', divideDecimal(pv, '100', 12));
      if (compareDecimal(factor, '0') <= 0) continue;
      const prior = divideDecimal(newer.amountExact, factor, 2);
      findings.push({
        kind: 'percent-change-derived',
        severity: 'info',
        message: `${articleFor(showPercent(pv))} ${showPercent(pv)}% ${dir === 'up' ? 'rise' : 'fall'} to ${newer.text} implies a prior value of about ${showAmount(newer.currency, prior)}.`,
        spans: [sp(p.span), sp(newer.span)],
        numbers: { percent: pv, direction: dir, newAmount: newer.amountExact, priorAmount: prior, currency: newer.currency },
      });
      continue;
    }
    if (newer.currency !== older.currency || compareDecimal(abs(older.amountExact), '0') === 0) continue;
    const N = newer.amountExact, O = older.amountExact;
    const hn = halfUlp(newer.text, N), ho = halfUlp(older.text, O);
    const olderLow = sub(O, ho);
    if (compareDecimal(olderLow, '0') <= 0) continue;
    const actual = changePct(N, O);
    const lo = changePct(sub(N, hn), addDecimal(O, ho));
    const hi = changePct(addDecimal(N, hn), olderLow);
    const amountsDir = compareDecimal(N, O) > 0 ? 'up' : compareDecimal(N, O) < 0 ? 'down' : undefined;
    const stated = dir === 'down' ? negateDecimal(pv) : dir === 'up' ? pv : amountsDir === 'down' ? negateDecimal(pv) : pv;
    const sLo = sub(stated, hp), sHi = addDecimal(stated, hp);
    const spans = [p.span, newer.span, older.span].map(sp).sort((x, y) => x.start - y.start);
    const numbers = { stated, computed: divideDecimal(actual, '1', 2), computedLow: divideDecimal(lo, '1', 2), computedHigh: divideDecimal(hi, '1', 2), newAmount: N, oldAmount: O, currency: newer.currency ?? '' };
    const described = `${newer.text} from ${older.text} is a change of ${showPercent(actual)}%`;
    if (dir && amountsDir && dir !== amountsDir) {
      findings.push({ kind: 'percent-change', severity: 'error', message: `The text says ${dir} ${showPercent(pv)}%, but ${described}: the amounts moved ${amountsDir}.`, spans, numbers });
    } else if (compareDecimal(sHi, lo) < 0 || compareDecimal(sLo, hi) > 0) {
      findings.push({ kind: 'percent-change', severity: 'warning', message: `The text says ${showPercent(stated)}%, but ${described} (${showPercent(lo)}% to ${showPercent(hi)}% allowing for rounding).`, spans, numbers });
    } else {
      findings.push({ kind: 'percent-change', severity: 'pass', message: `${showPercent(stated)}% agrees: ${described}.`, spans, numbers });
    }
  }
  return findings;
}

/** "An 18% fall", "an 8% rise", "an 11% fall", "a 27% drop": the article as the number is spoken. */
function articleFor(number: string): string {
  const int = number.split('.')[0]!;
  return int.startsWith('8') || ((int.length - 2) % 3 === 0 && /^1[18]/.test(int)) ? 'An' : 'A';
}
