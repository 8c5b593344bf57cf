/**
 * The read-only state every recogniser shares for one call: the text, its tokens and the
 * resolved options. Built once per `extract()` call.
 */
import type { ResolvedOptions } from './options';
import type { CurrencyContext } from './resolve/currency';
import type { CurrencyFamily } from './lexicon/currencies';
import { AmountReader } from './scan/amount';
import { scanTokens, type Token } from './scan/tokens';

export interface Doc {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Indices of the tokens a recogniser can start from (scan/tokens.ts `TokenScan`). */
  readonly marked: readonly number[];
  readonly options: ResolvedOptions;
  /** Number readings the money and percent recognisers share. */
  readonly amounts: AmountReader;
  /** What readers work out once per document, filled on first use. */
  readonly memo: DocMemo;
}

/**
 * Per-document results kept on the document itself: module-level WeakMaps keyed by the
 * document cost the garbage collector an entry per call, more than the work they saved.
 */
export interface DocMemo {
  /** scan/anchors.ts `numberAnchors`. */
  anchors?: readonly number[];
  /** resolve/currency.ts `currencyContext`. */
  currency?: CurrencyContext;
  /** resolve/currency.ts `membersByStatedRate`: the member of a family ("¥") its stated US-dollar equivalents imply. */
  statedMembers?: ReadonlyMap<string, string>;
  /** resolve/currency.ts `datelineCurrency` (null: the text opens with no such dateline). */
  dateline?: string | null;
  /** recognise/period `writesIndianUnits`: the text writes "₹", crore or lakh. */
  indianUnits?: boolean;
  /** recognise/money/sides.ts `weakFormScaled`: families whose weak short form the text writes before a scaled amount. */
  weakScaled?: ReadonlySet<CurrencyFamily>;
}

export const makeDoc = (text: string, options: ResolvedOptions): Doc => {
  const { tokens, marked } = scanTokens(text);
  return { text, tokens, marked, options, amounts: new AmountReader(tokens, marked), memo: {} };
};
