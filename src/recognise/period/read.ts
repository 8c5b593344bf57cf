/**
 * Small readers shared by the period recognisers. Each reads a bounded number of tokens
 * from index `i` and returns what it read with the index after it, or undefined.
 */
import { FISCAL_NOUN_NEXT, MONTHS, NOT_YEAR_AFTER, NOT_YEAR_BEFORE, NUMBERED_LABEL_BEFORE, NUMBER_ABBREVIATIONS, ORDINAL_SUFFIXES, ORDINAL_TENS, ORDINALS, RELATIVE_MODIFIERS, SPLIT_TAX_YEAR_START, WEEKDAYS, YEAR_BOUND_WORDS } from '../../lexicon/periods';
import { WORD_NUMBER } from '../../scan/word-classes';
import { isDigits } from '../../scan/numeral';
import { ARTICLE_COUNTS, TENS_WORD_VALUES, UNIT_WORD_VALUES } from '../../scan/number-words';
import type { PeriodSpec, YearRef } from '../../resolve/period/spec';
import type { Token } from '../../scan/tokens';

export type Toks = readonly Token[];

export interface Read<T> {
  readonly value: T;
  readonly next: number;
}

/** A period the recognisers found: tokens `first` … `next - 1`, read as `spec` by rule `rule`. */
export interface Match {
  readonly first: number;
  readonly next: number;
  readonly spec: PeriodSpec;
  readonly rule: string;
}

export const wordAt = (toks: Toks, i: number): string | undefined => {
  const t = toks[i];
  return t && t.kind === 'word' ? t.lower : undefined;
};

/**
 * Token `i` is the word `a` (or `b`, `c`, `d`). Fixed parameters rather than a rest array:
 * the rules call this a few hundred thousand times per megabyte, and each rest call builds
 * an array. Longer lists go in a Set and use {@link wordIn}.
 */
export const isWordAt = (toks: Toks, i: number, a: string, b?: string, c?: string, d?: string): boolean => {
  const w = wordAt(toks, i);
  return w !== undefined && (w === a || w === b || w === c || w === d);
};

/** Token `i` is a word in `words`. */
export const wordIn = (toks: Toks, i: number, words: ReadonlySet<string>): boolean => {
  const w = wordAt(toks, i);
  return w !== undefined && words.has(w);
};

/** Token `i` is the punctuation mark `a` (or `b`, `c`, `d`); fixed parameters as in {@link isWordAt}. */
export const punctAt = (toks: Toks, i: number, a: string, b?: string, c?: string, d?: string): boolean => {
  const t = toks[i];
  if (!t || t.kind !== 'punct') return false;
  const p = t.text;
  return p === a || p === b || p === c || p === d;
};

/** Token `i` is a punctuation mark in `marks`. */
export const punctIn = (toks: Toks, i: number, marks: ReadonlySet<string>): boolean => {
  const t = toks[i];
  return !!t && t.kind === 'punct' && marks.has(t.text);
};

/** ".", ";", "!" or "?" at `k`: a mark that ends a sentence or clause (callers add what must follow it). */
export const stopMarkAt = (toks: Toks, k: number): boolean => {
  const t = toks[k];
  return !!t && t.kind === 'punct' && (t.text === '.' || t.text === ';' || t.text === '!' || t.text === '?');
};

/** Token `i` has no space before it (glued to token `i - 1`). */
export const glued = (toks: Toks, i: number): boolean => !!toks[i] && !toks[i]!.space;

/** A word, number or symbol glued on at `i` ("5x", "Q3X"): the token before runs on into it. */
export const textGluedAt = (toks: Toks, i: number): boolean => !!toks[i] && glued(toks, i) && toks[i]!.kind !== 'punct';

/** Token `i` glued onto a word, number or symbol before it ("AQ1" at "Q"): part of a longer code. */
export const gluedToTextBefore = (toks: Toks, i: number): boolean => !!toks[i - 1] && glued(toks, i) && toks[i - 1]!.kind !== 'punct';

export const HYPHENS: ReadonlySet<string> = new Set(['-', '\u2010', '\u2011', '\u2013']);
/**
 * A label before the number at `i` that makes what follows a numbered item, not a date: "ASU
 * 2016-02", "Notice 2020-23", "Regulation 1/2003", "No. 2020-04".
 */
export const numberedLabelBefore = (toks: Toks, i: number): boolean => {
  const w = wordAt(toks, i - 1);
  return (w !== undefined && (NOT_YEAR_BEFORE.has(w) || NUMBERED_LABEL_BEFORE.has(w)))
    || (punctAt(toks, i - 1, '.') && glued(toks, i - 1) && NUMBER_ABBREVIATIONS.has(wordAt(toks, i - 2) ?? ''));
};

export const hyphenAt = (toks: Toks, i: number): boolean => toks[i]?.kind === 'punct' && HYPHENS.has(toks[i]!.text) && glued(toks, i) && glued(toks, i + 1);

export { isDigits };

/** The integer of an all-digit number token. */
export const intAt = (toks: Toks, i: number): number | undefined => {
  const t = toks[i];
  return t && t.kind === 'number' && isDigits(t.text) ? Number(t.text) : undefined;
};

/** Digit count of an all-digit number token (0 otherwise). */
export const digitsAt = (toks: Toks, i: number): number => {
  const t = toks[i];
  return t && t.kind === 'number' && isDigits(t.text) ? t.text.length : 0;
};

/** True when token `i` ends a phrase: nothing, punctuation other than a joining dash/slash, or a new line. */
export const endsAt = (toks: Toks, i: number): boolean => {
  const t = toks[i];
  return !t || t.newline || (t.kind === 'punct' && !punctAt(toks, i, '/', "'", '’'));
};

/**
 * True when a two-digit year at `k - 1` ends its phrase: nothing follows, a new line, or a mark
 * that closes a phrase ("Oct 98.", "7 Oct 98,"), not one that runs on into a number ("98-99",
 * "98.5", "10-25").
 */
export const shortYearEndsAt = (toks: Toks, k: number): boolean => {
  const t = toks[k];
  if (!t || t.newline) return true;
  if (t.kind !== 'punct' || !(t.text === ',' || t.text === '.' || t.text === ';' || t.text === ':' || t.text === ')' || t.text === '!' || t.text === '?')) return false;
  const n = toks[k + 1];
  return !(n && n.kind === 'number' && !n.space);
};

/** A month name, with an optional glued full stop ("Sept."). */
export function readMonth(toks: Toks, i: number): Read<number> | undefined {
  const w = wordAt(toks, i);
  const m = w === undefined ? undefined : MONTHS.get(w);
  if (m === undefined) return undefined;
  // "Mar" + glued letters is another word; the tokenizer already cuts at letters, so only check a glued digit run.
  let next = i + 1;
  // "Sept." takes its full stop; "June." ends a sentence.
  if (punctAt(toks, next, '.') && glued(toks, next) && w!.length <= 4 && w !== 'june' && w !== 'july' && w !== 'may') next++;
  return { value: m, next };
}

/** A weekday name with an optional glued full stop. */
export function readWeekday(toks: Toks, i: number): Read<number> | undefined {
  const w = wordAt(toks, i);
  const d = w === undefined ? undefined : WEEKDAYS.get(w);
  if (d === undefined) return undefined;
  let next = i + 1;
  if (punctAt(toks, next, '.') && glued(toks, next) && w!.length <= 5 && !w!.endsWith('day')) next++;
  return { value: d, next };
}

/** An ordinal: "3rd", "third", "twenty-first", "thirty first". */
export function readOrdinal(toks: Toks, i: number): Read<number> | undefined {
  const t = toks[i];
  if (!t) return undefined;
  if (t.kind === 'number') {
    const n = intAt(toks, i);
    const suf = wordAt(toks, i + 1);
    if (n !== undefined && suf !== undefined && glued(toks, i + 1) && ORDINAL_SUFFIXES.has(suf) && t.text.length <= 3) return { value: n, next: i + 2 };
    return undefined;
  }
  if (t.kind !== 'word') return undefined;
  const tens = ORDINAL_TENS.get(t.lower);
  if (tens !== undefined) {
    const j = hyphenAt(toks, i + 1) ? i + 2 : i + 1;
    const u = wordAt(toks, j);
    const unit = u === undefined ? undefined : ORDINALS.get(u);
    if (unit !== undefined && unit >= 1 && unit <= 9) return { value: tens + unit, next: j + 1 };
    return undefined;
  }
  const n = ORDINALS.get(t.lower);
  return n === undefined ? undefined : { value: n, next: i + 1 };
}

/** Every word a count can open with ("one" … "nineteen", "twenty" … "ninety"): the dispatch words of count rules. */
export const COUNT_WORDS: readonly string[] = [...[...UNIT_WORD_VALUES].filter(([, v]) => v >= 1).map(([w]) => w), ...TENS_WORD_VALUES.keys()];

/** A small cardinal in digits or words ("6", "six", "twenty-five", "a"/"an" = 1 when `article`). */
export function readCount(toks: Toks, i: number, max = 999, article = false): Read<number> | undefined {
  const t = toks[i];
  if (!t) return undefined;
  if (t.kind === 'number') {
    const n = intAt(toks, i);
    return n !== undefined && n >= 1 && n <= max && t.text.length <= 3 ? { value: n, next: i + 1 } : undefined;
  }
  // Every number word is in the tokenizer's number-word class: other words stop here.
  if (t.kind !== 'word' || !(t.cls & WORD_NUMBER)) return undefined;
  if (article && (t.lower === 'a' || t.lower === 'an')) {
    // "a couple of days ago", "in a couple weeks": two, as the peers read it.
    const c = ARTICLE_COUNTS.get(wordAt(toks, i + 1) ?? '');
    if (c !== undefined && c <= max) return { value: c, next: isWordAt(toks, i + 2, 'of') ? i + 3 : i + 2 };
    return { value: 1, next: i + 1 };
  }
  const tens = TENS_WORD_VALUES.get(t.lower);
  if (tens !== undefined) {
    const j = hyphenAt(toks, i + 1) ? i + 2 : i + 1;
    const u = wordAt(toks, j);
    const unit = u === undefined ? undefined : UNIT_WORD_VALUES.get(u);
    if (unit !== undefined && unit >= 1 && unit <= 9) return tens + unit <= max ? { value: tens + unit, next: j + 1 } : undefined;
    return tens <= max ? { value: tens, next: i + 1 } : undefined;
  }
  const n = UNIT_WORD_VALUES.get(t.lower);
  return n !== undefined && n >= 1 && n <= max ? { value: n, next: i + 1 } : undefined;
}

/**
 * A year in words: "nineteen ninety six", "two thousand and fifteen", "twenty twenty",
 * "eighteen hundred"; not before a word that makes it a count ("nineteen ninety people").
 */
export function readSpelledYear(toks: Toks, i: number): Read<number> | undefined {
  const w = wordAt(toks, i);
  let y: number | undefined, next = i + 1;
  if (w === 'two' && isWordAt(toks, i + 1, 'thousand')) {
    y = 2000; next = i + 2;
    let k = next;
    if (isWordAt(toks, k, 'and')) k++;
    const c = readCount(toks, k, 99);
    if (c) { y += c.value; next = c.next; }
  } else {
    const century = w === 'nineteen' ? 1900 : w === 'eighteen' ? 1800 : w === 'twenty' ? 2000 : undefined;
    if (century === undefined) return undefined;
    if (isWordAt(toks, i + 1, 'hundred')) { y = century; next = i + 2; }
    else {
      const c = readCount(toks, i + 1, 99);
      if (!c || c.value < 10) return undefined;
      y = century + c.value; next = c.next;
    }
  }
  const after = wordAt(toks, next);
  if (after !== undefined && NOT_YEAR_AFTER.has(after)) return undefined;
  return { value: y, next };
}

/** A day of the month: "15", "15th", "fifteenth", "twenty-first". Digits must be 1–2 long. */
export function readDayNumber(toks: Toks, i: number): Read<number> | undefined {
  const o = readOrdinal(toks, i);
  if (o) return o.value >= 1 && o.value <= 31 ? o : undefined;
  const t = toks[i];
  if (t?.kind !== 'number' || t.text.length > 2) return undefined;
  const n = intAt(toks, i);
  return n !== undefined && n >= 1 && n <= 31 ? { value: n, next: i + 1 } : undefined;
}

/** A day written as a cardinal in words after a month ("May twenty five"). */
export function readDayWords(toks: Toks, i: number): Read<number> | undefined {
  const c = readCount(toks, i, 31);
  return c && toks[i]!.kind === 'word' ? c : undefined;
}

/** A glued "E" after a year ("2025E", "FY25E"): an analyst's estimate for that year. */
export const isEstimateAt = (toks: Toks, j: number): boolean =>
  isWordAt(toks, j, 'e') && glued(toks, j) && !(textGluedAt(toks, j + 1));

/**
 * The calendar year of month `m` (1-12) in the fiscal year labelled `label` by the year it ends
 * in ("the October-December quarter of FY25", "the December quarter of FY25"). July to December
 * fall in the year before the label and January to March in the label's year, under the April
 * and the July calendars alike; April to June differ between them, so they give none.
 */
export const fiscalLabelMonthYear = (m: number, label: number): number | undefined =>
  m >= 7 ? label - 1 : m <= 3 ? label : undefined;

/** A glued "/87" or "-88" after a year at `i`: the second half of a split year ("1986/87", "1987-88"). */
export const splitYearTailAt = (toks: Toks, i: number): boolean =>
  toks[i]?.kind === 'punct' && (toks[i]!.text === '/' || HYPHENS.has(toks[i]!.text)) && !toks[i]!.space && toks[i + 1]?.kind === 'number' && !toks[i + 1]!.space;

/** Two-digit year → four digits (pivot: 00–49 → 2000s, 50–99 → 1900s). */
export const expandYear = (n: number): number => (n < 50 ? 2000 + n : 1900 + n);

/**
 * A written year: four digits (1000–2999), or `'19`; with `short`, bare two digits too.
 * `min`/`max` bound four-digit years (standalone years use 1900–2099).
 */
export function readYear(toks: Toks, i: number, short = false): Read<number> | undefined {
  const t = toks[i];
  if (!t) return undefined;
  if (t.kind === 'punct' && (t.text === "'" || t.text === '’') && digitsAt(toks, i + 1) === 2 && glued(toks, i + 1)) {
    return { value: expandYear(intAt(toks, i + 1)!), next: i + 2 };
  }
  const len = digitsAt(toks, i);
  if (len === 4) {
    const y = intAt(toks, i)!;
    return y >= 1000 && y <= 2999 && !(wordAt(toks, i + 1) !== undefined && glued(toks, i + 1) && !isWordAt(toks, i + 1, 'q', 'h', 's')) ? { value: y, next: i + 1 } : undefined;
  }
  if (short && len === 2 && !(textGluedAt(toks, i + 1))) return { value: expandYear(intAt(toks, i)!), next: i + 1 };
  return undefined;
}

/** The year after `y` glued at `j` behind a slash or hyphen, in two or four digits: "/87", "-2026". */
export function nextYearGluedAt(toks: Toks, j: number, y: number): boolean {
  if (!punctAt(toks, j, '/', '-') || !glued(toks, j) || !glued(toks, j + 1)) return false;
  const n = digitsAt(toks, j + 1);
  const v = intAt(toks, j + 1);
  return v !== undefined && ((n === 2 && v === (y + 1) % 100) || (n === 4 && v === y + 1));
}

/**
 * A tax year written across two years, `y` its first ("the 2025-26 tax year"): from
 * {@link SPLIT_TAX_YEAR_START} in `y` to the day before it a year on.
 */
export function splitTaxYear(y: number): PeriodSpec {
  const { m, d } = SPLIT_TAX_YEAR_START;
  return { t: 'range', from: { t: 'day', d, month: { kind: 'abs', m }, year: { kind: 'abs', y } }, to: { t: 'shift', of: { t: 'day', d, month: { kind: 'abs', m }, year: { kind: 'abs', y: y + 1 } }, unit: 'day', n: -1 } };
}

/**
 * "this tax year", "next tax year", "last tax year": the tax year of {@link SPLIT_TAX_YEAR_START}
 * that holds the reference date (its latest first day not after it, the year rule of a day
 * written without its year), moved by `offset` years.
 */
export function relativeTaxYear(offset: number): PeriodSpec {
  const { m, d } = SPLIT_TAX_YEAR_START;
  const first: PeriodSpec = { t: 'day', d, month: { kind: 'abs', m }, year: { kind: 'implied' } };
  return { t: 'starting', months: 12, start: offset === 0 ? first : { t: 'shift', of: first, unit: 'year', n: offset } };
}

/**
 * The index of the second year of a split year whose first year `y` ends before `j`: "/87",
 * "-87", "/1987", "-2026"; or undefined.
 */
function splitYearEnd(toks: Toks, j: number, y: number): number | undefined {
  if (!nextYearGluedAt(toks, j, y)) return undefined;
  // Not a date or a code: nothing glued after the second year but closing marks.
  const after = toks[j + 2];
  if (after && glued(toks, j + 2) && (after.kind === 'number' || after.kind === 'word' || punctAt(toks, j + 2, '/', '-'))) return undefined;
  return j + 1;
}

/**
 * The index after the "s" or "'s" glued to a four-digit year `y` ending at `j` that makes it a
 * decade ("1990s", "the 1980's"; not "November 1980's 731 mln"); undefined when there is none.
 */
export function decadeEndAt(toks: Toks, j: number, y: number): number | undefined {
  if (y % 10 !== 0 || !glued(toks, j)) return undefined;
  if (isWordAt(toks, j, 's')) return j + 1;
  return punctAt(toks, j, "'", '’') && isWordAt(toks, j + 1, 's') && glued(toks, j + 1) && isWordAt(toks, j - 2, 'the') ? j + 2 : undefined;
}

/**
 * The year written after a period word: "2019", "of 2019", ", 2019", "'19", "of fiscal 2020",
 * "FY19", "this year", "of last year", "of the current fiscal year", "next fiscal year".
 */
export function readYearSuffix(toks: Toks, i: number, opts: { short?: boolean; split?: boolean } = {}): Read<{ year: YearRef; fiscal: boolean }> | undefined {
  let j = i;
  const connective = isWordAt(toks, j, 'of', 'in') || punctAt(toks, j, ',');
  if (connective) j++;
  else if ((punctAt(toks, j, '-', '/') && glued(toks, j)) && glued(toks, j + 1)) j++;
  if (isWordAt(toks, j, 'the')) j++;
  // "the second quarter of its 2027 fiscal year": a company's own year, only when fiscal.
  const owned = isWordAt(toks, i, 'of') && isWordAt(toks, j, 'its', 'their') && j === i + 1;
  if (owned) j++;
  // fiscal 2020, fiscal year 2020, FY2020, FY 20
  let fiscal = false;
  if (isWordAt(toks, j, 'fiscal')) {
    fiscal = true; j++;
    if (hyphenAt(toks, j)) j++;
    if (isWordAt(toks, j, 'year', 'yr')) j++;
  } else if (isWordAt(toks, j, 'fy', 'fyr')) {
    fiscal = true; j++;
    if (punctAt(toks, j, '-', "'", '’') && glued(toks, j)) j += punctAt(toks, j, '-') ? 1 : 0;
    const y = readYear(toks, j, true);
    if (!y) return undefined;
    // With `split`: "Q4 FY2025/26", "H1 FY25-26": a part of the fiscal year that ends in the second year.
    const to = opts.split ? splitYearEnd(toks, y.next, y.value) : undefined;
    if (to !== undefined) return { value: { year: { kind: 'abs', y: y.value + 1, split: true }, fiscal }, next: to + 1 };
    return { value: { year: { kind: 'abs', y: y.value }, fiscal }, next: y.next };
  } else if (toks[j]?.text === 'CY' && (isWordAt(toks, i, 'of') || j === i)) {
    // "Q3 CY2026", "the second half of CY25": analysts' calendar year, set against a fiscal one.
    const y = readYear(toks, j + 1, true);
    return y ? { value: { year: { kind: 'abs', y: y.value }, fiscal: false }, next: y.next } : undefined;
  }
  const y = readYear(toks, j, opts.short ?? false);
  // "of the 1990s", "of the 1980's": a decade, not its first year.
  if (y && decadeEndAt(toks, y.next, y.value) !== undefined) return undefined;
  if (y) {
    let next = y.next;
    // "January 31 in the 1986/87 season": a day or month in a split year (a season, a fiscal
    // year) is not in its first calendar year.
    if (isWordAt(toks, i, 'in') && punctAt(toks, next, '/', '-') && glued(toks, next) && glued(toks, next + 1) && toks[next + 1]?.kind === 'number') return undefined;
    // With `split`: "the first half of 1986/87", "Q3 2025-26": a part of the fiscal year that
    // ends in the second year.
    const to = opts.split ? splitYearEnd(toks, next, y.value) : undefined;
    if (to !== undefined) {
      // "… of the 1986/87 financial year", but not "of the 1986/87 financial year to September
      // 30": that bound states the calendar, which the fiscal rule reads from "financial".
      const yearWords = isWordAt(toks, to + 1, 'fiscal', 'financial') && isWordAt(toks, to + 2, 'year');
      next = yearWords && !YEAR_BOUND_WORDS.has(wordAt(toks, to + 3) ?? '') ? to + 3 : to + 1;
      return { value: { year: { kind: 'abs', y: y.value + 1, split: true }, fiscal: true }, next };
    }
    if (!fiscal && isWordAt(toks, next, 'fiscal', 'financial') && isWordAt(toks, next + 1, 'year')) { fiscal = true; next += 2; }
    if (owned && !fiscal) return undefined;
    return { value: { year: { kind: 'abs', y: y.value }, fiscal }, next };
  }
  // this year, last fiscal year, the current year, the year (implied)
  const w = wordAt(toks, j);
  let offset: number | undefined = w === undefined ? undefined : RELATIVE_MODIFIERS.get(w);
  if (w === 'previous' || w === 'prior') offset = -1;
  if (offset !== undefined) {
    let k = j + 1;
    // ("the first half of the current fiscal": Indian English's noun for the fiscal year.)
    if (isWordAt(toks, k, 'fiscal') && fiscalNounAt(toks, k)) return { value: { year: { kind: 'rel', offset }, fiscal: true }, next: k + 1 };
    // ("the first half of the current financial year": the British, Indian and Australian name.)
    if (isWordAt(toks, k, 'fiscal') || (isWordAt(toks, k, 'financial') && isWordAt(toks, k + 1, 'year'))) { fiscal = true; k++; }
    if (owned && !fiscal) return undefined;
    if (isWordAt(toks, k, 'year', 'yr')) return { value: { year: { kind: 'rel', offset }, fiscal }, next: k + 1 };
    return undefined;
  }
  if (isWordAt(toks, i, 'of') && isWordAt(toks, i + 1, 'the', 'its', 'their')) {
    let k = i + 2;
    // "the second half of the fiscal": Indian English's noun for the fiscal year.
    if (isWordAt(toks, k, 'fiscal') && fiscalNounAt(toks, k)) return { value: { year: { kind: 'implied' }, fiscal: true }, next: k + 1 };
    // ("the second half of the financial year to September 30": the British and Australian name.)
    if (isWordAt(toks, k, 'fiscal') || (isWordAt(toks, k, 'financial') && isWordAt(toks, k + 1, 'year'))) { fiscal = true; k++; }
    if (isWordAt(toks, k, 'year') && (fiscal || !owned)) return { value: { year: { kind: 'implied' }, fiscal }, next: k + 1 };
  }
  return undefined;
}

/**
 * "fiscal" at `j` stands as a noun, Indian English's for the fiscal year ("in the current
 * fiscal", "the second half of the fiscal."): nothing, a mark or a function word after it ("this
 * fiscal quarter" and "the fiscal deficit" are other things).
 */
export function fiscalNounAt(toks: Toks, j: number): boolean {
  const next = toks[j + 1];
  return next === undefined || (next.kind === 'punct' && !hyphenAt(toks, j + 1)) || wordIn(toks, j + 1, FISCAL_NOUN_NEXT);
}

export const spanText = (text: string, toks: Toks, m: { first: number; next: number }): string =>
  text.slice(toks[m.first]!.start, toks[m.next - 1]!.end);

/** A recogniser rule: the words (lower case) or number tokens that can start it, and its reader. */
export interface Rule {
  readonly id: string;
  readonly words?: Iterable<string>;
  readonly numbers?: boolean;
  /** Also try it on dotted number tokens ("10.31.1974"). */
  readonly dotted?: boolean;
  /** With `numbers`: the lengths, in digits, of the plain numbers that can start it, [shortest, longest]. */
  readonly digits?: readonly [number, number];
  /**
   * With `numbers`: what must come right after a plain number (up to four digits) for the
   * rule to read anything there: one of the `any` words (glued or spaced), or one of the
   * `glued` words or marks glued to the number. Without it the rule is tried whatever follows.
   * readPeriods uses `digits` and `after` only to skip rules that cannot match.
   */
  readonly after?: { readonly any?: Iterable<string>; readonly glued?: Iterable<string> };
  /**
   * The rule opens with a count (readCount), so `after` holds for a one-word count too:
   * what may follow "six" is what may follow "6" ("six months ended", not "six analysts").
   */
  readonly count?: boolean;
  readonly read: (toks: Toks, i: number) => Match | undefined;
}

export const match = (first: number, next: number, spec: PeriodSpec, rule: string): Match => ({ first, next, spec, rule });
