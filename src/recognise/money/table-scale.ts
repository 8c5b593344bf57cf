/**
 * Results tables state their unit once, in a header: "(in millions, except per share amounts)",
 * "($ in thousands)", "(€m)". The amounts under it are written bare ("Sales  $2,141.6") and mean
 * millions. This reads such headers and scales the money figures of the table below them.
 *
 * The table runs from the line after its header to the first line of prose (a line that ends a
 * sentence and has several words, or any line of several words after a blank one), another
 * header, or {@link MAX_TABLE_LINES} lines. A header with only amounts after it on its line
 * ("Revenue (in millions)  $286.4  $188.4") scales only that line, up to another header. Rows about one share ("Diluted EPS", "Dividends per share") keep their amounts, as
 * do amounts already scaled, per unit or in a minor unit. A header inside a running sentence
 * (filings flattened to one line) scales nothing: there is no line after it.
 */
import { SCALE_LOOKUP } from '../../lexicon/scales';
import { PER_ROW_OPENERS, PER_ROW_SHARE_CLASSES, PER_ROW_UNITS } from '../../lexicon/table-scale';
import { shiftDecimal } from '../../resolve/decimal';
import type { MoneyFigure } from '../../types';

/** Lines a table may run to after its header: a results table is rarely longer. */
const MAX_TABLE_LINES = 80;
/** A longer line is prose, not a row. */
const MAX_ROW = 400;
/** Words a line ending a sentence needs to be prose ("Source: company filings." is a table's note). */
const PROSE_WORDS = 6;
/** Longest bracketed header read: "(in millions of U.S. dollars, except per share data)". */
const MAX_HEADER = 90;

/**
 * The inside of a header's brackets: what the amounts are in, then an optional "except …".
 * Anchored and without nested repetition, on at most {@link MAX_HEADER} characters.
 */
const HEADER = /^(?:unaudited[,;]?\s+)?(?:(amounts|figures|dollars|euros|[$€£¥]|us\$|[a-z]{3})\s+)?(?:in\s+)?(?:(?:[$€£¥]|us\$|c\$|a\$|hk\$)\s*|([a-z]{3}|u\.s\.\s+dollars|dollars|euros|pounds|yen)\s+)?([a-z']+)(?:\s+of\s+(?:u\.s\.\s+|us\s+|canadian\s+|australian\s+)?(?:dollars|euros|pounds|yen|[a-z]{3}))?(?:\s*[,;]\s*(?:except|unless|other\s+than)\b[^()]*)?(?:[,;]\s*unaudited)?$/;
/** A header's short form needs a currency before it: "($m)", "(€bn)", "(US$m)", "(NOK m)". */
const SHORT_HEADER = /^(?:in\s+)?([$€£¥]|us\$|c\$|a\$|hk\$|[a-z]{3})\s*(m|bn|mn|mln|k)$/;

interface Scope {
  /** Offsets of the table the header governs. */
  readonly start: number;
  readonly end: number;
  /** Powers of ten the header adds (6 for millions). */
  readonly power: number;
  /** The header's scale word, as written. */
  readonly word: string;
}

let isoCodes: ReadonlySet<string> | undefined;
/** A three-letter slot of a header is a currency only when it is an ISO 4217 code ("(EUR m)", not "(one thousand)"). */
const isCodeOrWord = (slot: string | undefined): boolean => {
  if (slot === undefined || !/^[a-z]{3}$/.test(slot) || slot === 'yen') return true;
  // (A runtime without Intl.supportedValuesOf reads no code-named header.)
  isoCodes ??= new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : []);
  return isoCodes.has(slot.toUpperCase());
};

/** The scale word of a bracketed header's inside, or undefined when it is no header. */
function headerScale(inside: string): { power: number; word: string } | undefined {
  const s = inside.trim().toLowerCase();
  if (s.length === 0 || s.length > MAX_HEADER) return undefined;
  const short = SHORT_HEADER.exec(s);
  if (short) {
    const power = isCodeOrWord(short[1]) ? SCALE_LOOKUP.get(short[2]!)?.power : undefined;
    return power === undefined ? undefined : { power, word: short[2]! };
  }
  const m = HEADER.exec(s);
  // ("(m)" and "(k)" alone are footnote marks: a short scale needs a currency, SHORT_HEADER.)
  if (!m || m[3]!.length <= 3 || !isCodeOrWord(m[1]) || !isCodeOrWord(m[2])) return undefined;
  const power = SCALE_LOOKUP.get(m[3]!)?.power;
  return power === undefined ? undefined : { power, word: m[3]! };
}

/** The end of the line from `from` (its line break or the text's end), or -1 past {@link MAX_ROW} characters: prose, not a row. */
function rowEnd(text: string, from: number): number {
  const last = Math.min(text.length, from + MAX_ROW + 1);
  for (let k = from; k < last; k++) if (text.charCodeAt(k) === 0x0a) return k;
  return last === text.length ? last : -1;
}

/** The start of the line holding `at`, or -1 past {@link MAX_ROW} characters back. */
function rowStart(text: string, at: number): number {
  const first = Math.max(0, at - MAX_ROW);
  for (let k = at - 1; k >= first; k--) if (text.charCodeAt(k) === 0x0a) return k + 1;
  return first === 0 ? 0 : -1;
}

/** Words on the line `from`..`to`: letters after a space or the line's start. */
function wordsOn(text: string, from: number, to: number): number {
  let words = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) | 0x20;
    if (d >= 0x61 && d <= 0x7a && (i === from || text.charCodeAt(i - 1) === 0x20)) words++;
  }
  return words;
}

/** A space, tab or carriage return: what pads a row and is no content. */
const isRowSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d;

const isBlank = (text: string, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (!isRowSpace(text.charCodeAt(i))) return false;
  return true;
};

/** The line `from`..`to` is running text, not a table row: it ends a sentence and has several words. */
function isProse(text: string, from: number, to: number): boolean {
  let last = to - 1;
  while (last >= from && isRowSpace(text.charCodeAt(last))) last--;
  const c = text.charCodeAt(last);
  if (c !== 0x2e /* . */ && c !== 0x21 /* ! */ && c !== 0x3f /* ? */ && c !== 0x22 /* " */ && c !== 0x201d /* ” */) return false;
  return wordsOn(text, from, last + 1) >= PROSE_WORDS;
}

/** The bracket closing the one at `open` on its line, within a header's length; -1 when none. */
function closingBracket(text: string, open: number): number {
  const last = Math.min(text.length, open + MAX_HEADER + 2);
  for (let k = open + 1; k < last; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x29 /* ) */) return k;
    if (c === 0x28 /* ( */ || c === 0x0a) return -1;
  }
  return -1;
}

/**
 * Every header of `text` and the lines it governs, in text order. Linear: each bracket is read
 * once, rows are bounded by {@link MAX_ROW}, and a table's scan stops at the next header's line,
 * so no line is scanned for two tables.
 */
function tableScopes(text: string): Scope[] {
  const scopes: Scope[] = [];
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const close = closingBracket(text, open);
    const scale = close < 0 ? undefined : headerScale(text.slice(open + 1, close));
    if (!scale) continue;
    // A header on a line longer than a row sits in running text: no table is under it.
    const start = rowStart(text, open), end = rowEnd(text, close);
    if (start < 0 || end < 0) continue;
    // Amounts after the header on its line: a row label ("Revenue (in millions)  $286.4"), up to
    // another header on the line. (Not a sentence that goes on past it: "as follows (in
    // thousands): the notes of $36 …".)
    const rest = text.slice(close + 1, end);
    if (/\d/.test(rest)) {
      // (Only amounts after it, not words: "Revenue (in millions) rose to $286.4" is a sentence.)
      if (/[a-z]{4}/i.test(rest.slice(0, rest.search(/\d/)))) continue;
      const to = headerOn(text, close + 1, end) ?? end;
      if (!isProse(text, close + 1, end)) scopes.push({ start: close + 1, end: to, ...scale });
      continue;
    }
    let from = end + 1, to = end, lines = 0, blank = false;
    while (from < text.length && lines < MAX_TABLE_LINES) {
      const e = rowEnd(text, from);
      if (e < 0) break;
      if (isBlank(text, from, e)) blank = true;
      // After a blank line, a line of several words is a paragraph, wrapped or not.
      else if (isProse(text, from, e) || (blank && wordsOn(text, from, e) >= PROSE_WORDS) || headerOn(text, from, e) !== undefined) break;
      else { blank = false; to = e; }
      from = e + 1;
      lines++;
    }
    if (to > end) scopes.push({ start: end + 1, end: to, ...scale });
  }
  return scopes;
}

/** Where a header opens on the line `from`..`to` (a new table starts), if one does. */
function headerOn(text: string, from: number, to: number): number | undefined {
  for (let open = text.indexOf('(', from); open >= 0 && open < to; open = text.indexOf('(', open + 1)) {
    const close = closingBracket(text, open);
    if (close >= 0 && headerScale(text.slice(open + 1, close))) return open;
  }
  return undefined;
}

/** Whether the row holding offset `at` is about one share: its label, before the amount, says so. */
function isPerShareRow(text: string, at: number): boolean {
  const start = rowStart(text, at);
  return start >= 0 && isPerShareLabel(text.slice(start, at));
}

/**
 * A row label about one share or unit: "per (diluted) share", "EPS", "dividends (declared) per",
 * "share price", or one opening with "Basic" or "Diluted". Read word by word, not with one regex
 * of five alternatives, whose ReDoS check recheck could only fuzz, with answers varying by run.
 */
export function isPerShareLabel(label: string): boolean {
  const lower = label.toLowerCase();
  const words = lower.match(/\w+/g);
  if (!words) return false;
  if (PER_ROW_OPENERS.has(words[0]!) && lower.trimStart().startsWith(words[0]!)) return true;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!, next = words[i + 1] ?? '';
    if (w === 'eps') return true;
    if (w === 'per' && (PER_ROW_UNITS.has(next) || (PER_ROW_SHARE_CLASSES.has(next) && PER_ROW_UNITS.has(words[i + 2] ?? '')))) return true;
    if ((w === 'dividend' || w === 'dividends') && (next === 'per' || (next === 'declared' && words[i + 2] === 'per'))) return true;
    if (w === 'share' && next === 'price') return true;
  }
  return false;
}

/** `figures` with the amounts of results tables scaled by their headers (new objects for those changed). */
export function scaleTableAmounts(text: string, figures: readonly MoneyFigure[]): MoneyFigure[] {
  // Only bare amounts can need it: texts without one skip the header search.
  if (!figures.some(isBare)) return figures as MoneyFigure[];
  const scopes = tableScopes(text);
  if (scopes.length === 0) return figures as MoneyFigure[];
  let s = 0;
  return figures.map((f) => {
    while (s < scopes.length && scopes[s]!.end < f.span.start) s++;
    const scope = scopes[s];
    if (!scope || f.span.start < scope.start || f.span.end > scope.end || !isBare(f) || isPerShareRow(text, f.span.start)) return f;
    const scaled: { -readonly [K in keyof MoneyFigure]: MoneyFigure[K] } = { ...f, scale: scope.word };
    scaled.amountExact = shiftDecimal(f.amountExact, scope.power);
    scaled.amount = Number(scaled.amountExact);
    if (f.amountMaxExact !== undefined) {
      scaled.amountMaxExact = shiftDecimal(f.amountMaxExact, scope.power);
      scaled.amountMax = Number(scaled.amountMaxExact);
    }
    scaled.notes = [...(f.notes ?? []), `scaled by the table header's "${scope.word}"`];
    return scaled;
  });
}

/** An amount written without scale, per-unit or minor unit: "$2,141.6", "$(63.9)". */
const isBare = (f: MoneyFigure): boolean => !f.scale && !f.per && f.currency !== null && /^[^a-z]*$/i.test(f.text.replace(/\b[A-Z]{3}\b|US|HK|NT|[ACRS]\b/g, ''));
