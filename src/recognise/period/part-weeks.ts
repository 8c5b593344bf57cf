/**
 * A numbered quarter or half told its own days by a run of weeks or months after it in the same
 * sentence: "the third quarter, the 13 weeks to 30 November", "Q4 (the 12 weeks to 1 March)",
 * "the first quarter, the 16 weeks ended May 24", "first-half net profit … for the 27 weeks
 * ended 5 January". Retailers' quarters and halves are not always 13 and 26 weeks (a 16-week
 * first quarter, a 27-week half in a 53-week year), so the part is those days, whatever the
 * calendar would make of its number.
 */
import { isBarePart } from './fiscal-statement';
import type { RangeMatch } from './range';
import { punctAt, type Toks } from './read';

/** Days a run of weeks may last to be a quarter (12 to 17 weeks) or a half (24 to 28 weeks). */
const QUARTER_DAYS = { min: 84, max: 119 } as const;
const HALF_DAYS = { min: 168, max: 196 } as const;

/**
 * How long before the reference date the weeks may have ended, in days: the part a story reports
 * (or forecasts), not one told as history ("first-half sales rose, and sales in the six months
 * to Dec. 28, 2024 were …", written in 2026).
 */
const PART_RECENT_DAYS = 183;

/** How far after the part its weeks may be written, in tokens: within one clause or two. */
const PART_WEEKS_REACH = 24;

/**
 * Whether `weeks`, a run of weeks or months to a written day, states the days of `part`, the
 * period just before it: a bare numbered quarter or half, the run of a length such a part can
 * have, ended at most PART_RECENT_DAYS before the reference date (`endedDaysAgo`, negative when
 * still to come), and no sentence's end between them. (The caller checks that the run is no comparison's
 * base: "first-half profit … against the 26 weeks to Dec. 31, 2023".)
 */
export function weeksDatePart(toks: Toks, part: RangeMatch, weeks: RangeMatch, endedDaysAgo: number | undefined): boolean {
  if (!isBarePart(part.spec) || weeks.first - part.next > PART_WEEKS_REACH || (endedDaysAgo ?? 0) > PART_RECENT_DAYS) return false;
  const s = weeks.spec;
  if (s.t !== 'ending' || s.end.t !== 'day' || s.yearEndsAfter !== undefined || s.endsBefore !== undefined) return false;
  const quarter = part.spec.t === 'quarter';
  const fits = s.days !== undefined
    ? (quarter ? s.days >= QUARTER_DAYS.min && s.days <= QUARTER_DAYS.max : s.days >= HALF_DAYS.min && s.days <= HALF_DAYS.max)
    : s.months === (quarter ? 3 : 6);
  if (!fits) return false;
  for (let k = part.next; k < weeks.first; k++) {
    const t = toks[k]!;
    if (t.newline || punctAt(toks, k, ';') || (punctAt(toks, k, '.', '!', '?') && (toks[k + 1]?.space ?? true))) return false;
  }
  return true;
}
