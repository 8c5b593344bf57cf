/**
 * Lists matched by "respectively", as filings write them: "$96.1 million, $88.7 million and
 * $102.3 million for 2025, 2024 and 2023, respectively", "as of December 31, 2025 and 2024, the
 * balances were $41.5 million and $37.2 million, respectively". The n-th amount is for the
 * n-th period, and amounts after the first with no metric words of their own measure what the
 * first does.
 *
 * Runs only on texts that write "respectively"; looks at the few characters between figures.
 */
import type { Figure, PeriodFigure } from '../types';
import type { WorkAbout } from './shared';

/** What joins two items of a list: ", ", " and ", ", and ". */
const JOIN = /^(?:,\s*|\s+and\s+|,\s+and\s+)$/;
/** Between the last amount and the first period: " for ", " in the ", " as of ". */
const LEAD = /^\s+(?:for|in|during|at|on|as\s+of)\s+(?:the\s+)?$/i;
/** After the last item: ", respectively". */
const TAIL = /^,?\s+respectively\b/;
/** What may stand between a list of periods and the amounts after it in one sentence: no full stop. */
const NO_STOP = /^[^.;]*$/;

const joined = (text: string, a: Figure, b: Figure): boolean => b.span.start - a.span.end <= 6 && JOIN.test(text.slice(a.span.end, b.span.start));

/** The run of figures from `list` that ends at index `last`, joined as a list: its first index. */
function runStart<F extends Figure>(text: string, list: readonly F[], last: number): number {
  let k = last;
  while (k > 0 && joined(text, list[k - 1]!, list[k]!)) k--;
  return k;
}

export function matchRespectively(text: string, figures: readonly Figure[], work: Map<Figure, WorkAbout>): void {
  if (!text.includes('respectively')) return;
  const amounts: Figure[] = figures.filter((f) => f.kind !== 'period');
  const periods = figures.filter((f): f is PeriodFigure => f.kind === 'period' && f.start !== undefined);
  const tailAt = (f: Figure): boolean => TAIL.test(text.slice(f.span.end, f.span.end + 16));
  let p1 = 0; // the first period after the amount: both lists are in text order
  for (let e = 0; e < amounts.length; e++) {
    const an = amounts[e]!;
    let ps: PeriodFigure[] | undefined, as: Figure[] | undefined;
    // 1. "A, B and C for P1, P2 and P3, respectively"
    while (p1 < periods.length && periods[p1]!.span.start < an.span.end) p1++;
    if (p1 < periods.length && periods[p1]!.span.start - an.span.end <= 16 && LEAD.test(text.slice(an.span.end, periods[p1]!.span.start))) {
      let pn = p1;
      while (pn + 1 < periods.length && joined(text, periods[pn]!, periods[pn + 1]!)) pn++;
      const n = pn - p1 + 1;
      const a1 = runStart(text, amounts, e);
      if (n >= 2 && tailAt(periods[pn]!) && e - a1 + 1 === n) {
        ps = periods.slice(p1, pn + 1);
        as = amounts.slice(e - n + 1, e + 1);
      }
    }
    // 2. "as of P1 and P2, … were A and B, respectively"
    if (!ps && tailAt(an)) {
      const a1 = runStart(text, amounts, e);
      const n = e - a1 + 1;
      let pn = -1;
      for (let k = periods.length - 1; k >= 0; k--) if (periods[k]!.span.end <= amounts[a1]!.span.start) { pn = k; break; }
      if (n >= 2 && pn >= 0 && amounts[a1]!.span.start - periods[pn]!.span.end <= 200 && NO_STOP.test(text.slice(periods[pn]!.span.end, amounts[a1]!.span.start))
        && (a1 === 0 || amounts[a1 - 1]!.span.end <= periods[pn]!.span.start)) {
        const q1 = runStart(text, periods, pn);
        if (pn - q1 + 1 === n) {
          ps = periods.slice(q1, pn + 1);
          as = amounts.slice(a1, e + 1);
        }
      }
    }
    if (!ps || !as) continue;
    const first = work.get(as[0]!);
    as.forEach((a, i) => {
      const p = ps![i]!;
      let w = work.get(a);
      if (!w) { w = { why: [] }; work.set(a, w); }
      w.period = { start: p.start!, end: p.end!, text: p.text, span: { start: p.span.start, end: p.span.end }, basis: 'clause' };
      w.why.push(`period: "${p.text}", item ${i + 1} of the list matched by "respectively"`);
      if (i > 0 && first?.metric && (!w.metric || w.metric.metric.category === 'other')) {
        w.metric = first.metric;
        w.why.push('metric: the first item\'s of the list matched by "respectively"');
      }
    });
    e = amounts.indexOf(as[as.length - 1]!);
  }
}
