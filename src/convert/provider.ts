/**
 * A source of exchange rates. Every source answers three questions, each with a rate as a
 * decimal string (units of `to` per one `from`) or undefined when it does not know:
 * the rate on a day, the average over a period, and the latest rate it has.
 */
export interface RateQuote {
  readonly rate: string;
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `start/end`. */
  readonly rateDate: string;
  readonly source: string;
  readonly note?: string;
}

export interface RateProvider {
  /** Shown in error messages: which sources were tried. */
  readonly name: string;
  onDate(from: string, to: string, date: string): RateQuote | undefined;
  average(from: string, to: string, start: string, end: string): RateQuote | undefined;
  latest(from: string, to: string): RateQuote | undefined;
}

/** Adds `days` (may be negative) to an ISO date. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Inclusive day count from `start` to `end`. */
export const daysBetween = (start: string, end: string): number =>
  Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;

/** Days of a rate published up to this many days before the date asked for still count as "on" it (weekends, holidays). */
export const STALE_DAYS = 7;
