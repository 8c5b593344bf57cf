/**
 * The read-only state every recogniser shares for one call: the text, its tokens and the
 * resolved options. Built once per `extract()` call.
 */
import type { ResolvedOptions } from './options';
import { tokenize, type Token } from './scan/tokens';

export interface Doc {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly options: ResolvedOptions;
}

export const makeDoc = (text: string, options: ResolvedOptions): Doc => ({ text, tokens: tokenize(text), options });
