/**
 * Option validation and defaults. Wrong types are a `TypeError` and out-of-range values a
 * `RangeError`, both naming the option: a pipeline author should see the mistake at once,
 * not as odd figures a million articles later.
 */
import { FAMILIES, WITHDRAWN } from './lexicon/currencies';
import type { CurrencyHints, ExtractOptions, FigureKind } from './types';

/** Options after validation: what every stage of the pipeline reads. */
export interface ResolvedOptions {
  /** The document date at UTC midnight, or undefined. Shared by calls with the same date string: read it, never set it. */
  readonly referenceDate: Date | undefined;
  /** `YYYY-MM-DD` of `referenceDate`. */
  readonly referenceISO: string | undefined;
  readonly fiscalYearStart: number;
  /** Whether `fiscalYearStart` was given by the caller (else it is an assumption). */
  readonly fiscalYearStartGiven: boolean;
  /** Defaults for ambiguous currency tokens, keyed as in {@link CurrencyHints}. */
  readonly currencyHints: Readonly<Record<string, string>>;
  readonly kinds: ReadonlySet<FigureKind>;
  /** Add `about` (attribution) to money and percent figures. */
  readonly attribution: boolean;
}

const KINDS: readonly FigureKind[] = ['money', 'percent', 'period'];
/** The default `kinds`, shared: resolved options are never changed after validation. */
const ALL_KINDS: ReadonlySet<FigureKind> = new Set(KINDS);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** What may follow the date in an ISO date-time string: `T12:00`, `T12:00:00.000Z`, `T09:30:00+02:00` (a real time of day; a leap second is allowed). */
const ISO_TIME = /^T(?:[01]\d|2[0-3]):[0-5]\d(?::(?:[0-5]\d|60)(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?$/;
/** The keys of {@link CurrencyHints}. */
const HINT_TOKENS: readonly string[] = ['$', '¥', 'kr', 'Rs', '£', 'francs', 'dollars', 'crowns', 'pesos'];
const ISO_CODE = /^[A-Z]{3}$/;

const describe = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Parses `YYYY-MM-DD` or a valid `Date` to a UTC-midnight date; throws naming `name`. */
export function toReferenceDate(value: unknown, name = 'referenceDate'): Date {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError(`${name} is an invalid Date`);
    return new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()));
  }
  if (typeof value !== 'string') throw new TypeError(`${name} must be a Date or a YYYY-MM-DD string, got ${describe(value)}`);
  const m = ISO_DATE.exec(value.length > 10 && ISO_TIME.test(value.slice(10)) ? value.slice(0, 10) : value);
  if (!m) throw new RangeError(`${name} must be a YYYY-MM-DD date, got ${JSON.stringify(value)}`);
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  const date = new Date(Date.UTC(y, mo - 1, d));
  date.setUTCFullYear(y);
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) throw new RangeError(`${name} is not a real date: ${value}`);
  return date;
}

/** Validates a currency code option (`dollar: 'CAD'`). */
export function toCurrencyCode(value: unknown, name: string): string {
  if (typeof value !== 'string') throw new TypeError(`${name} must be an ISO 4217 currency code string, got ${describe(value)}`);
  const code = value.toUpperCase();
  if (!ISO_CODE.test(code)) throw new RangeError(`${name} must be a three-letter ISO 4217 code, got ${JSON.stringify(value)}`);
  return code;
}

let knownCodes: Set<string> | undefined;

/** ISO 4217 codes the runtime knows (`Intl`), the withdrawn ones the library reads in old text, and its candidates. */
function isKnownCurrency(code: string): boolean {
  if (!knownCodes) {
    let codes: string[];
    try {
      codes = Intl.supportedValuesOf('currency');
    } catch {
      return true; // an old runtime without the list: well-formed is all we can ask
    }
    knownCodes = new Set([...codes, ...Object.keys(WITHDRAWN), ...Object.values(FAMILIES).flatMap((f) => f.candidates)]);
  }
  return knownCodes.has(code);
}

/** A currency code option (a hint, `convertTo`): well-formed and a currency the library knows. */
function toHintCode(value: unknown, name: string): string {
  const code = toCurrencyCode(value, name);
  if (!isKnownCurrency(code)) throw new RangeError(`${name} must be a known ISO 4217 currency code, got ${JSON.stringify(value)}`);
  return code;
}

/**
 * The last `referenceDate` string and what it resolved to. A pipeline passes the same date
 * for many documents in a row; parsing it is a tenth of the work on a short article.
 */
let lastDate: { readonly text: string; readonly date: Date; readonly iso: string } | undefined;

function referenceOf(value: unknown): { readonly date: Date; readonly iso: string } | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && lastDate?.text === value) return lastDate;
  const date = toReferenceDate(value);
  const resolved = { date, iso: date.toISOString().slice(0, 10) };
  if (typeof value === 'string') lastDate = { text: value, ...resolved };
  return resolved;
}

/** Validates `options` once per call; unknown keys are allowed (later stages add their own). */
export function resolveOptions(options: ExtractOptions | undefined): ResolvedOptions {
  if (options === undefined || options === null) options = {};
  if (typeof options !== 'object' || Array.isArray(options)) throw new TypeError(`options must be an object, got ${describe(options)}`);
  const reference = referenceOf(options.referenceDate);

  let fiscalYearStart = 1;
  if (options.fiscalYearStart !== undefined) {
    if (typeof options.fiscalYearStart !== 'number') throw new TypeError(`fiscalYearStart must be a month number 1-12, got ${describe(options.fiscalYearStart)}`);
    if (!Number.isInteger(options.fiscalYearStart) || options.fiscalYearStart < 1 || options.fiscalYearStart > 12)
      throw new RangeError(`fiscalYearStart must be a whole month number from 1 to 12, got ${options.fiscalYearStart}`);
    fiscalYearStart = options.fiscalYearStart;
  }

  const currencyHints: Record<string, string> = {};
  if (options.currencyHints !== undefined) {
    if (typeof options.currencyHints !== 'object' || options.currencyHints === null || Array.isArray(options.currencyHints))
      throw new TypeError(`currencyHints must be an object like { "$": "CAD" }, got ${describe(options.currencyHints)}`);
    for (const [token, code] of Object.entries(options.currencyHints)) {
      if (!HINT_TOKENS.includes(token))
        throw new RangeError(`currencyHints has an unknown token ${JSON.stringify(token)}; expected one of ${HINT_TOKENS.map((t) => JSON.stringify(t)).join(', ')}`);
      currencyHints[token] = toHintCode(code, `currencyHints[${JSON.stringify(token)}]`);
    }
  }
  if (options.dollar !== undefined) currencyHints['$'] = toHintCode(options.dollar, 'dollar');

  let kinds = ALL_KINDS;
  if (options.kinds !== undefined) {
    if (!Array.isArray(options.kinds)) throw new TypeError(`kinds must be an array of "money" | "percent" | "period", got ${describe(options.kinds)}`);
    for (const k of options.kinds) if (!KINDS.includes(k)) throw new RangeError(`kinds has an unknown kind ${JSON.stringify(k)}; expected "money", "percent" or "period"`);
    kinds = new Set(options.kinds);
  }

  if (options.attribution !== undefined && typeof options.attribution !== 'boolean')
    throw new TypeError(`attribution must be a boolean, got ${describe(options.attribution)}`);
  if (options.convertTo !== undefined) toHintCode(options.convertTo, 'convertTo');
  // The rate options are read only with `convertTo` (or by check()), but a wrong one is named
  // on every call, as for every other option, rather than ignored until it is used.
  // Same messages as the convert stage, which also checks the contents of `rates`.
  if (options.textRates !== undefined && typeof options.textRates !== 'boolean') throw new TypeError('textRates must be a boolean');
  const embedded: unknown = options.embeddedRates;
  if (embedded !== undefined && embedded !== false && embedded !== 'day' && embedded !== 'month' && embedded !== 'year')
    throw new RangeError(`embeddedRates must be "day", "month", "year" or false, got ${typeof embedded === 'string' ? JSON.stringify(embedded) : String(embedded)}`);
  if (options.rates !== undefined && typeof options.rates !== 'function' && (typeof options.rates !== 'object' || options.rates === null))
    throw new TypeError('rates must be a rate table { base, date, rates }, an array of them, or a function (from, to, date) => rate');

  return {
    referenceDate: reference?.date,
    referenceISO: reference?.iso,
    fiscalYearStart,
    fiscalYearStartGiven: options.fiscalYearStart !== undefined,
    currencyHints,
    kinds,
    attribution: options.attribution === true,
  };
}
