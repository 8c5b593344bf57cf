/**
 * Ranges, joined after the single periods are read: "from July 13-15", "between March and
 * May 2019", "28th of September through 5th of October 2008", "January 12, 2016 -
 * 01/22/2016", "from 4 to 22 January 1995", "today till tomorrow", "between now and
 * November 15th". A leading "from"/"between" belongs to the range's span.
 */
import { INCEPTION_WORDS, RANGE_DASHES, RANGE_JOINERS, SCHEDULE_CUES, SCHEDULE_REACH, SEASON_NOUNS } from '../../lexicon/periods';
import type { PeriodSpec } from '../../resolve/period/spec';
import { dayEndsCleanlyAt } from './day';
import { fiscalLabelMonthYear, isWordAt, punctAt, readDayNumber, readMonth, readYearSuffix, splitYearTailAt, stopMarkAt, wordAt, type Match, type Toks } from './read';

/** A range match keeps the single periods it joined, to fall back on if the range is invalid. */
export interface RangeMatch extends Match {
  readonly parts?: readonly Match[];
}

const RANGEABLE = new Set<PeriodSpec['t']>(['day', 'month', 'year', 'quarter', 'half', 'today', 'weekday', 'rel', 'first', 'years', 'holiday']);

/** A joiner at `j`: "to", "through", "till", "-", "–"; "and" only after "between". */
function joinerAt(toks: Toks, j: number, between: boolean): boolean {
  const t = toks[j];
  if (!t) return false;
  if (t.kind === 'punct') return RANGE_DASHES.has(t.text);
  if (t.kind !== 'word') return false;
  if (t.lower === 'and') return between;
  return RANGE_JOINERS.has(t.lower);
}

/** "April-to-June", "1985-through-1987": a joining word hyphenated to both ends (three tokens, no spaces). */
function hyphenatedJoinerAt(toks: Toks, j: number): boolean {
  const t = toks[j], w = toks[j + 1], u = toks[j + 2], n = toks[j + 3];
  return !!t && !!w && !!u && !!n && t.kind === 'punct' && t.text === '-' && !t.space && w.kind === 'word' && !w.space
    && (w.lower === 'to' || w.lower === 'through') && u.kind === 'punct' && u.text === '-' && !u.space && !n.space;
}

/** "January/December 1986", "Jan/Sept": two month names glued by a slash, as newswire tables write a span of months. */
const monthSlashAt = (toks: Toks, j: number, a: PeriodSpec, b: PeriodSpec, bNext: number): boolean =>
  a.t === 'month' && b.t === 'month' && a.year.kind === 'implied' && toks[j]?.kind === 'punct' && toks[j]!.text === '/' && !toks[j]!.space && !toks[j + 1]?.space
  && !splitYearTailAt(toks, bNext);

/** The first token of a range that starts at `s`, with "from"/"between" before it if present. */
function leadAt(toks: Toks, s: number): { start: number; between: boolean; from: boolean } {
  if (isWordAt(toks, s - 1, 'between')) return { start: s - 1, between: true, from: false };
  if (isWordAt(toks, s - 1, 'from')) return { start: s - 1, between: false, from: true };
  return { start: s, between: false, from: false };
}

const day = (d: number): PeriodSpec => ({ t: 'day', d, month: { kind: 'implied' }, year: { kind: 'implied' } });
const hasMonth = (s: PeriodSpec): boolean => s.t === 'day' && s.month.kind !== 'implied';

/**
 * "(inception)", "(date of inception)", "(commencement of operations)" at `j`, after a range's
 * start: the index after its ")"; else `j`.
 */
function afterInceptionAside(toks: Toks, j: number): number {
  if (!punctAt(toks, j, '(')) return j;
  let named = false;
  for (let k = j + 1; k <= j + 5; k++) {
    const t = toks[k];
    if (!t) return j;
    if (t.kind === 'punct') return t.text === ')' && named ? k + 1 : j;
    if (t.kind !== 'word') return j;
    if (INCEPTION_WORDS.has(t.lower)) named = true;
  }
  return j;
}

/** "from inception (May 5, 2019)" around period `a`: the index of "from", else -1. */
function inceptionLeadAt(toks: Toks, a: Match): number {
  const f = a.first;
  return punctAt(toks, f - 1, '(') && punctAt(toks, a.next, ')') && INCEPTION_WORDS.has(wordAt(toks, f - 2) ?? '') && isWordAt(toks, f - 3, 'from') ? f - 3 : -1;
}

/** A bare day number that ends exactly at token `end` ("13", "13th", "twenty-first"). */
function bareDayEndingAt(toks: Toks, end: number, floor: number): { d: number; first: number } | undefined {
  for (let s = end - 1; s >= Math.max(floor, end - 3); s--) {
    const r = readDayNumber(toks, s);
    if (r && r.next === end) {
      const prev = toks[s - 1];
      if (prev && (prev.kind === 'symbol' || prev.kind === 'number' || (prev.kind === 'punct' && !toks[s]!.space))) return undefined;
      return { d: r.value, first: s };
    }
  }
  return undefined;
}

/** Joins adjacent single periods into ranges. `matches` are in text order and do not overlap. */
export function joinRanges(toks: Toks, matches: readonly Match[]): RangeMatch[] {
  const out: RangeMatch[] = [];
  let floor = 0; // no range may reach back before the end of the previous output
  for (let k = 0; k < matches.length; k++) {
    const a = matches[k]!;
    if (!RANGEABLE.has(a.spec.t)) { out.push(a); floor = a.next; continue; }
    let from: PeriodSpec | undefined, fromFirst = a.first;
    let to: PeriodSpec | undefined, toNext = a.next;
    let parts: Match[] = [a];
    // 1. A bare day before: "from 4 to 22 January", "13th to the 15th of July", "1-8 September"
    if (hasMonth(a.spec)) {
      let p = a.first - 1;
      if (isWordAt(toks, p, 'the')) p--;
      if (p > floor && (joinerAt(toks, p, true))) {
        const bd = bareDayEndingAt(toks, p, floor);
        if (bd) {
          let s = bd.first;
          if (isWordAt(toks, s - 1, 'the') && s - 1 >= floor) s--;
          const lead = leadAt(toks, s);
          const and = isWordAt(toks, p, 'and');
          if ((!and || lead.between) && lead.start >= floor) {
            from = day(bd.d); fromFirst = lead.start;
            to = a.spec;
          }
        }
      }
    }
    // 2. "between now and November 15th"
    if (!from && isWordAt(toks, a.first - 1, 'and', 'to', 'until', 'till') && isWordAt(toks, a.first - 2, 'now')) {
      const lead = leadAt(toks, a.first - 2);
      if ((lead.between || lead.from) && lead.start >= floor) { from = { t: 'today', offset: 0 }; fromFirst = lead.start; to = a.spec; }
    }
    if (!from) {
      let lead = leadAt(toks, a.first);
      const b = matches[k + 1];
      let j = a.next;
      // "from the 2027-28 season through 2032-33", "from the 1986/87 crop to the 1988/89 crop":
      // split years named as seasons join past "the" and their noun.
      const season = seasonNounAfter(toks, a);
      if (season) {
        j = a.next + 1;
        if (!lead.from && !lead.between && isWordAt(toks, a.first - 1, 'the')) {
          const wider = leadAt(toks, a.first - 1);
          if (wider.from || wider.between) lead = wider;
        }
      }
      // "from inception (May 5, 2019) through …", "from July 14, 2020 (inception) to …": the
      // start of a company's first period, with its aside.
      const inception = inceptionLeadAt(toks, a);
      if (inception >= 0) { lead = { start: inception, between: false, from: true }; j = a.next + 1; }
      else if (lead.from || lead.between) j = afterInceptionAside(toks, j);
      // "from Jan. 1, 2019, through March 31, 2019": the comma that closes a dated start.
      if ((lead.from || lead.between) && j === a.next && punctAt(toks, j, ',') && datedDayOrMonth(a.spec) && toks[j + 1]?.kind === 'word' && joinerAt(toks, j + 1, lead.between)) j++;
      // 3. Another period after a joiner: "June to August 2019", "2015 - 2016", "today till tomorrow"
      // A dash that ends a line is a table's empty cell, not a joiner: "2029 —\n2030 215.0".
      const joined = !!b && ((joinerAt(toks, j, lead.between) && !(toks[j]!.kind === 'punct' && toks[j + 1]?.newline) && (b.first === j + 1 || (b.first === j + 2 && isWordAt(toks, j + 1, 'the'))))
        || (b.first === j + 3 && hyphenatedJoinerAt(toks, j)) || (b.first === j + 1 && monthSlashAt(toks, j, a.spec, b.spec, b.next)));
      if (joined && a.spec.t === 'weekday' && b.spec.t === 'weekday' && a.spec.weekOffset === undefined && b.spec.weekOffset === undefined && isScheduleAround(toks, lead.start, b.next)) {
        // "open Tuesday to Sunday", "9am-5pm, Monday to Friday": a week's hours, no days at all.
        k++; floor = b.next; continue;
      }
      if (joined && RANGEABLE.has(b.spec.t) && lead.start >= floor && compatible(a.spec, b.spec, toks, j, lead.from || lead.between, lead.between)) {
        from = a.spec; to = b.spec; fromFirst = lead.start; toNext = b.next; parts = [a, b]; k++;
        // "… to the 2032-33 season": the end's noun is the range's.
        if (season && seasonNounAfter(toks, b)) toNext = b.next + 1;
        // "from Tuesday to Thursday next week": the week written at the end is both days'.
        if (from.t === 'weekday' && to.t === 'weekday' && from.weekOffset === undefined && to.weekOffset !== undefined) from = { ...from, weekOffset: to.weekOffset };
        // "next Monday through Wednesday", "from Tuesday to Friday": a bare weekday after a picked
        // or a bare one is the first such day after it (not the latest, which may come before it).
        else if (from.t === 'weekday' && to.t === 'weekday' && to.pick === 'bare' && to.weekOffset === undefined && to.wd !== from.wd) {
          to = { t: 'shift', of: from, unit: 'day', n: (to.wd - from.wd + 7) % 7 };
        }
      } else if (joinerAt(toks, j, lead.between) && (isWordAt(toks, j + 1, 'now', 'present') || (lead.from && isWordAt(toks, j + 1, 'date'))) && (lead.between || lead.from) && lead.start >= floor) {
        // 4. "between Jan 22 and now", "from 2015 to present", "from March 2015 to date"
        from = a.spec; to = { t: 'today', offset: 0 }; fromFirst = lead.start; toNext = j + 2;
      } else if (hasMonth(a.spec) && joinerAt(toks, j, lead.between)) {
        // 5. A bare day after: "July 13-15", "Nov 5th to 7th"
        let s = j + 1;
        if (isWordAt(toks, s, 'the')) s++;
        const r = readDayNumber(toks, s);
        const y = r ? readYearSuffix(toks, r.next) : undefined;
        if (r && !readMonth(toks, r.next) && !isWordAt(toks, r.next, 'of') && dayEndsCleanlyAt(toks, r.next) && (!b || b.first >= r.next)
          && a.spec.t === 'day' && r.value > a.spec.d && (toks[r.next]?.kind !== 'number' || y)) {
          from = a.spec; fromFirst = lead.start;
          if (y && y.value.year.kind === 'abs') { to = { t: 'day', d: r.value, month: { kind: 'implied' }, year: y.value.year }; toNext = y.next; }
          // "June 5 to 9 next year", "Jan 10-12 last year": the relative year is both ends'.
          else if (y && y.value.year.kind === 'rel' && a.spec.year.kind === 'implied') {
            from = { ...a.spec, year: y.value.year };
            to = { t: 'day', d: r.value, month: { kind: 'implied' }, year: y.value.year };
            toNext = y.next;
          }
          else { to = day(r.value); toNext = r.next; }
        }
      }
    }
    if (from && to) {
      // "from now until Friday", "today to Thursday": a bare weekday after today is the coming one.
      if (from.t === 'today' && from.offset >= 0 && to.t === 'weekday' && to.pick === 'bare' && to.weekOffset === undefined) to = { ...to, pick: 'upcoming' };
      // "the April-June quarter", "the July-September period last year": a range of months named
      // as one quarter or period takes the noun, and a year written after it is both ends'.
      if (from.t === 'month' && to.t === 'month') {
        let j = toNext;
        if (isWordAt(toks, j, 'quarter', 'qtr', 'period')) j++;
        // ("the April-September half": six months named as a half take the noun too.)
        else if (isWordAt(toks, j, 'half') && (to.m - from.m + 12) % 12 === 5) j++;
        const y = from.year.kind === 'implied' && to.year.kind === 'implied' ? readYearSuffix(toks, j) : undefined;
        // The end takes the year; the start follows it (resolve's fillRange). Not the first half of a split year ("of 1986/87").
        if (y && !y.value.fiscal && y.value.year.kind !== 'implied' && !splitYearTailAt(toks, y.next)) {
          to = { ...to, year: y.value.year };
          j = y.next;
        } else if (y && y.value.year.kind === 'abs' && from.m <= to.m && splitYearTailAt(toks, y.next) && splitYearEndsAt(toks, y.next + 1, y.value.year.y)) {
          // "the July-September quarter of 2026-27": months of a fiscal year written as a split
          // year. July to December fall in its first year and January to March in its second
          // under the April and the July calendars alike; April to June differ, and stay apart.
          const year = from.m >= 7 ? y.value.year.y : to.m <= 3 ? y.value.year.y + 1 : undefined;
          if (year !== undefined) {
            to = { ...to, year: { kind: 'abs', y: year } };
            j = y.next + 2;
          }
        } else if (y && y.value.fiscal && y.value.year.kind === 'abs' && !y.value.year.split && from.m <= to.m) {
          // "the October-December quarter of FY25": months of a fiscal year named by its end year.
          const year = fiscalLabelMonthYear(from.m, y.value.year.y) === fiscalLabelMonthYear(to.m, y.value.year.y) ? fiscalLabelMonthYear(to.m, y.value.year.y) : undefined;
          if (year !== undefined) {
            to = { ...to, year: { kind: 'abs', y: year } };
            j = y.next;
          }
        }
        toNext = j;
      }
      out.push({ first: fromFirst, next: toNext, spec: { t: 'range', from, to }, rule: 'period.range', parts });
      floor = toNext;
      // The range may have read a year that was also a period of its own ("June 5-7 1999").
      while (k + 1 < matches.length && matches[k + 1]!.first < toNext) k++;
    } else {
      out.push(a);
      floor = a.next;
    }
  }
  return out;
}

/** Whether a split year ("2027-28", "1986/87") is followed by a season's noun ("season", "crop"). */
const seasonNounAfter = (toks: Toks, m: Match): boolean =>
  m.spec.t === 'years' && !!m.spec.split && SEASON_NOUNS.has(wordAt(toks, m.next) ?? '');

/** The second year of a split year at `k` ("27" or "2027" after 2026), one after `y`. */
const splitYearEndsAt = (toks: Toks, k: number, y: number): boolean => {
  const t = toks[k];
  if (!t || t.kind !== 'number' || !/^\d+$/.test(t.text)) return false;
  const v = Number(t.text);
  return (t.text.length === 2 && v === (y + 1) % 100) || (t.text.length === 4 && v === y + 1);
};

const datedDayOrMonth = (s: PeriodSpec): boolean => (s.t === 'day' || s.t === 'month') && s.year.kind === 'abs';

/** A sentence's end at `k`: a full stop, semicolon, "!" or "?" (not the dot of "a.m."). */
const sentenceEndAt = (toks: Toks, k: number): boolean => {
  if (!stopMarkAt(toks, k)) return false;
  const p = toks[k - 1];
  return !(toks[k]!.text === '.' && p?.kind === 'word' && p.text.length === 1);
};

/**
 * Whether a weekday range from `first` to `next` sits among words of opening or working hours
 * (SCHEDULE_CUES) or next to a clock time ("10:00", "9am", "1800 local time"), in its sentence.
 */
function isScheduleAround(toks: Toks, first: number, next: number): boolean {
  const look = (k: number): boolean => {
    const t = toks[k]!;
    if (t.kind === 'word') return SCHEDULE_CUES.has(t.lower);
    // A clock time: "10:00", "17:30".
    return t.kind === 'number' && toks[k + 1]?.kind === 'punct' && toks[k + 1]!.text === ':' && !toks[k + 1]!.space && toks[k + 2]?.kind === 'number' && !toks[k + 2]!.space;
  };
  for (let k = first - 1; k >= 0 && k >= first - SCHEDULE_REACH && !sentenceEndAt(toks, k); k--) if (look(k)) return true;
  for (let k = next; k < toks.length && k < next + SCHEDULE_REACH && !sentenceEndAt(toks, k); k++) if (look(k)) return true;
  return false;
}

/** Whether two adjacent periods plausibly form one range (not "2019 q3 - 2020 q1" lists of unlike things). */
function compatible(a: PeriodSpec, b: PeriodSpec, toks: Toks, j: number, opened: boolean, between = false): boolean {
  // "from 2016 to May 5th, 2019": a year, then a dated day or month, when "from"/"between"
  // opens it. Not a month then a year: "from February 1985 to 1986" compares the two Februaries.
  if (opened && a.t === 'year' && !a.fiscal && datedDayOrMonth(b)) return true;
  // But "between May 2015 and 2018" bounds one span, to the end of the later year. Only a
  // month: "between December 31, 2020 and 2021" may compare one day of two years, as filings do.
  if (between && a.t === 'month' && b.t === 'year' && !b.fiscal && b.year.kind === 'abs' && a.year.kind === 'abs' && b.year.y > a.year.y) return true;
  // "2000 - 2001" needs both to be years, "March - 2019" is not a range.
  // "from 2015 to today" runs to the reference date.
  if ((a.t === 'year' || a.t === 'years') && b.t === 'today' && b.offset === 0) return wordAt(toks, j) !== undefined;
  if (a.t === 'year' || b.t === 'year' || a.t === 'years' || b.t === 'years') return (a.t === 'year' || a.t === 'years') && (b.t === 'year' || b.t === 'years');
  if (a.t === 'rel' || b.t === 'rel') return wordAt(toks, j) !== undefined;
  return true;
}
