/**
 * What a period recogniser read, before any calendar maths: the raw parts of a phrase
 * ("third quarter" + "of fiscal 2020"), with what the text left unsaid marked as such.
 * `resolvePeriod` (resolve.ts) turns a spec into dates.
 */
import type { HolidayDate } from '../../lexicon/holidays';
import type { PeriodUnit } from '../../lexicon/periods';

/** A year as the text gives it. */
export type YearRef =
  /**
   * Written out: "2019", "'19", "FY19"; `split`: the second year of a fiscal year written across
   * two ("fiscal 1986/87", "Q3 2025-26"), which is never a calendar year.
   */
  | { readonly kind: 'abs'; readonly y: number; readonly split?: boolean }
  /** Relative to the reference date: "this year" (0), "last year" (-1), "next year" (+1). */
  | { readonly kind: 'rel'; readonly offset: number }
  /**
   * Not written: the year rule of FORMAT.md picks it; `back` years before that one ("the
   * year-ago first quarter", "the prior first quarter": 1).
   */
  | { readonly kind: 'implied'; readonly back?: number }
  /**
   * Not written, and shared with the first calendar period of a list, `of`: the year `of`
   * starts in ("the third and fourth quarters": the fourth is in the third's year).
   */
  | { readonly kind: 'as'; readonly of: PeriodSpec };

/** A month as the text gives it ("October", "next month", or not at all). */
export type MonthRef =
  | { readonly kind: 'abs'; readonly m: number }
  | { readonly kind: 'rel'; readonly offset: number }
  | { readonly kind: 'implied' };

/**
 * How a modifier picks among the occurrences of a named month, quarter or weekday (`coming`:
 * a weekday still to come, the reference day itself included: "will vote on Tuesday").
 */
export type Pick = 'this' | 'next' | 'last' | 'past' | 'upcoming' | 'coming' | 'bare';

export type PeriodSpec =
  /** A calendar year, or a fiscal year named by the calendar year it ends in. */
  | { readonly t: 'year'; readonly year: YearRef; readonly fiscal?: boolean }
  /**
   * Whole years `from`…`to` ("1960 - 1961", "1986/87"). `split`: one year written across two
   * ("1986/87"), which a stated fiscal calendar makes that fiscal year.
   */
  | { readonly t: 'years'; readonly from: number; readonly to: number; readonly split?: boolean }
  /** A calendar decade from its first year; with `relative`, `from` counts decades from the reference date's ("this decade" is 0). */
  | { readonly t: 'decade'; readonly from: number; readonly relative?: true }
  | { readonly t: 'month'; readonly m: number; readonly year: YearRef; readonly pick?: Pick }
  /**
   * A day; `wd`, its weekday as written (1 = Monday … 7 = Sunday): "Monday, June 21" without
   * its year is in the year where June 21 is a Monday, when the year rule's is not.
   */
  | { readonly t: 'day'; readonly d: number; readonly month: MonthRef; readonly year: YearRef; readonly wd?: number }
  | { readonly t: 'quarter'; readonly q: number; readonly year: YearRef; readonly fiscal?: boolean; readonly pick?: Pick }
  | { readonly t: 'half'; readonly h: number; readonly year: YearRef; readonly fiscal?: boolean }
  /**
   * The first `months` months of a (fiscal) year: "the first nine months of 2019"; with
   * `last`, its last `months` months: "the last three months of 2023".
   */
  | { readonly t: 'first'; readonly months: number; readonly year: YearRef; readonly fiscal?: boolean; readonly last?: boolean }
  /**
   * `months` months (or `days` days) ending with the last day of `end`: "nine months ended
   * September 30". With `near`, an end written without its year is at most three months before
   * the reference date, else a year later ("the fiscal year that ends in June").
   */
  | {
    readonly t: 'ending'; readonly months?: number; readonly days?: number; readonly end: PeriodSpec; readonly fiscal?: boolean; readonly near?: boolean;
    /**
     * "the full year to 31 March" with no year: the year that holds the latest period begun that
     * the text named before it ("the six months to 30 September … guidance for the full year to
     * 31 March" is the year still running), else the latest one to that day.
     */
    readonly holdsLatest?: boolean;
    /**
     * A fiscal quarter or half with its end stated ("the first quarter of fiscal 2023 ended
     * December 31, 2022"): the months from that end to the end of its fiscal year, which the
     * text thereby states too.
     */
    readonly yearEndsAfter?: number;
    /**
     * `end` is the end of the fiscal year, and the period ends this many months before it:
     * "the first half of the fiscal year ending March 31, 2027" ends six months before.
     */
    readonly endsBefore?: number;
    /**
     * Named by its last month alone ("the March quarter"): without its year, it is in the
     * reference date's year unless it would start after the reference date, like any period
     * written without its year (not the latest that has ended, as "ended" would say).
     */
    readonly byStart?: boolean;
    /**
     * The fiscal year's own number as written before its end ("fiscal 2025 ended January 31,
     * 2026"), or of the fiscal year a quarter or half with its end is part of ("the fourth
     * quarter of fiscal 2025, which ended January 31, 2026"): a year that ends in the year after
     * its number names fiscal years by their start.
     */
    readonly label?: number;
    /**
     * The end's year was not written after the label ("fiscal 1986 ended January 31"): an end
     * in January to March is in the label's year or the next, whichever the reference date
     * makes it: the latest that had come by then ('ended'), or the first not more than three
     * months past ('ending': "fiscal 1986 ending March 31" written in March 1987 is the year
     * still running).
     */
    readonly openEnd?: 'ended' | 'ending';
    /**
     * Calendar months, never a 52-week year's: "the tax year ending 5 April 2026" runs from 6
     * April 2025, though its end lies a few days into a month as a retailer's week year does.
     */
    readonly calendarMonths?: boolean;
  }
  /**
   * `months` months from the first day of `start`: "the fiscal year beginning April 1". With
   * `near`, a start written without its year is at most three months before the reference
   * date, else a year later ("beginning", "starting": a budget names the year about to begin).
   */
  | { readonly t: 'starting'; readonly months: number; readonly start: PeriodSpec; readonly fiscal?: boolean; readonly near?: boolean }
  /** The unit containing the reference date, moved by `offset` units ("last quarter"). */
  | {
    readonly t: 'rel'; readonly unit: PeriodUnit | 'fiscal-year' | 'weekend'; readonly offset: number;
    /** "the current year": in a text that states its fiscal calendar, the company's year in progress. */
    readonly current?: boolean;
  }
  /** `n` whole units before (dir -1) or after (dir +1) the current one ("past two quarters"). */
  | { readonly t: 'rel-n'; readonly unit: PeriodUnit; readonly n: number; readonly dir: -1 | 1 }
  /** The day `n` units from the reference date ("in 3 days", "two weeks ago"). */
  | { readonly t: 'offset'; readonly unit: PeriodUnit; readonly n: number }
  /** The day `n` units after (or, negative, before) the day `of` ("two days after May 26", "3 days before yesterday"). */
  | { readonly t: 'shift'; readonly of: PeriodSpec; readonly unit: PeriodUnit; readonly n: number }
  /** A named weekday; `weekOffset` pins it to a week ("wednesday of next week"). */
  | { readonly t: 'weekday'; readonly wd: number; readonly pick: Pick; readonly weekOffset?: number }
  /** The `n`th (−1: last) weekday `wd` of a month ("first Tuesday of October"). */
  | { readonly t: 'nth-weekday'; readonly n: number; readonly wd: number; readonly of: PeriodSpec }
  /** The `n`th (negative: from the end) day of a period ("third day of October", "last day of 2015"). */
  | { readonly t: 'nth-day'; readonly n: number; readonly of: PeriodSpec }
  /** The `n`th (negative: from the end) Monday–Sunday week of a period ("first week of October"). */
  | { readonly t: 'nth-week'; readonly n: number; readonly of: PeriodSpec; readonly weekend?: boolean }
  /**
   * A named holiday's day ("thanksgiving", "easter 2019", "christmas eve last year"), in the year
   * `year` gives, or the one `pick` names ("last christmas": the latest before the reference date).
   */
  | { readonly t: 'holiday'; readonly date: HolidayDate; readonly year: YearRef; readonly pick?: Pick }
  /** The Monday–Sunday week containing a day ("the week of October 6th"). */
  | { readonly t: 'week-of'; readonly day: PeriodSpec }
  /** Year to date: 1 January through the reference date. */
  | { readonly t: 'ytd'; readonly unit?: 'month' | 'quarter'; /** "so far in 2026": that year to date (the whole year when the reference date is outside it). */ readonly ofYear?: number;
      /** "year to date through April 9": the unit up to that day, not to the reference date. */ readonly through?: PeriodSpec }
  /**
   * The reference date through the end of its unit ("rest of the month"); with `ofYear`, the
   * reference date through the end of that year when it falls in it, else the whole year
   * ("the rest of 1987").
   */
  | { readonly t: 'rest'; readonly unit: PeriodUnit; readonly ofYear?: number }
  /** today (0), yesterday (−1), tomorrow (+1), "day after tomorrow" (+2); `now` too. */
  | { readonly t: 'today'; readonly offset: number }
  /**
   * A period that refers back to the latest one mentioned ("the year-earlier period"),
   * moved by `months`; `want` prefers an antecedent of that granularity; `fallback` is
   * read against the reference date when there is none.
   */
  | {
    readonly t: 'anaphora'; readonly months: number; readonly want?: 'quarter' | 'year' | 'month' | 'half' | 'week' | 'day'; readonly fallback: PeriodSpec;
    /** Moved into this year instead of by `months`: "the same quarter of 2018". */
    readonly inYear?: number;
    /** The whole year the antecedent ends in (a fiscal year stays itself): "the full year". */
    readonly wholeYear?: boolean;
    /**
     * "the year-earlier period": the antecedent is a period results were reported for, one
     * that has ended by the reference date, not a year still running that a forecast names.
     * With `want` ("the latest quarter"): the latest of that unit, if it has ended.
     */
    readonly ended?: boolean;
    /**
     * "from $1.3 billion a year earlier" in a sentence that names no period: results compared a
     * year back are of a period that has ended, so a period still running or to come (a
     * forecast's "current quarter" in a sentence before) gives way to the latest that has ended.
     */
    readonly done?: boolean;
    /** Refers back to the latest period of `-months` whole months, whatever its months: "the previous three months". */
    readonly span?: boolean;
    /**
     * The latest period of this many whole months, or as many months up to the end of the
     * latest quarter that has ended, whichever was named later: "the nine months" after "the
     * first nine months of 2025", or after "third-quarter profit".
     */
    readonly upTo?: number;
    /** No period without an antecedent: `fallback` only gives the granularity. */
    readonly named?: boolean;
  }
  /** From the start of `from` to the end of `to`. */
  | { readonly t: 'range'; readonly from: PeriodSpec; readonly to: PeriodSpec };

export const ABS = (y: number): YearRef => ({ kind: 'abs', y });
export const REL = (offset: number): YearRef => ({ kind: 'rel', offset });
export const IMPLIED: YearRef = { kind: 'implied' };
export const MONTH_IMPLIED: MonthRef = { kind: 'implied' };
