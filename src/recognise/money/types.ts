/** The intermediate readings of the money rules, before currency choice and values. */
import type { Amount } from '../../scan/amount';
import type { CurrencyMatch } from './read-parts';

/** One side of a money phrase: an amount and, where written, its currency. */
export interface Side {
  readonly amount: Amount;
  readonly negative: boolean;
  readonly currency?: CurrencyMatch;
  readonly first: number;
  readonly next: number;
}

export interface Reading {
  readonly rule: string;
  readonly low: Side;
  readonly high?: Side;
  readonly currency: CurrencyMatch;
  readonly first: number;
  readonly next: number;
  /** Extra hundredths from a minor-unit tail ("and 43 cents"). */
  readonly cents?: string;
}
