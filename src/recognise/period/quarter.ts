/**
 * Quarters: "Q1", "Q3 2019", "Q4'18", "Q1 FY19", "1Q19", "1Q 2019", "18q4", "third quarter",
 * "3rd qtr", "third-quarter", "fourth-quarter 2018", "the third quarter of 2016", "the first
 * quarter of fiscal 2020", "third quarter this year", "the second quarter ended June 30".
 * Quarters are calendar quarters unless the text says fiscal.
 */
import { AFTER_COUNTED_RUNNING, AFTER_FINAL_QUARTER, HALF_WORDS, ORDINAL_SUFFIXES, ORDINALS, QUARTER_WORDS, RATE_STEP_WORDS } from '../../lexicon/periods';
import type { PeriodSpec, YearRef } from '../../resolve/period/spec';
import { readEndDate } from './months-ended';
import { decadeEndAt, digitsAt, expandYear, glued, gluedToTextBefore, hyphenAt, intAt, isWordAt, match, punctAt, readMonth, readOrdinal, readYear, readYearSuffix, textGluedAt, wordAt, wordIn, type Match, type Read, type Rule, type Toks } from './read';

/**
 * "third quarter", "3rd-qtr", "first half", "second-half": an ordinal and a quarter/half
 * word. Not when the ordinal counts rather than dates ("the fourth quarter in a row", "the
 * second quarter running") or the word is a rate step ("its first quarter-point cut").
 */
export function readOrdinalPeriod(toks: Toks, i: number, allowFiscal = false): Read<{ n: number; unit: 'quarter' | 'half'; fiscal?: true }> | undefined {
  const o = readOrdinal(toks, i);
  if (!o) return undefined;
  let j = o.next;
  // "the third fiscal quarter", "its first fiscal half", for the callers that read it.
  const fiscal = allowFiscal && isWordAt(toks, j, 'fiscal');
  if (fiscal) j++;
  if (hyphenAt(toks, j)) j++;
  const w = wordAt(toks, j);
  let r: Read<{ n: number; unit: 'quarter' | 'half'; fiscal?: true }>;
  // The plural only ends a list: "the second and third quarters".
  if ((w === 'quarters' || w === 'qtrs' || w === 'halves') && !ordinalListBefore(toks, i)) return undefined;
  if (w === 'quarter' || w === 'qtr' || w === 'quarters' || w === 'qtrs') {
    if (o.value > 4) return undefined;
    r = { value: fiscal ? { n: o.value, unit: 'quarter', fiscal } : { n: o.value, unit: 'quarter' }, next: j + 1 };
  } else if (w === 'half' || w === 'halves') {
    if (o.value > 2) return undefined;
    r = { value: fiscal ? { n: o.value, unit: 'half', fiscal } : { n: o.value, unit: 'half' }, next: halfYearEnd(toks, j + 1) };
  } else return undefined;
  // These checks run only after an ordinal and a unit word have matched.
  if ((hyphenAt(toks, j + 1) && wordIn(toks, j + 2, RATE_STEP_WORDS)) || countsAt(toks, r.next)) return undefined;
  return r;
}

/** A list joiner before token `i` ("and", "or", "&", ","), and an ordinal before that. */
function ordinalListBefore(toks: Toks, i: number): boolean {
  if (!isWordAt(toks, i - 1, 'and', 'or') && !punctAt(toks, i - 1, ',', '&')) return false;
  const w = wordAt(toks, i - 2);
  return w !== undefined && (ORDINALS.has(w) || (ORDINAL_SUFFIXES.has(w) && glued(toks, i - 2) && toks[i - 3]?.kind === 'number'));
}

/**
 * period.quarter.list: the first ordinals of "the second and third quarters of 2023",
 * "the first, second and third quarter": each a quarter (or half) of its own, spanning the
 * ordinal alone; the last is read by readOrdinalQuarter, and coordination.ts gives them all
 * its year. Up to four ordinals.
 */
function readOrdinalList(toks: Toks, i: number): Match | undefined {
  const o = readOrdinal(toks, i);
  if (!o || o.value > 4) return undefined;
  let k = o.next;
  for (let items = 1; items < 4; items++) {
    if (punctAt(toks, k, ',')) k++;
    if (isWordAt(toks, k, 'and', 'or') || punctAt(toks, k, '&')) k++;
    if (k === o.next && items === 1) return undefined;
    const next = readOrdinal(toks, k);
    if (!next) return undefined;
    const last = readOrdinalPeriod(toks, k);
    // The last item must stand as a period itself: not "first and second half April".
    if (last && finishPeriod(toks, k, last, false)) {
      const unit = last.value.unit;
      if (unit === 'half' && o.value > 2) return undefined;
      const spec: PeriodSpec = unit === 'quarter' ? { t: 'quarter', q: o.value, year: { kind: 'implied' }, fiscal: false } : { t: 'half', h: o.value, year: { kind: 'implied' }, fiscal: false };
      return match(i, o.next, spec, unit === 'quarter' ? 'period.quarter' : 'period.half');
    }
    k = next.next;
  }
  return undefined;
}

/** After "the fourth quarter": "in a row", "in succession", "running" (ending the count) make it a count of quarters. */
function countsAt(toks: Toks, j: number): boolean {
  const w = wordAt(toks, j);
  if (w === 'in') return isWordAt(toks, j + 2, 'row') ? isWordAt(toks, j + 1, 'a') : isWordAt(toks, j + 1, 'succession');
  if (w !== 'running') return false;
  const t = toks[j + 1];
  return !t || t.newline || t.kind !== 'word' || AFTER_COUNTED_RUNNING.has(t.lower);
}

/**
 * After "half": the index past a "-year"/" year" that belongs to it ("first half-year ended
 * June 30" is the first half, not "year ended June 30"), else `j`. Not "year-on-year".
 */
function halfYearEnd(toks: Toks, j: number): number {
  const k = hyphenAt(toks, j) ? j + 1 : j;
  return isWordAt(toks, k, 'year') && !punctAt(toks, k + 1, '-') ? k + 1 : j;
}

/** "Q3", "q1": the letter and a glued digit, not part of a longer code ("Q3X"). */
export function readLetterPeriod(toks: Toks, i: number, letter: 'q' | 'h', word: string = letter): Read<number> | undefined {
  if (wordAt(toks, i) !== word) return undefined;
  const n = intAt(toks, i + 1);
  if (n === undefined || !glued(toks, i + 1) || digitsAt(toks, i + 1) !== 1) return undefined;
  if (n < 1 || n > (letter === 'q' ? 4 : 2)) return undefined;
  const after = toks[i + 2];
  if (after && glued(toks, i + 2) && after.kind !== 'punct' && !gluedFiscalYearAt(toks, i + 2)) return undefined;
  if (after && glued(toks, i + 2) && (after.text === '.' || after.text === ',' || after.text === '/') && toks[i + 3]?.kind === 'number' && glued(toks, i + 3) && digitsAt(toks, i + 3) !== 4 && digitsAt(toks, i + 3) !== 2) return undefined;
  // A glued letter/word before ("AQ1") makes it a code, as does a lone letter after a hyphen
  // ("H1-B visa"; "Q1-Q3" is a range).
  if (gluedToTextBefore(toks, i)) return undefined;
  if (hyphenAt(toks, i + 2) && toks[i + 3]!.kind === 'word' && toks[i + 3]!.text.length === 1 && !textGluedAt(toks, i + 4)) return undefined;
  return { value: n, next: i + 2 };
}

/** "FY25" glued after a quarter or half, as Indian results write them: "Q2FY25", "H1FY2025". */
function gluedFiscalYearAt(toks: Toks, j: number): boolean {
  const n = digitsAt(toks, j + 1);
  return wordAt(toks, j) === 'fy' && glued(toks, j + 1) && (n === 2 || n === 4) && !(textGluedAt(toks, j + 2));
}

/** "1Q19", "1Q 2019", "3Q", "18q4", "2H18": number–letter–number forms. */
export function readGluedPeriod(toks: Toks, i: number, letter: 'q' | 'h'): Read<{ n: number; year?: number }> | undefined {
  const a = intAt(toks, i);
  if (a === undefined || wordAt(toks, i + 1) !== letter || !glued(toks, i + 1)) return undefined;
  if (gluedToTextBefore(toks, i)) return undefined;
  const max = letter === 'q' ? 4 : 2;
  const la = digitsAt(toks, i);
  const b = intAt(toks, i + 2);
  const gluedB = b !== undefined && glued(toks, i + 2);
  if (la === 1 && a >= 1 && a <= max) {
    if (gluedB) {
      const lb = digitsAt(toks, i + 2);
      if (lb !== 2 && lb !== 4) return undefined;
      if (textGluedAt(toks, i + 3)) return undefined;
      return { value: { n: a, year: lb === 2 ? expandYear(b!) : b! }, next: i + 3 };
    }
    if (textGluedAt(toks, i + 2)) return undefined;
    if (punctAt(toks, i + 2, "'", '’') && glued(toks, i + 2)) {
      const y = readYear(toks, i + 2);
      if (y) return { value: { n: a, year: y.value }, next: y.next };
    }
    if (digitsAt(toks, i + 2) === 4 && !glued(toks, i + 2)) {
      const y = readYear(toks, i + 2);
      if (y) return { value: { n: a, year: y.value }, next: y.next };
    }
    return { value: { n: a }, next: i + 2 };
  }
  if (la === 2 && gluedB && digitsAt(toks, i + 2) === 1 && b! >= 1 && b! <= max) {
    if (textGluedAt(toks, i + 3)) return undefined;
    return { value: { n: b!, year: expandYear(a) }, next: i + 3 };
  }
  return undefined;
}

/** The year or end date after a quarter or half: "of 2016", "2019", "FY19", "this year", "ended June 30". */
export function readPeriodYear(toks: Toks, j: number): Read<{ year: YearRef; fiscal: boolean }> | undefined {
  const ys = readYearSuffix(toks, j, { short: false, split: true });
  if (ys) return ys;
  // Q4'18, Q1-19 / Q1/19 (glued two-digit year)
  if ((punctAt(toks, j, "'", '’') && glued(toks, j))) {
    const y = readYear(toks, j);
    if (y) return { value: { year: { kind: 'abs', y: y.value }, fiscal: false }, next: y.next };
  }
  if (punctAt(toks, j, '-', '/') && glued(toks, j) && glued(toks, j + 1) && digitsAt(toks, j + 1) === 2
    && !(toks[j + 2] && glued(toks, j + 2) && (toks[j + 2]!.kind !== 'punct' || (punctAt(toks, j + 2, '-', '/') && toks[j + 3]?.kind === 'number')))) {
    return { value: { year: { kind: 'abs', y: expandYear(intAt(toks, j + 1)!) }, fiscal: false }, next: j + 2 };
  }
  return undefined;
}

/**
 * `ofYear`: the label ended "of the fiscal year", so an end written next is the year's, not the
 * quarter's or half's: "the first half of the fiscal year ending March 31, 2027".
 */
function withEnding(toks: Toks, i: number, spec: PeriodSpec, next: number, months: number, rule: string, ofYear = false): Match {
  // "the first quarter of fiscal 2022, ended December 31, 2021"; "its third fiscal quarter which
  // ends March 31", "its fiscal third quarter, which ended Nov. 2".
  const rel = punctAt(toks, next, ',') && isWordAt(toks, next + 1, 'which') ? next + 1 : next;
  // "the second quarter of its 2027 fiscal year, which ends in March": "which" is the year's;
  // its end is read as the fiscal calendar (fiscal-statement.ts), not as the quarter's end.
  const yearLast = isWordAt(toks, next - 1, 'year');
  const end = readEndDate(toks, next, true) ?? (punctAt(toks, next, ',') && isWordAt(toks, next + 1, 'ended', 'ending') ? readEndDate(toks, next + 1, true) : undefined)
    ?? (!yearLast && isWordAt(toks, rel, 'which', 'that') && isWordAt(toks, rel + 1, 'ends', 'ended') ? readEndDate(toks, isWordAt(toks, rel + 2, 'on', 'in') ? rel + 3 : rel + 2, false) : undefined);
  if (end) {
    if (ofYear && (spec.t === 'quarter' || spec.t === 'half') && isWordAt(toks, next, 'ending', 'ended')) {
      const before = spec.t === 'quarter' ? 3 * (4 - spec.q) : 6 * (2 - spec.h);
      return match(i, end.next, { t: 'ending', months, end: end.value, fiscal: true, endsBefore: before, yearEndsAfter: before, ...(isWordAt(toks, next, 'ending') ? { near: true } : {}) }, rule);
    }
    const e = endInLabelYear(spec, end.value);
    // A fiscal quarter or half of a named year with its end, year and all: the fiscal year's end
    // is stated too. A year-less end ("fiscal 1986 ending on March 31") may follow either naming
    // of fiscal years, so it states nothing more.
    const w = end.value;
    if ((spec.t === 'quarter' || spec.t === 'half') && spec.fiscal && spec.year.kind === 'abs' && (w.t === 'day' || w.t === 'month') && w.year.kind === 'abs') {
      const yearEndsAfter = spec.t === 'quarter' ? 3 * (4 - spec.q) : 6 * (2 - spec.h);
      // (The label too: "the third quarter of fiscal 2026 ended November 1, 2026" puts the end of
      // fiscal 2026 in 2027, so the text names its fiscal years by the year they start in.)
      return match(i, end.next, { t: 'ending', months, end: e, fiscal: true, yearEndsAfter, label: spec.year.y }, rule);
    }
    // "the quarter ending March 31", "which ends March 31": a present end is the coming one
    // unless it is at most three months back ("ended" keeps the latest past one).
    const present = isWordAt(toks, rel, 'which', 'that') ? !isWordAt(toks, rel + 1, 'ended') : isWordAt(toks, next, 'ending');
    // "the fiscal fourth quarter ended Jan. 31, 2026", "its third quarter ended Nov. 1": a
    // numbered quarter or half ending on a stated day states where its fiscal year ends, as
    // retailers' results do; a day off the calendar's quarters moves the calendar
    // (fiscal-statement.ts; a calendar quarter's day states nothing new).
    const states = (spec.t === 'quarter' || spec.t === 'half') && w.t === 'day' ? (spec.t === 'quarter' ? 3 * (4 - spec.q) : 6 * (2 - spec.h)) : undefined;
    return match(i, end.next, { t: 'ending', months, end: e, fiscal: 'fiscal' in spec ? spec.fiscal : false, ...(present ? { near: true } : {}), ...(states !== undefined ? { yearEndsAfter: states } : {}) }, rule);
  }
  return match(i, next, spec, rule);
}

/**
 * A year-less end of a quarter or half whose label states its year takes the year that
 * label implies: "the second quarter of 2023 ended June 30" ends in 2023; "fiscal 1988 first
 * quarter to end June 30" ends in 1987, as nine more months run to the end of fiscal 1988.
 */
function endInLabelYear(spec: PeriodSpec, end: PeriodSpec): PeriodSpec {
  if ((spec.t !== 'quarter' && spec.t !== 'half') || spec.year.kind !== 'abs') return end;
  if ((end.t !== 'day' && end.t !== 'month') || end.year.kind !== 'implied') return end;
  const m = end.t === 'month' ? end.m : end.month.kind === 'abs' ? end.month.m : undefined;
  if (m === undefined) return end;
  // Months from the end of this quarter or half to the end of its fiscal year.
  const after = !spec.fiscal ? 0 : spec.t === 'quarter' ? 3 * (4 - spec.q) : 6 * (2 - spec.h);
  return { ...end, year: { kind: 'abs', y: spec.year.y - (m + after > 12 ? 1 : 0) } };
}

/** A quarter or half from its core (number + unit) and what follows. Shared with half.ts and fiscal.ts. */
export function finishPeriod(toks: Toks, first: number, core: Read<{ n: number; unit: 'quarter' | 'half' }>, fiscal: boolean, year?: YearRef): Match | undefined {
  let next = core.next;
  let yr: YearRef = year ?? { kind: 'implied' };
  let isFiscal = fiscal;
  let ofYear = false;
  if (!year) {
    const py = readPeriodYear(toks, next);
    if (py) { yr = py.value.year; isFiscal ||= py.value.fiscal; next = py.next; ofYear = yr.kind === 'implied' && isWordAt(toks, next - 1, 'year'); }
  }
  const { n, unit } = core.value;
  // "first half of March", "second half of the game": not a half-year.
  if (unit === 'half' && yr.kind === 'implied' && (isWordAt(toks, next, 'of') || readMonth(toks, next)) && !isFiscal) return undefined;
  // "the first quarter of the 1990s": a part of a decade, not of the reference year.
  if (yr.kind === 'implied' && isWordAt(toks, next, 'of') && isWordAt(toks, next + 1, 'the')) {
    const y = readYear(toks, next + 2);
    if (y && decadeEndAt(toks, y.next, y.value) !== undefined) return undefined;
  }
  const spec: PeriodSpec = unit === 'quarter' ? { t: 'quarter', q: n, year: yr, fiscal: isFiscal } : { t: 'half', h: n, year: yr, fiscal: isFiscal };
  const rule = isFiscal ? 'period.fiscal' : unit === 'quarter' ? 'period.quarter' : 'period.half';
  return withEnding(toks, first, spec, next, unit === 'quarter' ? 3 : 6, rule, ofYear);
}

/** period.quarter.ordinal: "third quarter", "4th qtr of 2018", "the third fiscal quarter". Why: the usual way filings name a quarter. */
function readOrdinalQuarter(toks: Toks, i: number): Match | undefined {
  const op = readOrdinalPeriod(toks, i, true);
  if (!op || op.value.unit !== 'quarter') return undefined;
  // "three quarters" / "a quarter": not ordinals, never reach here; "quarters" plural is a count.
  return finishPeriod(toks, i, op, !!op.value.fiscal);
}

/**
 * "Q4'19", "H1'24": the tokenizer reads "4'19" as one number (a Swiss thousands mark), so
 * the letter, its number and the short year are read from that token.
 */
export function readLetterApostropheYear(toks: Toks, i: number, letter: 'q' | 'h', fiscal = false): Match | undefined {
  const n = toks[i + 1];
  if (wordAt(toks, i) !== (fiscal ? `f${letter}` : letter) || !n || n.kind !== 'number' || !glued(toks, i + 1) || !/^\d['’]\d\d$/.test(n.text)) return undefined;
  const k = Number(n.text[0]);
  if (k < 1 || k > (letter === 'q' ? 4 : 2)) return undefined;
  return finishPeriod(toks, i, { value: { n: k, unit: letter === 'q' ? 'quarter' : 'half' }, next: i + 2 }, fiscal, { kind: 'abs', y: expandYear(Number(n.text.slice(2))) });
}

/**
 * "F3Q26", "F1H2026": a fiscal quarter or half as chipmakers and their analysts label it, the
 * fiscal letter, the part, its letter and the year glued (the tokens "F", "3", "Q", "26").
 */
export function readFiscalLetterGlued(toks: Toks, i: number, letter: 'q' | 'h'): Match | undefined {
  if (wordAt(toks, i) !== 'f' || gluedToTextBefore(toks, i) || digitsAt(toks, i + 1) !== 1 || !glued(toks, i + 1)) return undefined;
  const n = intAt(toks, i + 1)!;
  if (n < 1 || n > (letter === 'q' ? 4 : 2) || wordAt(toks, i + 2) !== letter || !glued(toks, i + 2) || !glued(toks, i + 3)) return undefined;
  const len = digitsAt(toks, i + 3);
  if ((len !== 2 && len !== 4) || textGluedAt(toks, i + 4)) return undefined;
  const y = intAt(toks, i + 3)!;
  return finishPeriod(toks, i, { value: { n, unit: letter === 'q' ? 'quarter' : 'half' }, next: i + 4 }, true, { kind: 'abs', y: len === 2 ? expandYear(y) : y });
}

/** period.quarter.letter: "Q1", "Q3 2019", "Q1 FY19", "Q4'19". */
function readQ(toks: Toks, i: number): Match | undefined {
  const a = readLetterApostropheYear(toks, i, 'q');
  if (a) return a;
  const q = readLetterPeriod(toks, i, 'q');
  if (!q) return undefined;
  return finishPeriod(toks, i, { value: { n: q.value, unit: 'quarter' }, next: q.next }, false);
}

/** period.fiscal.fq: "FQ3 2024", "FQ1", "FQ3'26": a fiscal quarter by its letters. */
function readFQ(toks: Toks, i: number): Match | undefined {
  const a = readLetterApostropheYear(toks, i, 'q', true);
  if (a) return a;
  const q = readLetterPeriod(toks, i, 'q', 'fq');
  return q && finishPeriod(toks, i, { value: { n: q.value, unit: 'quarter' }, next: q.next }, true);
}

/** "2QFY25", "1HFY2025": the fiscal year glued on, as Indian results write it (the tokens "2", "QFY", "25"). */
export function readGluedFiscal(toks: Toks, i: number, letter: 'q' | 'h'): Match | undefined {
  const a = intAt(toks, i);
  if (a === undefined || digitsAt(toks, i) !== 1 || a < 1 || a > (letter === 'q' ? 4 : 2)) return undefined;
  if (wordAt(toks, i + 1) !== (letter === 'q' ? 'qfy' : 'hfy') || !glued(toks, i + 1) || !glued(toks, i + 2)) return undefined;
  const len = digitsAt(toks, i + 2);
  if ((len !== 2 && len !== 4) || (textGluedAt(toks, i + 3))) return undefined;
  if (gluedToTextBefore(toks, i)) return undefined;
  const y = intAt(toks, i + 2)!;
  return finishPeriod(toks, i, { value: { n: a, unit: letter === 'q' ? 'quarter' : 'half' }, next: i + 3 }, true, { kind: 'abs', y: len === 2 ? expandYear(y) : y });
}

/** period.quarter.glued: "1Q19", "18q4", "3Q", "2QFY25". */
function readGluedQ(toks: Toks, i: number): Match | undefined {
  const f = readGluedFiscal(toks, i, 'q');
  if (f) return f;
  const g = readGluedPeriod(toks, i, 'q');
  if (!g) return undefined;
  const year: YearRef | undefined = g.value.year !== undefined ? { kind: 'abs', y: g.value.year } : undefined;
  return finishPeriod(toks, i, { value: { n: g.value.n, unit: 'quarter' }, next: g.next }, false, year);
}

/**
 * Whether "the final quarter" ends before token `k`: punctuation, the text's end, or a word
 * that cannot go on the noun ("in the final quarter, sales", "the final quarter results"), not
 * "the final quarter mile" or "the final quarter century".
 */
const endsFinalQuarter = (toks: Toks, k: number): boolean => {
  const t = toks[k];
  return !t || (t.kind === 'punct' && t.text !== '-') || (t.kind === 'word' && (t.text !== t.lower || AFTER_FINAL_QUARTER.has(t.lower)));
};

/**
 * period.quarter.last-of: "the last quarter of 2019", "the final half of fiscal 2020": the
 * fourth quarter or second half of a stated year. Without a year, "the final quarter" is the
 * fourth, and "last quarter" is the quarter before this one (relative.ts).
 */
function readLastOf(toks: Toks, i: number): Match | undefined {
  let j = i + 1;
  if (hyphenAt(toks, j)) j++;
  const w = wordAt(toks, j);
  const unit = w === 'quarter' || w === 'qtr' ? 'quarter' : w === 'half' ? 'half' : undefined;
  if (!unit) return undefined;
  // "accelerating in the final quarter": the fourth, of the year around it ("last quarter"
  // alone is the one before this, and "the final half" is rare enough to leave).
  if (!isWordAt(toks, j + 1, 'of')) return unit === 'quarter' && wordAt(toks, i) === 'final' && endsFinalQuarter(toks, j + 1) ? finishPeriod(toks, i, { value: { n: 4, unit }, next: j + 1 }, false) : undefined;
  const year = readPeriodYear(toks, j + 1);
  if (!year || year.value.year.kind === 'implied') return undefined;
  // "the final quarter of 1986/87", "of 1987-1991": a split year or a range, not the first year alone.
  if (punctAt(toks, year.next, '/', '-', '\u2013') && glued(toks, year.next) && toks[year.next + 1]?.kind === 'number' && glued(toks, year.next + 1)) return undefined;
  return finishPeriod(toks, i, { value: { n: unit === 'quarter' ? 4 : 2, unit }, next: j + 1 }, false);
}

/**
 * period.quarter.holiday: "the holiday quarter", as consumer companies call the quarter of the
 * year-end holidays: October to December, the fourth ("the holiday quarter of 2024"); British
 * retailers' "golden quarter" and "Christmas quarter" are the same three months.
 */
function readHolidayQuarter(toks: Toks, i: number): Match | undefined {
  const j = hyphenAt(toks, i + 1) ? i + 2 : i + 1;
  if (!isWordAt(toks, j, 'quarter')) return undefined;
  // The three months to December, as "the December quarter" reads: calendar months, whatever
  // fiscal year the text states (a fiscal fourth quarter may be January to March).
  const ys = readYearSuffix(toks, j + 1);
  const end: PeriodSpec = { t: 'month', m: 12, year: ys ? ys.value.year : { kind: 'implied' } };
  return match(i, ys ? ys.next : j + 1, { t: 'ending', months: 3, end, ...(ys ? {} : { byStart: true }) }, 'period.quarter.holiday');
}

const ORDINAL_STARTS = ['first', 'second', 'third', 'fourth', '1st', '2nd', '3rd', '4th'];
void QUARTER_WORDS; void HALF_WORDS;

export const quarterRules: readonly Rule[] = [
  { id: 'period.quarter.ordinal', words: ORDINAL_STARTS, numbers: true, digits: [1, 3], after: { glued: ORDINAL_SUFFIXES }, read: readOrdinalQuarter },
  { id: 'period.quarter.list', words: ORDINAL_STARTS, numbers: true, digits: [1, 3], after: { glued: ORDINAL_SUFFIXES }, read: readOrdinalList },
  { id: 'period.quarter.letter', words: ['q'], read: readQ },
  { id: 'period.fiscal.fq', words: ['fq'], read: readFQ },
  { id: 'period.fiscal.f-glued', words: ['f'], read: (toks, i) => readFiscalLetterGlued(toks, i, 'q') },
  { id: 'period.quarter.glued', numbers: true, digits: [1, 2], after: { glued: ['q', 'qfy'] }, read: readGluedQ },
  { id: 'period.quarter.last-of', words: ['last', 'final'], read: readLastOf },
  { id: 'period.quarter.holiday', words: ['holiday', 'golden', 'christmas'], read: readHolidayQuarter },
];
