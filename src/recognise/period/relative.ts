/**
 * Periods relative to the reference date: "this year", "last quarter", "next month", "this
 * week", "the past two quarters", "next 3 days", "last fiscal year", "this September", "next
 * Q1", "last Friday", "this coming Monday", "Wednesday of next week", "year to date", "rest
 * of the month", "today", "the day after tomorrow", "in 7 days", "two weeks ago", and bare
 * weekdays ("on Tuesday": the latest one, as news uses it).
 */
import { AMBIGUOUS_MONTHS, ANAPHORIC_MODIFIERS, AMBIGUOUS_WEEKDAYS, DAY_WORDS, FIXTURE_NOT_AFTER, FIXTURE_PRESENT, FUTURE_CUES, HYPHENED_MONTH_PARTS, PAST_SPAN_CUES, RANGE_JOINERS, SPAN_BEFORE_COUNT, SPAN_BEFORE_IN, RELATIVE_MODIFIERS, SCHEDULED_PRESENT, TO_DATE_BOUNDS, PUBLISHED_RESULTS, PUBLISHING_PRESENT, TIME_UNIT_WORDS, UNITS, WEEKDAY_SHOW_WORDS, WEEKDAY_TITLE_AFTER, WEEKDAYS, type PeriodUnit } from '../../lexicon/periods';
import { ABS, type PeriodSpec, type Pick } from '../../resolve/period/spec';
import { monthSpan } from './anaphora';
import { readDateAfterWeekday, readDayMonth, readMonthDay } from './day';
import { readMonthPhrase } from './month';
import { readEndDate, yearOf } from './months-ended';
import { readLetterPeriod, readOrdinalPeriod } from './quarter';
import { readHolidayDay } from './holiday-name';
import { COUNT_WORDS, fiscalNounAt, glued, hyphenAt, isWordAt, match, punctAt, readCount, readMonth, readWeekday, readYear, relativeTaxYear, stopMarkAt, textGluedAt, wordAt, wordIn, type Match, type Read, type Rule, type Toks } from './read';

/** Words after "financial year" that state its end or start: "the current financial year ending June". */
const YEAR_END_WORDS: ReadonlySet<string> = new Set(['ending', 'ended', 'ends', 'to', 'through', 'which', 'that', 'beginning', 'starting', 'from']);


/** A singular unit word, with "weekend"/"week-end"/"fiscal year" forms. */
function readUnit(toks: Toks, j: number): Read<PeriodUnit | 'fiscal-year' | 'weekend'> | undefined {
  const w = wordAt(toks, j);
  if (w === undefined) return undefined;
  // ("last financial year": the British, Indian and Australian name of a fiscal year.)
  // (Not "the current financial year ending June": the fiscal rule reads the year with its end.)
  if (w === 'financial' && isWordAt(toks, j + 1, 'year') && wordIn(toks, j + 2, YEAR_END_WORDS)) return undefined;
  // (Nor "the current fiscal year ending February 2027": the fiscal rule reads it whole, with its
  // end, not as this year and a month. Not "its current fiscal year through April 4", the year so
  // far, nor "its last fiscal year ending October 31", the one before.)
  if (w === 'fiscal' && isWordAt(toks, j + 1, 'year') && isWordAt(toks, j - 1, 'current', 'this') && !isWordAt(toks, j + 2, 'through', 'thru', 'till', 'until') && readEndDate(toks, j + 2, true)) return undefined;
  if ((w === 'fiscal' || w === 'financial') && isWordAt(toks, j + 1, 'year', 'yr')) return { value: 'fiscal-year', next: j + 2 };
  // "the current fiscal", "in the last fiscal": Indian English's noun for the fiscal year, where
  // no noun follows ("this fiscal quarter", "the current fiscal deficit" are other things).
  if (w === 'fiscal' && fiscalNounAt(toks, j)) return { value: 'fiscal-year', next: j + 1 };
  if (w === 'weekend' || w === 'wkend') return { value: 'weekend', next: j + 1 };
  if (w === 'week' && hyphenAt(toks, j + 1) && isWordAt(toks, j + 2, 'end')) return { value: 'weekend', next: j + 3 };
  if (w === 'half' && !isWordAt(toks, j + 1, 'of')) return { value: 'half', next: j + 1 };
  const u = UNITS.get(w);
  if (!u || w.endsWith('s')) return undefined;
  return { value: u, next: j + 1 };
}

const pickOf = (w: string, past: boolean, coming: boolean): Pick =>
  past ? 'past' : coming ? 'upcoming' : w === 'this' || w === 'current' ? 'this' : w === 'next' ? 'next' : w === 'coming' || w === 'upcoming' ? 'upcoming' : 'last';

/** period.relative: this/last/next + a unit, a count of units, a month, a quarter or a weekday. */
function readModified(toks: Toks, i: number): Match | undefined {
  const w = wordAt(toks, i)!;
  let offset = RELATIVE_MODIFIERS.get(w) ?? ANAPHORIC_MODIFIERS.get(w);
  if (offset === undefined) return undefined;
  const anaphoric = ANAPHORIC_MODIFIERS.has(w);
  let j = i + 1;
  let past = false, coming = false;
  // this past / this coming / this upcoming
  if (w === 'this' && isWordAt(toks, j, 'past')) { past = true; offset = -1; j++; }
  else if (w === 'this' && isWordAt(toks, j, 'coming', 'upcoming')) { coming = true; offset = 1; j++; }
  const dir: -1 | 1 = offset < 0 ? -1 : 1;
  // past two quarters, next 3 days, last 3year
  const c = readCount(toks, j, 400);
  // ("the previous three months" refers back: anaphora.ts.)
  if (c && anaphoric && monthSpan(toks, j)) return undefined;
  if (c && offset !== 0) {
    // ("expected to last six weeks", "the monitor will last three years": the verb, a duration.)
    if (w === 'last' && wordIn(toks, i - 1, MODALS)) return undefined;
    const u = UNITS.get(wordAt(toks, c.next) ?? '');
    if (!u || u === 'half') return undefined;
    // "the last 10 days of March": days at the end of a month, not before today.
    // "the last two weeks of December", "the last 3 weeks of 2016": whole weeks of days.
    if (isWordAt(toks, c.next + 1, 'of', 'in')) {
      const weeks = u === 'week' && c.value <= 8;
      const of = (u === 'day' || weeks) && w === 'last' ? readMonthPhrase(toks, c.next + 2) ?? (weeks ? yearOf(toks, c.next + 2) : undefined) : undefined;
      if (!of) return undefined;
      const days = weeks ? 7 * c.value : c.value;
      return match(i, of.next, { t: 'range', from: { t: 'nth-day', n: -days, of: of.value }, to: { t: 'nth-day', n: -1, of: of.value } }, 'period.relative.count');
    }
    return match(i, c.next + 1, { t: 'rel-n', unit: u, n: c.value, dir }, 'period.relative.count');
  }
  if (anaphoric) return undefined; // "the previous quarter" is anaphora.ts
  // "next tax year", "the current tax year": a British tax year, 6 April to 5 April (not one
  // bounded after it, "this tax year ending 5 April", which the fiscal rule reads from "tax").
  if (!past && !coming && isWordAt(toks, j, 'tax') && isWordAt(toks, j + 1, 'year') && !wordIn(toks, j + 2, YEAR_END_WORDS)) return match(i, j + 2, relativeTaxYear(offset), 'period.relative.tax-year');
  const unit = readUnit(toks, j);
  if (unit) {
    if (unit.value === 'day') return undefined; // "the next day" refers back
    // last quarter of 1986 → Q4 1986
    if (w === 'last' && (unit.value === 'quarter' || unit.value === 'half' || unit.value === 'month') && isWordAt(toks, unit.next, 'of')) return undefined;
    let next = unit.next;
    // last week's Sunday
    if (unit.value === 'week' && punctAt(toks, next, "'", '’') && isWordAt(toks, next + 1, 's') && readWeekday(toks, next + 2)) {
      const wd = readWeekday(toks, next + 2)!;
      return match(i, wd.next, { t: 'weekday', wd: wd.value, pick: 'bare', weekOffset: offset }, 'period.relative.weekday');
    }
    // last year's first quarter, this year's Q3, next year's H1
    if (unit.value === 'year' && punctAt(toks, next, "'", '’') && isWordAt(toks, next + 1, 's')) {
      const year = { kind: 'rel' as const, offset };
      const op = readOrdinalPeriod(toks, next + 2);
      if (op) {
        const spec: PeriodSpec = op.value.unit === 'quarter' ? { t: 'quarter', q: op.value.n, year } : { t: 'half', h: op.value.n, year };
        return match(i, op.next, spec, 'period.relative');
      }
      const q = readLetterPeriod(toks, next + 2, 'q');
      if (q) return match(i, q.next, { t: 'quarter', q: q.value, year }, 'period.relative');
      const h = readLetterPeriod(toks, next + 2, 'h');
      if (h) return match(i, h.next, { t: 'half', h: h.value, year }, 'period.relative');
    }
    // "next week Friday", "this week on Tuesday", "next week between Tuesday and Thursday"
    if (unit.value === 'week') {
      const inWeek = readWeekdaysInWeek(toks, next, offset);
      if (inWeek) return match(i, inWeek.next, inWeek.value, 'period.relative.weekday');
    }
    if (unit.value === 'weekend' && past) offset = -1;
    const soFar = w === 'this' && !past && !coming ? soFarAround(toks, i, next, unit.value) : undefined;
    if (soFar) return soFar;
    return match(i, next, { t: 'rel', unit: unit.value, offset, ...(w === 'current' && unit.value === 'year' ? { current: true } : {}) }, 'period.relative');
  }
  // "this decade", "the current decade": the calendar decade of the reference date. Not
  // "next"/"past decade", which mostly mean the ten years either side of it, a duration.
  if ((w === 'this' || w === 'current') && !past && !coming && isWordAt(toks, j, 'decade')) {
    return match(i, j + 1, { t: 'decade', from: 0, relative: true }, 'period.relative.decade');
  }
  // next june, last sept, this December
  const mo = readMonth(toks, j);
  // "this may have …": a lower-case "may"/"march" then another word is the verb.
  if (mo && AMBIGUOUS_MONTHS.has(toks[j]!.lower) && toks[j]!.text === toks[j]!.lower && toks[mo.next]?.kind === 'word') return undefined;
  if (mo) return match(i, mo.next, { t: 'month', m: mo.value, year: { kind: 'implied' }, pick: pickOf(w, past, coming) }, 'period.relative.month');
  // next q1
  const q = readLetterPeriod(toks, j, 'q');
  if (q) return match(i, q.next, { t: 'quarter', q: q.value, year: { kind: 'implied' }, pick: pickOf(w, past, coming) }, 'period.relative.quarter');
  // last friday, this coming monday
  const wd = readWeekday(toks, j);
  if (!wd) return undefined;
  // "this Friday (Jun-15)": the date written with it says which Friday.
  const dated = readDateAfterWeekday(toks, wd.next, wd.value);
  if (dated) return match(i, dated.next, dated.value, 'period.relative.weekday');
  return match(i, wd.next, { t: 'weekday', wd: wd.value, pick: pickOf(w, past, coming) }, 'period.relative.weekday');
}

/** A full weekday name, or a capitalised or dotted abbreviation ("Tues.", "Wed"), at `j`. */
function readNamedWeekday(toks: Toks, j: number): Read<number> | undefined {
  const wd = readWeekday(toks, j);
  if (!wd) return undefined;
  const t = toks[j]!;
  if (AMBIGUOUS_WEEKDAYS.has(t.lower) && wd.next === j + 1 && t.text === t.lower) return undefined;
  return wd;
}

/**
 * After "next week" (this, last…): a weekday of that week ("next week Friday", "this week on
 * Tuesday"), or two joined as a range ("next week between Tuesday and Thursday", "last week
 * from Monday to Wednesday").
 */
function readWeekdaysInWeek(toks: Toks, j: number, weekOffset: number): Read<PeriodSpec> | undefined {
  const w = wordAt(toks, j);
  if (w === undefined) return undefined;
  if (w === 'between' || w === 'from') {
    const a = readNamedWeekday(toks, j + 1);
    if (!a) return undefined;
    const joiner = wordAt(toks, a.next);
    if (!(w === 'between' ? joiner === 'and' : joiner !== undefined && joiner !== 'and' && RANGE_JOINERS.has(joiner))) return undefined;
    const b = readNamedWeekday(toks, a.next + 1);
    if (!b) return undefined;
    return { value: { t: 'range', from: { t: 'weekday', wd: a.value, pick: 'bare', weekOffset }, to: { t: 'weekday', wd: b.value, pick: 'bare', weekOffset } }, next: b.next };
  }
  const wd = readNamedWeekday(toks, w === 'on' ? j + 1 : j);
  if (!wd) return undefined;
  return { value: { t: 'weekday', wd: wd.value, pick: 'bare', weekOffset }, next: wd.next };
}

/**
 * "so far this year", "this quarter so far": the year (quarter, month) to date, like "year
 * to date". Checked only once "this" and a unit have matched; the match then starts at "so".
 */
function soFarAround(toks: Toks, i: number, next: number, unit: string): Match | undefined {
  if (unit !== 'year' && unit !== 'quarter' && unit !== 'month') return undefined;
  const spec: PeriodSpec = unit === 'year' ? { t: 'ytd' } : { t: 'ytd', unit };
  if (isWordAt(toks, i - 1, 'far') && isWordAt(toks, i - 2, 'so')) return match(i - 2, next, spec, 'period.relative.ytd');
  if (isWordAt(toks, next, 'so') && isWordAt(toks, next + 1, 'far')) return match(i, next + 2, spec, 'period.relative.ytd');
  return undefined;
}

/** "the trailing twelve months", "TTM", "LTM": the 12 (or N) whole months before the current one. */
function readTrailing(toks: Toks, i: number): Match | undefined {
  if (isWordAt(toks, i, 'ttm', 'ltm')) {
    // An upper-case abbreviation standing alone, not part of a code ("LTM-2").
    if (toks[i]!.text !== toks[i]!.text.toUpperCase() || (textGluedAt(toks, i + 1))) return undefined;
    return match(i, i + 1, { t: 'rel-n', unit: 'month', n: 12, dir: -1 }, 'period.relative.count');
  }
  const c = readCount(toks, i + 1, 400);
  if (!c) return undefined;
  const u = UNITS.get(wordAt(toks, c.next) ?? '');
  if (!u || u === 'half' || !wordAt(toks, c.next)!.endsWith('s')) return undefined;
  // "the trailing 12 months ended November 1986": the stated end wins.
  const end = u !== 'day' ? readEndDate(toks, c.next + 1, true) : undefined;
  if (end) return match(i, end.next, u === 'week' ? { t: 'ending', days: 7 * c.value, end: end.value } : { t: 'ending', months: c.value * (u === 'month' ? 1 : u === 'quarter' ? 3 : 12), end: end.value }, 'period.months-ended');
  return match(i, c.next + 1, { t: 'rel-n', unit: u, n: c.value, dir: -1 }, 'period.relative.count');
}

/** "two upcoming weeks", "2 upcoming days". */
function readCountUpcoming(toks: Toks, i: number): Match | undefined {
  const c = readCount(toks, i, 400);
  if (!c || !isWordAt(toks, c.next, 'upcoming', 'coming', 'next')) return undefined;
  const w = wordAt(toks, c.next + 1) ?? '';
  const u = UNITS.get(w);
  if (!u || u === 'half') return undefined;
  // "the 5 next years", not "June 5 to 9 next year": more than one needs a plural unit.
  if (c.value > 1 && !w.endsWith('s')) return undefined;
  return match(i, c.next + 2, { t: 'rel-n', unit: u, n: c.value, dir: 1 }, 'period.relative.count');
}

/** "in 7 days", "in a week": a landing day (days and weeks only; "in six months" is usually a span). */
function readIn(toks: Toks, i: number): Match | undefined {
  const c = readCount(toks, i + 1, 400, true);
  if (!c) return undefined;
  const uw = wordAt(toks, c.next) ?? '';
  // "in a fortnight", "in two fortnights": fourteen days each.
  const fortnight = uw === 'fortnight' || uw === 'fortnights';
  const u = fortnight ? 'week' : UNITS.get(uw);
  if (u !== 'day' && u !== 'week') return undefined;
  // "the first time in 3 weeks", "lowest in 10 days": a span, not a landing day.
  const prev = wordAt(toks, i - 1);
  if (prev !== undefined && SPAN_BEFORE_IN.has(prev)) return undefined;
  if (isWordAt(toks, c.next + 1, 'of', 'to')) return undefined;
  // "in 3 days time" (the apostrophe left out) is the day ahead; "a 3 days time frame" a span.
  if (isWordAt(toks, c.next + 1, 'time') && wordIn(toks, c.next + 2, TIME_SPAN_NOUNS)) return undefined;
  if (tellsPastSpan(toks, i)) return undefined;
  return match(i, c.next + 1, { t: 'offset', unit: 'day', n: u === 'week' ? (fortnight ? 14 : 7) * c.value : c.value }, 'period.relative.offset');
}

/** After "in 3 days time": nouns that make it a span ("a 3 days time frame"). */
const TIME_SPAN_NOUNS: ReadonlySet<string> = new Set(['frame', 'frames', 'span', 'limit', 'scale', 'window']);

/** How far back a clause is searched for its tense before "in three days". */
const TENSE_REACH = 15;

/**
 * "rose 25 pct in three weeks", "the second strike in five days": what happened within a span,
 * not a day ahead. The nearest tense word before "in" decides (lexicon PAST_SPAN_CUES against
 * FUTURE_CUES); with none ("in 3 days" alone) it is the day ahead.
 */
function tellsPastSpan(toks: Toks, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - TENSE_REACH; k--) {
    const t = toks[k]!;
    if (stopMarkAt(toks, k)) return false;
    if (t.kind !== 'word') continue;
    const w = t.lower;
    if (FUTURE_CUES.has(w)) return false;
    // "to" before a verb: "expects work to begin in 30 days", "allowed rates to go into effect in 14 days".
    if (w === 'to' && toks[k + 1]?.kind === 'word' && !ARTICLES_AFTER_TO.has(toks[k + 1]!.lower)) return false;
    if (PAST_SPAN_CUES.has(w)) return true;
    // A participle after "be" is no past tense: "expected to be concluded in 14 days".
    if (w.length > 4 && w.endsWith('ed') && !isWordAt(toks, k - 1, 'be', 'been', 'being')) return true;
  }
  return false;
}
const ARTICLES_AFTER_TO = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'about', 'around']);

/** "9,000 tonnes a year from March 31", "10 flights a week": "a" after a count of things is a rate. */
const isRate = (toks: Toks, i: number): boolean =>
  isWordAt(toks, i, 'a', 'an') && (toks[i - 1]?.kind === 'number' || (toks[i - 1]?.kind === 'word' && toks[i - 2]?.kind === 'number'));

/** A day to count from: "today", "tomorrow", "yesterday", "May 26", "26th May", "the 26th of May", "christmas". */
function readAnchorDay(toks: Toks, j: number): Read<PeriodSpec> | undefined {
  const w = wordAt(toks, j);
  const offset = w === undefined ? undefined : DAY_WORDS.get(w);
  if (offset !== undefined) return { value: { t: 'today', offset }, next: j + 1 };
  const k = isWordAt(toks, j, 'the') ? j + 1 : j;
  const d = readMonthDay(toks, k) ?? readDayMonth(toks, k);
  if (d) return d.value.t === 'day' ? d : undefined;
  return k === j ? readHolidayDay(toks, k) : undefined;
}

/** "7 days ago", "two weeks hence", "a month from now", "3 years from today", "two days after May 26". */
function readAgo(toks: Toks, i: number): Match | undefined {
  const c = readCount(toks, i, 400, true);
  if (!c) return undefined;
  const uw = wordAt(toks, c.next);
  let u = UNITS.get(uw ?? '');
  let mult = 1;
  if (uw === 'fortnight' || uw === 'fortnights') { u = 'day'; mult = 14; }
  if (!u) return undefined;
  let j = c.next + 1;
  let sign: number;
  // "a year ago today": the day that many units before today, "today" inside the span.
  if (isWordAt(toks, j, 'ago', 'back')) { sign = -1; j += isWordAt(toks, j, 'ago') && isWordAt(toks, j + 1, 'today') ? 2 : 1; }
  else if (isWordAt(toks, j, 'hence')) { sign = 1; j++; }
  else if (isWordAt(toks, j, 'from') && isWordAt(toks, j + 1, 'now', 'today')) { sign = 1; j += 2; }
  else if (isWordAt(toks, j, 'from') && isWordAt(toks, j + 1, 'right') && isWordAt(toks, j + 2, 'now')) { sign = 1; j += 3; }
  else if (isWordAt(toks, j, 'before', 'after', 'from') && u !== 'half' && !wordIn(toks, i - 1, SPAN_BEFORE_COUNT) && !isRate(toks, i)) {
    // "two days after May 26", "three days before yesterday", "a week from tomorrow"; not a
    // span ("for 12 months from April 1", "the two years before March 31") or a range
    // ("two weeks from March 9 to 23").
    // "a week from Friday": from a weekday, the coming one (after "before"/"after" it could be either).
    const wd = isWordAt(toks, j, 'from') ? readWeekday(toks, j + 1) : undefined;
    const anchor: Read<PeriodSpec> | undefined = readAnchorDay(toks, j + 1)
      ?? (wd && !punctAt(toks, wd.next, "'", '\u2019') ? { value: { t: 'weekday', wd: wd.value, pick: 'upcoming' }, next: wd.next } : undefined);
    if (!anchor || wordIn(toks, anchor.next, RANGE_JOINERS) || punctAt(toks, anchor.next, '-', '\u2013')) return undefined;
    const n = (isWordAt(toks, j, 'before') ? -1 : 1) * c.value * mult;
    return match(i, anchor.next, { t: 'shift', of: anchor.value, unit: u, n }, 'period.relative.offset');
  }
  else return undefined;
  if (u === 'half') return undefined;
  return match(i, j, { t: 'offset', unit: u, n: sign * c.value * mult }, 'period.relative.offset');
}

/** today, yesterday, tomorrow; "the day after tomorrow", "the day before yesterday", "the day before March 3". */
function readDayWord(toks: Toks, i: number): Match | undefined {
  const w = wordAt(toks, i)!;
  if (w === 'today') return match(i, i + 1, { t: 'today', offset: 0 }, 'period.relative.today');
  if (w === 'yesterday') return match(i, i + 1, { t: 'today', offset: -1 }, 'period.relative.today');
  if (w === 'tomorrow' || w === 'tomorrows' || w === 'tmrw' || w === 'tmr') return match(i, i + 1, { t: 'today', offset: 1 }, 'period.relative.today');
  if (w === 'day' && isWordAt(toks, i + 1, 'after') && isWordAt(toks, i + 2, 'tomorrow')) return match(i, i + 3, { t: 'today', offset: 2 }, 'period.relative.today');
  if (w === 'day' && isWordAt(toks, i + 1, 'before') && isWordAt(toks, i + 2, 'yesterday')) return match(i, i + 3, { t: 'today', offset: -2 }, 'period.relative.today');
  // "the day after next" is the day after tomorrow, as "the week after next" is two weeks on;
  // not when "next" opens the next phrase ("the day after next Monday's vote").
  if (w === 'day' && isWordAt(toks, i + 1, 'after') && isWordAt(toks, i + 2, 'next')) {
    const after = wordAt(toks, i + 3);
    if (after !== undefined && (UNITS.has(after) || WEEKDAYS.has(after) || after === 'weekend' || readMonth(toks, i + 3))) return undefined;
    return match(i, i + 3, { t: 'today', offset: 2 }, 'period.relative.today');
  }
  // "the day before March 3", "the day after June 5th": one day off a dated day (not a range's
  // end, "the day after May 1 to May 3").
  if (w === 'day' && isWordAt(toks, i + 1, 'before', 'after') && isWordAt(toks, i - 1, 'the')) {
    const anchor = readAnchorDay(toks, i + 2);
    if (!anchor || wordIn(toks, anchor.next, RANGE_JOINERS) || punctAt(toks, anchor.next, '-', '\u2013')) return undefined;
    return match(i, anchor.next, { t: 'shift', of: anchor.value, unit: 'day', n: isWordAt(toks, i + 1, 'before') ? -1 : 1 }, 'period.relative.offset');
  }
  return undefined;
}

const TO_DATE_UNITS: Readonly<Record<string, 'month' | 'quarter' | undefined>> = { year: undefined, month: 'month', quarter: 'quarter' };
const TO_DATE_ABBREVIATIONS: Readonly<Record<string, 'month' | 'quarter' | undefined>> = { ytd: undefined, mtd: 'month', qtd: 'quarter' };

/** year to date, year-to-date, YTD; month-to-date, MTD; quarter-to-date, QTD. */
function readYtd(toks: Toks, i: number): Match | undefined {
  const w = wordAt(toks, i) ?? '';
  if (Object.hasOwn(TO_DATE_ABBREVIATIONS, w)) {
    const unit = TO_DATE_ABBREVIATIONS[w];
    return throughDay(toks, i, i + 1, unit) ?? match(i, i + 1, unit ? { t: 'ytd', unit } : { t: 'ytd' }, 'period.relative.ytd');
  }
  if (!Object.hasOwn(TO_DATE_UNITS, w)) return undefined;
  const unit = TO_DATE_UNITS[w];
  let j = i + 1;
  const h = hyphenAt(toks, j);
  if (h) j++;
  if (!isWordAt(toks, j, 'to')) return undefined;
  j++;
  if (h && hyphenAt(toks, j)) j++;
  if (!isWordAt(toks, j, 'date')) return undefined;
  return throughDay(toks, i, j + 1, unit) ?? match(i, j + 1, unit ? { t: 'ytd', unit } : { t: 'ytd' }, 'period.relative.ytd');
}

/**
 * "year to date through April 9", "YTD to 28 March": the unit to date up to the day written after
 * it, one period (a fund's return is stated to a day before the story's).
 */
function throughDay(toks: Toks, i: number, j: number, unit: 'month' | 'quarter' | undefined): Match | undefined {
  if (!wordIn(toks, j, TO_DATE_BOUNDS)) return undefined;
  const day = readMonthDay(toks, j + 1) ?? readDayMonth(toks, j + 1);
  if (!day || day.value.t !== 'day') return undefined;
  return match(i, day.next, unit ? { t: 'ytd', unit, through: day.value } : { t: 'ytd', through: day.value }, 'period.relative.ytd');
}

/** Words after a unit that move it or bound it elsewhere: "the year before", "the year ended June". */
const UNIT_SHIFT_WORDS: ReadonlySet<string> = new Set(['before', 'after', 'earlier', 'ago', 'ended', 'ending', 'to', 'through']);

/** Words for the first moment of a unit: "since the beginning of the year", "since the turn of the year". */
const UNIT_START_WORDS: ReadonlySet<string> = new Set(['beginning', 'start', 'turn']);

/**
 * "since the beginning of the year", "since the start of this quarter": the unit to date, like
 * "year to date" (the span keeps "since": without it the phrase names a moment, not a period);
 * "since the start of 2021": that year's first day through the reference date.
 */
function readSinceStart(toks: Toks, i: number): Match | undefined {
  let j = i + 1;
  if (isWordAt(toks, j, 'the')) j++;
  if (!wordIn(toks, j, UNIT_START_WORDS) || !isWordAt(toks, j + 1, 'of')) return undefined;
  if (isWordAt(toks, i, 'from')) return readFromYearStart(toks, i, j + 2);
  // "since the start of 2021": from its first day to the reference date.
  const y = readYear(toks, j + 2);
  if (y && !punctAt(toks, y.next, "'", '’', '/', '-')) {
    return match(i, y.next, { t: 'range', from: { t: 'year', year: ABS(y.value) }, to: { t: 'today', offset: 0 } }, 'period.relative.since');
  }
  if (!isWordAt(toks, j + 2, 'the', 'this')) return undefined;
  const w = wordAt(toks, j + 3) ?? '';
  // Not "since the start of the year's second half" (a part of the unit) or "of the year
  // before" (another year).
  // ("taking its gain since the start of the year to 35%", "… to $1,005", "gained 11% since the
  // start of the year to trade near $1,005": "to" before anything but a month, a weekday or
  // "date" is where a change ended or what it led to, not the end of the year.)
  const shift = wordIn(toks, j + 4, UNIT_SHIFT_WORDS) && !(isWordAt(toks, j + 4, 'to') && !readMonth(toks, j + 5) && !WEEKDAYS.has(wordAt(toks, j + 5) ?? '') && !isWordAt(toks, j + 5, 'date'));
  if (!Object.hasOwn(TO_DATE_UNITS, w) || punctAt(toks, j + 4, "'", '’') || shift) return undefined;
  const unit = TO_DATE_UNITS[w];
  return match(i, j + 4, unit ? { t: 'ytd', unit } : { t: 'ytd' }, 'period.relative.ytd');
}

/** Words that close a range at its end: "from the start of the year through May". */
const UNTIL_WORDS: ReadonlySet<string> = new Set(['through', 'to', 'until', 'till', 'thru']);

/**
 * "from the beginning of the year through May": from the first day of the year (the reference
 * date's, or one written: "of 2026") to the end of the month named after "through"/"to"/"until".
 */
function readFromYearStart(toks: Toks, i: number, j: number): Match | undefined {
  const y = readYear(toks, j);
  let from: PeriodSpec;
  if (y) { from = { t: 'year', year: ABS(y.value) }; j = y.next; }
  else if (isWordAt(toks, j, 'the', 'this') && isWordAt(toks, j + 1, 'year')) { from = { t: 'year', year: { kind: 'rel', offset: 0 } }; j += 2; }
  else return undefined;
  if (!wordIn(toks, j, UNTIL_WORDS)) return undefined;
  const to = readMonthPhrase(toks, j + 1) ?? readMonthDay(toks, j + 1) ?? readDayMonth(toks, j + 1);
  if (!to || (to.value.t !== 'month' && to.value.t !== 'day')) return undefined;
  // Without its own year, the month is in the year that starts the range.
  const end: PeriodSpec = to.value.year.kind === 'implied' && y ? { ...to.value, year: ABS(y.value) } : to.value;
  return match(i, to.next, { t: 'range', from, to: end }, 'period.relative.since');
}

/**
 * "the month after next", "the week before last", "the weekend after next": two units on or
 * back. ("the year before last" and "the year after next" are read with the other year shifts,
 * anaphora.ts.) Not when "next"/"last" opens the next phrase: "the week after next Monday".
 */
function readTwoUnitsAway(toks: Toks, i: number): Match | undefined {
  const w = wordAt(toks, i)!;
  const dir = isWordAt(toks, i + 1, 'after') && isWordAt(toks, i + 2, 'next') ? 1 : isWordAt(toks, i + 1, 'before') && isWordAt(toks, i + 2, 'last') ? -1 : 0;
  if (dir === 0 || !isWordAt(toks, i - 1, 'the')) return undefined;
  const after = wordAt(toks, i + 3);
  if (after !== undefined && (UNITS.has(after) || WEEKDAYS.has(after) || after === 'weekend' || readMonth(toks, i + 3))) return undefined;
  const unit = w === 'weekend' ? 'weekend' : UNITS.get(w)!;
  return match(i, i + 3, { t: 'rel', unit, offset: 2 * dir }, 'period.relative');
}

/** rest of the month/year/week, remainder of the year, the balance of 1987. */
function readRest(toks: Toks, i: number): Match | undefined {
  if (!isWordAt(toks, i + 1, 'of')) return undefined;
  let j = i + 2;
  // "the rest of 1987"; not a split fiscal year ("the remainder of 1986/87").
  const y = readYear(toks, j);
  if (y) return punctAt(toks, y.next, '/', '-') && glued(toks, y.next) ? undefined : match(i, y.next, { t: 'rest', unit: 'year', ofYear: y.value }, 'period.relative.rest');
  if (isWordAt(toks, j, 'the', 'this')) j++;
  const u = UNITS.get(wordAt(toks, j) ?? '');
  if (!u || u === 'day' || wordAt(toks, j)!.endsWith('s')) return undefined;
  return match(i, j + 1, { t: 'rest', unit: u }, 'period.relative.rest');
}

/** Words after "the Saturday" that place it against another anchor ("the Saturday closest to ..."). */
const WEEKDAY_ANCHORS: ReadonlySet<string> = new Set(['closest', 'nearest', 'before', 'after', 'following', 'preceding', 'prior', 'of', 'when', 'that', 'in']);

/** Words before a weekday that make it a day even before a title word ("on Sunday Times Square…"). */
const WEEKDAY_LEADS: ReadonlySet<string> = new Set(['on', 'since', 'by', 'until', 'till', 'from', 'last', 'next', 'this', 'before', 'after', 'through', 'late', 'early']);

/** Bare weekdays ("on Tuesday"), and "Wednesday of next week", "Sunday from last week". */
function readWeekdayRule(toks: Toks, i: number): Match | undefined {
  const wd = readWeekday(toks, i);
  if (!wd) return undefined;
  const w = wordAt(toks, i)!;
  const prev = wordAt(toks, i - 1);
  if (prev === 'every' || prev === 'each' || prev === 'per' || prev === 'other' || prev === 'alternate') return undefined;
  // "a Thursday-night package", "a Sunday-afternoon slot": a kind of day, none dated ("a Friday
  // close of 2.32" is last Friday's).
  if (prev === 'a' && punctAt(toks, wd.next, '-') && glued(toks, wd.next)) return undefined;
  // "Friday mornings", "Tuesday nights": a recurring time, not a day.
  if (isWordAt(toks, wd.next, 'mornings', 'afternoons', 'evenings', 'nights')) return undefined;
  let j = wd.next;
  // Wednesday of next week / Wednesday next week / Sunday from last week
  let k = j;
  if (isWordAt(toks, k, 'of', 'from')) k++;
  const mod = wordAt(toks, k);
  const off = mod === undefined ? undefined : RELATIVE_MODIFIERS.get(mod);
  if (off !== undefined && isWordAt(toks, k + 1, 'week') && !(punctAt(toks, k + 2, "'", '’'))) {
    return match(i, k + 2, { t: 'weekday', wd: wd.value, pick: 'bare', weekOffset: off }, 'period.relative.weekday');
  }
  // Abbreviations alone ("sun", "sat", "wed") are words; need a glued full stop or a capital.
  if (AMBIGUOUS_WEEKDAYS.has(w) && !(punctAt(toks, i + 1, '.') && glued(toks, i + 1))) return undefined;
  if (toks[i]!.text !== w && toks[i]!.text !== toks[i]!.text.toUpperCase() && toks[i]!.text[0] !== toks[i]!.text[0]!.toUpperCase()) return undefined;
  // "the Saturday closest to January 31", "the Friday before the accord", "the Sun.": after "the",
  // a weekday placed against another anchor, or an abbreviation, is not a dated day.
  if (wordAt(toks, i - 1) === 'the' && (wd.next > i + 1 || w.length <= 4 || wordIn(toks, wd.next, WEEKDAY_ANCHORS))) return undefined;
  // "Black Monday", "Good Friday": a capitalised word before names a day, not a date.
  const pt = toks[i - 1];
  if (pt && pt.kind === 'word' && /^[A-Z]/.test(pt.text) && !['On', 'Last', 'Next', 'This', 'Since', 'By', 'Until', 'From', 'Before', 'After'].includes(pt.text)) return undefined;
  // "the Sunday Times", "Monday Night Football": a title, not a day ("on Sunday Times Square
  // was quiet" is a day: a word of time before it).
  const nt = toks[j];
  if (nt && nt.kind === 'word' && nt.space && !(prev !== undefined && WEEKDAY_LEADS.has(prev)) && (WEEKDAY_TITLE_AFTER.has(nt.text) || (WEEKDAY_SHOW_WORDS.has(nt.text) && toks[j + 1]?.kind === 'word' && /^[A-Z]/.test(toks[j + 1]!.text)))) return undefined;
  return match(i, j, { t: 'weekday', wd: wd.value, pick: futureBefore(toks, i) ? 'coming' : 'bare' }, 'period.relative.weekday');
}

/** Words saying what follows is still to come: "will report on Friday", "the contract expires on Friday". */
const FUTURE_MARKERS: ReadonlySet<string> = new Set(['will', 'shall', 'expires', 'expire', 'expiring', 'scheduled', 'slated']);
/** Words before a bare "expected" or "due" that make it a schedule: "completion is expected in", "payment is due on" (not "than expected"). */
const SCHEDULE_BE: ReadonlySet<string> = new Set(['is', 'are', 'be', 'now', 'still', 'also', 'currently']);
/** Verbs in the present of a rule that starts on a day: "applies from 1 July", "commences on". */
const EFFECT_PRESENT: ReadonlySet<string> = new Set(['applies', 'apply', 'commences', 'commence']);
/** Words before "until" that give a deadline still to come: "has until 2 November to". */
const DEADLINE_HAVE: ReadonlySet<string> = new Set(['has', 'have']);
/** Words of a past event that end the look back: "said on Friday", "which will … fell on Monday". */
const PAST_MARKERS: ReadonlySet<string> = new Set(['said', 'was', 'were', 'had', 'did', 'rose', 'fell', 'told', 'made', 'saw', 'hit', 'cut', 'won', 'lost', 'gave', 'took', 'came', 'went', 'began', 'paid']);
/** Words of intent or schedule before "to": "is expected to return on Tuesday", "talks are due to resume Wednesday". */
const INTENT_BEFORE_TO: ReadonlySet<string> = new Set([
  'expected', 'expects', 'expect', 'due', 'set', 'plans', 'plan', 'planned', 'intends', 'intend', 'aims', 'aim', 'hopes', 'hope',
  'likely', 'scheduled', 'slated', 'going', 'poised',
]);

/**
 * A bare weekday after a word of the future in its clause ("will vote on Tuesday", "the option
 * expires on Friday") is the coming one, the reference day itself included; a word of the past
 * met first ("said on Friday") keeps the latest one. Looks back at most six words, not past
 * punctuation (`reach` words: index.ts asks the same of a day, month, quarter or half written
 * without its year, "expected to close by the end of the second quarter", a little further back).
 */
export function futureBefore(toks: Toks, i: number, reach = 6): boolean {
  for (let k = i - 1; k >= 0 && k >= i - reach; k--) {
    const t = toks[k]!;
    if (t.kind !== 'word') return false;
    const w = t.lower;
    // "We'll know on Monday": the contraction is a word after its apostrophe.
    if (FUTURE_MARKERS.has(w) || (w === 'll' && punctAt(toks, k - 1, "'", '’'))) return true;
    // "fiscal 2027, which starts July 1", "the programme, which begins in March", "rival Nokkala,
    // which reports on Thursday": a start or an event told in the present, the coming one.
    if (SCHEDULED_PRESENT.has(w) && isWordAt(toks, k - 1, 'which', 'that')) return true;
    // "The Celtics host the Knicks on Sunday", "United face Arsenal on Saturday": a fixture told in
    // the present, in lower case ("selling Wester Host Inc in December" names a company).
    if (FIXTURE_PRESENT.has(w) && t.text === w && !wordIn(toks, k - 1, FIXTURE_NOT_AFTER) && !isWordAt(toks, k + 1, 'value')) return true;
    // "The increase takes effect in January", "the rules come into force on 1 April": a schedule told in the present.
    if ((w === 'effect' && isWordAt(toks, k - 1, 'takes', 'take')) || (w === 'force' && isWordAt(toks, k - 1, 'into') && isWordAt(toks, k - 2, 'comes', 'come'))) return true;
    // "The ban applies from 1 July", "the levy becomes effective on April 6": a rule's start told in the present.
    if ((w === 'from' || w === 'on') && wordIn(toks, k - 1, EFFECT_PRESENT)) return true;
    if (w === 'effective' && isWordAt(toks, k - 1, 'becomes', 'become', 'is', 'are')) return true;
    // "completion is expected in the third quarter", "the coupon is due on", "has until 2 November".
    if ((w === 'expected' || w === 'due') && wordIn(toks, k - 1, SCHEDULE_BE)) return true;
    if (w === 'until' && wordIn(toks, k - 1, DEADLINE_HAVE)) return true;
    // "the record date set for October 29", "a vote fixed for May 5": a date appointed.
    if (w === 'for' && isWordAt(toks, k - 1, 'set', 'fixed')) return true;
    // "is expected to report on Tuesday"; not a plan told as past ("it was expected to resume
    // Saturday but", "announced plans to buy Friday") nor a cause ("was due to remarks on Sunday").
    if (w === 'to' && wordIn(toks, k - 1, INTENT_BEFORE_TO)) {
      // "set to move lower even after Monday's cut": a weekday's own event is told as past.
      if (punctAt(toks, i + 1, "'", '’')) return false;
      const before = wordAt(toks, k - 2);
      if (before !== undefined && (PAST_MARKERS.has(before) || before === 'been' || before.endsWith('ed'))) return false;
      return wordAt(toks, k - 1) !== 'due' || wordIn(toks, k + 1, SCHEDULED_ACTS);
    }
    // "expects the deal to close in the second quarter", "expected grades to recover in the second
    // half": a verb of expectation, its object (one to three words) and "to"; not "had expected".
    if (w === 'to' && expectsObjectTo(toks, k)) return true;
    // "we expect this quarter to be better than the fourth quarter": the period compared with is past.
    if (w === 'than') return false;
    // ("will cut rates on Wednesday", "will proceed on Tuesday": a base form after a modal, no past.)
    if ((PAST_MARKERS.has(w) || w.endsWith('ed')) && !wordIn(toks, k - 1, MODALS)) return false;
  }
  return false;
}

/** Words that open a sentence with the day something takes effect: "Starting January 1, …", "From October, …". */
const EFFECT_OPENERS: ReadonlySet<string> = new Set(['starting', 'beginning', 'from', 'effective', 'commencing']);

/** How far into the clause after such an opening date its word of the future may be, in tokens. */
const OPENER_FUTURE_REACH = 10;

/**
 * "Starting January 1, the statewide minimum wage will rise to $16.90", "From October, the cap
 * will fall": a day or month (tokens `first` to `next`) written after a word of a start that
 * opens its sentence, whose clause goes on in the future, is the coming one ("From April,
 * prices rose" keeps the latest). The clause is read up to its next mark but an apostrophe or
 * a hyphen.
 */
export function openedToCome(toks: Toks, first: number, next: number): boolean {
  let k = first - 1;
  if (isWordAt(toks, k, 'on', 'in')) k--;
  if (!wordIn(toks, k, EFFECT_OPENERS) || !punctAt(toks, next, ',')) return false;
  if (k > 0 && !toks[k]!.newline && !punctAt(toks, k - 1, '.', '!', '?')) return false;
  for (let j = next + 1; j < toks.length && j <= next + OPENER_FUTURE_REACH; j++) {
    const t = toks[j]!;
    if (t.kind === 'punct' && !punctAt(toks, j, "'", '’', '-')) return false;
    if (t.kind === 'word' && FUTURE_MARKERS.has(t.lower)) return true;
  }
  return false;
}

/** Verbs of expectation that take an object before "to": "expects Brent to trade", "expected grades to recover". */
const EXPECT_VERBS: ReadonlySet<string> = new Set(['expects', 'expect', 'expected', 'expecting']);

/**
 * "to" at `k` closes "expects X to" with one to three plain words between (the object): no
 * punctuation, figure or verb of the past between, and no past before the verb ("had expected").
 */
function expectsObjectTo(toks: Toks, k: number): boolean {
  for (let j = k - 2; j >= 0 && j >= k - 4; j--) {
    const t = toks[j]!;
    if (t.kind !== 'word' || toks[j + 1]!.kind !== 'word') return false;
    if (EXPECT_VERBS.has(t.lower)) {
      const before = wordAt(toks, j - 1);
      return before === undefined || !(PAST_MARKERS.has(before) || before === 'been' || before === 'had' || before === 'than' || before === 'as');
    }
    if (PAST_MARKERS.has(t.lower) || NOT_OBJECT.has(t.lower)) return false;
  }
  return false;
}

/** Words of intent or the future that a deadline after "by" serves: "said it would buy back … by March 31". */
const DEADLINE_INTENT: ReadonlySet<string> = new Set(['will', 'would', 'shall', 'plans', 'aims', 'intends', 'targets', 'expects', 'expected', 'hopes']);
/**
 * Modals of possibility or obligation, which govern a deadline when a verb follows them ("must be
 * exercised by June 22", "should reach port by May 31"), not "have" or "not" ("should have sold
 * the stake by March 31", "could not repay the loan by June 30" tell of what did not happen).
 */
const DEADLINE_MODALS: ReadonlySet<string> = new Set(['could', 'should', 'must', 'might']);
/** Words a modal is followed by when the deadline is past or missed. */
const NOT_AHEAD_AFTER_MODAL: ReadonlySet<string> = new Set(['have', 'not', 'never']);
/** Every modal before "be" and a participle: "could be held by end-May", "will be completed by". */
const MODALS_BEFORE_BE: ReadonlySet<string> = new Set([...DEADLINE_MODALS, 'will', 'would', 'shall', 'may', 'can']);
/**
 * Verbs of an order or a requirement whose object is told to do something by a day: "ordered the
 * parties to report back by Oct. 31", "was told to file by …" (the deadline is the order's, to come).
 */
const ORDERING: ReadonlySet<string> = new Set(['ordered', 'told', 'directed', 'instructed', 'required', 'asked']);
/** Words after "to" that make it a preposition, not an infinitive's: "ordered to pay $5m to the victims by …". */
const NOT_INFINITIVE_AFTER_TO: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);
/** How far back from "by" its clause's word of intent may be (the object, amount and all, between). */
const DEADLINE_REACH = 16;

/**
 * "said it would buy back up to ¥100 billion of its own stock by March 31", "aims to cut debt by
 * June", "could be signed by end-May": a deadline after "by", in a clause that a word of intent,
 * the future or a modal governs (a past verb or a perfect met first, "completed the sale by March
 * 31", "had sold it by June", or a sentence's end stops the look back).
 */
export function deadlineAhead(toks: Toks, first: number): boolean {
  // "by mid-May", "by end-June": the part hyphened before the month sits between "by" and it.
  const by = hyphenAt(toks, first - 1) && wordIn(toks, first - 2, HYPHENED_MONTH_PARTS) ? first - 3 : first - 1;
  if (!isWordAt(toks, by, 'by')) return false;
  let infinitive = false;
  for (let k = by - 1; k >= 0 && k >= by - DEADLINE_REACH; k--) {
    const t = toks[k]!;
    if (t.kind === 'punct' && (t.text === '.' || t.text === ';' || t.text === '"' || t.text === '“' || t.text === '”')) return false;
    if (t.kind !== 'word') continue;
    if (t.lower === 'to' && toks[k + 1]?.kind === 'word' && !NOT_INFINITIVE_AFTER_TO.has(toks[k + 1]!.lower)) infinitive = true;
    if (infinitive && ORDERING.has(t.lower)) return true;
    if (DEADLINE_INTENT.has(t.lower) || (t.lower === 'll' && punctAt(toks, k - 1, "'", '’'))) return true;
    if (DEADLINE_MODALS.has(t.lower) && !wordIn(toks, k + 1, NOT_AHEAD_AFTER_MODAL)) return true;
    // ("could be held by end-May", "is expected to be completed by September 30": a participle
    // after a modal, or a word of intent and "to", and "be" is no past; "had been completed by" is.)
    if (isWordAt(toks, k - 1, 'be') && (wordIn(toks, k - 2, MODALS_BEFORE_BE) || (isWordAt(toks, k - 2, 'to') && wordIn(toks, k - 3, DEADLINE_INTENT)))) continue;
    // (A past tense, regular or not, or a perfect: "the board met by June 30", "had sold … by".)
    if (TOLD_PAST.has(t.lower) || t.lower === 'have' || t.lower === 'has' || t.lower.endsWith('ed')) return false;
  }
  return false;
}

/** Words of the future, intent or expectation that a yearless date after them in their sentence serves: "will suspend its dividend from the fourth quarter", "a 68% chance of a cut in September". */
const FORESEEING: ReadonlySet<string> = new Set([
  'will', 'would', 'shall', 'should', 'expects', 'expect', 'sees', 'forecasts', 'projects',
  'payable', 'scheduled', 'slated', 'chance', 'chances', 'probability', 'odds', 'bets', 'likely', 'unlikely',
]);
/** Verbs of intent, which are nouns too: only before "to" ("plans to buy back … by December", not "unveiled the plan in November"). */
const INTENDING: ReadonlySet<string> = new Set(['plans', 'plan', 'aims', 'aim', 'intends', 'intend', 'targets']);
/** Present tenses of a schedule: "the offer opens on November 18", "fiscal 2025, which ends on Sept. 28". */
const SCHEDULE_PRESENT: ReadonlySet<string> = new Set(['opens', 'closes', 'ends', 'expires', 'begins', 'starts', 'matures']);
const SCHEDULE_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'for']);
/** Verbs of a market's pricing before "in": "markets price in two cuts by December". */
const PRICING: ReadonlySet<string> = new Set(['price', 'prices', 'pricing']);
/**
 * Past tenses and participles that end the look back: `PAST_MARKERS` and more common irregular
 * ones, but not "cut", "hit", "set" or "put", nouns or presents as often ("a cut in March"); a
 * regular one ends in "-ed".
 */
const TOLD_PAST: ReadonlySet<string> = new Set([
  ...[...PAST_MARKERS].filter((w) => w !== 'hit' && w !== 'cut'),
  'been', 'seen', 'risen', 'fallen', 'grew', 'grown', 'given', 'taken', 'gone', 'begun', 'became', 'sold', 'bought', 'stood', 'slid', 'held', 'sank', 'sunk', 'left',
  'kept', 'spent', 'met', 'ran', 'led', 'brought', 'thought', 'found', 'got', 'sent', 'built', 'struck', 'sought', 'fought', 'shrank', 'swung', 'drew', 'drawn', 'wrote',
  'written', 'knew', 'known', 'felt',
]);
/** Words opening a relative clause: the clause the date is in ends at them ("Acme, which would later become …, bought Beta in March"). */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose', 'that']);
/** Words before a word in "-ed" that make it an adjective, not a past verb: "an increased dividend", "its revised forecast". */
const ADJECTIVE_BEFORE_ED: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our']);

/** Words before "date" that name a day of a schedule: "the payment date is April 2", "the closing date of May 5". */
const SCHEDULED_DATE_LABELS: ReadonlySet<string> = new Set(['payment', 'pay', 'settlement', 'closing', 'record', 'expiration', 'expiry', 'maturity', 'delivery', 'listing']);

/**
 * "The payment date is April 2", "a closing date of May 5", "the settlement date will be June 1":
 * a day a schedule names, still to come (a eurobond's terms are set before it is paid). Not
 * "the payment date was April 2".
 */
function scheduledDateNamed(toks: Toks, first: number): boolean {
  let k = first - 1;
  if (isWordAt(toks, k, 'be') && isWordAt(toks, k - 1, 'will')) k -= 2;
  else if (isWordAt(toks, k, 'is', 'of', 'on') || punctAt(toks, k, ':')) k--;
  return isWordAt(toks, k, 'date') && wordIn(toks, k - 1, SCHEDULED_DATE_LABELS);
}

/** How far back on its line a dividend note's "Pay" label may be from its "Record" label, in tokens ("Pay June one Record May eight"). */
const PAY_LABEL_REACH = 6;

/**
 * A day labelled in a dividend note, "Qtly div 10 cts vs 10 cts prior Pay May 22 Record May 8":
 * the day it is paid, and the record day after the "Pay" label, are both still to come when the
 * dividend is declared. Capitalised labels only ("Record March sales" is no label: no "Pay" before it).
 */
function dividendNoteDay(toks: Toks, first: number): boolean {
  const label = toks[first - 1];
  if (!label || label.kind !== 'word') return false;
  if (label.text === 'Pay') return true;
  if (label.text !== 'Record') return false;
  for (let k = first - 2; k >= 0 && k >= first - 1 - PAY_LABEL_REACH; k--) {
    if (toks[k]!.text === 'Pay') return true;
    if (toks[k]!.newline) return false;
  }
  return false;
}

/** Words of the base a figure is compared with, which is past: "expect a margin of 17.8%, up from 16.3% in the second quarter". */
const BASE_WORDS: ReadonlySet<string> = new Set(['than', 'since', 'versus', 'vs', 'against']);
/** Words before "than" that make it a bound, not a base: "will cut more than 15% of its workforce … from the fourth quarter". */
const BOUND_BEFORE_THAN: ReadonlySet<string> = new Set(['more', 'less', 'fewer', 'rather']);
/** How far back in its sentence a word of the future may govern a yearless date, in tokens (an object, amounts and asides between). */
const FORESEE_REACH = 24;

/**
 * A yearless day, month or quarter its sentence tells as still to come, by a word of the future,
 * intent, expectation or schedule before it, up to {@link FORESEE_REACH} tokens back (amounts
 * and commas between): "said it would pay an interim dividend of €5.50 a share in December",
 * "dividend … payable Dec. 12", "investors see a 75% probability of a cut in March", "which
 * ends on Sept. 28". The look back stops at a past tense ("said on Monday", "sales rose 4% in
 * March", "Acme, which would later …, bought Beta in March"), a relative clause's opening, a
 * word of a base ("than", "since", "up from", "from" an amount), a line break or the sentence's
 * end. A passive after "be" is no past ("will be allotted shares on November 17"), nor an "-ed"
 * adjective after an article ("an increased dividend").
 */
export function foreseenBefore(toks: Toks, first: number): boolean {
  // (A day after "at" or "as of" is the day a balance is struck, of the latest reckoning: "its cash
  // of €2.1bn at June 30", "as of March 31"; not "by the end of December".)
  if (isWordAt(toks, first - 1, 'at') || (isWordAt(toks, first - 1, 'of') && isWordAt(toks, first - 2, 'as'))) return false;
  // (A line break before the date's token: no sentence before it on that line.)
  if (toks[first]?.newline) return false;
  if (dividendNoteDay(toks, first) || scheduledDateNamed(toks, first)) return true;
  for (let k = first - 1; k >= 0 && k >= first - FORESEE_REACH; k--) {
    const t = toks[k]!;
    if (t.kind === 'punct' && (t.text === ';' || t.text === '?' || t.text === '!' || (t.text === '.' && sentenceEnd(toks, k)))) return false;
    // (A headline or a line of its own ends at its line break.)
    if (t.kind !== 'word') { if (t.newline) return false; continue; }
    const w = t.lower;
    const prev = wordAt(toks, k - 1);
    if (FORESEEING.has(w) || (w === 'll' && punctAt(toks, k - 1, "'", '’'))) return true;
    // ("opens on", "ends on", not "begins to feel the effects of the December devaluation".)
    if (SCHEDULE_PRESENT.has(w) && wordIn(toks, k + 1, SCHEDULE_PREPOSITIONS)) return true;
    // ("which reports full-year results on March 11": results published on the day, a few words between.)
    if (PUBLISHING_PRESENT.has(w) && publishedOn(toks, k + 1, first)) return true;
    if (INTENDING.has(w) && isWordAt(toks, k + 1, 'to')) return true;
    // ("price in two cuts by December"; not "the offering price in December".)
    if (w === 'in' && k + 1 !== first && prev !== undefined && PRICING.has(prev)) return true;
    // "completion, expected in the third quarter", "is seen rising", "to be paid on 7 August".
    if ((w === 'seen' || w === 'expected' || w === 'due') && (prev !== undefined ? SCHEDULE_BE.has(prev) : punctAt(toks, k - 1, ','))) return true;
    // "with results due on Feb. 18", "a payment due in March": "due" right before the day's or
    // month's preposition schedules it (not "was due on March 1", nor past a past tense in its
    // clause: "missed the first of these for 71.25 mln due on September 29").
    if (w === 'due' && k + 2 === first && isWordAt(toks, k + 1, 'on', 'in') && !pastInClauseBefore(toks, k)) return true;
    // "a summit to take place in May", "talks to be held on April 9": an event set for a day.
    if (((w === 'place' && prev === 'take') || (w === 'held' && prev === 'be')) && isWordAt(toks, k - 2, 'to')) return true;
    // ("is to be paid", "a dividend of €0.73, to be paid on": not "found its value to be 851 mln stg as at Dec 31".)
    if (w === 'be' && prev === 'to' && (wordIn(toks, k - 2, SCHEDULE_BE) || punctAt(toks, k - 2, ','))) return true;
    if (prev === 'be' || prev === 'been') continue;
    // ("cut its forecast to 2.2 pct from 3.2 pct in December": "from" an amount, the base.)
    const fromAmount = w === 'from' && (toks[k + 1]?.kind === 'number' || toks[k + 1]?.kind === 'symbol');
    if ((BASE_WORDS.has(w) && !(w === 'than' && prev !== undefined && BOUND_BEFORE_THAN.has(prev))) || fromAmount || (w === 'from' && (prev === 'up' || prev === 'down'))) return false;
    // ("the target zone set in December": "set" before "in" is its participle.)
    if (TOLD_PAST.has(w) || RELATIVE_OPENERS.has(w) || (w === 'set' && isWordAt(toks, k + 1, 'in')) || (w.length > 4 && w.endsWith('ed') && !(prev !== undefined && ADJECTIVE_BEFORE_ED.has(prev)))) return false;
    if (t.newline) return false;
  }
  return false;
}

/** How many tokens may stand between a verb of publishing and its results: "publishes its fourth-quarter earnings on". */
const PUBLISHED_REACH = 6;

/** Tokens `from` up to the date at `first` are the results a verb publishes, then "on" or "in": "full-year results on". */
function publishedOn(toks: Toks, from: number, first: number): boolean {
  if (first - from < 2 || first - from > PUBLISHED_REACH + 1 || !isWordAt(toks, first - 1, 'on', 'in')) return false;
  for (let j = from; j < first - 2; j++) if (toks[j]!.kind !== 'word' && !punctAt(toks, j, '-')) return false;
  return wordIn(toks, first - 2, PUBLISHED_RESULTS);
}

/** A past tense ("was", "missed", "said") between the start of the clause and token `k` (back to a comma or a sentence's end). */
function pastInClauseBefore(toks: Toks, k: number): boolean {
  for (let m = k - 1; m >= 0 && m >= k - FORESEE_REACH; m--) {
    const t = toks[m]!;
    if (t.kind === 'punct' && (t.text === ',' || t.text === ';' || (t.text === '.' && sentenceEnd(toks, m)))) return false;
    if (t.kind !== 'word') continue;
    const w = t.lower;
    if (w === 'was' || w === 'were' || TOLD_PAST.has(w) || (w.length > 4 && w.endsWith('ed'))) return true;
    if (t.newline) return false;
  }
  return false;
}

/**
 * A full stop at `k` ends a sentence: before a line break or the text's end, after a number or a
 * mark ("rose 5%."), or before a capital after a space ("Acme Corp. In March …"; so "U.S. Treasury"
 * ends one too, which only cuts the look back short). Not "Dec. 12", "Acme Corp. said".
 */
const sentenceEnd = (toks: Toks, k: number): boolean => {
  const before = toks[k - 1], next = toks[k + 1];
  if (!next || next.newline || !before || before.kind !== 'word') return true;
  return next.space && /^[A-Z]/.test(next.text);
};

/** Words that are no object of "expects … to": "payment expected in early April to shareholders", "expect this quarter to be better than". */
const NOT_OBJECT: ReadonlySet<string> = new Set(['in', 'on', 'at', 'for', 'of', 'by', 'from', 'with', 'into', 'than', 'and', 'or', 'be']);

/** What "due to" is scheduled to do; other words after it give a cause ("due to remarks on Sunday"). */
const SCHEDULED_ACTS: ReadonlySet<string> = new Set([
  'begin', 'start', 'end', 'meet', 'resume', 'open', 'close', 'report', 'be', 'take', 'vote', 'hold', 'return', 'arrive', 'announce',
  'release', 'sign', 'expire', 'complete', 'finish', 'convene', 'decide', 'rule', 'publish', 'visit', 'leave', 'present', 'submit',
  'issue', 'pay', 'reopen', 'adjourn', 'testify', 'appear', 'deliver', 'discuss', 'hear', 'launch', 'go', 'come', 'set', 'mature',
]);

/** Words before a verb's base form: "will cut", "to proceed". */
const MODALS: ReadonlySet<string> = new Set(['will', 'shall', 'would', 'to', 'may', 'might', 'could', 'should', 'must', 'can', 'll']);

/** Participles after "just" that close a unit: "the year just ended", "the quarter just completed". */
const JUST_ENDED: ReadonlySet<string> = new Set(['ended', 'completed', 'finished', 'closed']);

/**
 * "the year just ended", "the quarter just completed": the last whole unit before the reference
 * date (a year on the text's fiscal calendar: results for "the year just ended" in a story about
 * a March year end are that fiscal year's).
 */
function readJustEnded(toks: Toks, i: number): Match | undefined {
  if (!isWordAt(toks, i + 1, 'just') || !wordIn(toks, i + 2, JUST_ENDED) || !isWordAt(toks, i - 1, 'the', 'fiscal', 'financial')) return undefined;
  const w = wordAt(toks, i)!;
  const unit = w === 'year' ? 'fiscal-year' : w === 'quarter' ? 'quarter' : 'month';
  return match(i, i + 3, { t: 'rel', unit, offset: -1 }, 'period.relative');
}

export const relativeRules: readonly Rule[] = [
  { id: 'period.relative', words: ['year', 'quarter', 'month'], read: readJustEnded },
  { id: 'period.relative', words: [...RELATIVE_MODIFIERS.keys(), ...ANAPHORIC_MODIFIERS.keys()], read: readModified },
  { id: 'period.relative.count', numbers: true, digits: [1, 3], count: true, after: { any: ['upcoming', 'coming', 'next'] }, words: COUNT_WORDS, read: readCountUpcoming },
  { id: 'period.relative.offset', words: ['in'], read: readIn },
  { id: 'period.relative.offset', numbers: true, digits: [1, 3], count: true, after: { any: TIME_UNIT_WORDS }, words: ['a', 'an', ...COUNT_WORDS, 'hundred'], read: readAgo },
  { id: 'period.relative.trailing', words: ['trailing', 'ttm', 'ltm'], read: readTrailing },
  { id: 'period.relative.today', words: ['today', 'yesterday', 'tomorrow', 'tomorrows', 'tmrw', 'tmr', 'day'], read: readDayWord },
  { id: 'period.relative.ytd', words: ['ytd', 'mtd', 'qtd', 'year', 'month', 'quarter'], read: readYtd },
  { id: 'period.relative.ytd', words: ['since', 'from'], read: readSinceStart },
  { id: 'period.relative.rest', words: ['rest', 'remainder', 'balance'], read: readRest },
  { id: 'period.relative.two-away', words: ['month', 'quarter', 'week', 'weekend'], read: readTwoUnitsAway },
  { id: 'period.relative.weekday', words: WEEKDAYS.keys(), read: readWeekdayRule },
];
