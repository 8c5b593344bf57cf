/**
 * Months: "October", "March 2019", "Dec-2018", "June of 1992", "November , 2016", "June next
 * year", "March of nineteen ninety-nine", and numeric month-years "11/2016", "3-2015".
 * Year-first forms ("2016 June", "2016-11") are read in year.ts.
 */
import { AMBIGUOUS_MONTHS, BODY_AFTER_DATE, EVENT_AFTER_DATE, HYPHENED_MONTH_PARTS, LIST_JOINERS, MEASURE_BEFORE_FOR_MONTH, MONTH_CUES, MONTH_MEASURES, MONTHS, NOUN_ONLY_MEASURES, ORDINAL_SUFFIXES, SITTING_NOUNS } from '../../lexicon/periods';
import { isValidDate } from '../../resolve/period/calendar';
import type { PeriodSpec } from '../../resolve/period/spec';
import { digitsAt, endsAt, expandYear, fiscalLabelMonthYear, glued, hyphenAt, intAt, isWordAt, match, numberedLabelBefore, punctAt, readMonth, readSpelledYear, readYear, readYearSuffix, shortYearEndsAt, textGluedAt, wordAt, wordIn, type Match, type Read, type Rule, type Toks } from './read';

/** Words before "APR" that make it the month ("for APR shipment", "in APR"). */
const APR_MONTH_BEFORE: ReadonlySet<string> = new Set(['for', 'in', 'of', 'from', 'by', 'to', 'until', 'through']);

const isCapitalised = (s: string): boolean => s[0] !== s[0]!.toLowerCase();

/** Capitalised only because they start a sentence: "The May jobs report" is a month, "Theresa May" is not. */
const SENTENCE_FUNCTION_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'his', 'her', 'each', 'every', 'and', 'but', 'so', 'if', 'as']);
/** Words after which "May" can be no modal verb: "its May car production". */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['its', 'their', 'our', 'his', 'her', 'your', 'my']);

/**
 * A word at `k` that makes the month next to it a person's name: capitalised (not in capitals,
 * as headlines and tables write), and not a month, a joiner or a sentence's first function word.
 */
function isNameAt(toks: Toks, k: number): boolean {
  const t = toks[k];
  if (!t || t.kind !== 'word' || !isCapitalised(t.text) || t.text.length < 2 || t.text === t.text.toUpperCase()) return false;
  return !SENTENCE_FUNCTION_WORDS.has(t.lower) && !LIST_JOINERS.has(t.lower) && !MONTH_CUES.has(t.lower) && !readMonth(toks, k);
}

/** A word or mark joining months in a list, or a slash glued between two ("May/June shipment", "April/May"). */
const listJoinerAt = (toks: Toks, j: number): boolean =>
  LIST_JOINERS.has(toks[j]!.lower) || (toks[j]!.text === '/' && glued(toks, j) && glued(toks, j + 1));

/**
 * Another month follows after a list/range joiner: "march to may", "may, or june". Not one
 * that is a name itself: in "Theresa May and April Ryan" neither is a month.
 */
function monthListAround(toks: Toks, i: number, next: number): boolean {
  let j = next;
  for (let steps = 0; steps < 2 && toks[j] && listJoinerAt(toks, j); steps++) j++;
  if (j > next) {
    // "january and in feb": a cue word before the next month.
    if (isWordAt(toks, j, 'in', 'during', 'until', 'through')) j++;
    const m = readMonth(toks, j);
    if (m && !(isCapitalised(toks[j]!.text) && isNameAt(toks, m.next))) return true;
  }
  let k = i - 1;
  for (let steps = 0; steps < 2 && toks[k] && listJoinerAt(toks, k); steps++) k--;
  return k < i - 1 && k >= 0 && !!readMonth(toks, k) && !(isCapitalised(toks[k]!.text) && isNameAt(toks, k - 1));
}

/** Words after "the March" that make it a procession's name when a capitalised word follows ("the March on Washington"). */
const MARCH_EVENT_AFTER: ReadonlySet<string> = new Set(['on', 'for', 'against', 'of']);

/** A month name and the year written with it, if any. Exported for phrases built on a month. */
export function readMonthPhrase(toks: Toks, i: number, mo: Read<number> | undefined = readMonth(toks, i)): Read<PeriodSpec> | undefined {
  if (!mo) return undefined;
  let j = mo.next;
  // Dec-2018, Dec/2018
  if (punctAt(toks, j, '-', '/') && glued(toks, j) && glued(toks, j + 1) && digitsAt(toks, j + 1) === 4) {
    const y = readYear(toks, j + 1);
    if (y) return { value: { t: 'month', m: mo.value, year: { kind: 'abs', y: y.value } }, next: y.next };
  }
  const ys = readYearSuffix(toks, j);
  if (ys) return { value: { t: 'month', m: mo.value, year: ys.value.year }, next: ys.next };
  // "March of two thousand and eight"; without "of" only a century and its tens before a
  // mark or the end ("March nineteen ninety-nine."): "March two thousand new jobs" counts jobs.
  const of = isWordAt(toks, j, 'of');
  const sy = readSpelledYear(toks, of ? j + 1 : j);
  if (sy && (of || (isWordAt(toks, j, 'nineteen', 'twenty') && sy.next - j >= 2 && (!toks[sy.next] || toks[sy.next]!.kind === 'punct')))) {
    return { value: { t: 'month', m: mo.value, year: { kind: 'abs', y: sy.value } }, next: sy.next };
  }
  return { value: { t: 'month', m: mo.value, year: { kind: 'implied' } }, next: j };
}

/**
 * "the Jan. 6 committee", "the Sept. 11 attacks": after "the", a year-less month and day
 * before a noun of an event or a body name that event; the month is then no period either
 * (month.ts asks the same). "On January 6 rioters stormed in" is a day.
 */
export function namesEventAfterThe(toks: Toks, i: number): boolean {
  if (!isWordAt(toks, i - 1, 'the')) return false;
  let j = i + 1;
  if (punctAt(toks, j, '.') && glued(toks, j)) j++;
  if (toks[j]?.kind !== 'number' || digitsAt(toks, j) > 2) return false;
  const w = wordAt(toks, j + 1);
  if (w === undefined) return false;
  return EVENT_AFTER_DATE.has(w) || (BODY_AFTER_DATE.has(w) && !wordIn(toks, j + 2, SITTING_NOUNS));
}

/**
 * "WHEAT MAY7 284 3/4 UP 1 1/4 JUL7": a futures contract's code, a month in capitals glued to the
 * last digit of its year, is neither a month nor a day (day.ts).
 */
export const isContractCode = (toks: Toks, i: number, next: number): boolean => {
  const t = toks[i]!, n = toks[next];
  return !!n && !n.space && n.kind === 'number' && n.text.length === 1 && t.text === t.text.toUpperCase();
};

/**
 * True when a year-less month name stands as a month here, not as a word or a name ("may",
 * "march", "April Smith", "shop with april"): a temporal cue before it, a list of months, a
 * capital mid-sentence (not before or after another capitalised word), or nothing else at all.
 */
export function monthStandsAlone(toks: Toks, i: number, next: number): boolean {
  const w = wordAt(toks, i)!;
  const t = toks[i]!;
  const prev = wordAt(toks, i - 1);
  if (i === 0 && next >= toks.length) return true;
  if (isContractCode(toks, i, next)) return false;
  // "this may have …": after a modifier, a lower-case "may"/"march" before another word is the verb.
  const modifier = prev === 'this' || prev === 'last' || prev === 'next' || prev === 'past' || prev === 'coming';
  if (modifier && AMBIGUOUS_MONTHS.has(w) && !isCapitalised(t.text) && toks[next]?.kind === 'word') return false;
  if (prev === 'the' && namesEventAfterThe(toks, i)) return false;
  if (prev !== undefined && MONTH_CUES.has(prev)) return true;
  // "by mid-May", "early-June": a cue hyphened to the month, which a lone "may" never is.
  // (Not in a headline's capitals, "END-JUNE RATE FORECASTS", whose year its clause never tells.)
  if (prev === undefined && hyphenAt(toks, i - 1) && wordIn(toks, i - 2, HYPHENED_MONTH_PARTS) && t.text !== t.text.toUpperCase()) return true;
  // "from now to december", "moved to november": "to" before a lower-case month that is no other
  // word, not before another word ("sent to august magazine"; a capitalised one keeps the checks
  // below: "a discount to July New York futures").
  // The same after "for" ("book the room for april", "plans for august."), not before another word ("for april fools").
  if ((prev === 'to' || prev === 'for') && !AMBIGUOUS_MONTHS.has(w) && !isCapitalised(t.text) && toks[next]?.kind !== 'word') return true;
  if (monthListAround(toks, i, next)) return true;
  if (!isCapitalised(t.text)) return false;
  // "the average APR", "(APR)": the month abbreviation that is also a finance acronym (annual
  // percentage rate), in capitals with no cue or list around it, is not a month; a table's
  // "APR 213", "for APR shipment" and "APR/MAY" keep it.
  if (t.text === 'APR' && toks[next]?.kind !== 'number' && !punctAt(toks, next, '/') && !(prev !== undefined && APR_MONTH_BEFORE.has(prev))) return false;
  const before = toks[i - 1];
  const after = toks[next];
  if (after && after.kind === 'word' && isCapitalised(after.text) && !readMonth(toks, next)) return false;
  // ("Formosa Foundry October revenue", "China September exports": after a name, a month that is
  // no other word, before a lower-case word of what a month reports, is the month.)
  // ("For September alone, the deficit …": a sentence's opening "For" before a month that is no other word.)
  if (before && before.kind === 'word' && isCapitalised(before.text) && !SENTENCE_FUNCTION_WORDS.has(before.lower) && !(before.lower === 'for' && !AMBIGUOUS_MONTHS.has(w))
    && !(after?.kind === 'word' && after.text === after.lower && (AMBIGUOUS_MONTHS.has(w) ? NOUN_ONLY_MEASURES : MONTH_MEASURES).has(after.lower))) return false;
  // "the March on Washington", "the March for Our Lives": a march that is an event's name.
  if (w === 'march' && (prev === 'the' || prev === 'a') && after?.kind === 'word' && MARCH_EVENT_AFTER.has(after.lower)
    && toks[next + 1]?.kind === 'word' && isCapitalised(toks[next + 1]!.text) && !readMonth(toks, next + 1)) return false;
  if (!AMBIGUOUS_MONTHS.has(w)) return true;
  // "its loss for May to nearly 10%": a capitalised month after "for" and a noun of a move or measure.
  if (prev === 'for' && MEASURE_BEFORE_FOR_MONTH.has(wordAt(toks, i - 2) ?? '')) return true;
  // "May exports included …": before a measure that is no verb, the month, not the modal. (Not
  // the second of a pair, "Jan/Mar deliveries": the pair is read whole or not at all.)
  if (after?.kind === 'word' && after.text === after.lower && NOUN_ONLY_MEASURES.has(after.lower) && !(before?.kind === 'punct' && !t.space)) return true;
  // "The May jobs report": a sentence-initial determiner, then the month as a modifier.
  if (before && before.kind === 'word' && SENTENCE_FUNCTION_WORDS.has(before.lower) && isCapitalised(before.text) && after?.kind === 'word') return true;
  // "said its May car production rose", "Ford's May truck output": no modal follows a possessive.
  if (after?.kind === 'word' && (POSSESSIVE_DETERMINERS.has(prev ?? '') || (prev === 's' && punctAt(toks, i - 2, "'", '’') && glued(toks, i - 1)))) return true;
  return w.length > 3 && !!before && !(before.kind === 'punct' && /[.!?:"“]/.test(before.text)) && !t.newline;
}

/**
 * "the December quarter", "the June-quarter", "the June half": after a month, the quarter
 * (3 months) or half (6 months) that ends with it. Returns the months and the index after.
 */
export function monthEndedUnitAt(toks: Toks, j: number): Read<number> | undefined {
  const k = hyphenAt(toks, j) ? j + 1 : j;
  if (isWordAt(toks, k, 'quarter', 'qtr')) return { value: 3, next: k + 1 };
  if (isWordAt(toks, k, 'half') && !isWordAt(toks, k + 1, 'of')) return { value: 6, next: k + 1 };
  return undefined;
}

/**
 * period.month.quarter: "the Sep-24 quarter", "Dec'23 quarter", as Indian and Asian
 * results name a quarter by the month it ends: three months to the end of that month. Only
 * with "quarter" after it: "Sep-24" alone is 24 September.
 */
function readMonthYearQuarter(toks: Toks, i: number, mo: Read<number>): Match | undefined {
  if (!punctAt(toks, mo.next, '-', "'", '’') || !glued(toks, mo.next) || !glued(toks, mo.next + 1) || digitsAt(toks, mo.next + 1) !== 2) return undefined;
  if (!isWordAt(toks, mo.next + 2, 'quarter', 'qtr') || textGluedAt(toks, mo.next + 2)) return undefined;
  const y = expandYear(intAt(toks, mo.next + 1)!);
  return match(i, mo.next + 3, { t: 'ending', months: 3, end: { t: 'month', m: mo.value, year: { kind: 'abs', y } } }, 'period.month.quarter');
}

/** The day number (29–31, digits) ending at token `k`, "31" or "31st", if any. */
function lateDayEndingAt(toks: Toks, k: number): number | undefined {
  if (wordIn(toks, k, ORDINAL_SUFFIXES) && glued(toks, k)) k--;
  const d = digitsAt(toks, k) === 2 ? intAt(toks, k)! : undefined;
  return d !== undefined && d >= 29 && d <= 31 ? d : undefined;
}

/**
 * "31 April 2015", "30th of February", "April 31, 2016": a day the month never has. The text
 * names no real date, so the month next to it is no period either. A number after the month
 * counts only as its day: at the phrase's end or before a comma or a year ("February 30 mln
 * tonnes" keeps February).
 */
function impossibleDayAround(toks: Toks, i: number, m: number, next: number): boolean {
  // Only February and the 30-day months lack a day from 29 to 31.
  if (m !== 2 && m !== 4 && m !== 6 && m !== 9 && m !== 11) return false;
  let k = i - 1;
  if (isWordAt(toks, k, 'of')) k--;
  else if (punctAt(toks, k, '-', '/') && glued(toks, k) && glued(toks, i)) k--;
  const before = lateDayEndingAt(toks, k);
  if (before !== undefined && !isValidDate(2000, m, before)) return true;
  let j = next;
  if (isWordAt(toks, j, 'the')) j++;
  const after = digitsAt(toks, j) === 2 ? intAt(toks, j)! : undefined;
  if (after === undefined || after < 29 || after > 31 || isValidDate(2000, m, after)) return false;
  let e = j + 1;
  if (wordIn(toks, e, ORDINAL_SUFFIXES) && glued(toks, e)) e++;
  return endsAt(toks, e) || digitsAt(toks, e) === 4;
}

/** The year at `i` closes a date its month never has ("31 April 2015", "April 31, 2016"): no year either. */
export function closesImpossibleDate(toks: Toks, i: number): boolean {
  let k = i - 1;
  if (punctAt(toks, k, ',')) k--;
  // Cheap first: a month ("April 2015", "Sept. 2015") or a day ("April 31, 2016", "31st,") right before.
  const t = toks[k];
  if (!t || !(t.kind === 'number' || (t.kind === 'word' ? MONTHS.has(t.lower) || ORDINAL_SUFFIXES.has(t.lower) : t.text === '.'))) return false;
  for (let mi = k; mi >= k - 3 && mi >= 0; mi--) {
    const mo = readMonth(toks, mi);
    if (mo && mo.next <= k + 1) return impossibleDayAround(toks, mi, mo.value, mo.next);
  }
  return false;
}

/** period.month: a month name, alone or with its year. Why: the commonest coarse period in news. */
function readMonthRule(toks: Toks, i: number): Match | undefined {
  const mo = readMonth(toks, i);
  const my = mo && readMonthYearQuarter(toks, i, mo);
  if (my) return my;
  const r = readMonthPhrase(toks, i, mo);
  if (!r) return undefined;
  if (impossibleDayAround(toks, i, mo!.value, mo!.next)) return undefined;
  // "the October-December quarter" is a range of months (range.ts), not "the December quarter".
  const listed = (punctAt(toks, i - 1, '-', '/', '\u2013') || isWordAt(toks, i - 1, 'to', 'through')) && !!readMonth(toks, i - 2);
  const q = r.value.t === 'month' && !listed ? monthEndedUnitAt(toks, r.next) : undefined;
  if (q) {
    // "the September quarter last year", "the March quarter of 1986"
    let ys = r.value.t === 'month' && r.value.year.kind === 'implied' ? readYearSuffix(toks, q.next) : undefined;
    // "the December quarter of FY25": the month in the fiscal year named by its end year (none
    // for April to June, whose year the label leaves open: the suffix stays a period of its own).
    if (ys?.value.fiscal && r.value.t === 'month' && ys.value.year.kind === 'abs' && !ys.value.year.split) {
      const y = fiscalLabelMonthYear(r.value.m, ys.value.year.y);
      ys = y === undefined ? undefined : { ...ys, value: { ...ys.value, year: { kind: 'abs', y } } };
    }
    const end: PeriodSpec = ys && r.value.t === 'month' ? { ...r.value, year: ys.value.year } : r.value;
    return match(i, ys ? ys.next : q.next, { t: 'ending', months: q.value, end, ...(ys ? {} : { byStart: true }) }, 'period.month.quarter');
  }
  // "Aug 97", "Sept 88.": a capitalised month and two digits that cannot be its day, ending the
  // phrase or before the next such column head ("Feb 87 Jan 87 Feb 86"); in lower case too where
  // the word can only be the month ("sept 88") or nothing before makes it a verb ("may 97" opening
  // the text or after "in": not "it may 97").
  if (r.value.t === 'month' && r.value.year.kind === 'implied' && r.next === mo!.next && digitsAt(toks, r.next) === 2 && !glued(toks, r.next)
    && intAt(toks, r.next)! > 31 && (shortYearEndsAt(toks, r.next + 1) || (readMonth(toks, r.next + 1) && digitsAt(toks, readMonth(toks, r.next + 1)!.next) === 2))
    && (isCapitalised(toks[i]!.text) || !AMBIGUOUS_MONTHS.has(toks[i]!.lower) || i === 0 || isWordAt(toks, i - 1, 'in', 'of', 'since', 'from'))) {
    return match(i, r.next + 1, { t: 'month', m: r.value.m, year: { kind: 'abs', y: expandYear(intAt(toks, r.next)!) } }, 'period.month');
  }
  if (r.value.t === 'month' && r.value.year.kind === 'implied' && !monthStandsAlone(toks, i, r.next)) return undefined;
  // "every March", "each December": a recurring month, no one period.
  if (r.value.t === 'month' && r.value.year.kind === 'implied' && isWordAt(toks, i - 1, 'every', 'each')) return undefined;
  // "March 3" is a day: leave it to day.ts, which reads longer.
  return match(monthOfLeadAt(toks, i), r.next, r.value, 'period.month');
}

/**
 * "the month of March", "for the month of June 2019": the noun that names the month is part of
 * its span, as "first half of 2017" is ("the" stays outside). Not "a 12-month of…" or "each
 * month of…" counts: only "month" with no modifier glued or counted before it.
 */
function monthOfLeadAt(toks: Toks, i: number): number {
  if (!isWordAt(toks, i - 1, 'of') || !isWordAt(toks, i - 2, 'month')) return i;
  if (glued(toks, i - 2) && toks[i - 3]?.kind === 'punct') return i;
  return wordIn(toks, i - 3, MONTH_OF_COUNTS) || toks[i - 3]?.kind === 'number' ? i : i - 2;
}

/** Words before "month of <month>" that count or repeat it ("one month of October", "each month of…"). */
const MONTH_OF_COUNTS: ReadonlySet<string> = new Set(['every', 'each', 'same', 'a', 'one', 'another', 'per']);

/** period.month.numeric: "11/2016", "3-2015" (month ≤ 12, four-digit year, all glued). */
function readNumericMonthYear(toks: Toks, i: number): Match | undefined {
  const m = intAt(toks, i);
  if (m === undefined || m < 1 || m > 12 || digitsAt(toks, i) > 2) return undefined;
  if (!punctAt(toks, i + 1, '/', '-') || !glued(toks, i + 1) || !glued(toks, i + 2) || digitsAt(toks, i + 2) !== 4) return undefined;
  if (punctAt(toks, i - 1, '/', '-') && glued(toks, i)) return undefined;
  if (punctAt(toks, i + 3, '/', '-') && glued(toks, i + 3)) return undefined;
  // "Regulation 1/2003", "No 4/2019": a numbered act, not a month.
  if (numberedLabelBefore(toks, i)) return undefined;
  const y = readYear(toks, i + 2);
  if (!y || y.value < 1900 || y.value > 2099) return undefined;
  if (isWordAt(toks, y.next, 'pct', 'percent')) return undefined;
  return match(i, y.next, { t: 'month', m, year: { kind: 'abs', y: y.value } }, 'period.month.numeric');
}

export const monthRules: readonly Rule[] = [
  { id: 'period.month', words: MONTHS.keys(), read: readMonthRule },
  { id: 'period.month.numeric', numbers: true, digits: [1, 2], after: { glued: ['/', '-'] }, read: readNumericMonthYear },
];
