/**
 * A 52/53-week fiscal year stated by its rule: "its fiscal year ends on the Sunday closest to
 * October 31", "whose fiscal year ends on the last Saturday of September", "fiscal years end on
 * the Friday nearest June 30". The rule gives every fiscal year's last day (the weekday nearest
 * the day, or the month's last such weekday), so a "fiscal 2025" anywhere in the text, before the
 * statement too, is those weeks, named by the year it ends in, and its quarters 13 weeks each.
 * The day or weekday in the rule is no period of its own.
 */
import { WEEKDAYS } from '../../lexicon/periods';
import { addDays, daysInMonth, isoWeekday, ymd, type Interval, type YMD } from '../../resolve/period/calendar';
import type { RangeMatch } from './range';
import { isWordAt, punctAt, wordAt, type Toks } from './read';

export interface WeekRule {
  /** The statement's day or weekday, which is no period. */
  readonly match: RangeMatch;
  /** The month the fiscal year starts in, by months (November for a year ending near October 31). */
  readonly start: number;
  /** Fiscal years around the reference date, by the year they end in. */
  readonly years: ReadonlyMap<number, Interval>;
  /** Their last days. */
  readonly ends: readonly YMD[];
}

/** How many fiscal years before and after the reference date's the rule is written out for. */
const YEARS_BACK = 4;
const YEARS_AHEAD = 3;

/** The first fiscal-year rule the text states, written out around `ref`; undefined when none. */
export function statedWeekRule(toks: Toks, matches: readonly RangeMatch[], ref: YMD | undefined): WeekRule | undefined {
  if (!ref) return undefined;
  for (const m of matches) {
    const rule = ruleAt(toks, m);
    // (A year ending near January's end is named by its end by some, by its start by most
    // retailers: "fiscal 2024" of "the Saturday nearest January 31" is either, so left alone.)
    if (!rule || rule.month === 1 || (rule.month === 2 && (rule.day ?? 31) <= 15)) continue;
    const years = new Map<number, Interval>();
    const ends: YMD[] = [];
    for (let y = ref.y - YEARS_BACK; y <= ref.y + YEARS_AHEAD; y++) {
      const end = rule.endIn(y);
      years.set(y, { start: addDays(rule.endIn(y - 1), 1), end });
      ends.push(end);
    }
    // (A year ending near a month's first days, "closest to June 1", holds that month's weeks only from the next year.)
    const start = rule.day !== undefined && rule.day <= 15 ? rule.month : (rule.month % 12) + 1;
    return { match: m, start, years, ends };
  }
  return undefined;
}

interface Rule {
  readonly month: number;
  readonly day?: number;
  /** The last day of the fiscal year that ends in (or just after) calendar year `y`'s month. */
  readonly endIn: (y: number) => YMD;
}

/** The rule a day or weekday match states, read back from it to "fiscal year ends on the". */
function ruleAt(toks: Toks, m: RangeMatch): Rule | undefined {
  const s = m.spec;
  // "the Sunday closest to October 31": the weekday nearest the day, three days either way.
  if (s.t === 'day' && s.month.kind === 'abs' && s.year.kind === 'implied') {
    let k = m.first - 1;
    if (isWordAt(toks, k, 'to')) k--;
    const wd = isWordAt(toks, k, 'closest', 'nearest') ? WEEKDAYS.get(wordAt(toks, k - 1) ?? '') : undefined;
    if (wd === undefined || !statesFiscalEnd(toks, k - 2)) return undefined;
    const month = s.month.m, day = s.d;
    return {
      month, day,
      endIn: (y) => {
        const target = ymd(y, month, Math.min(day, daysInMonth(y, month)));
        let diff = (wd - isoWeekday(target) + 7) % 7;
        if (diff > 3) diff -= 7;
        return addDays(target, diff);
      },
    };
  }
  // "the last Saturday of September": the month's last such weekday.
  if (s.t === 'nth-weekday' && s.n === -1 && s.of.t === 'month' && s.of.year.kind === 'implied' && isWordAt(toks, m.first, 'last') && statesFiscalEnd(toks, m.first - 1)) {
    const month = s.of.m, wd = s.wd;
    return {
      month,
      endIn: (y) => {
        const last = ymd(y, month, daysInMonth(y, month));
        return addDays(last, -((isoWeekday(last) - wd + 7) % 7));
      },
    };
  }
  return undefined;
}

/**
 * "fiscal year ends on the", "whose fiscal years end on the", "its financial year, which ends on
 * the": `k` is the token of "the" before the rule.
 */
function statesFiscalEnd(toks: Toks, k: number): boolean {
  if (!isWordAt(toks, k, 'the')) return false;
  k--;
  if (isWordAt(toks, k, 'on')) k--;
  if (!isWordAt(toks, k, 'ends', 'end', 'ending', 'ended')) return false;
  k--;
  if (isWordAt(toks, k, 'which', 'that')) { k--; if (punctAt(toks, k, ',')) k--; }
  return isWordAt(toks, k, 'year', 'years') && isWordAt(toks, k - 1, 'fiscal', 'financial');
}
