/**
 * "comparable sales fell 2% in the 13 weeks ended June 29, its fiscal third quarter": a period
 * named again in apposition is the same stretch of time. A retailer's or chip maker's fiscal
 * quarter seldom matches the calendar quarter its name resolves to, so for attribution the
 * label takes the dates written out before it; figures linked to either get the same period.
 */

import type { Figure, PeriodFigure } from '../types';

/** What may stand between a period and its label: ", its", ", the company's", ", the group's". */
const APPOSITION = /^,\s+(?:its|their|the (?:company|group|firm|retailer|bank)['’]s)\s+$/i;
/** A period with its end written out: "the 13 weeks ended June 29", "the three months to March 31". */
const WRITTEN_END = /\b(?:ended|ending|to|through|thru)\s+\S+\s+\d/i;
/** Labels that name a reporting period rather than dating one. */
const LABELS: ReadonlySet<string> = new Set(['quarter', 'half', 'year', 'fiscal-year']);
/** Far enough to hold ", the company's " and a little space. */
const MAX_GAP = 24;

/**
 * `figures` (in text order) with each label in apposition to a period whose end is written
 * out given that period's dates; every other figure is returned as it is.
 */
export function withAppositiveDates(text: string, figures: readonly Figure[]): readonly Figure[] {
  let out: Figure[] | undefined;
  let written: PeriodFigure | undefined;
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]!;
    if (f.kind !== 'period') continue;
    if (written && f.span.start - written.span.end <= MAX_GAP && LABELS.has(f.granularity) && APPOSITION.test(text.slice(written.span.end, f.span.start))) {
      out ??= [...figures];
      out[i] = { ...f, start: written.start, end: written.end };
    }
    written = f.start && f.end && WRITTEN_END.test(f.text) ? f : undefined;
  }
  return out ?? figures;
}
