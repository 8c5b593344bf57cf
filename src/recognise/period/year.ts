/**
 * Years and the periods written year-first: "2015", "2014 AD", "1990s", "1986/87", "2016
 * June", "2016-11", "2017 q1", "2019-Q1", "2016H2", "2016 the third quarter", "1987 fiscal
 * year". A bare four-digit number is a year only when it looks like one in context.
 */
import { AMBIGUOUS_MONTHS, BOOKS_OWNERS, CELL_MARKS, CLAUSE_GOES_ON, COUNT_COMPARATIVES, DECADE_LEVEL_AFTER, DECADE_LEVEL_BEFORE, DECADE_LEVEL_CUES, NOT_YEAR_AFTER, NOT_YEAR_BEFORE, QUANTITY_CUES, SPELLED_YEAR_CUES, YEAR_BOUND_WORDS, YEAR_CONTEXT_AFTER } from '../../lexicon/periods';
import type { PeriodSpec } from '../../resolve/period/spec';
import { readMonthDay } from './day';
import { closesImpossibleDate, monthEndedUnitAt, readMonthPhrase } from './month';
import { readOrdinalPeriod } from './quarter';
import { yearUnitAnaphor } from './anaphora';
import { digitsAt, glued, gluedToTextBefore, hyphenAt, intAt, isEstimateAt, isWordAt, match, numberedLabelBefore, punctAt, punctIn, readMonth, readSpelledYear, splitTaxYear, textGluedAt, wordAt, wordIn, type Match, type Rule, type Toks } from './read';


/**
 * "1987-1991", "2015–2017": at `i` a year, a glued dash, and a later year glued after it
 * (within fifty years), with nothing glued on after that ("2015-2017-0042" is a code).
 */
export function isYearRangeHyphen(toks: Toks, i: number): boolean {
  const dash = toks[i + 1];
  if (!dash || dash.kind !== 'punct' || dash.space || (dash.text !== '-' && dash.text !== '\u2013')) return false;
  if (digitsAt(toks, i) !== 4 || digitsAt(toks, i + 2) !== 4 || !glued(toks, i + 2)) return false;
  const y1 = Number(toks[i]!.text), y2 = Number(toks[i + 2]!.text);
  if (y1 < 1900 || y2 <= y1 || y2 > y1 + 50 || y2 > 2099) return false;
  const after = toks[i + 3];
  return !after || after.space || after.kind !== 'punct' || !(after.text === '-' || after.text === '/' || after.text === '.') || !glued(toks, i + 4) || toks[i + 4]?.kind !== 'number';
}

/**
 * "founded in 1881", "died in 1898.": a year before 1900 stands alone only right after "in" or
 * "since", with the clause ending or going on after it ({@link CLAUSE_GOES_ON}), or after "the year"; "in 1500
 * patients", "since 1800 GMT" are counts and times.
 */
function isOlderYear(toks: Toks, i: number): boolean {
  const prev = toks[i - 1];
  // "the year 1779": named a year outright.
  if (prev?.kind === 'word' && prev.lower === 'year' && toks[i]!.space && isWordAt(toks, i - 2, 'the') && !textGluedAt(toks, i + 1)) return true;
  if (!prev || prev.kind !== 'word' || (prev.lower !== 'in' && prev.lower !== 'since') || !toks[i]!.space) return false;
  const next = toks[i + 1];
  if (!next || next.newline) return true;
  if (next.kind === 'punct') return next.text === ',' || next.text === ';' || next.text === ')' || (next.text === '.' && (!toks[i + 2] || toks[i + 2]!.space));
  return next.kind === 'word' && CLAUSE_GOES_ON.has(next.text);
}

/**
 * A four-digit number standing alone is a year when it is 1900–2099 (earlier after "in"), a whole word, not money
 * or a percentage, not a quantity ("2000 tonnes"), a time ("1500 GMT") or a label ("Windows
 * 2000", "flight 1500").
 */
export function isStandaloneYear(toks: Toks, i: number): boolean {
  const t = toks[i]!;
  if (digitsAt(toks, i) !== 4) return false;
  const y = Number(t.text);
  if (y > 2099 || y < 1000) return false;
  if (y < 1900 && !isOlderYear(toks, i)) return false;
  const prev = toks[i - 1];
  if (prev && !t.space) {
    // Glued to what precedes: "A1987", "#1987", "-1987" after a word.
    // "mid-1987", "end-1986", "pre-2000" are years; "A-1987" is a code.
    const hyphened = prev.kind === 'punct' && (prev.text === '-' || prev.text === '\u2013') && (['mid', 'early', 'late', 'end', 'pre', 'post', 'start', 'year', 'fiscal', 'calendar'].includes(wordAt(toks, i - 2) ?? '') || (isYearRangeHyphen(toks, i - 2) && isStandaloneYear(toks, i - 2)));
    if (!hyphened && (prev.kind !== 'punct' || !['(', '[', '"', '“', '‘', "'"].includes(prev.text))) return false;
  }
  if (prev?.kind === 'symbol') return false;
  // A number beside it makes it a quantity ("1987 1,234"), unless it heads a table's column ("2021 2020").
  let column: boolean | undefined;
  if (prev?.kind === 'number' && !(column = inYearColumn(toks, i, y))) return false;
  if (prev?.kind === 'punct' && prev.text === '#') return false;
  const pw = wordAt(toks, i - 1);
  if (pw !== undefined && (NOT_YEAR_BEFORE.has(pw) || (prev!.text.length <= 3 && prev!.text === prev!.text.toUpperCase() && !['in', 'of', 'by', 'to', 'a', 'on', 'for'].includes(pw)))) {
    // "ABC 2000", "flight 1500": codes and labels. Capitalised sentence words ("In 1987") are fine.
    return false;
  }
  if (pw !== undefined && QUANTITY_CUES.has(pw)) {
    // "at 1500", "about 2000" are quantities; "up 5% over 2019", "higher than 2020", "below 1986 levels" are years.
    if (pw === 'than' && COUNT_COMPARATIVES.has(wordAt(toks, i - 2) ?? '')) return false;
    const after = toks[i + 1];
    const endsHere = !after || after.newline || (after.kind === 'punct' && after.text !== '-' && after.text !== '/') || (after.kind === 'punct' && (after.text === "'" || after.text === '’'));
    if (!endsHere && !YEAR_CONTEXT_AFTER.has(wordAt(toks, i + 1) ?? '') && !isYearRangeHyphen(toks, i)) return false;
  }
  const next = toks[i + 1];
  if (next) {
    // "In 2024 $880m was spent", "by 2030 1.2 million units": a year after a preposition may
    // open a clause that starts with an amount; otherwise "2000 $" is a quantity.
    if ((next.kind === 'symbol' || next.kind === 'number') && !(next.space && !next.newline && wordIn(toks, i - 1, YEAR_PREPOSITIONS) && digitsAt(toks, i + 1) !== 4)
      && !(column ??= inYearColumn(toks, i, y) || closesColumnRange(toks, i))) return false;
    if (!next.space && next.kind !== 'punct') return false;
    if (next.kind === 'punct' && !next.space && [':', '/', '-', '.', '×', 'x'].includes(next.text) && toks[i + 2]?.kind === 'number' && glued(toks, i + 2) && !isYearRangeHyphen(toks, i)) return false;
    const nw = wordAt(toks, i + 1);
    if (nw !== undefined && NOT_YEAR_AFTER.has(nw) && !(nw === 'accounts' && wordIn(toks, i - 1, BOOKS_OWNERS))) return false;
    // A house number: "2019 Main Street", "1500 Pennsylvania Avenue" (capitalised name, then a street word).
    if (!YEAR_LEAD_WORDS.has(wordAt(toks, i - 1) ?? '') && isCapitalisedAt(toks, i + 1) && (STREET_WORDS.has(wordAt(toks, i + 2) ?? '') || (isCapitalisedAt(toks, i + 2) && STREET_WORDS.has(wordAt(toks, i + 3) ?? '')))) return false;
    if (nw === 'per' || nw === 'a' && isWordAt(toks, i + 2, 'share', 'year', 'month', 'day')) return false;
    // "2000 or 2100 EST", "1500 to 2000 tonnes": the first number shares the second one's unit.
    // Only a like number ("2100", not "2.11 mln" in "1987 and 2.11 mln in 1988").
    if ((nw === 'or' || nw === 'to' || (next.kind === 'punct' && (next.text === '-' || next.text === '\u2013'))) && digitsAt(toks, i + 2) === 4
      && NOT_YEAR_AFTER.has(wordAt(toks, i + 3) ?? '') && !wordIn(toks, i - 1, YEAR_PREPOSITIONS)) return false;
  }
  return true;
}

/**
 * Years as the column heads or rows of a table flattened into text: "2021 2020 Change",
 * "2021 | 2020 | 2019", a schedule "2022 $ 14,120 2023 13,055 2024 11,870". A year with the
 * year before or after it beside it, or past one cell's amount ("$ 14,120", "(516)"), is a
 * year even with a number next to it.
 */
function inYearColumn(toks: Toks, i: number, y: number): boolean {
  if (!toks[i]!.space || textGluedAt(toks, i + 1)) return false;
  return nextYearCell(toks, i, y, 1) || nextYearCell(toks, i, y, -1);
}

/** The end of a year range whose start heads a schedule's row: "2027 4.8 2028–2032 26.0". */
function closesColumnRange(toks: Toks, i: number): boolean {
  return !toks[i]!.space && isYearRangeHyphen(toks, i - 2) && inYearColumn(toks, i - 2, Number(toks[i - 2]!.text));
}

/**
 * Walking from year `y` at `i` in direction `dir`, over at most one amount cell (its symbol
 * before it: "$ 3,410"), to a spaced year one apart.
 */
function nextYearCell(toks: Toks, i: number, y: number, dir: 1 | -1): boolean {
  let amount = false, symbol = false;
  for (let k = i + dir, steps = 0; steps < 4; k += dir, steps++) {
    const t = toks[k];
    if (!t) return false;
    if (t.kind === 'number') {
      if (digitsAt(toks, k) === 4) {
        if (!t.space) return false;
        const v = Number(t.text);
        return (v === y + 1 || v === y - 1) && !textGluedAt(toks, k + 1);
      }
      // Forwards the symbol comes first; backwards the amount does.
      if (amount || (dir === -1 && symbol)) return false;
      amount = true;
    } else if (t.kind === 'symbol') {
      if (symbol || (dir === 1 ? amount : !amount)) return false;
      symbol = true;
    } else if (!(t.kind === 'punct' && CELL_MARKS.has(t.text))) return false;
  }
  return false;
}

function readYearPhrase(toks: Toks, i: number): Match | undefined {
  if (digitsAt(toks, i) !== 4) return undefined;
  const y = intAt(toks, i)!;
  if (y < 1000 || y > 2999) return undefined;
  if (toks[i - 1]?.kind === 'symbol' && glued(toks, i)) return undefined;
  const abs = { kind: 'abs' as const, y };
  let j = i + 1;
  // "up 12 bps so far in 2026", "2026 so far", "2026 to date": the year to date (rule period.relative.ytd).
  if (isWordAt(toks, i - 1, 'in') && isWordAt(toks, i - 2, 'far') && isWordAt(toks, i - 3, 'so')) return match(i - 3, j, { t: 'ytd', ofYear: y }, 'period.relative.ytd');
  if ((isWordAt(toks, j, 'so') && isWordAt(toks, j + 1, 'far')) || (isWordAt(toks, j, 'to') && isWordAt(toks, j + 1, 'date'))) return match(i, j + 2, { t: 'ytd', ofYear: y }, 'period.relative.ytd');
  // 2018Q4, 2016H2, 2019-Q1, 2017 q1, 2019 H2
  {
    let k = j;
    if (punctAt(toks, k, '-') && glued(toks, k) && glued(toks, k + 1)) k++;
    const w = wordAt(toks, k);
    const n = intAt(toks, k + 1);
    if ((w === 'q' || w === 'h') && n !== undefined && glued(toks, k + 1) && digitsAt(toks, k + 1) === 1 && !(textGluedAt(toks, k + 2))) {
      if (w === 'q' && n >= 1 && n <= 4) return match(i, k + 2, { t: 'quarter', q: n, year: abs }, 'period.quarter');
      if (w === 'h' && n >= 1 && n <= 2) return match(i, k + 2, { t: 'half', h: n, year: abs }, 'period.half');
    }
  }
  // 2016 the third quarter, 1986 first quarter, 1987 fourth-quarter, 1988 first half, 2024's first quarter
  {
    let k = j;
    if (punctAt(toks, k, "'", '\u2019') && glued(toks, k) && isWordAt(toks, k + 1, 's') && glued(toks, k + 1)) k += 2;
    else if (isWordAt(toks, k, 'the')) k++;
    let fiscal = false;
    if (isWordAt(toks, k, 'fiscal')) { fiscal = true; k++; }
    const op = readOrdinalPeriod(toks, k);
    if (op) {
      const spec: PeriodSpec = op.value.unit === 'quarter' ? { t: 'quarter', q: op.value.n, year: abs, fiscal } : { t: 'half', h: op.value.n, year: abs, fiscal };
      return match(i, op.next, spec, op.value.unit === 'quarter' ? 'period.quarter' : 'period.half');
    }
  }
  // 1987 fiscal year, "the 2027 financial year" (British and Indian reports' word for it)
  if (isWordAt(toks, j, 'fiscal', 'financial') && isWordAt(toks, j + 1, 'year', 'yr')) return match(i, j + 2, { t: 'year', year: abs, fiscal: true }, 'period.fiscal');
  // "the 1985 quarter", "the 2020 period": the period before, in that year.
  if (isWordAt(toks, i - 1, 'the') && y >= 1900 && y <= 2099) {
    const same = yearUnitAnaphor(toks, j, y);
    if (same) return match(i, same.next, same.value, 'period.anaphora.same');
  }
  // 2016 June, 2016, nov
  {
    let k = j;
    if (punctAt(toks, k, ',')) k++;
    // "2013-October", "2013/October": a month name glued on by a hyphen or slash.
    else if (punctAt(toks, k, '-', '/') && glued(toks, k) && glued(toks, k + 1) && (wordAt(toks, k + 1)?.length ?? 0) >= 3 && readMonth(toks, k + 1)) k++;
    // "in 1984 may have been": a lower-case "may"/"march" after a year is the verb.
    const lowerAmbiguous = AMBIGUOUS_MONTHS.has(wordAt(toks, k) ?? '') && toks[k]?.text === toks[k]?.lower;
    if (y >= 1900 && y <= 2099 && !lowerAmbiguous && readMonth(toks, k) && !(punctAt(toks, k - 1, ',') && digitsAt(toks, readMonth(toks, k)!.next) > 0)) {
      const md = readMonthDay(toks, k);
      if (md && md.value.t === 'day' && md.value.year.kind === 'implied') return match(i, md.next, { ...md.value, year: abs }, 'period.day.year-first');
      const mp = readMonthPhrase(toks, k);
      if (mp && mp.value.t === 'month' && mp.value.year.kind === 'implied' && (k === j || toks[k]!.lower.length >= 3)) {
        const q = monthEndedUnitAt(toks, mp.next);
        if (q) return match(i, q.next, { t: 'ending', months: q.value, end: { ...mp.value, year: abs } }, 'period.month.quarter');
        return match(i, mp.next, { ...mp.value, year: abs }, 'period.month.year-first');
      }
    }
  }
  // 2019/2020: a split year written in full (a season, a fiscal year); "1987/1995" is not one.
  if (punctAt(toks, j, '/') && glued(toks, j) && glued(toks, j + 1) && digitsAt(toks, j + 1) === 4 && intAt(toks, j + 1) === y + 1
    && !(toks[j + 2] && glued(toks, j + 2) && !punctIn(toks, j + 2, PHRASE_END_MARKS))) {
    if (isWordAt(toks, j + 2, 'tax') && isWordAt(toks, j + 3, 'year') && !YEAR_BOUND_WORDS.has(wordAt(toks, j + 4) ?? '')) return match(i, j + 4, splitTaxYear(y), 'period.tax-year');
    return match(i, j + 2, { t: 'years', from: y, to: y + 1, split: true }, 'period.year.split');
  }
  // 2016-11, 2016/11, 1986/87, 1986-87
  if (punctAt(toks, j, '-', '/') && glued(toks, j) && glued(toks, j + 1) && digitsAt(toks, j + 1) >= 1 && digitsAt(toks, j + 1) <= 2) {
    const v = intAt(toks, j + 1)!;
    // "No 1978-2", "ASU 2016-02", "ASU No. 2020-04": a label ("building. 2019/20" ends a sentence).
    if (numberedLabelBefore(toks, i)) return undefined;
    // A third part ("2016-11-05", "2016/11.5"); a full stop that ends the sentence is none.
    const further = glued(toks, j + 2) && (punctAt(toks, j + 2, '-', '/') || (punctAt(toks, j + 2, '.') && toks[j + 3]?.kind === 'number' && glued(toks, j + 3)));
    if (!further && !(textGluedAt(toks, j + 2))) {
      if ((digitsAt(toks, j + 1) === 2 && v === (y + 1) % 100) || (digitsAt(toks, j + 1) === 1 && v === (y + 1) % 10 && punctAt(toks, j, '/'))) {
        // "the 2025-26 financial year": one fiscal year, named by the year it ends in.
        // (Not before its bound: "the 1987/88 fiscal year beginning April 1" is read from "fiscal".)
        if (isWordAt(toks, j + 2, 'financial', 'fiscal') && isWordAt(toks, j + 3, 'year') && !YEAR_BOUND_WORDS.has(wordAt(toks, j + 4) ?? '')) return match(i, j + 4, { t: 'year', year: { kind: 'abs', y: y + 1, split: true }, fiscal: true }, 'period.fiscal');
        // "the 2025-26 tax year": 6 April 2025 to 5 April 2026 (lexicon SPLIT_TAX_YEAR_START).
        if (isWordAt(toks, j + 2, 'tax') && isWordAt(toks, j + 3, 'year') && !YEAR_BOUND_WORDS.has(wordAt(toks, j + 4) ?? '')) return match(i, j + 4, splitTaxYear(y), 'period.tax-year');
        return match(i, j + 2, { t: 'years', from: y, to: y + 1, split: true }, 'period.year.split');
      }
      // "2014-16", "1990-95": a run of years in the same century (a month number stays a month below).
      if (digitsAt(toks, j + 1) === 2 && punctAt(toks, j, '-', '\u2013') && v > 12 && v > y % 100 && y >= 1900 && y <= 2099) return match(i, j + 2, { t: 'years', from: y, to: y - (y % 100) + v }, 'period.year.range');
      if (v >= 1 && v <= 12 && y >= 1900 && y <= 2099) return match(i, j + 2, { t: 'month', m: v, year: abs }, 'period.month.numeric');
    }
    return undefined;
  }
  // 2025E: an analyst's estimate for the year.
  if (isEstimateAt(toks, j) && y >= 1900 && y <= 2099 && !(gluedToTextBefore(toks, i))) return match(i, j + 1, { t: 'year', year: abs }, 'period.year');
  // 1990s
  if (isWordAt(toks, j, 's') && glued(toks, j) && y % 10 === 0 && y >= 1900 && y <= 2099) return match(i, j + 1, { t: 'decade', from: y }, 'period.year.decade');
  // "the 1800s", "the 1600's": a whole century ("the 1900s" and "the 2000s" stay decades, above).
  if (y % 100 === 0 && y >= 1000 && y < 1900 && glued(toks, j)) {
    const k = punctAt(toks, j, "'", '\u2019') ? j + 1 : j;
    if (isWordAt(toks, k, 's') && glued(toks, k) && !textGluedAt(toks, k + 1)) return match(i, k + 1, { t: 'years', from: y, to: y + 99 }, 'period.year.century');
  }
  // "the 1970's", "the late 1980's": a decade; "1980's 6.19 mln tonnes" is the year's.
  if (punctAt(toks, j, "'", '\u2019') && glued(toks, j) && isWordAt(toks, j + 1, 's') && glued(toks, j + 1) && y % 10 === 0 && y >= 1800 && y <= 2099 && (wordIn(toks, i - 1, DECADE_LEADS) || (hyphenAt(toks, i - 1) && isWordAt(toks, i - 2, 'mid')))) {
    return match(i, j + 2, { t: 'decade', from: y }, 'period.year.decade');
  }
  if (!isStandaloneYear(toks, i)) {
    // "2014 AD" is a year whatever the number is next to.
    if (!isWordAt(toks, j, 'ad')) return undefined;
  }
  // 2014 AD, 2014 A.D.
  if (isWordAt(toks, j, 'ad') && toks[j]!.text === 'AD') return match(i, j + 1, { t: 'year', year: abs }, 'period.year');
  if (isWordAt(toks, j, 'a') && punctAt(toks, j + 1, '.') && isWordAt(toks, j + 2, 'd') && glued(toks, j + 1) && glued(toks, j + 2)) {
    const end = punctAt(toks, j + 3, '.') && glued(toks, j + 3) ? j + 4 : j + 3;
    return match(i, end, { t: 'year', year: abs }, 'period.year');
  }
  if (hyphenAt(toks, j) && toks[j + 1]?.kind === 'word') return undefined; // "2000-strong"
  // "31 April 2015": the year of a date that cannot be is no period.
  if (toks[i - 1] && toks[i - 1]!.kind !== 'number' && closesImpossibleDate(toks, i)) return undefined;
  return match(i, j, { t: 'year', year: abs }, 'period.year');
}

/**
 * period.year.words: "nineteen ninety six", "two thousand and fifteen", "twenty twenty".
 * Only after a cue word: "in two thousand and twenty" is a year, "two thousand and twenty people" is not.
 */
function readSpelledYearRule(toks: Toks, i: number): Match | undefined {
  if (!SPELLED_YEAR_CUES.has(wordAt(toks, i - 1) ?? '')) return undefined;
  const y = readSpelledYear(toks, i);
  return y && match(i, y.next, { t: 'year', year: { kind: 'abs', y: y.value } }, 'period.year.words');
}

/** Words right before "1970's" that make it a decade, not the year's. */
const DECADE_LEADS: ReadonlySet<string> = new Set(['the', 'early', 'late', 'mid', 'and']);

/**
 * period.year.decade: "the '70s", "’90s": a decade written with its apostrophe. Without one
 * it needs "the" before it ({@link readBareDecade}).
 */
function readShortDecade(toks: Toks, i: number): Match | undefined {
  if (digitsAt(toks, i) !== 2) return undefined;
  if (!punctAt(toks, i - 1, "'", '\u2019') || !glued(toks, i)) return readBareDecade(toks, i);
  const n = intAt(toks, i)!;
  if (n % 10 !== 0 || n === 20 || !isWordAt(toks, i + 1, 's') || !glued(toks, i + 1) || textGluedAt(toks, i + 2)) return undefined;
  if (toks[i - 2] && glued(toks, i - 1) && toks[i - 2]!.kind !== 'punct') return undefined;
  return match(i - 1, i + 2, { t: 'decade', from: n >= 30 ? 1900 + n : 2000 + n }, 'period.year.decade');
}

/**
 * "the 90s", "the early 80's", "The 70s were": a decade of the 1900s after "the", as "the
 * nineties" is. In "in the 70s" a price or a temperature is as common, so not after a word
 * that states a level ("rose into the 70s", "were in the 30s") nor in a sentence that names
 * one before ("highs in the 80s", "the stock traded in the 40s"). "The 20s" could be either
 * century, and "the 00s" and "the 10s" are rarely written so. `joined`: a decade after "and"
 * may take its "the" from the one before ("the 60s and 70s").
 */
function readBareDecade(toks: Toks, i: number, joined = true): Match | undefined {
  const n = intAt(toks, i)!;
  if (n % 10 !== 0 || n < 30 || (!toks[i]!.space && !(hyphenAt(toks, i - 1) && isWordAt(toks, i - 2, 'mid')))) return undefined;
  const j = punctAt(toks, i + 1, "'", '\u2019') && glued(toks, i + 1) ? i + 2 : i + 1;
  if (!isWordAt(toks, j, 's') || !glued(toks, j) || textGluedAt(toks, j + 1)) return undefined;
  // "the 60s and 70s", "the 80s or 90s": the second of a pair after a decade read so (once).
  if (joined && isWordAt(toks, i - 1, 'and', 'or', 'to') && isWordAt(toks, i - 2, 's') && glued(toks, i - 2)) {
    const q = punctAt(toks, i - 3, "'", '\u2019') ? i - 4 : i - 3;
    if (digitsAt(toks, q) === 2 && readBareDecade(toks, q, false)) return match(i, j + 1, { t: 'decade', from: 1900 + n }, 'period.year.decade');
  }
  // "the mid-90s" hyphened; a spaced "the mid 30s" is mostly a price.
  let k = i - 1;
  if (hyphenAt(toks, k) && isWordAt(toks, k - 1, 'mid')) k -= 2;
  else if (isWordAt(toks, k, 'early', 'late')) k--;
  if (!isWordAt(toks, k, 'the')) return undefined;
  let before = k - 1;
  if (isWordAt(toks, before, 'in')) before--;
  // ("the mid-30s%": a rate's level.)
  if (wordIn(toks, before, DECADE_LEVEL_BEFORE) || wordIn(toks, j + 1, DECADE_LEVEL_AFTER) || toks[j + 1]?.text === '%') return undefined;
  // The sentence before it, a dozen words back at most.
  for (let b = k - 1; b >= 0 && b >= k - 12; b--) {
    const t = toks[b]!;
    if (t.kind === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';')) break;
    if (wordIn(toks, b, DECADE_LEVEL_CUES)) return undefined;
    if (t.newline) break;
  }
  return match(i, j + 1, { t: 'decade', from: 1900 + n }, 'period.year.decade');
}

/**
 * Spelled decades of the 1900s ("the eighties"), and the 2000s' own name, "the noughties";
 * "twenties" could be the 1920s or the 2020s.
 */
const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
  ['thirties', 1930], ['forties', 1940], ['fifties', 1950], ['sixties', 1960], ['seventies', 1970], ['eighties', 1980], ['nineties', 1990],
  ['noughties', 2000],
]);
/** Words between "the" and a spelled decade: "the late eighties", "the mid-seventies". */
const DECADE_PARTS: ReadonlySet<string> = new Set(['early', 'mid', 'late']);

/**
 * period.year.decade-words: "the nineties", "the late eighties" (the decade, as "the late
 * 1980s" is), "the mid-seventies", and "nineteen eighties" / "nineteen-eighties" anywhere.
 * Without "the" right before ("in his eighties", "in the low nineties") it is an age or a level.
 */
function readSpelledDecade(toks: Toks, i: number): Match | undefined {
  const w = wordAt(toks, i);
  if (w === 'nineteen') {
    const k = hyphenAt(toks, i + 1) ? i + 2 : i + 1;
    const from = DECADE_WORDS.get(wordAt(toks, k) ?? '');
    return from !== undefined && from < 2000 && !textGluedAt(toks, k + 1) ? match(i, k + 1, { t: 'decade', from }, 'period.year.decade') : undefined;
  }
  const from = DECADE_WORDS.get(w ?? '');
  if (from === undefined || textGluedAt(toks, i + 1)) return undefined;
  let k = i - 1;
  if (hyphenAt(toks, k) && isWordAt(toks, k - 1, 'mid')) k -= 2;
  else if (wordIn(toks, k, DECADE_PARTS)) k--;
  return isWordAt(toks, k, 'the') ? match(i, i + 1, { t: 'decade', from }, 'period.year.decade') : undefined;
}

/** period.year.era: "14 a.d.", "2014 AD": any number with an era marker is a year. */
function readEraYear(toks: Toks, i: number): Match | undefined {
  const len = digitsAt(toks, i);
  if (len < 1 || len > 4) return undefined;
  const y = intAt(toks, i)!;
  const j = i + 1;
  if (isWordAt(toks, j, 'ad') && toks[j]!.text === 'AD') return match(i, j + 1, { t: 'year', year: { kind: 'abs', y } }, 'period.year');
  if (isWordAt(toks, j, 'a') && punctAt(toks, j + 1, '.') && isWordAt(toks, j + 2, 'd') && glued(toks, j + 1) && glued(toks, j + 2)) {
    const end = punctAt(toks, j + 3, '.') && glued(toks, j + 3) ? j + 4 : j + 3;
    return match(i, end, { t: 'year', year: { kind: 'abs', y } }, 'period.year');
  }
  return undefined;
}

export const yearRules: readonly Rule[] = [
  { id: 'period.year.words', words: ['two', 'nineteen', 'eighteen', 'twenty'], read: readSpelledYearRule },
  { id: 'period.year.era', numbers: true, digits: [1, 4], after: { any: ['ad', 'a'] }, read: readEraYear },
  { id: 'period.year.decade', numbers: true, digits: [2, 2], after: { glued: ['s', "'", '\u2019'] }, read: readShortDecade },
  { id: 'period.year.decade-words', words: ['nineteen', ...DECADE_WORDS.keys()], read: readSpelledDecade },
  /** period.year: a year, or a period written year-first. Why: years are the backbone of financial text. */
  { id: 'period.year', numbers: true, digits: [4, 4], read: readYearPhrase },
];

/**
 * Prepositions before a year that keep it a year where a number could follow: "in 2000 or
 * 2001", "By 2030 €5bn will be invested".
 */
const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'during', 'for', 'since', 'from', 'by', 'until', 'before', 'after', 'through']);
/** Marks that may be glued after a split year ("2019/2020,"). */
const PHRASE_END_MARKS: ReadonlySet<string> = new Set([',', '.', ')', ';', ':']);

const STREET_WORDS: ReadonlySet<string> = new Set(['street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'drive', 'parkway']);
/** Words before a year that rule out a house number ("in 2019 Road traffic fell"). */
const YEAR_LEAD_WORDS: ReadonlySet<string> = new Set(['in', 'during', 'since', 'for', 'of', 'the', 'a', 'an', 'its', 'their', 'by', 'until', 'from', 'before', 'after']);

const isCapitalisedAt = (toks: Toks, i: number): boolean => {
  const t = toks[i];
  return !!t && t.kind === 'word' && t.text[0] !== t.lower[0];
};
