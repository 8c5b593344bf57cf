/**
 * Public value types. Every figure is a plain, JSON-serialisable, frozen object:
 * users store them, diff them and send them across worker threads.
 */

import type { About } from './attribute/types';
import type { Conversion, LinkedPeriod, RateOptions } from './convert/types';

/** UTF-16 offsets into the input, end exclusive: `text.slice(start, end) === figure.text`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type FigureKind = 'money' | 'percent' | 'period';

/** Words that hedge or bound a figure ("about", "more than", "up to"), kept rather than swallowed. */
export interface Qualifier {
  /** Normalised meaning of the hedge. */
  readonly type: 'approximate' | 'at-least' | 'more-than' | 'at-most' | 'less-than' | 'exactly';
  /** The words as written. */
  readonly text: string;
  readonly span: Span;
}

interface FigureBase {
  readonly kind: FigureKind;
  readonly span: Span;
  readonly text: string;
  /** Id of the rule that read the figure, so a user can ask why it was found. */
  readonly rule: string;
  readonly qualifier?: Qualifier;
}

/** How the currency of a money figure was decided when the text did not spell it out. */
export interface CurrencyInference {
  /**
   * `explicit`: the text names it (`USD`, `Chinese yuan`, `HK$`); `context`: an explicit mention
   * earlier in the text or the places it names; `default`: the caller's hint or the usual
   * meaning; `date`: the usual meaning was ruled out by the document date.
   */
  readonly basis: 'explicit' | 'context' | 'default' | 'date';
  /** The currencies the token could have meant (`$` → USD, CAD, AUD…). */
  readonly candidates: readonly string[];
  /** Plain-English reason for the choice. */
  readonly reason: string;
}

export interface MoneyFigure extends FigureBase {
  readonly kind: 'money';
  /** ISO 4217 code, or null when the text gives no way to tell. */
  readonly currency: string | null;
  /** The full amount in units of `currency` (a range's low end). */
  readonly amount: number;
  /** Exact decimal string of `amount` (no binary rounding): `"39400000000"`, `"0.215"`. */
  readonly amountExact: string;
  /** High end of a range (`$5-6 billion`). */
  readonly amountMax?: number;
  readonly amountMaxExact?: string;
  /** Scale word as written (`billion`, `bn`, `mln`, `crore`), if any. */
  readonly scale?: string;
  /** Set when the amount is per unit (`$45.20 a share`). */
  readonly per?: string;
  readonly currencyInference: CurrencyInference;
  /** Notes on how the number was read (e.g. an ambiguous `3.350` format). */
  readonly notes?: readonly string[];
  /** Filled by `extract(text, { convertTo })`: the amount in that currency, with the rate used. */
  readonly converted?: Conversion;
  /** Why `converted` is absent although `convertTo` was given (unknown currency, no rate for the date). */
  readonly conversionError?: string;
  /** Span of the same amount stated in another currency (`RMB7.8 billion ($1.8 billion)`). */
  readonly equivalentOf?: Span;
  /** With `equivalentOf`: units of the other figure's currency per one unit of this one, as the text implies (12 significant digits). */
  readonly impliedRate?: string;
  /** The period the text says this amount is for (`RMB2.3 billion for the first half of 2017`). */
  readonly period?: LinkedPeriod;
  /** With `extract(text, { attribution: true })`: what the amount measures, whose it is, when, which way it moved. */
  readonly about?: About;
}

export type PercentUnit = 'percent' | 'percentage-point' | 'basis-point';

export interface PercentFigure extends FigureBase {
  readonly kind: 'percent';
  /** The number as written in its unit: `25 basis points` → 25. */
  readonly value: number;
  readonly valueExact: string;
  readonly valueMax?: number;
  readonly valueMaxExact?: string;
  readonly unit: PercentUnit;
  /** With `extract(text, { attribution: true })`: what the percentage measures, whose it is, when, which way it moved. */
  readonly about?: About;
}

export type PeriodGranularity =
  | 'day'
  | 'week'
  | 'month'
  | 'quarter'
  | 'half'
  | 'year'
  | 'fiscal-year'
  | 'custom';

/** Which parts of a period the text stated and which were implied. */
export interface PeriodImplied {
  /** The year was taken from `referenceDate` (or the period referred back to). */
  readonly year?: boolean;
  /** The fiscal year start was assumed (option default), not stated in the text. */
  readonly fiscalYearStart?: boolean;
  /** The period was resolved relative to `referenceDate` ("last year", "Q1"). */
  readonly relative?: boolean;
  /** The period refers back to an earlier period in the text ("the year-earlier period"). */
  readonly anaphora?: boolean;
}

export interface PeriodFigure extends FigureBase {
  readonly kind: 'period';
  /** Inclusive ISO date `YYYY-MM-DD`; undefined when it cannot be resolved (see `unresolved`). */
  readonly start?: string;
  /** Inclusive ISO date `YYYY-MM-DD`. */
  readonly end?: string;
  readonly granularity: PeriodGranularity;
  readonly implied: PeriodImplied;
  /** Why `start`/`end` are missing, e.g. `"needs referenceDate"`. */
  readonly unresolved?: string;
  /**
   * Periods get no attribution. Declared so that `f.about` can be read on any `Figure`
   * (`if (f.about) …`) without first narrowing on `kind`.
   */
  readonly about?: undefined;
}

export type Figure = MoneyFigure | PercentFigure | PeriodFigure;

/** Default currency for an ambiguous symbol or word, e.g. `{ '$': 'CAD', kr: 'NOK' }`. */
export type CurrencyHints = Readonly<Partial<Record<'$' | '¥' | 'kr' | 'Rs' | '£' | 'francs' | 'dollars' | 'crowns' | 'pesos', string>>>;

export interface ExtractOptions extends RateOptions {
  /** The document date: `Date` or `YYYY-MM-DD`. Periods without a year, and relative ones, need it. */
  readonly referenceDate?: Date | string;
  /** Month (1–12) the fiscal year starts in. Default 1 (fiscal = calendar year). */
  readonly fiscalYearStart?: number;
  /** Defaults for ambiguous currency tokens; explicit currencies in the text still win. */
  readonly currencyHints?: CurrencyHints;
  /** Shorthand for `currencyHints: { $: … }`. Default `USD`. */
  readonly dollar?: string;
  /**
   * Only return these kinds. Default all three. Recognisers whose figures are not needed are
   * skipped; money figures carry a linked `period` only when periods are read (`'period'` or `convertTo`).
   */
  readonly kinds?: readonly FigureKind[];
  /** Adds `converted` (or `conversionError`) to every money figure: the amount in this ISO 4217 currency. */
  readonly convertTo?: string;
  /** With `convertTo`: fall back to the rate a stated equivalent in the text implies. Default true. */
  readonly textRates?: boolean;
  /** Adds `about` to every money and percent figure (metric, subject, direction, period, change). Default false. */
  readonly attribution?: boolean;
}
