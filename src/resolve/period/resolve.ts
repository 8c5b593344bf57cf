/**
 * Turns a {@link PeriodSpec} into inclusive dates: the year rule of FORMAT.md for periods
 * written without a year, relative periods against `referenceDate`, the fiscal calendar,
 * and anaphora against the periods mentioned before. Records what was implied.
 */
import { SPLIT_YEAR_START, type PeriodUnit } from '../../lexicon/periods';
import type { PeriodGranularity, PeriodImplied } from '../../types';
import {
  addDays, addMonths, compare, dayInterval, daysBetween, daysInMonth, halfInterval, isoWeekday, isoWeekInterval, isValidDate,
  monthInterval, monthsInterval, quarterInterval, shiftMonths, wholeMonths, yearInterval, ymd, type Interval, type YMD,
} from './calendar';
import { fiscalMonthsInterval, fiscalYearInterval, fiscalYearOf } from './fiscal';
import { holidayDay } from './holiday';
import type { MonthRef, PeriodSpec, Pick, YearRef } from './spec';

export interface Antecedent {
  readonly iv: Interval;
  readonly granularity: PeriodGranularity;
  /** Written as a run of weeks: "the 13 weeks ended Nov. 1", "the 52 weeks to 28 February". */
  readonly weeks?: boolean;
  /** Its year written in digits ("the first three months of 2024"), not counted back ("last year's first quarter"). */
  readonly yearWritten?: boolean;
  /** A part of a fiscal year, read on the text's fiscal calendar ("the first half of FY25", "the last three months of this financial year"). */
  readonly fiscalPart?: boolean;
}

/**
 * The longest span a year-shift moves back from, in days between its first and last day: two
 * calendar years ("1986/87" read as both years: "25.23 mln a year earlier" is 1985/86).
 */
const LONGEST_YEAR_DAYS = 731;

/** Whether `a` is whole months that end a year before `b`'s, as many as `b`'s: "the first three months of 2024" to "the first quarter of 2025". */
function isYearBefore(a: Interval, b: Interval): boolean {
  const n = wholeMonths(b);
  return n !== undefined && n < 12 && wholeMonths(a) === n && compare(addMonths(a.start, 12), b.start) === 0;
}

/** A year, on any calendar: twelve whole months ("fiscal 2026", "the year to June 30, 2025"). */
function isYearLong(a: Antecedent): boolean {
  return wholeMonths(a.iv) === 12;
}

/**
 * The periods a text has resolved so far, for anaphora ("the previous quarter"). Only the
 * latest of each granularity is ever asked for, so that is what is kept: walking back over
 * every earlier period for each anaphor was quadratic in a long text.
 */
export class Antecedents {
  private readonly latestOf = new Map<PeriodGranularity, { readonly a: Antecedent; readonly seq: number }>();
  private latest: Antecedent | undefined;
  /** The latest period of each count of whole months up to twelve ("November to January", a quarter), with its place. */
  private readonly latestSpanOf = new Map<number, { readonly a: Antecedent; readonly seq: number }>();
  /** The latest that is neither a day nor a week. */
  private latestSpan: Antecedent | undefined;
  /** The latest of those that had ended by the reference date. */
  private latestEndedSpan: Antecedent | undefined;
  /** The latest of those that had begun by the reference date. */
  private latestBegunSpan: Antecedent | undefined;
  /** The latest quarter, and the latest year (a fiscal one too), that had ended by the reference date. */
  private readonly latestEndedOf = new Map<'quarter' | 'year', Antecedent>();
  private seq = 0;

  /** `ref`: the reference date, when known (see `add`). */
  constructor(earlier: readonly Antecedent[] = [], private readonly ref?: YMD) {
    for (const a of earlier) this.add(a);
  }

  add(a: Antecedent): void {
    // "first-quarter revenue fell 3% … Revenue in the first three months of 2024 was €19.9 billion
    // … after a 32% surge a year earlier": the period a year before the latest one, its year
    // written, is the base it was compared with, not a period of its own that "a year earlier"
    // counts back from. ("In last year's first quarter, it earned $934,000, compared with $2.3
    // million a year earlier" is told from that quarter.)
    if (a.yearWritten && this.latestSpan && isYearBefore(a.iv, this.latestSpan.iv)) return;
    const seq = this.seq++;
    this.latestOf.set(a.granularity, { a, seq });
    // "January through March of 1987" is a quarter to "the 1986 quarter" after it, once it has
    // ended: a coming "April-June quarter" of a forecast is no base for "the previous quarter".
    if (a.granularity === 'custom' && (a.iv.start.m - 1) % 3 === 0 && wholeMonths(a.iv) === 3 && (!this.ref || compare(a.iv.end, this.ref) <= 0)) {
      this.latestOf.set('quarter', { a: { ...a, granularity: 'quarter' }, seq });
    }
    // "the 13 weeks ended Nov. 1 … the year-earlier quarter", "the 52 weeks to 28 February … the
    // previous year": a retailer's quarter and year are counted in weeks.
    // (Referred back to, they move by the same dates, as annotators write it: see `anaphora`.)
    // (Only a run of weeks written so, once it has ended: not any span of as many days, "from
    // March 3 to June 1".)
    if (a.weeks && (!this.ref || compare(a.iv.end, this.ref) <= 0)) {
      const days = daysBetween(a.iv.start, a.iv.end) + 1;
      // (Thirteen weeks, or fourteen for the quarter that holds a 53-week year's extra week; not
      // the 53-week year itself, 371 days: the year before it is a week shorter.)
      const as = days === 91 || days === 98 ? 'quarter' : days === 364 ? 'year' : undefined;
      if (as && wholeMonths(a.iv) === undefined) this.latestOf.set(as, { a: { ...a, granularity: as }, seq });
    }
    const n = wholeMonths(a.iv);
    if (n !== undefined && n <= 12) this.latestSpanOf.set(n, { a, seq });
    if (!this.ref || compare(a.iv.end, this.ref) <= 0) {
      // (What this one was just kept as: itself, or the quarter or year its months or weeks make.)
      const quarter = this.latestOf.get('quarter'), year = this.latestOf.get('year');
      if (quarter?.seq === seq) this.latestEndedOf.set('quarter', quarter.a);
      if (year?.seq === seq) this.latestEndedOf.set('year', year.a);
      if (a.granularity === 'fiscal-year') this.latestEndedOf.set('year', a);
    }
    this.latest = a;
    if (a.granularity !== 'day' && a.granularity !== 'week') {
      this.latestSpan = a;
      if (!this.ref || compare(a.iv.end, this.ref) <= 0) this.latestEndedSpan = a;
      if (!this.ref || compare(a.iv.start, this.ref) <= 0) this.latestBegunSpan = a;
    }
  }

  /**
   * What "the full year" is the year of: the latest period (not a day or a week) that had begun
   * by the reference date. "expects EBITDA of €4.6bn for the full year" after "power for delivery
   * next year" is this year's, as with nothing named.
   */
  findBegun(): Antecedent | undefined {
    return this.latestBegunSpan;
  }

  /** The latest period of `months` whole months, aligned to quarters or not: "November to January". */
  findSpan(months: number): Antecedent | undefined {
    return this.latestSpanOf.get(months)?.a;
  }

  /**
   * What "the nine months" names: the latest period of `months` whole months, unless a quarter
   * that has ended was named after it; then the `months` months up to that quarter's end
   * ("third-quarter profit … $2.4 billion in the nine months" is January to September).
   */
  findMonthsTo(months: number): Antecedent | undefined {
    const span = this.latestSpanOf.get(months);
    const q = this.latestOf.get('quarter');
    const ended = q && (!this.ref || compare(q.a.iv.end, this.ref) <= 0) ? q : undefined;
    if (span && (!ended || span.seq > ended.seq || compare(span.a.iv.end, ended.a.iv.end) === 0)) return span.a;
    if (!ended) return undefined;
    const end = ended.a.iv.end;
    const first = addMonths(ymd(end.y, end.m, 1), 1 - months);
    // (Six months up to September are a half only on a fiscal calendar: 'custom' unless a calendar half.)
    const granularity = months === 3 ? 'quarter' : months === 6 && (first.m === 1 || first.m === 7) ? 'half' : 'custom';
    return { iv: monthsInterval(first.y, first.m, months), granularity };
  }

  /**
   * With `want`, the latest period of that granularity (a fiscal year counts as a year; with
   * `ended`, none when that one had not ended by the reference date);
   * without, the latest that is not a day or a week (with `ended`, the latest of those that
   * had ended by the reference date; with `done`, that one rather than a quarter or half still
   * running), else the latest of all.
   */
  find(want?: 'quarter' | 'year' | 'month' | 'half' | 'week' | 'day', ended = false, done = false): Antecedent | undefined {
    // ("expects 2025 earnings of … up from $3.2 billion in the year-earlier period": a year still
    // running that a forecast names gives way to the quarter or half of it reported before.)
    const running = this.latestSpan;
    const part = this.latestEndedSpan;
    if (!want && ended && running && part && running !== part && (running.granularity === 'year' || running.granularity === 'fiscal-year')
      && (part.granularity === 'quarter' || part.granularity === 'half') && compare(part.iv.start, running.iv.start) >= 0 && compare(part.iv.end, running.iv.end) <= 0) return part;
    // (A quarter or half still running or to come, when a period that has ended was named before
    // it: see PeriodSpec `done`. A year or a month running is the text's own more often than not.)
    // (Nor a year that has not begun by the reference date: "loses patent protection in 2028 …
    // swung to a loss, from a profit of $2.6 billion a year earlier" compares the quarter
    // reported, not 2027. A month to come stays: "storage next month … heavier than a year ago".)
    // (Nor a year in its first quarter that follows the year just reported: "FFO rose for the year
    // to June 30, 2025 … forecast growth in fiscal 2026. Net profit swung to A$318 million from a
    // loss of A$142 million a year earlier", told in August: a year barely begun has no results
    // to compare, while one near its end may have estimates, "losses at 15 billion yen in 1986/87
    // … compares with a profit a year earlier", told in late March.)
    if (!want && done && running && part && running !== part && this.ref && compare(running.iv.end, this.ref) > 0
      && (running.granularity === 'quarter' || running.granularity === 'half' || (running.granularity === 'year' && compare(running.iv.start, this.ref) > 0)
        || (isYearLong(running) && isYearLong(part) && compare(addDays(part.iv.end, 1), running.iv.start) === 0 && daysBetween(running.iv.start, this.ref) <= 92))) return part;
    if (!want) return this.latestSpan ?? this.latest;
    const own = this.latestOf.get(want);
    const fiscal = want === 'year' ? this.latestOf.get('fiscal-year') : undefined;
    const found = (fiscal && (!own || fiscal.seq > own.seq) ? fiscal : own)?.a;
    // ("second-quarter revenue rose … expects third-quarter sales of … Members rose 34% from the
    // prior quarter": with `done`, the quarter or year before the latest one that has ended, not
    // before one still running or to come.)
    const endedPart = done && (want === 'quarter' || want === 'year') ? this.latestEndedOf.get(want) : undefined;
    if (endedPart && found && this.ref && compare(found.iv.end, this.ref) > 0) return endedPart;
    // ("the latest quarter" after "expects growth in the current quarter": not one still running.)
    return ended && found && this.ref && compare(found.iv.end, this.ref) > 0 ? undefined : found;
  }
}

export interface ResolveContext {
  readonly ref: YMD | undefined;
  readonly fiscalYearStart: number;
  /** Whether the caller gave `fiscalYearStart` (else using it is an assumption). */
  readonly fiscalGiven: boolean;
  /**
   * Whether the text itself states its fiscal calendar ("the fiscal fourth quarter ended Jan.
   * 31, 2026", "the 52 weeks to 28 February 2026"): a company's story on its own calendar,
   * whose bare "fourth quarter" is then its fiscal quarter, not the calendar's.
   */
  readonly fiscalStated?: boolean;
  /**
   * 1 when the text names its fiscal years by the calendar year they start in ("fiscal 2025
   * ended January 31, 2026", "fiscal 1987 ended March 31, 1988"): a written fiscal year number
   * is then one less than the year it ends in.
   */
  readonly fiscalLabelShift?: number;
  /**
   * The period is told as still to come ("is expected to close in the second quarter", "the offer
   * expires on May 26"): a day, month, quarter or half written without its year is the
   * reference year's unless that one has ended, then the next year's (not FORMAT.md's latest
   * one started, which is for what is reported as done).
   */
  readonly ahead?: boolean;
  /**
   * The text's quarters are its fiscal ones: a quarter stated its end ("the fiscal first quarter
   * ended Feb. 1"), or the caller gave `fiscalYearStart`. "The current quarter" and "last quarter"
   * are then the company's quarters. (A year's end alone, "inflation in the year to January",
   * says nothing of quarters.)
   */
  readonly fiscalQuarters?: boolean;
  /**
   * Fiscal years of a 52/53-week calendar that the text states, by the year number they end in
   * ("Fiscal 2024 was a 52-week year ended September 28, 2024", "fiscal 2026, which ends June 27,
   * 2026"): "fiscal 2024" elsewhere is those weeks, and its quarters and halves are 13 and 26
   * weeks from its start (the fourth quarter or second half running to its end), not months.
   */
  readonly weekYears?: ReadonlyMap<number, Interval>;
  /**
   * Ends of a 52/53-week calendar the text states by a quarter, half or year ending a few days off
   * a month's end ("the quarter ended Feb. 1", "the six months to Dec. 28"): the fiscal quarters,
   * halves and years it names by label are on those weeks (`Resolver.onWeekGrid`).
   */
  readonly weekGrid?: readonly YMD[];
  /** Periods resolved earlier in the text (anaphora reads these). */
  readonly antecedents: Antecedents;
  /** The month a fiscal year written across two years starts in when no calendar is stated (the text's country); asked only for one. */
  readonly splitYearStart?: () => number;
}

export interface Resolution {
  readonly iv?: Interval;
  readonly granularity: PeriodGranularity;
  readonly implied: PeriodImplied;
  readonly unresolved?: string;
}

class NeedsReference extends Error {}
class Invalid extends Error {}

/**
 * How many days off a month's end a 52/53-week calendar's quarters and years end: they end on
 * the same weekday every year, the one nearest (or last before) a month's end.
 */
const WEEK_CALENDAR_SLACK = 7;

/** A day within a week of a month's end, but not the end itself: the end of a 52/53-week calendar's quarter or year. */
export function weekCalendarEnd(end: YMD): boolean {
  const last = daysInMonth(end.y, end.m);
  return end.d !== last && (end.d > last - WEEK_CALENDAR_SLACK || end.d <= WEEK_CALENDAR_SLACK);
}

interface Flags { year?: boolean; fiscalYearStart?: boolean; relative?: boolean; anaphora?: boolean }

/** Granularity of a spec, known before any dates are computed. */
export function granularityOf(spec: PeriodSpec): PeriodGranularity {
  switch (spec.t) {
    case 'year': return spec.fiscal ? 'fiscal-year' : 'year';
    case 'month': return 'month';
    case 'day': case 'offset': case 'shift': case 'weekday': case 'nth-weekday': case 'nth-day': case 'today': case 'holiday': return 'day';
    case 'quarter': return 'quarter';
    case 'half': return 'half';
    case 'first': return monthsGranularity(spec.months, spec.fiscal);
    case 'ending': return spec.days === 7 ? 'week' : spec.months ? monthsGranularity(spec.months, spec.fiscal) : 'custom';
    case 'starting': return monthsGranularity(spec.months, spec.fiscal);
    case 'rel': return spec.unit === 'weekend' ? 'custom' : spec.unit;
    case 'nth-week': return spec.weekend ? 'custom' : 'week';
    case 'week-of': return 'week';
    default: return 'custom';
  }
}

const monthsGranularity = (n: number, fiscal?: boolean): PeriodGranularity =>
  n === 3 ? 'quarter' : n === 6 ? 'half' : n === 12 ? (fiscal ? 'fiscal-year' : 'year') : 'custom';

/** The day `n` units after `p` (before it when `n` is negative). */
function addUnits(p: YMD, unit: PeriodUnit, n: number): YMD {
  if (unit === 'day' || unit === 'week') return addDays(p, unit === 'week' ? 7 * n : n);
  return addMonths(p, n * (unit === 'month' ? 1 : unit === 'quarter' ? 3 : unit === 'half' ? 6 : 12));
}

/** Resolves a spec; never throws. */
export function resolvePeriod(spec: PeriodSpec, ctx: ResolveContext): Resolution {
  const flags: Flags = {};
  let granularity = granularityOf(spec);
  try {
    const r = new Resolver(ctx, flags);
    const iv = r.interval(spec);
    if (spec.t === 'anaphora' && r.anaphoraGranularity) granularity = r.anaphoraGranularity;
    if (r.splitFiscal) granularity = 'fiscal-year';
    return { iv, granularity, implied: flags };
  } catch (e) {
    if (e instanceof NeedsReference) return { granularity, implied: flags, unresolved: 'needs referenceDate' };
    return { granularity, implied: flags, unresolved: e instanceof Invalid ? e.message : 'not a valid date' };
  }
}

class Resolver {
  anaphoraGranularity: PeriodGranularity | undefined;
  /** A split year, or "the current year", read as the stated fiscal year. */
  splitFiscal = false;
  constructor(private readonly ctx: ResolveContext, private readonly flags: Flags) {}

  private get ref(): YMD {
    if (!this.ctx.ref) throw new NeedsReference();
    return this.ctx.ref;
  }

  /**
   * The fiscal year start for a fiscal year written as `yr`: a split year ("1986/87") is no
   * calendar year, so without a stated calendar April, the most common split-year start, is assumed.
   */
  private fysFor(yr: YearRef): number {
    if (yr.kind === 'abs' && yr.split && !this.ctx.fiscalGiven) {
      this.flags.fiscalYearStart = true;
      return this.ctx.splitYearStart?.() ?? SPLIT_YEAR_START;
    }
    return this.fys;
  }

  private get fys(): number {
    if (!this.ctx.fiscalGiven) this.flags.fiscalYearStart = true;
    return this.ctx.fiscalYearStart;
  }

  /**
   * A quarter or half written without its year ("the fourth quarter", "fourth-quarter", "Q2")
   * in a text that states a fiscal calendar other than the calendar year's is a part of the
   * fiscal year: a retailer's "fourth-quarter profit" after "the quarter ended Jan. 31, 2026" is
   * November to January. A year written with it ("Q4 2025") keeps the calendar reading.
   */
  private onStatedCalendar(spec: { readonly year: YearRef; readonly pick?: unknown }): boolean {
    return !!this.ctx.fiscalStated && this.ctx.fiscalYearStart !== 1 && spec.year.kind === 'implied' && spec.pick === undefined;
  }

  /**
   * The year number for `yr`; for an implied year, the year rule on `startFor`. For a period
   * told as still to come (`ctx.ahead`: "is expected to close in the second quarter", "has until
   * 2 November"), the reference year's unless that one ended (`endFor`) over three months
   * back, then the next.
   */
  private year(yr: YearRef, startFor: (y: number) => YMD, fiscal = false, endFor?: (y: number) => YMD): number {
    if (yr.kind === 'abs') return fiscal && !yr.split && this.ctx.fiscalLabelShift ? yr.y + this.ctx.fiscalLabelShift : yr.y;
    const ref = this.ref;
    const base = fiscal ? fiscalYearOf(ref, this.fys) : ref.y;
    if (yr.kind === 'rel') { this.flags.relative = true; return base + yr.offset; }
    this.flags.year = true;
    if (yr.kind === 'as') return this.interval(yr.of).start.y;
    // (One that ended at most three months back is still the reference year's: "were scheduled
    // to expire February 28" written in March is a deadline just past, not next year's.)
    const back = yr.back ?? 0;
    if (this.ctx.ahead && endFor) { const end = endFor(base); return (compare(addMonths(end, 3), ref) < 0 ? base + 1 : base) - back; }
    return (compare(startFor(base), ref) > 0 ? base - 1 : base) - back;
  }

  /**
   * The year rule took the latest `date` on or before the reference date for a day or month
   * written without its year; true when that is more than three months back, so the one a
   * year later is meant ("the fiscal year beginning April 1" written in February, "beginning
   * Oct. 1" in a budget request of March, are the coming ones).
   */
  private nearer(written: PeriodSpec, date: YMD): boolean {
    const implied = (written.t === 'day' || written.t === 'month') && written.year.kind === 'implied';
    return implied && compare(addMonths(date, 3), this.ref) < 0;
  }

  /**
   * "the full year to 31 March" written without its year, `end` the latest such day: a year on
   * when the latest period the text named and that had begun ("the six months to 30 September")
   * starts after `end` and ends within the year to the day a year on; else `end`.
   */
  private yearHoldingLatest(written: PeriodSpec, end: YMD): YMD {
    if (written.t !== 'day' || written.year.kind !== 'implied') return end;
    // (A part that has ended: "the first quarter" of a year just begun, in a story of the year
    // just ended, is no part of the year talked about.)
    const part = this.ctx.antecedents.findBegun();
    if (!part || compare(part.iv.start, end) <= 0 || (this.ctx.ref && compare(part.iv.end, this.ctx.ref) > 0)) return end;
    const later = addMonths(end, 12);
    return compare(part.iv.end, later) <= 0 ? later : end;
  }

  /**
   * A fiscal year's end written without its year after the label, `end` in the label's year:
   * that, or the same day a year on, by PeriodSpec `openEnd`.
   */
  private openEnd(end: YMD, told: 'ended' | 'ending'): YMD {
    const later = addMonths(end, 12);
    if (told === 'ended') return compare(later, this.ref) <= 0 ? later : end;
    return compare(addMonths(end, 3), this.ref) < 0 ? later : end;
  }

  /**
   * Part `n` of `parts` (4 quarters or 2 halves) of fiscal year `fy` when the text stated it as
   * a 52/53-week year: 13 weeks a quarter from its start, the last part running to its end
   * ("the second quarter of fiscal 2026" of a year from June 29, 2025 is September 28 to
   * December 27).
   */
  private weeksOf(fy: number, parts: number, n: number): Interval | undefined {
    const year = this.ctx.weekYears?.get(fy);
    if (!year) return undefined;
    const days = 364 / parts;
    return { start: addDays(year.start, days * (n - 1)), end: n === parts ? year.end : addDays(year.start, days * n - 1) };
  }

  /**
   * A fiscal quarter, half or year read by months, on the 52/53-week calendar the text states
   * (`weekGrid`): it ends as many weeks from the stated end as its last month's end is from the
   * month's end the stated one stands for, and runs that many weeks back. A retailer's "fourth
   * quarter" before "the quarter ended Feb. 1" is November 3 to February 1, not November to
   * January; its "first half" before "the six months to Dec. 28" is June 30 to December 28.
   * Without such a statement, the months.
   */
  private onWeekGrid(iv: Interval, weeks: number): Interval {
    const grid = this.ctx.weekGrid;
    if (!grid?.length) return iv;
    // The stated end nearest the period, and the month's end it stands for (Feb. 1 for January's).
    let anchor = grid[0]!;
    for (const g of grid) if (Math.abs(daysBetween(g, iv.end)) < Math.abs(daysBetween(anchor, iv.end))) anchor = g;
    // (Only within a year of it: 53-week years move the weeks of years further off.)
    if (Math.abs(daysBetween(anchor, iv.end)) > 371) return iv;
    const nominal = anchor.d <= 15 ? addDays(ymd(anchor.y, anchor.m, 1), -1) : ymd(anchor.y, anchor.m, daysInMonth(anchor.y, anchor.m));
    const end = addDays(anchor, 7 * Math.round(daysBetween(nominal, iv.end) / 7));
    return { start: addDays(end, 1 - 7 * weeks), end };
  }

  /** Year for a named month or quarter picked by a modifier ("next June", "last Q1"). */
  private picked(pick: Pick, index: number, current: number): number {
    const ref = this.ref;
    this.flags.relative = true;
    switch (pick) {
      case 'next': case 'upcoming': return index > current ? ref.y : ref.y + 1;
      case 'last': case 'past': return index < current ? ref.y : ref.y - 1;
      default: return ref.y;
    }
  }

  /**
   * A holiday's day: with `pick` and no year, the next one after the reference date ("next
   * thanksgiving"), the latest before it ("last christmas", "this past easter") or the reference
   * year's ("this halloween"); told as still to come, the next on or after the reference date;
   * else in the year written, or the year rule's.
   */
  private holiday(spec: Extract<PeriodSpec, { t: 'holiday' }>): YMD {
    const on = (y: number): YMD => holidayDay(spec.date, y);
    // ("I'll be back on mother's day", written in June: next year's, not the one just past.)
    if (!spec.pick && spec.year.kind === 'implied' && this.ctx.ahead) {
      const ref = this.ref;
      this.flags.year = true;
      return compare(on(ref.y), ref) >= 0 ? on(ref.y) : on(ref.y + 1);
    }
    if (!spec.pick || spec.year.kind !== 'implied') return on(this.year(spec.year, on, false, on));
    const ref = this.ref;
    this.flags.relative = true;
    const here = on(ref.y);
    switch (spec.pick) {
      case 'next': case 'upcoming': return compare(here, ref) > 0 ? here : on(ref.y + 1);
      case 'last': case 'past': return compare(here, ref) < 0 ? here : on(ref.y - 1);
      default: return here;
    }
  }

  interval(spec: PeriodSpec): Interval {
    switch (spec.t) {
      case 'year': {
        if (spec.fiscal) {
          const s = this.fysFor(spec.year);
          const fy = this.year(spec.year, (y) => fiscalYearInterval(y, s).start, true);
          return this.ctx.weekYears?.get(fy) ?? this.onWeekGrid(fiscalYearInterval(fy, s), 52);
        }
        return yearInterval(this.year(spec.year, (y) => ymd(y, 1, 1)));
      }
      case 'years': {
        // "In the year to March … in 1986/87": a split year on the fiscal calendar the text states.
        if (spec.split && this.ctx.fiscalGiven && this.ctx.fiscalYearStart !== 1) {
          this.splitFiscal = true;
          return fiscalYearInterval(spec.to, this.ctx.fiscalYearStart);
        }
        return { start: ymd(spec.from, 1, 1), end: ymd(spec.to, 12, 31) };
      }
      case 'decade': {
        if (spec.relative) this.flags.relative = true;
        const from = spec.relative ? 10 * Math.floor(this.ref.y / 10) + 10 * spec.from : spec.from;
        return { start: ymd(from, 1, 1), end: ymd(from + 9, 12, 31) };
      }
      case 'month': {
        const y = spec.pick && spec.year.kind === 'implied' ? this.picked(spec.pick, spec.m, this.ref.m) : this.year(spec.year, (yy) => ymd(yy, spec.m, 1), false, (yy) => monthInterval(yy, spec.m).end);
        return monthInterval(y, spec.m);
      }
      case 'day': {
        const date = this.day(spec.d, spec.month, spec.year);
        return dayInterval(spec.wd !== undefined && spec.year.kind === 'implied' && spec.month.kind === 'abs' ? this.pinnedByWeekday(date, spec.wd) : date);
      }
      case 'quarter': {
        if (spec.fiscal || this.onStatedCalendar(spec)) {
          const s = this.fysFor(spec.year);
          const fy = this.year(spec.year, (y) => fiscalMonthsInterval(y, s, 3 * (spec.q - 1), 3).start, true, (y) => fiscalMonthsInterval(y, s, 3 * (spec.q - 1), 3).end);
          return this.weeksOf(fy, 4, spec.q) ?? this.onWeekGrid(fiscalMonthsInterval(fy, s, 3 * (spec.q - 1), 3), 13);
        }
        const y = spec.pick && spec.year.kind === 'implied'
          ? this.picked(spec.pick, spec.q, Math.ceil(this.ref.m / 3))
          : this.year(spec.year, (yy) => quarterInterval(yy, spec.q).start, false, (yy) => quarterInterval(yy, spec.q).end);
        return quarterInterval(y, spec.q);
      }
      case 'half': {
        if (spec.fiscal || this.onStatedCalendar(spec)) {
          const s = this.fysFor(spec.year);
          const fy = this.year(spec.year, (y) => fiscalMonthsInterval(y, s, 6 * (spec.h - 1), 6).start, true, (y) => fiscalMonthsInterval(y, s, 6 * (spec.h - 1), 6).end);
          return this.weeksOf(fy, 2, spec.h) ?? this.onWeekGrid(fiscalMonthsInterval(fy, s, 6 * (spec.h - 1), 6), 26);
        }
        return halfInterval(this.year(spec.year, (y) => ymd(y, 6 * (spec.h - 1) + 1, 1), false, (y) => halfInterval(y, spec.h).end), spec.h);
      }
      case 'first': {
        // The months skipped from the start of the year: none, or all but the last `months`.
        const skip = spec.last ? 12 - spec.months : 0;
        if (spec.fiscal) {
          const s = this.fysFor(spec.year);
          return fiscalMonthsInterval(this.year(spec.year, (y) => fiscalMonthsInterval(y, s, skip, spec.months).start, true), s, skip, spec.months);
        }
        return monthsInterval(this.year(spec.year, (y) => ymd(y, skip + 1, 1)), skip + 1, spec.months);
      }
      case 'ending': {
        let end = this.interval(spec.end).end;
        if (spec.near && this.nearer(spec.end, end)) end = addMonths(end, 12);
        if (spec.holdsLatest) end = this.yearHoldingLatest(spec.end, end);
        if (spec.openEnd && end.m <= 3 && this.ctx.ref) end = this.openEnd(end, spec.openEnd);
        if (spec.endsBefore) {
          // The same day that many months back, or that month's last day when the year ends on one.
          const back = addMonths(end, -spec.endsBefore);
          end = end.d === daysInMonth(end.y, end.m) ? { ...back, d: daysInMonth(back.y, back.m) } : back;
        }
        if (spec.days) return { start: addDays(end, 1 - spec.days), end };
        const months = spec.months ?? 12;
        // "the fiscal first quarter ended Feb. 1", "the year ended Sept. 27": a quarter or year
        // ending a few days off a month's end is a 52/53-week calendar's, thirteen weeks to
        // the quarter (November 3 to February 1, not November 2).
        if (spec.end.t === 'day' && !spec.endsBefore && !spec.calendarMonths && months % 3 === 0 && weekCalendarEnd(end)) return { start: addDays(end, 1 - (months / 3) * 91), end };
        // ("For the quarter ended Feb. 1 … fiscal 2025, which ends Jan. 31, 2026": a year or quarter
        // to a day that the text's week calendar reaches in whole 13-week quarters, or one week
        // more, starts the day after that calendar's end: February 2, not February 1.)
        if (spec.end.t === 'day' && !spec.endsBefore && !spec.calendarMonths && months % 3 === 0) {
          const days = (months / 3) * 91;
          const from = this.ctx.weekGrid?.find((g) => { const n = daysBetween(g, end); return n === days || n === days + 7; });
          if (from) return { start: addDays(from, 1), end };
        }
        // A period ending on a month end starts on a 1st; else it ends the day before the same date.
        const startOf = (e: YMD): YMD => {
          const after = addDays(e, 1);
          return after.d === 1 ? addMonths(after, -months) : addDays(addMonths(e, -months), 1);
        };
        if (spec.byStart && spec.end.t === 'month' && spec.end.year.kind === 'implied') {
          // "the March quarter" in January: this year's, which has begun, not last year's.
          const later = { y: end.y + 1, m: end.m, d: daysInMonth(end.y + 1, end.m) };
          if (compare(startOf(later), this.ref) <= 0) end = later;
        }
        return { start: startOf(end), end };
      }
      case 'starting': {
        let start = this.interval(spec.start).start;
        if (spec.near && this.nearer(spec.start, start)) start = addMonths(start, 12);
        return { start, end: addDays(addMonths(start, spec.months), -1) };
      }
      case 'rel': {
        // ("for the fiscal year ended March 31 … expects sales to halve in the current year": the
        // year it is in on the calendar it states, not the calendar year.)
        if (spec.current && spec.unit === 'year' && this.ctx.fiscalStated && this.ctx.fiscalYearStart !== 1) {
          this.splitFiscal = true;
          return this.relative('fiscal-year', 0);
        }
        return this.relative(spec.unit, spec.offset);
      }
      case 'rel-n': return this.relativeN(spec.unit, spec.n, spec.dir);
      case 'offset': {
        this.flags.relative = true;
        return dayInterval(addUnits(this.ref, spec.unit, spec.n));
      }
      case 'shift': return dayInterval(addUnits(this.interval(spec.of).start, spec.unit, spec.n));
      case 'weekday': return dayInterval(this.weekday(spec.wd, spec.pick, spec.weekOffset));
      case 'nth-weekday': case 'nth-day': {
        // A year-less month: the year rule applies to the day itself ("last day of February"),
        // unless told as still to come ("will list in the second half of July": the coming July).
        const of = spec.of;
        if ((of.t === 'month' || of.t === 'quarter') && of.year.kind === 'implied' && !of.pick && !this.ctx.ahead) {
          const ref = this.ref;
          this.flags.year = true;
          const cur = this.nth(spec, { ...of, year: { kind: 'abs', y: ref.y } });
          return compare(cur.start, ref) > 0 ? this.nth(spec, { ...of, year: { kind: 'abs', y: ref.y - 1 } }) : cur;
        }
        return this.nth(spec, of);
      }

      case 'nth-week': {
        const of = this.interval(spec.of);
        if (spec.weekend) {
          const sat = spec.n > 0 ? addDays(of.start, (6 - isoWeekday(of.start) + 7) % 7 + 7 * (spec.n - 1))
            : addDays(of.end, -((isoWeekday(of.end) - 6 + 7) % 7) + 7 * (spec.n + 1));
          return { start: sat, end: addDays(sat, 1) };
        }
        // Weeks that start (Monday) inside the period.
        const mon = spec.n > 0 ? addDays(of.start, (8 - isoWeekday(of.start)) % 7 + 7 * (spec.n - 1))
          : addDays(of.end, -((isoWeekday(of.end) + 6) % 7) + 7 * (spec.n + 1));
        return { start: mon, end: addDays(mon, 6) };
      }
      case 'week-of': return isoWeekInterval(this.interval(spec.day).start);
      case 'holiday': return dayInterval(this.holiday(spec));
      case 'ytd': {
        if (spec.ofYear !== undefined) {
          const whole = yearInterval(spec.ofYear), ref = this.ctx.ref;
          if (!ref || compare(ref, whole.start) < 0 || compare(ref, whole.end) > 0) return whole;
          this.flags.relative = true;
          return { start: whole.start, end: ref };
        }
        // ("up 2.9% year to date through April 9": the year of that day, up to it.)
        const ref = spec.through ? this.interval(spec.through).end : this.ref;
        if (!spec.through) this.flags.relative = true;
        const startMonth = spec.unit === 'month' ? ref.m : spec.unit === 'quarter' ? 3 * Math.floor((ref.m - 1) / 3) + 1 : 1;
        return { start: ymd(ref.y, startMonth, 1), end: ref };
      }
      case 'rest': {
        if (spec.ofYear !== undefined) {
          const whole = yearInterval(spec.ofYear), ref = this.ctx.ref;
          if (!ref || compare(ref, whole.start) < 0 || compare(ref, whole.end) > 0) return whole;
          this.flags.relative = true;
          return { start: ref, end: whole.end };
        }
        this.flags.relative = true;
        return { start: this.ref, end: this.relative(spec.unit, 0).end };
      }
      case 'today': { this.flags.relative = true; return dayInterval(addDays(this.ref, spec.offset)); }
      case 'anaphora': return this.anaphora(spec);
      case 'range': return this.range(spec.from, spec.to);
    }
  }

  private nth(spec: Extract<PeriodSpec, { t: 'nth-day' | 'nth-weekday' }>, ofSpec: PeriodSpec): Interval {
    const of = this.interval(ofSpec);
    if (spec.t === 'nth-day') {
      const day = spec.n > 0 ? addDays(of.start, spec.n - 1) : addDays(of.end, spec.n + 1);
      if (compare(day, of.start) < 0 || compare(day, of.end) > 0) throw new Invalid('no such day in the period');
      return dayInterval(day);
    }
    if (spec.n > 0) {
      const first = addDays(of.start, (spec.wd - isoWeekday(of.start) + 7) % 7);
      const day = addDays(first, 7 * (spec.n - 1));
      if (compare(day, of.end) > 0) throw new Invalid('no such weekday in the period');
      return dayInterval(day);
    }
    const last = addDays(of.end, -((isoWeekday(of.end) - spec.wd + 7) % 7));
    return dayInterval(addDays(last, 7 * (spec.n + 1)));
  }

  /**
   * A year-less day written with its weekday ("Monday, June 21"): if the year rule's date falls
   * on another weekday, the reference year or the one next to it where it falls on that
   * weekday (the reference year first, then the next, then the previous); else the year rule's.
   */
  private pinnedByWeekday(date: YMD, wd: number): YMD {
    if (isoWeekday(date) === wd) return date;
    for (const y of [this.ref.y, this.ref.y + 1, this.ref.y - 1]) {
      if (y === date.y || !isValidDate(y, date.m, date.d)) continue;
      const other = ymd(y, date.m, date.d);
      if (isoWeekday(other) === wd) return other;
    }
    return date;
  }

  private day(d: number, month: MonthRef, year: YearRef): YMD {
    let y: number, m: number;
    if (month.kind === 'abs') {
      m = month.m;
      // Feb 29 without a year: pick among years where it exists.
      const dayOf = (yy: number): YMD => ymd(yy, m, Math.min(d, daysInMonth(yy, m)));
      y = this.year(year, dayOf, false, dayOf);
    } else if (month.kind === 'rel') {
      this.flags.relative = true;
      const base = addMonths(ymd(this.ref.y, this.ref.m, 1), month.offset);
      y = base.y; m = base.m;
    } else {
      this.flags.relative = true;
      y = year.kind === 'abs' ? year.y : this.ref.y;
      m = this.ref.m;
    }
    // "Feb 29" without its year in a year that has none: the latest one before.
    if (year.kind === 'implied' && month.kind === 'abs' && m === 2 && d === 29) while (!isValidDate(y, m, d)) y--;
    if (!isValidDate(y, m, d)) throw new Invalid('not a real date');
    return ymd(y, m, d);
  }

  private relative(unit: PeriodUnit | 'fiscal-year' | 'weekend', offset: number): Interval {
    const ref = this.ref;
    this.flags.relative = true;
    switch (unit) {
      case 'day': return dayInterval(addDays(ref, offset));
      case 'week': { const w = isoWeekInterval(ref); return { start: addDays(w.start, 7 * offset), end: addDays(w.end, 7 * offset) }; }
      case 'weekend': { const sat = addDays(isoWeekInterval(ref).start, 5 + 7 * offset); return { start: sat, end: addDays(sat, 1) }; }
      case 'month': { const s = addMonths(ymd(ref.y, ref.m, 1), offset); return monthInterval(s.y, s.m); }
      case 'quarter': case 'half': {
        // On the company's quarters (ResolveContext.fiscalQuarters), "the current quarter" is its
        // own: "the fiscal first quarter ended Feb. 1 … in the current quarter" is February to April.
        const n = unit === 'quarter' ? 3 : 6;
        const first = this.ctx.fiscalQuarters ? this.ctx.fiscalYearStart : 1;
        const into = (((ref.m - first) % 12) + 12) % 12 % n;
        const s = addMonths(ymd(ref.y, ref.m, 1), -into + n * offset);
        return monthsInterval(s.y, s.m, n);
      }
      case 'year': return yearInterval(ref.y + offset);
      case 'fiscal-year': { const s = this.fys; return fiscalYearInterval(fiscalYearOf(ref, s) + offset, s); }
    }
  }

  private relativeN(unit: PeriodUnit, n: number, dir: -1 | 1): Interval {
    const first = this.relative(unit, dir);
    const last = this.relative(unit, dir * n);
    return dir < 0 ? { start: last.start, end: first.end } : { start: first.start, end: last.end };
  }

  private weekday(wd: number, pick: Pick, weekOffset?: number): YMD {
    const ref = this.ref;
    this.flags.relative = true;
    const rw = isoWeekday(ref);
    const monday = addDays(ref, 1 - rw);
    if (weekOffset !== undefined) return addDays(monday, 7 * weekOffset + wd - 1);
    switch (pick) {
      case 'this': return addDays(monday, wd - 1);
      case 'next': return addDays(monday, 7 + wd - 1);
      case 'last': case 'past': return addDays(ref, -(((rw - wd + 6) % 7) + 1));
      case 'upcoming': return addDays(ref, ((wd - rw + 6) % 7) + 1);
      case 'coming': return addDays(ref, (wd - rw + 7) % 7);
      default: return addDays(ref, -((rw - wd + 7) % 7));
    }
  }

  private anaphora(spec: Extract<PeriodSpec, { t: 'anaphora' }>): Interval {
    const found = spec.upTo !== undefined ? this.ctx.antecedents.findMonthsTo(spec.upTo)
      : spec.wholeYear ? this.ctx.antecedents.findBegun()
      : spec.span ? this.ctx.antecedents.findSpan(Math.abs(spec.months)) : this.ctx.antecedents.find(spec.want, spec.ended, spec.done);
    // ("supply gas from 2026 to 2035 … TTF was 38% higher than a year ago": a span of many years
    // is not what "a year ago" moves back from: it takes its fallback, as with nothing named.)
    const tooLong = !!found && Math.abs(spec.months) === 12 && !spec.want && !spec.upTo && !spec.wholeYear && !spec.span && !spec.named && daysBetween(found.iv.start, found.iv.end) > LONGEST_YEAR_DAYS;
    if (!found || tooLong) {
      if (spec.named) throw new Invalid('no period named before to refer to');
      const r = this.interval(spec.fallback);
      this.anaphoraGranularity = granularityOf(spec.fallback);
      return r;
    }
    this.flags.anaphora = true;
    if (spec.wholeYear) {
      // A year already (a fiscal one, "the year ended March 31") is itself; a part of one gives its calendar year.
      const year = found.granularity === 'fiscal-year' || wholeMonths(found.iv) === 12;
      // On a fiscal calendar the text states (or the caller gives), a part's full year is its fiscal year.
      // (Also on an Indian text's assumed April year once its quarters are named as fiscal: "the
      // third quarter of FY27 … for the full fiscal year" is FY27.)
      // (So is the full year of a part written with its fiscal label: "the first half of FY25 …
      // for the full year" is FY25, on the April year assumed for an Indian text.)
      const fiscal = !year && (this.ctx.fiscalGiven || this.ctx.fiscalStated || !!found.fiscalPart) && this.ctx.fiscalYearStart !== 1;
      this.anaphoraGranularity = found.granularity === 'fiscal-year' || fiscal ? 'fiscal-year' : 'year';
      // (On the 52/53-week calendar the text states, that year's weeks: "the fourth quarter of
      // fiscal 2025, which ended January 26 … for the full fiscal year" ends January 26 too.)
      // (A part that ends a few days into a month, "the fourth quarter ended February 1", ends the
      // year of the month before: its full year is the one to February 1, not the one after; one
      // ended January 3, 2026 ends the calendar year 2025.)
      if (fiscal) return this.onWeekGrid(fiscalYearInterval(fiscalYearOf(weekEndMonth(found.iv.end), this.ctx.fiscalYearStart), this.ctx.fiscalYearStart), 52);
      return year ? found.iv : yearInterval(weekEndMonth(found.iv.end).y);
    }
    this.anaphoraGranularity = found.granularity;
    // The year names where the period ends, as a fiscal year's does ("the 34 weeks to February, … the same period in 1986").
    if (spec.inYear !== undefined) return this.anaphora({ ...spec, inYear: undefined, months: 12 * (spec.inYear - found.iv.end.y) });
    if (found.granularity === 'day') return dayInterval(addMonths(found.iv.start, spec.months));
    if (found.granularity === 'week') return { start: addDays(found.iv.start, Math.round(spec.months * 52 / 12) * 7), end: addDays(found.iv.end, Math.round(spec.months * 52 / 12) * 7) };
    // (A run of weeks compares with the same dates a year back, as annotators write it, not 52 weeks back.)
    if (Math.abs(spec.months) < 12 && isWeekQuarter(found.iv)) return weeksBack(found.iv, spec.months);
    return wholeMonths(found.iv) !== undefined ? shiftMonths(found.iv, spec.months) : { start: addMonths(found.iv.start, spec.months), end: addMonths(found.iv.end, spec.months) };
  }

  private range(from: PeriodSpec, to: PeriodSpec): Interval {
    [from, to] = fillRange(from, to);
    const a = this.interval(from);
    const rolls = implicitYear(to);
    // Both ends year-less: the end takes the start's year ("July 13-15").
    if (rolls && implicitYear(from)) to = withYear(to, a.start.y);
    let b = this.interval(to);
    // A year-less end before its start rolls into the next year ("December 28 to January 3").
    if (compare(b.end, a.start) < 0 && rolls) b = this.interval(withYear(to, b.end.y + 1));
    if (compare(b.end, a.start) < 0) throw new Invalid('range ends before it starts');
    return { start: a.start, end: b.end };
  }
}

/** A 52/53-week calendar's end a few days into a month stands for the month before's end ("Feb. 1" for January's). */
const weekEndMonth = (end: YMD): YMD => (weekCalendarEnd(end) && end.d <= WEEK_CALENDAR_SLACK ? addDays(end, -WEEK_CALENDAR_SLACK) : end);

/** Thirteen whole weeks, not three whole months: a quarter of a 52/53-week calendar ("the quarter ended July 27"). */
const isWeekQuarter = (iv: Interval): boolean => wholeMonths(iv) === undefined && daysBetween(iv.start, iv.end) + 1 === 91;

/**
 * A 52/53-week calendar's quarter moved `months` months (a multiple of three) back or on, by
 * whole quarters of 13 weeks: "the previous quarter" of July 28 to October 26 ends the day before
 * it starts (April 28 to July 27), not on the same dates three months back, which would leave a
 * day between the two.
 */
function weeksBack(iv: Interval, months: number): Interval {
  const days = Math.round(months / 3) * 91;
  return { start: addDays(iv.start, days), end: addDays(iv.end, days) };
}

/** A day, month or holiday without its year, or the nth day of one ("the 16th to the last day of March"). */
const implicitYear = (s: PeriodSpec): boolean =>
  ((s.t === 'day' || s.t === 'month' || (s.t === 'holiday' && !s.pick)) && s.year.kind === 'implied') || (s.t === 'nth-day' && s.of.t === 'month' && s.of.year.kind === 'implied' && !s.of.pick);
const withYear = (s: PeriodSpec, y: number): PeriodSpec => {
  if (s.t === 'day' || s.t === 'month' || s.t === 'holiday') return { ...s, year: { kind: 'abs', y } };
  if (s.t === 'nth-day' && s.of.t === 'month') return { ...s, of: { ...s.of, year: { kind: 'abs', y } } };
  return s;
};

/**
 * Lets each end of a range borrow what the other states: "July 13-15" (the end borrows the
 * month), "from 4 to 22 January 1995" (the start borrows month and year), "June to August
 * 2019" (the start borrows the year, one earlier if it would fall after the end), "Q1-Q3
 * 2024" (so do quarters and halves).
 */
export function fillRange(from: PeriodSpec, to: PeriodSpec): [PeriodSpec, PeriodSpec] {
  if (from.t === 'day' && to.t === 'day') {
    if (from.month.kind === 'implied' && to.month.kind !== 'implied') from = { ...from, month: to.month, year: from.year.kind === 'implied' ? to.year : from.year };
    else if (to.month.kind === 'implied' && from.month.kind !== 'implied') to = { ...to, month: from.month, year: to.year.kind === 'implied' ? from.year : to.year };
  }
  if ((from.t === 'day' || from.t === 'month') && (to.t === 'day' || to.t === 'month')) {
    const fm = from.t === 'day' ? (from.month.kind === 'abs' ? from.month.m : undefined) : from.m;
    const fd = from.t === 'day' ? from.d : 1;
    const tm = to.t === 'day' ? (to.month.kind === 'abs' ? to.month.m : undefined) : to.m;
    const td = to.t === 'day' ? to.d : 31;
    if (from.year.kind === 'implied' && to.year.kind === 'abs' && fm !== undefined && tm !== undefined) {
      const y = fm > tm || (fm === tm && fd > td) ? to.year.y - 1 : to.year.y;
      from = { ...from, year: { kind: 'abs', y } };
    } else if (from.year.kind === 'abs' && to.year.kind === 'implied' && fm !== undefined && tm !== undefined) {
      const y = fm > tm || (fm === tm && fd > td) ? from.year.y + 1 : from.year.y;
      to = { ...to, year: { kind: 'abs', y } };
    } else if (from.year.kind !== 'implied' && to.year.kind === 'implied') {
      to = { ...to, year: from.year };
    } else if (from.year.kind === 'implied' && to.year.kind === 'rel' && fm !== undefined && tm !== undefined && (fm < tm || (fm === tm && fd <= td))) {
      // "April-June next year": the start is in the end's year.
      from = { ...from, year: to.year };
    }
  }
  // "Q1-Q3 2024", "H2 2023 - H1": quarters or halves share the stated year, and fiscal label.
  if ((from.t === 'quarter' && to.t === 'quarter') || (from.t === 'half' && to.t === 'half')) {
    const fn = from.t === 'quarter' ? from.q : from.h, tn = to.t === 'quarter' ? to.q : to.h;
    const fiscal = from.fiscal || to.fiscal;
    if (from.year.kind === 'implied' && to.year.kind === 'abs') from = { ...from, fiscal, year: { kind: 'abs', y: fn > tn ? to.year.y - 1 : to.year.y } };
    else if (from.year.kind === 'abs' && to.year.kind === 'implied') to = { ...to, fiscal, year: { kind: 'abs', y: fn > tn ? from.year.y + 1 : from.year.y } };
  }
  return [from, to];
}
