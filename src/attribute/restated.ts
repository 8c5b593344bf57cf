/**
 * A figure written again later after "the" (or "those", "that"), with no metric words of its
 * own, measures what it measured the first time: "the 2% to 3% -- does that assume …", "does
 * the £22.8 billion include leases?" (an analyst restating the CFO), "The 500 mln dlr credit is
 * in the name of …" (a writer referring back). Not a bare repeat: "productivity fell 0.5 pct"
 * after "prices fell 0.5 pct" is another measure. So does a figure a speaker corrects to: "$1.31 -- excuse me, $1.33", "£22.6 billion
 * -- sorry, £22.8 billion". Both take the metric (and, when they have none, the period and the
 * subject) of the figure they stand for. Basis or percentage points with no metric words take
 * the metric of the last such points that had some ("margin expanded 180 basis points … call it
 * 60 basis points"). One pass over the text's amounts, in order.
 */
import type { Figure } from '../types';
import type { WorkAbout } from './shared';

/** The words between a figure and the one a speaker corrects it to. */
const CORRECTION = /^(?:--|—|–|,) ?(?:excuse me|sorry|I'm sorry|I’m sorry|pardon me|I mean|correction)[,:]?$/i;
/** A determiner right before a figure that points back to it: "the £22.8 billion", "those seven billion dlrs". */
const DEFINITE = /(?:^|[^A-Za-z])(?:the|The|those|Those|that|That)\s$/;
/** Longest gap read for a correction. */
const MAX_GAP = 24;

/** The value of a figure as written: kind, unit or currency, amount and the top of a range. */
function valueKey(f: Figure): string | undefined {
  if (f.kind === 'money') return f.currency ? `m:${f.currency}:${f.amount}:${f.amountMax ?? ''}` : undefined;
  if (f.kind === 'percent') return `p:${f.unit}:${f.value}:${f.valueMax ?? ''}`;
  return undefined;
}

/** No metric words of its own: the "other" of nothing found, or the "rate" basis points default to. */
const unread = (f: Figure, w: WorkAbout): boolean =>
  !w.metric || (!w.metric.cue && (w.metric.metric.category === 'other' || (w.metric.metric.category === 'rate' && f.kind === 'percent' && f.unit === 'basis-point')));

export function takeRestated(text: string, amounts: readonly Figure[], work: Map<Figure, WorkAbout>): void {
  const seen = new Map<string, WorkAbout>();
  // The last basis-point and percentage-point figures with metric words of their own.
  const points = new Map<string, WorkAbout>();
  // The figures this pass gave a metric.
  const reread = new Set<WorkAbout>();
  let prev: Figure | undefined;
  for (const f of amounts) {
    const w = work.get(f);
    const key = valueKey(f);
    if (w && unread(f, w)) {
      const corrected = prev && f.span.start - prev.span.end <= MAX_GAP && prev.kind === f.kind && CORRECTION.test(text.slice(prev.span.end, f.span.start).replace(/\s+/g, ' ').trim()) ? work.get(prev) : undefined;
      // ("$1.33 -- versus $1.24 last year" after "$1.31 -- excuse me,": a figure compared with
      // one this pass reread takes its new metric too.)
      const sharedFromPrev = !!prev && reread.has(work.get(prev)!) && w.why.some((x) => x.endsWith('so the same metric'));
      const first = corrected ?? (sharedFromPrev ? work.get(prev!) : undefined) ?? (key && DEFINITE.test(text.slice(Math.max(0, f.span.start - 7), f.span.start)) ? seen.get(key) : undefined);
      // (Not an amount of money read as a rate or a stake: "the 15 billion dlr figure" after an
      // economy's, "the 21 mln dlrs to be paid" after an interest bought, were misread the first time.)
      if (first?.metric && !unread(f, first) && !(f.kind === 'money' && (first.metric.metric.category === 'rate' || first.metric.metric.category === 'stake'))) {
        w.metric = first.metric;
        reread.add(w);
        w.why.push(`metric: ${corrected ? `corrects "${prev!.text}"` : sharedFromPrev ? `compared with "${prev!.text}", whose metric was found since` : 'restates the same figure written before'} → ${first.metric.metric.category}`);
        if (!w.period && first.period) w.period = first.period;
        if (!w.subject && first.subject) w.subject = first.subject;
      } else if (f.kind === 'percent' && points.get(f.unit)?.metric) {
        // Points with no measure named move the measure the text last moved in such points:
        // "margin expanded 180 basis points … the guide implies 50 to 70 basis points", "a
        // further 25 basis points" after a rate cut.
        w.metric = points.get(f.unit)!.metric;
        w.why.push(`metric: ${f.unit === 'basis-point' ? 'basis' : 'percentage'} points with no metric words move what the ones before did → ${w.metric!.metric.category}`);
      }
    }
    if (w && key && !unread(f, w)) seen.set(key, w);
    if (w && f.kind === 'percent' && (f.unit === 'basis-point' || f.unit === 'percentage-point') && w.metric?.cue) points.set(f.unit, w);
    prev = f;
  }
}
