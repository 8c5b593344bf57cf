/**
 * The read-only state every recogniser shares for one call: the text, its tokens and the
 * resolved options. Built once per `extract()` call.
 */
import type { ResolvedOptions } from './options';
import { scanTokens, type Token } from './scan/tokens';

export interface Doc {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Indices of the tokens a recogniser can start from (scan/tokens.ts `TokenScan`). */
  readonly marked: readonly number[];
  readonly options: ResolvedOptions;
}

export const makeDoc = (text: string, options: ResolvedOptions): Doc => {
  const { tokens, marked } = scanTokens(text);
  return { text, tokens, marked, options };
};
