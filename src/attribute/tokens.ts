/**
 * The words of one sentence, with each figure as a single token, cut into clauses. All the
 * attribution rules read these tokens: a window of a sentence, never the whole text.
 */
import { MATURITY_BEFORE, MATURITY_INSTRUMENTS } from '../lexicon/periods';
import type { Figure } from '../types';
import { wordAfter, wordBefore } from './util';

export interface Tok {
  readonly kind: 'word' | 'number' | 'punct' | 'figure';
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** For `figure` tokens. */
  readonly figure?: Figure;
  /** Starts with a capital letter. */
  readonly cap: boolean;
  /** Written with a possessive `'s` / `’s` (stripped from `text`). */
  readonly possessive: boolean;
  /** Index of the clause the token is in. */
  clause: number;
  /** Inside brackets that hold no figure (`(Nasdaq: ERIC)`): rules skip it. */
  aside: boolean;
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly tokens: Tok[];
  /** Most words are capitalised: a headline ("Ericsson Lands $3.5B Deal With T-Mobile"). */
  readonly headline: boolean;
  /**
   * Opens a line of the text's lead (its first LEAD_CHARS characters): where a dateline is
   * written after a headline and a byline ("Ericsson Q3 …\n\nSTOCKHOLM, Oct 14 — …").
   */
  readonly leadLine: boolean;
}

/** How far into a text a dateline may open a line (after a headline, a byline, a date line). */
export const LEAD_CHARS = 1500;

/** `start` opens a line: only spaces or tabs between it and the line break before it. */
function opensLine(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i--;
  // (The text's first line opens a line too: "STAVANGER, Norway, Oct 23 – Nordvik …".)
  return i < 0 || text.charCodeAt(i) === 0x0a;
}

const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;
const isLetterCode = (text: string, i: number, c: number): boolean => {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return LETTER.test(text[i]!);
};
const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019;
const isSpaceCode = (text: string, i: number, c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || (c >= 0x80 && SPACE.test(text[i]!));

const token = (kind: Tok['kind'], text: string, start: number, possessive: boolean, cap: boolean): Tok => ({
  kind, text, lower: kind === 'word' ? text.toLowerCase() : text, start, end: start + text.length, cap, possessive, clause: 0, aside: false,
});

/**
 * Words of `text[from, to)`: letters with inner `& - '` and digits (AT&T, T-Mobile, 5G),
 * initialisms (U.S.), numbers (1,234.5), and single marks. A final `'s` (or a plural's `'`)
 * is cut off and marks the word possessive. One pass over the characters.
 */
function pushWords(text: string, from: number, to: number, out: Tok[]): void {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(text, i, c)) {
      i++;
      continue;
    }
    const start = i;
    if (isDigitCode(c)) {
      i++;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (isDigitCode(d) || ((d === 0x2e || d === 0x2c) && i + 1 < to && isDigitCode(text.charCodeAt(i + 1)))) i++;
        else break;
      }
      out.push(token('number', text.slice(start, i), start, false, false));
      continue;
    }
    if (!isLetterCode(text, i, c)) {
      i++;
      if (isApostrophe(c) && out.length && out[out.length - 1]!.possessive && out[out.length - 1]!.end === start) continue; // "companies'"
      out.push(token('punct', text[start]!, start, false, false));
      continue;
    }
    // Initialism: U.S., U.K. (a lower-case one, "a.m.", "e.g.", is no name: not capitalised).
    if (i + 3 < to && text.charCodeAt(i + 1) === 0x2e && isLetterCode(text, i + 2, text.charCodeAt(i + 2)) && text.charCodeAt(i + 3) === 0x2e) {
      i += 4;
      while (i + 1 < to && isLetterCode(text, i, text.charCodeAt(i)) && text.charCodeAt(i + 1) === 0x2e) i += 2;
      out.push(token('word', text.slice(start, i), start, false, c < 0x61 || c > 0x7a));
      continue;
    }
    i++;
    while (i < to) {
      const d = text.charCodeAt(i);
      if (isLetterCode(text, i, d) || isDigitCode(d) || (d >= 0x300 && d <= 0x36f)) i++;
      else if ((d === 0x26 || d === 0x2d) && i + 1 < to && isLetterCode(text, i + 1, text.charCodeAt(i + 1))) i += 2; // AT&T, T-Mobile
      else if (isApostrophe(d) && i + 1 < to && isLetterCode(text, i + 1, text.charCodeAt(i + 1))) i += 2; // O'Neil, ZTE's
      else break;
    }
    let w = text.slice(start, i);
    let possessive = false;
    const n = w.length;
    if (n > 2 && isApostrophe(w.charCodeAt(n - 2)) && (w.charCodeAt(n - 1) | 0x20) === 0x73) {
      w = w.slice(0, -2);
      possessive = true;
    } else if (w.charCodeAt(n - 1) === 0x73 && i < to && isApostrophe(text.charCodeAt(i)) && !isLetterCode(text, i + 1, text.charCodeAt(i + 1))) {
      possessive = true; // plural possessive: "the companies' revenues"
    }
    const first = w[0]!;
    out.push(token('word', w, start, possessive, first !== first.toLowerCase()));
  }
}

/** Words that open a new clause after a comma (`, and swung`, `, but`, `, while`). */
const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'despite', 'after', 'before', 'which', 'as', 'when', 'since', 'because', 'compared']);

/**
 * Tokens of `text[start, end)`, where `figures` (in text order, inside the range) become
 * one token each.
 */
export function sentenceTokens(text: string, start: number, end: number, figures: readonly Figure[]): Sentence {
  const tokens: Tok[] = [];
  let at = start;
  for (const f of figures) {
    if (f.span.start < at || f.span.end > end || isMaturityYear(text, f)) continue;
    pushWords(text, at, f.span.start, tokens);
    tokens.push({ kind: 'figure', text: f.text, lower: '', start: f.span.start, end: f.span.end, figure: f, cap: false, possessive: false, clause: 0, aside: false });
    at = f.span.end;
  }
  pushWords(text, at, end, tokens);
  dropNameBrackets(tokens);
  markAsides(tokens);
  markDashAsides(tokens);
  markClauses(tokens);
  let words = 0, caps = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.aside) continue;
    words++;
    if (t.cap) caps++;
  }
  return { start, end, tokens, headline: words >= 6 && caps / words >= 0.6, leadLine: start < LEAD_CHARS && opensLine(text, start) };
}

/** How far a maturity year's neighbouring word is read, in characters. */
const MATURITY_WORD_REACH = 24;

/**
 * A year that names a bond by its maturity ("the BTP due 2041", "its 2033 bonds", "bonds of
 * 2016"): no period of the figures around it, so attribution reads it as a plain number.
 * ("loans due in 1986" stay a period: what falls due in that year.)
 */
function isMaturityYear(text: string, f: Figure): boolean {
  // (Only a year written in digits: "debt due this year" is what falls due in it.)
  if (f.kind !== 'period' || f.granularity !== 'year' || !/^\d{4}$/.test(f.text)) return false;
  const word = (at: number): string => wordBefore(text, at, Math.max(0, at - MATURITY_WORD_REACH)).toLowerCase();
  const before = word(f.span.start);
  // ("its 10 pct bonds of 2016": the instrument, then "of" and its year.)
  if (before === 'of' && MATURITY_INSTRUMENTS.has(word(text.lastIndexOf('of', f.span.start)))) return true;
  return MATURITY_BEFORE.has(before) || MATURITY_INSTRUMENTS.has(wordAfter(text, f.span.end, Math.min(text.length, f.span.end + MATURITY_WORD_REACH)).toLowerCase());
}

const CLOSERS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '<': '>' };

/** How many tokens a name in angle brackets may hold. */
const NAME_BRACKET_TOKENS = 12;

/**
 * Newswires mark a company's name that has no ticker with angle brackets: "<Royal Bank of
 * Canada> said it would lower …". The brackets are dropped, so the name reads like any other;
 * a ticker in them ("<RHON.PA>", "<STB>", "<RtrSY>": one word, or no lower-case letter) stays an aside. One pass, each
 * "<" looking at most {@link NAME_BRACKET_TOKENS} tokens ahead.
 */
function dropNameBrackets(tokens: Tok[]): void {
  let w = 0, drop = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i === drop) continue;
    if (t.kind === 'punct' && t.text === '<') {
      const close = nameBracketClose(tokens, i);
      if (close > 0) {
        drop = close;
        // (After a capitalised word the "<" stays, as a mark that ends the name before it:
        // "British-listed <Holmes Protection Group Inc>".)
        const before = tokens[i - 1];
        if (!(before?.kind === 'word' && before.cap && !before.possessive)) continue;
      }
    }
    tokens[w++] = t;
  }
  tokens.length = w;
}

/** The index of the ">" closing a name opened by "<" at `open`, or -1 (a ticker, a figure inside, no close near). */
function nameBracketClose(tokens: readonly Tok[], open: number): number {
  let lower = false, words = 0;
  for (let j = open + 1; j < tokens.length && j <= open + NAME_BRACKET_TOKENS; j++) {
    const t = tokens[j]!;
    // (Two words at least: a ticker may mix cases, "<RtrSY>".)
    if (t.kind === 'punct' && t.text === '>') return lower && words >= 2 ? j : -1;
    if (t.kind === 'word') {
      words++;
      lower ||= t.text !== t.text.toUpperCase();
    } else if (t.kind !== 'punct' || !NAME_MARKS.has(t.text)) return -1;
  }
  return -1;
}

/** Marks a company's name may hold: "<Siemens A.G.>", "<Kidder, Peabody and Co>", "<Marks & Spencer>". */
const NAME_MARKS: ReadonlySet<string> = new Set(['.', ',', '-', '&', "'"]);

/** Brackets without a money or percent figure inside are asides: `(Nasdaq: ERIC)`, `<RHON.PA>`. */
function markAsides(tokens: Tok[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const close = tokens[i]!.kind === 'punct' ? CLOSERS[tokens[i]!.text] : undefined;
    if (!close) continue;
    let j = i + 1, hasFigure = false;
    while (j < tokens.length && j - i < 40 && tokens[j]!.text !== close && tokens[j]!.text !== tokens[i]!.text) {
      const f = tokens[j]!.figure;
      if (f && f.kind !== 'period') hasFigure = true;
      j++;
    }
    if (j >= tokens.length || tokens[j]!.text !== close || j - i >= 40) continue; // a bracket that wraps the sentence ("(See …)") is not an aside
    if (!hasFigure) for (let k = i; k <= j; k++) tokens[k]!.aside = true;
    i = j;
  }
}

/** Dashes that set off an aside in pairs: an em or en dash, or a hyphen with spaces around it. */
const isAsideDash = (tokens: readonly Tok[], i: number): boolean => {
  const t = tokens[i]!;
  if (t.kind !== 'punct') return false;
  if (t.text === '—' || t.text === '–') return true;
  return t.text === '-' && i > 0 && tokens[i - 1]!.end < t.start && i + 1 < tokens.length && t.end < tokens[i + 1]!.start;
};

/** How many tokens a dashed aside may hold. */
const DASH_ASIDE_TOKENS = 25;

/**
 * "Services inflation - the Bank of England's preferred gauge of price pressure - dropped to
 * 4.4%": two dashes of one kind around words with no money or percent figure are an aside, like
 * brackets; the sentence reads on past them.
 */
function markDashAsides(tokens: Tok[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.aside || !isAsideDash(tokens, i)) continue;
    let j = i + 1, hasFigure = false;
    while (j < tokens.length && j - i <= DASH_ASIDE_TOKENS && !(tokens[j]!.text === tokens[i]!.text && isAsideDash(tokens, j))) {
      const f = tokens[j]!.figure;
      if (f && f.kind !== 'period') hasFigure = true;
      j++;
    }
    if (j >= tokens.length || j - i > DASH_ASIDE_TOKENS || j === i + 1) continue;
    if (!hasFigure) for (let k = i; k <= j; k++) tokens[k]!.aside = true;
    i = j;
  }
}

/** Clause numbers: a new clause after `;`, `:`, a dash, or a comma followed by a joiner word. */
function markClauses(tokens: Tok[]): void {
  let clause = 0;
  // The clause a ", which …," clause interrupts, while in it.
  let interrupted: number | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.aside && t.kind === 'punct') {
      const next = tokens[i + 1];
      if (t.text === ';' || t.text === '—' || t.text === '–') { clause++; interrupted = undefined; }
      // (Only at the comma that closes it: "Its unit, which …, saw a rise in income, to 454 mln" is
      // one clause after the first comma.)
      else if (t.text === ',' && interrupted !== undefined && resumesChange(tokens, i + 1)) { clause = interrupted; interrupted = undefined; }
      else if (t.text === ',' && next && next.kind === 'word' && CLAUSE_JOINERS.has(next.lower)) {
        interrupted = next.lower === 'which' ? clause : undefined;
        clause++;
      } else if (t.text === ',') interrupted = undefined;
    }
    t.clause = clause;
  }
}

/**
 * "lifted its earnings guidance for the 2025 financial year, which ends July 31, to 70-80 cents
 * per share from 60-75 cents": "to", "from" or "by" and an amount right after the comma that
 * closes a ", which …" clause go on with the clause it interrupted.
 */
function resumesChange(tokens: readonly Tok[], k: number): boolean {
  const w = tokens[k];
  if (w?.kind !== 'word' || (w.lower !== 'to' && w.lower !== 'from' && w.lower !== 'by')) return false;
  const f = tokens[k + 1]?.figure;
  return !!f && f.kind !== 'period';
}
