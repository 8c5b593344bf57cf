/**
 * The words of one sentence, with each figure as a single token, cut into clauses. All the
 * attribution rules read these tokens: a window of a sentence, never the whole text.
 */
import type { Figure } from '../types';

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
}

// Initialisms (U.S.), words with inner & - ' (AT&T, T-Mobile, O'Neil), numbers, single marks.
const WORD = /(?:[A-Za-z]\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\d&-]*(?:['’][\p{L}]+)*|\d[\d.,]*|[^\s\p{L}\p{M}\d]/gu;

const LETTER = /[\p{L}\p{M}]/u;
const isLetterAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return i < text.length && LETTER.test(text[i]!);
};
const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019;

function pushWords(text: string, from: number, to: number, out: Tok[]): void {
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    const start = m.index;
    let w = m[0];
    if (start + w.length > to) w = w.slice(0, to - start);
    const c = w.charCodeAt(0);
    const isDigit = c >= 0x30 && c <= 0x39;
    const isLetter = !isDigit && isLetterAt(w, 0);
    let possessive = false;
    const n = w.length;
    if (isLetter && n > 2 && isApostrophe(w.charCodeAt(n - 2)) && (w.charCodeAt(n - 1) | 0x20) === 0x73) {
      w = w.slice(0, -2);
      possessive = true;
    } else if (isLetter && w.charCodeAt(n - 1) === 0x73 && isApostrophe(text.charCodeAt(start + n)) && !isLetterAt(text, start + n + 1)) {
      possessive = true; // plural possessive: "the companies' revenues"
    }
    const kind = isDigit ? 'number' : isLetter ? 'word' : 'punct';
    if (kind === 'punct' && n === 1 && isApostrophe(c) && out.length && out[out.length - 1]!.possessive) continue;
    out.push({
      kind,
      text: w,
      lower: kind === 'word' ? w.toLowerCase() : w,
      start,
      end: start + w.length,
      cap: isLetter && w[0] !== w[0]!.toLowerCase(),
      possessive,
      clause: 0,
      aside: false,
    });
  }
}

/** Words that open a new clause after a comma (`, and swung`, `, but`, `, while`). */
const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'after', 'before', 'which', 'as', 'when', 'since', 'because', 'compared']);

/**
 * Tokens of `text[start, end)`, where `figures` (in text order, inside the range) become
 * one token each.
 */
export function sentenceTokens(text: string, start: number, end: number, figures: readonly Figure[]): Sentence {
  const tokens: Tok[] = [];
  let at = start;
  for (const f of figures) {
    if (f.span.start < at || f.span.end > end) continue;
    pushWords(text, at, f.span.start, tokens);
    tokens.push({ kind: 'figure', text: f.text, lower: f.text.toLowerCase(), start: f.span.start, end: f.span.end, figure: f, cap: false, possessive: false, clause: 0, aside: false });
    at = f.span.end;
  }
  pushWords(text, at, end, tokens);
  markAsides(tokens);
  markClauses(tokens);
  let words = 0, caps = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.aside) continue;
    words++;
    if (t.cap) caps++;
  }
  return { start, end, tokens, headline: words >= 6 && caps / words >= 0.6 };
}

/** Brackets without a money or percent figure inside are asides: `(Nasdaq: ERIC)`. */
function markAsides(tokens: Tok[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.text !== '(' && tokens[i]!.text !== '[') continue;
    let j = i + 1, hasFigure = false;
    while (j < tokens.length && j - i < 40 && tokens[j]!.text !== ')' && tokens[j]!.text !== ']' && tokens[j]!.text !== '(') {
      const f = tokens[j]!.figure;
      if (f && f.kind !== 'period') hasFigure = true;
      j++;
    }
    if (j >= tokens.length || tokens[j]!.text === '(' || j - i >= 40) continue; // a bracket that wraps the sentence ("(See …)") is not an aside
    if (!hasFigure) for (let k = i; k <= j; k++) tokens[k]!.aside = true;
    i = j;
  }
}

/** Clause numbers: a new clause after `;`, `:`, a dash, or a comma followed by a joiner word. */
function markClauses(tokens: Tok[]): void {
  let clause = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.aside && t.kind === 'punct') {
      const next = tokens[i + 1];
      if (t.text === ';' || t.text === '—' || t.text === '–') clause++;
      else if (t.text === ',' && next && next.kind === 'word' && CLAUSE_JOINERS.has(next.lower)) clause++;
    }
    t.clause = clause;
  }
}
