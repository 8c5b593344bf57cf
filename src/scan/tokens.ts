/**
 * One linear pass that cuts text into tokens with UTF-16 offsets. Every recogniser reads a
 * bounded window of these tokens around a trigger, so total work stays linear in the text.
 *
 * Whitespace is not a token; `space` says whether any precedes a token, so rules can tell
 * glued forms (`RMB7.8`, `$5.2bn`, `1Q19`) from spaced ones.
 */

export type TokenKind = 'word' | 'number' | 'symbol' | 'punct';

export interface Token {
  readonly kind: TokenKind;
  /** The token as written. */
  readonly text: string;
  /** Lower-cased text (same as `text` for non-words). */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** Whitespace precedes this token (false: glued to the previous one). */
  readonly space: boolean;
  /** A line break precedes this token. */
  readonly newline: boolean;
  /** Index in the token array. */
  readonly index: number;
}

const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;
const CURRENCY_SYMBOL = /\p{Sc}/u;

/** Separators allowed inside a number when a digit follows: `1,234.5`, `1'234`, `1 234` (NBSP/thin). */
const isNumberSeparator = (c: number): boolean =>
  c === 0x2c /* , */ || c === 0x2e /* . */ || c === 0x27 /* ' */ || c === 0x2019 /* ’ */ ||
  c === 0xa0 || c === 0x202f || c === 0x2009;

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  // Surrogate pairs are never letters here; keeps the check per UTF-16 unit.
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return LETTER.test(text[i]!);
}

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) return true;
  if (c < 0x80) return c === 0x0b || c === 0x0c;
  return SPACE.test(text[i]!);
}

function isSymbolAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x24 /* $ */ || c === 0x25 /* % */) return true;
  if (c < 0x80) return false;
  if (c === 0x2030 /* ‰ */) return true;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return CURRENCY_SYMBOL.test(text[i]!);
}

/** Cuts `text` into tokens. Linear: each character is looked at a bounded number of times. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let space = true;
  let newline = true;
  const push = (kind: TokenKind, start: number, end: number): void => {
    const t = text.slice(start, end);
    tokens.push({ kind, text: t, lower: kind === 'word' ? t.toLowerCase() : t, start, end, space, newline, index: tokens.length });
    space = false;
    newline = false;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpaceAt(text, i)) {
      space = true;
      if (c === 0x0a || c === 0x0d) newline = true;
      i++;
      continue;
    }
    const start = i;
    if (isDigit(c) || (c === 0x2e && i + 1 < n && isDigit(text.charCodeAt(i + 1)) && !(i > 0 && isDigit(text.charCodeAt(i - 1))))) {
      i++;
      for (;;) {
        while (i < n && isDigit(text.charCodeAt(i))) i++;
        if (i + 1 < n && isNumberSeparator(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1))) {
          i++;
          continue;
        }
        break;
      }
      push('number', start, i);
      continue;
    }
    if (isLetterAt(text, i)) {
      i++;
      while (i < n && isLetterAt(text, i)) i++;
      push('word', start, i);
      continue;
    }
    if (isSymbolAt(text, i)) {
      push('symbol', start, i + 1);
      i++;
      continue;
    }
    // A surrogate pair stays one token so offsets never split a code point.
    const hi = c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    push('punct', start, hi ? i + 2 : i + 1);
    i += hi ? 2 : 1;
  }
  return tokens;
}
