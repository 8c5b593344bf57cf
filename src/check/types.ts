import type { RateOptions } from '../convert/types';
import type { ExtractOptions, Span } from '../types';

export type FindingKind =
  /** A stated equivalent whose implied rate matches neither the rate at the document's date nor the period average. */
  | 'equivalent-rate'
  /** A percentage change that disagrees with the amounts it joins. */
  | 'percent-change'
  /** A percentage change with only the new amount: the prior one derived (information). */
  | 'percent-change-derived'
  /** Parts stated with their whole that add up to more than it. */
  | 'parts-exceed-whole'
  /** Shares stated together that add up to more than 100%. */
  | 'shares-exceed-100';

/** `pass` findings (a check that held) are returned only with `includePassed`. */
export type FindingSeverity = 'error' | 'warning' | 'info' | 'pass';

export interface Finding {
  readonly kind: FindingKind;
  readonly severity: FindingSeverity;
  /** Plain-English statement of what was checked and found. */
  readonly message: string;
  /** The figures involved, in text order. */
  readonly spans: readonly Span[];
  /** The numbers behind the finding, as exact decimal strings (rates, amounts, percentages). */
  readonly numbers: Readonly<Record<string, string>>;
}

export interface CheckOptions extends ExtractOptions, RateOptions {
  /** Relative tolerance for implied exchange rates: a number (0.1) or decimal string. Default 0.1 (10%). */
  readonly tolerance?: number | string;
  /** Also return the checks that held (severity `pass`). Default false. */
  readonly includePassed?: boolean;
}
