/**
 * Periods that refer back to the latest period in the text: "the year-earlier period", "the
 * year-ago quarter", "the prior-year quarter", "the same period last year", "a year
 * earlier", "the previous quarter", "the following year", "the comparable period". They
 * resolve against that period, moved back (or on) a year or one unit; with none before
 * them, against the reference date.
 */
import { ANAPHORIC_MODIFIERS, ENDING_WORDS, GROSS_OF, HALF_RESULT_WORDS, MONTHS, MONTHS_SO_FAR_NOUNS, NOT_SO_FAR_AFTER, PREPOSITION_OBJECT_OPENERS, SO_FAR_CUES, UNITS, WEEKDAYS, YEAR_UNIT_NOUNS } from '../../lexicon/periods';
import { ABS, type PeriodSpec } from '../../resolve/period/spec';
import { COUNT_WORDS, digitsAt, fiscalNounAt, HYPHENS, hyphenAt, isWordAt, match, punctAt, readCount, readMonth, readWeekday, readYear, readYearSuffix, splitYearTailAt, stopMarkAt, wordAt, wordIn, type Match, type Read, type Rule, type Toks } from './read';
import { readOrdinalPeriod } from './quarter';

type Want = 'quarter' | 'year' | 'month' | 'half' | 'week' | 'day' | undefined;

/** Period nouns after a year-shift adjective, and the antecedent granularity they ask for. */
const NOUNS: ReadonlyMap<string, Want | 'any'> = new Map<string, Want | 'any'>([
  ['period', 'any'], ['periods', 'any'], ['quarter', 'quarter'], ['qtr', 'quarter'], ['month', 'month'], ['months', 'any'],
  ['half', 'half'], ['year', 'year'], ['fiscal', 'any'], ['week', 'week'],
]);

const UNIT_MONTHS: ReadonlyMap<string, number> = new Map([['quarter', 3], ['qtr', 3], ['year', 12], ['month', 1], ['half', 6]]);

/** A fallback for a year-back reference with nothing to refer to: the same unit a year before the reference date. */
function yearBack(want: Want): PeriodSpec {
  switch (want) {
    case 'quarter': return { t: 'rel', unit: 'quarter', offset: -4 };
    case 'month': return { t: 'rel', unit: 'month', offset: -12 };
    case 'half': return { t: 'rel', unit: 'half', offset: -2 };
    case 'week': return { t: 'rel', unit: 'week', offset: -52 };
    default: return { t: 'rel', unit: 'year', offset: -1 };
  }
}

/**
 * An ordinal quarter or half at `j` after a word that moves it a year back ("year-ago", "prior"):
 * the quarter or half as written alone, a year earlier. Not with its own year ("the prior first
 * quarter of 1986" names it, and one with its end stated is read whole).
 */
function yearBackPart(toks: Toks, j: number): Read<PeriodSpec> | undefined {
  const op = readOrdinalPeriod(toks, j);
  if (!op || op.value.fiscal || readYearSuffix(toks, op.next)) return undefined;
  // ("the previous third quarter ended November 30 last year": the quarter with its end is read whole.)
  if (wordIn(toks, op.next, ENDING_WORDS) || punctAt(toks, op.next, '(')) return undefined;
  const year = { kind: 'implied', back: 1 } as const;
  return { value: op.value.unit === 'quarter' ? { t: 'quarter', q: op.value.n, year } : { t: 'half', h: op.value.n, year }, next: op.next };
}

/** The noun after a year-shift adjective: "period", "quarter", "fiscal year", "six months". */
function readNoun(toks: Toks, j: number): Read<Want> | undefined {
  const w = wordAt(toks, j);
  const n = w === undefined ? undefined : NOUNS.get(w);
  if (n === undefined) return undefined;
  if (w === 'fiscal') return isWordAt(toks, j + 1, 'year', 'quarter', 'period') ? { value: isWordAt(toks, j + 1, 'quarter') ? 'quarter' : isWordAt(toks, j + 1, 'year') ? 'year' : undefined, next: j + 2 } : undefined;
  return { value: n === 'any' ? undefined : n, next: j + 1 };
}

/**
 * "the year after next": two calendar years on, read here beside "the year before last" (`j`:
 * the word after "year"). Not when "next" opens the next phrase: "the year after next month's vote".
 */
function afterNext(toks: Toks, i: number, j: number, other: boolean): Match | undefined {
  if (other || !isWordAt(toks, j, 'after') || !isWordAt(toks, j + 1, 'next') || !isWordAt(toks, i - 1, 'the')) return undefined;
  const w = wordAt(toks, j + 2);
  if (w !== undefined && (UNITS.has(w) || MONTHS.has(w) || WEEKDAYS.has(w) || w === 'weekend')) return undefined;
  return match(i, j + 2, { t: 'rel', unit: 'year', offset: 2 }, 'period.relative');
}

/** "before" at `j` opens a phrase of its own ("a year before the merger", "a month before May 3", "a year before tax"), not an anaphor. */
const beforeOpensPhrase = (toks: Toks, j: number): boolean =>
  isWordAt(toks, j, 'before') && (wordIn(toks, j + 1, PREPOSITION_OBJECT_OPENERS) || wordIn(toks, j + 1, GROSS_OF) || readMonth(toks, j + 1) !== undefined || readWeekday(toks, j + 1) !== undefined || toks[j + 1]?.kind === 'number');

/** How far back in its sentence "the year-earlier period" looks for a year, in tokens. */
const SENTENCE_REACH = 40;

/** A four-digit year earlier in the sentence before token `i` (back to a full stop). */
function yearEarlierInSentence(toks: Toks, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - SENTENCE_REACH; k--) {
    const t = toks[k]!;
    if (t.kind === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?')) return false;
    if (t.kind === 'number' && t.text.length === 4 && /^(?:19|20)\d\d$/.test(t.text)) return true;
  }
  return false;
}

/** "year-earlier period", "year-ago quarter", "year earlier", "a year ago", "the year before last", "the year after next". */
function readYearShift(toks: Toks, i: number): Match | undefined {
  let first = i;
  let j = i;
  const article = isWordAt(toks, j, 'a');
  if (article) j++;
  if (!isWordAt(toks, j, 'year')) return undefined;
  j++;
  const hy = hyphenAt(toks, j);
  if (hy) j++;
  if (!isWordAt(toks, j, 'earlier', 'ago', 'before', 'previously')) return afterNext(toks, i, j, article || hy);
  // "the year before Monday", "a year before the merger": "before" opens a phrase of its own.
  if (beforeOpensPhrase(toks, j)) return undefined;
  // "the year before last": two calendar years back, not an anaphor.
  // Not when "last" opens the next phrase: "the year before last month's election".
  const afterLast = wordAt(toks, j + 2);
  const lastOpensPhrase = afterLast !== undefined && (UNITS.has(afterLast) || MONTHS.has(afterLast) || WEEKDAYS.has(afterLast) || afterLast === 'weekend');
  if (!article && !hy && isWordAt(toks, j, 'before') && isWordAt(toks, j + 1, 'last') && isWordAt(toks, i - 1, 'the') && !lastOpensPhrase) {
    return match(i, j + 2, { t: 'rel', unit: 'year', offset: -2 }, 'period.relative');
  }
  j++;
  // "the year-ago first quarter": that quarter, a year before the one written alone.
  const part = yearBackPart(toks, j);
  if (part) return match(first, part.next, part.value, 'period.anaphora.year-earlier');
  const noun = readNoun(toks, j);
  if (noun) {
    // "EPS in the quarter was $2.21, up from $1.93 in the year-ago period": the unit the
    // sentence names asks for the antecedent of that unit, not the latest period of any kind.
    const want = noun.value ?? bareUnitBefore(toks, first);
    // ("expects 2025 earnings of … Net income was $5.8 billion, up from $3.2 billion in the
    // year-earlier period": the period results were reported for, not the year still running.)
    // (Not after a year of its own sentence: "expects 2025 revenue of $10bn, up from $9.1bn in
    // the year-earlier period" is the year before that one.)
    const ended = !want && !yearEarlierInSentence(toks, first);
    return match(first, noun.next, { t: 'anaphora', months: -12, want, fallback: yearBack(want), ...(ended ? { ended } : {}) }, 'period.anaphora.year-earlier');
  }
  // Adverb: "a year earlier", "from a year ago", "than a year before"; an adjective before another noun ("year-earlier sales") is not a period.
  if (hy && toks[j]?.kind === 'word') return undefined;
  if (!article && !hy) {
    const prev = wordAt(toks, i - 1);
    if (prev !== 'the' && prev !== 'from' && prev !== 'than' && prev !== 'with') return undefined;
  }
  if (article && isWordAt(toks, j, 'than')) return undefined;
  const fallback: PeriodSpec = article || !hy ? { t: 'offset', unit: 'year', n: -1 } : yearBack(undefined);
  first = article ? i : i;
  // "Revenue for the quarter rose 4% to $17.3bn, compared with $16.7bn a year earlier": the unit
  // the sentence names is what moves back a year, as for "the year-ago period".
  const want = bareUnitBefore(toks, first) ?? (dayBefore(toks, first) ? 'day' : undefined);
  if (want) return match(first, j, { t: 'anaphora', months: -12, want, fallback }, 'period.anaphora.year-earlier');
  const done = !periodInSentence(toks, first);
  return match(first, j, { t: 'anaphora', months: -12, fallback, ...(done ? { done } : {}) }, 'period.anaphora.year-earlier');
}

/**
 * A period named earlier in the sentence of token `i`: a month, a unit of time ("quarter",
 * "year") or a four-digit year. Without one, "a year earlier" compares results (PeriodSpec `done`).
 */
function periodInSentence(toks: Toks, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - UNIT_EARLIER_REACH; k--) {
    const t = toks[k]!;
    if (t.kind === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?') && toks[k + 1]!.space) return false;
    if (toks[k + 1]!.newline) return false;
    if (digitsAt(toks, k) === 4) return true;
    if (t.kind === 'word' && (MONTHS.has(t.lower) || SPAN_WORDS.has(t.lower) || WEEKDAYS.has(t.lower))) return true;
  }
  return false;
}

/** Units a bare "the quarter", "the half" names, for a "year-ago period" later in its sentence. */
const BARE_UNITS: ReadonlyMap<string, Want> = new Map([['quarter', 'quarter'], ['qtr', 'quarter'], ['half', 'half']]);

/**
 * "in the quarter", "for the half" earlier in the sentence of token `i` (the noun right after
 * "the", after "in", "for" or "during"): the unit a following "year-ago period" refers back to.
 */
function bareUnitBefore(toks: Toks, i: number): Want {
  for (let k = i - 1; k >= 2 && k >= i - UNIT_EARLIER_REACH; k--) {
    const t = toks[k]!;
    if (t.kind === 'punct' && (t.text === '.' || t.text === ';' || t.text === '!' || t.text === '?') && toks[k + 1]!.space) return undefined;
    if (toks[k + 1]!.newline) return undefined;
    // (A period named nearer, "… in the quarter, while revenue was $10 billion in 2024, up from
    // $9 billion a year earlier", is what the anaphor moves back from.)
    if (digitsAt(toks, k) === 4) return undefined;
    if (t.kind !== 'word') continue;
    if (MONTHS.has(t.lower) || t.lower === 'year') return undefined;
    const unit = BARE_UNITS.get(t.lower);
    if (unit && isWordAt(toks, k - 1, 'the') && isWordAt(toks, k - 2, 'in', 'for', 'during') && !hyphenAt(toks, k + 1)) return unit;
  }
  return undefined;
}

/** Words before a day that make it the moment a level stood at: "at 31 March", "as of June 30", "on December 31". */
const AT_DAY: ReadonlySet<string> = new Set(['at', 'on', 'of']);
/** Words of a longer period: named nearer than a day, it is what "a year earlier" moves back from. */
const SPAN_WORDS: ReadonlySet<string> = new Set(['year', 'quarter', 'qtr', 'half', 'months', 'weeks', 'period']);

/**
 * "Net debt rose to £20.9bn at 31 March from £19.5bn a year earlier": a day that a level stood
 * at, written earlier in the sentence of token `i` (after "at", "on", "as of", with no longer
 * period named nearer), is what the anaphor moves back from: the same day a year before, not
 * the latest quarter or year of the text.
 */
function dayBefore(toks: Toks, i: number): boolean {
  for (let k = i - 1; k >= 1 && k >= i - UNIT_EARLIER_REACH; k--) {
    const t = toks[k]!;
    if (t.kind === 'punct' && (t.text === '.' || t.text === ';' || t.text === '!' || t.text === '?') && toks[k + 1]!.space) return false;
    if (toks[k + 1]!.newline) return false;
    if (t.kind !== 'word') continue;
    if (SPAN_WORDS.has(t.lower)) return false;
    if (!MONTHS.has(t.lower)) continue;
    // "31 March" or "March 31" (perhaps with its year after), right after "at"/"on"/"as of".
    const dayFirst = digitsAt(toks, k - 1) === 1 || digitsAt(toks, k - 1) === 2;
    const dayAfter = digitsAt(toks, k + 1) === 1 || digitsAt(toks, k + 1) === 2;
    if (dayFirst) return wordIn(toks, k - 2, AT_DAY);
    if (dayAfter) return wordIn(toks, k - 1, AT_DAY);
    return false;
  }
  return false;
}

/** Units "a … earlier" moves back by, in months, besides the year (readYearShift). */
const SHIFT_UNITS: ReadonlyMap<string, { months: number; want: Want }> = new Map([
  ['month', { months: 1, want: 'month' }], ['quarter', { months: 3, want: 'quarter' }],
]);

/** How far back "a month earlier" looks for the month it moves back from, in tokens. */
const UNIT_EARLIER_REACH = 40;

/** A month (or quarter) named earlier in the sentence of token `i`: what "a month earlier" moves back from. */
function unitNamedBefore(toks: Toks, i: number, want: Want): boolean {
  for (let k = i - 1; k >= 0 && k >= i - UNIT_EARLIER_REACH; k--) {
    const t = toks[k]!;
    if (t.kind === 'punct' && (t.text === '.' || t.text === ';' || t.text === '!' || t.text === '?') && toks[k + 1]!.space) return false;
    if (toks[k + 1]!.newline) return false;
    if (t.kind !== 'word') continue;
    if (want === 'month' ? MONTHS.has(t.lower) : t.lower === 'quarter' || t.lower === 'qtr' || /^q[1-4]$/.test(t.lower)) return true;
  }
  return false;
}

/**
 * "a month earlier", "a quarter before", "a month previously": the month (quarter) named
 * earlier in the sentence, moved back one ("rose in February from a month earlier" is
 * January); with none there, the month (quarter) before the reference date's. Not "a month
 * before the vote" nor "a month earlier than planned".
 */
function readUnitEarlier(toks: Toks, i: number): Match | undefined {
  const unit = SHIFT_UNITS.get(wordAt(toks, i + 1) ?? '');
  if (!unit || !isWordAt(toks, i + 2, 'earlier', 'before', 'previously')) return undefined;
  const j = i + 3;
  if (beforeOpensPhrase(toks, i + 2)) return undefined;
  if (isWordAt(toks, j, 'than')) return undefined;
  const previous: PeriodSpec = { t: 'rel', unit: unit.want === 'quarter' ? 'quarter' : 'month', offset: -1 };
  if (!unitNamedBefore(toks, i, unit.want)) return match(i, j, previous, 'period.anaphora.unit-earlier');
  return match(i, j, { t: 'anaphora', months: -unit.months, want: unit.want, fallback: previous }, 'period.anaphora.unit-earlier');
}

/** Words that may follow "the prior year" as a period of its own ("the prior year and ..."). */
const AFTER_PRIOR_YEAR: ReadonlySet<string> = new Set(['and', 'or', 'to', 'of', 'in', 'when', 'as', 'for']);

/** "prior-year period", "prior year quarter", "the prior year", "last-year period". */
function readPriorYear(toks: Toks, i: number): Match | undefined {
  let j = i + 1;
  if (hyphenAt(toks, j)) j++;
  if (!isWordAt(toks, j, 'year')) return undefined;
  j++;
  // "the prior-year fourth quarter", "Prior year 4th qtr": that quarter, a year before the one
  // written alone, as after "year-ago". ("last year" names a calendar year: "last year fourth
  // quarter" is read as the two periods.)
  const part = wordAt(toks, i) === 'last' ? undefined : yearBackPart(toks, j);
  if (part) return match(i, part.next, part.value, 'period.anaphora.prior-year');
  const noun = readNoun(toks, j);
  if (noun && noun.value !== 'year') return match(i, noun.next, { t: 'anaphora', months: -12, want: noun.value, fallback: yearBack(noun.value) }, 'period.anaphora.prior-year');
  if (wordAt(toks, i) !== 'prior' && wordAt(toks, i) !== 'previous') return undefined;
  // "the prior year": the year before the latest period's year.
  if (toks[j]?.kind === 'word' && !wordIn(toks, j, AFTER_PRIOR_YEAR)) return undefined;
  // (Its sentence naming no period, the year before one that has ended: see readPrevious.)
  const done = !periodInSentence(toks, i);
  return match(i, j, { t: 'anaphora', months: -12, want: 'year', fallback: { t: 'rel', unit: 'year', offset: -1 }, ...(done ? { done } : {}) }, 'period.anaphora.prior-year');
}

/** Whole months that make a quarter, a half or a year. */
const MONTH_SPANS: ReadonlyMap<number, Want> = new Map([[3, 'quarter'], [6, 'half'], [12, 'year']]);

/** "three months", "6 months", "12 months" at `j`: the span, as the unit it makes. */
export function monthSpan(toks: Toks, j: number): Read<{ months: number; want: Want }> | undefined {
  const c = readCount(toks, j, 12);
  if (!c || !isWordAt(toks, c.next, 'months')) return undefined;
  const want = MONTH_SPANS.get(c.value);
  return want && { value: { months: c.value, want }, next: c.next + 1 };
}

/** "the previous quarter", "the following year", "the preceding month", "the prior quarter". */
function readPrevious(toks: Toks, i: number): Match | undefined {
  const off = ANAPHORIC_MODIFIERS.get(wordAt(toks, i) ?? '');
  if (off === undefined) return undefined;
  const w = wordAt(toks, i + 1);
  // "the prior corresponding period" (Australian results' "pcp"), "the previous comparable
  // quarter": the comparison period of "the corresponding period", with its modifier in the span.
  if (off < 0 && (w === 'corresponding' || w === 'comparable')) {
    const same = readSame(toks, i + 1);
    return same && match(i, same.next, same.spec, same.rule);
  }
  if (w === 'week') return match(i, i + 2, { t: 'rel', unit: 'week', offset: off }, 'period.anaphora.previous');
  // "NZ$10.15 for the 2024/25 season, up from NZ$7.80 in the previous season": the season a year
  // before the latest one named; none without one ("the previous season" of a league dates nothing).
  if (off < 0 && w === 'season') return match(i, i + 2, { t: 'anaphora', months: -12, want: 'year', named: true, fallback: { t: 'rel', unit: 'year', offset: -1 } }, 'period.anaphora.previous');
  // "the prior first quarter", "the previous fourth quarter": that quarter a year before.
  const part = off < 0 ? yearBackPart(toks, i + 1) : undefined;
  if (part) return match(i, part.next, part.value, 'period.anaphora.previous');
  // ("the previous financial year": the British, Indian and Australian name of a fiscal year.)
  if ((w === 'fiscal' || w === 'financial') && isWordAt(toks, i + 2, 'year')) return match(i, i + 3, { t: 'anaphora', months: 12 * off, want: 'year', fallback: { t: 'rel', unit: 'fiscal-year', offset: off } }, 'period.anaphora.previous');
  // ("up 32% from the previous fiscal": Indian English's noun for the fiscal year, as "the last
  // fiscal" is in relative.ts; not "the previous fiscal quarter" or "the prior fiscal deficit".)
  if (w === 'fiscal' && fiscalNounAt(toks, i + 1)) return match(i, i + 2, { t: 'anaphora', months: 12 * off, want: 'year', fallback: { t: 'rel', unit: 'fiscal-year', offset: off } }, 'period.anaphora.previous');
  // "52 percent in the third quarter from 46 percent in the previous three months", "in November
  // to January … than in the previous three months": three, six or twelve months before the
  // latest period of as many months, as "the previous quarter" is before the latest quarter.
  const span = monthSpan(toks, i + 1);
  if (span) return match(i, span.next, { t: 'anaphora', months: span.value.months * off, want: span.value.want, span: true, fallback: { t: 'rel-n', unit: 'month', n: span.value.months, dir: off < 0 ? -1 : 1 } }, 'period.anaphora.previous');
  const months = w === undefined ? undefined : UNIT_MONTHS.get(w);
  if (months === undefined) return undefined;
  if (punctAt(toks, i + 2, '-') || isWordAt(toks, i + 2, 'end')) return undefined; // "prior year-end"
  const want: Want = w === 'qtr' ? 'quarter' : (w as Want);
  const unit = want === 'quarter' ? 'quarter' : want === 'half' ? 'half' : want === 'month' ? 'month' : 'year';
  // ("members rose 34% from the prior quarter", "against 104.8 billion yen in the previous year",
  // its sentence naming no period: results compared with the quarter or year before are of one
  // that has ended, PeriodSpec `done`.)
  const done = off < 0 && (want === 'quarter' || want === 'year') && !periodInSentence(toks, i);
  return match(i, i + 2, { t: 'anaphora', months: months * off, want, fallback: { t: 'rel', unit, offset: off }, ...(done ? { done } : {}) }, 'period.anaphora.previous');
}

/**
 * "the same period last year", "the same quarter a year earlier", "the comparable period", "the
 * corresponding quarter of last year", "the same quarter of 2018".
 */
function readSame(toks: Toks, i: number): Match | undefined {
  const lead = wordAt(toks, i);
  let j = i + 1;
  // "the comparable 2020 period", "the same 1986 quarter": that unit, in that year.
  if (digitsAt(toks, j) === 4) {
    const y = readYear(toks, j);
    const spec = y && yearUnitAnaphor(toks, y.next, y.value);
    return spec && match(i, spec.next, spec.value, 'period.anaphora.same');
  }
  const noun = readNoun(toks, j);
  if (!noun) return undefined;
  j = noun.next;
  let k = j;
  if (isWordAt(toks, k, 'of', 'in')) k++;
  if (isWordAt(toks, k, 'the')) k++;
  let shifted = false;
  if (isWordAt(toks, k, 'last', 'previous', 'prior') && isWordAt(toks, k + 1, 'year')) { shifted = true; j = k + 2; }
  else if (isWordAt(toks, k, 'a') && isWordAt(toks, k + 1, 'year') && isWordAt(toks, k + 2, 'earlier', 'ago', 'before')) { shifted = true; j = k + 3; }
  else if (isWordAt(toks, k, 'year') && hyphenAt(toks, k + 1) && isWordAt(toks, k + 2, 'earlier', 'ago')) { shifted = true; j = k + 3; }
  if (!shifted) {
    // "the same quarter of 2018", "the corresponding period in 2022": that unit, in that year.
    const y = isWordAt(toks, j, 'of', 'in') ? readYear(toks, j + 1) : undefined;
    // Not a split year or a range of years ("the same period of 1985/86"): that is a period of its own.
    if (y && !splitYearTailAt(toks, y.next)) return match(i, y.next, { t: 'anaphora', months: 0, want: noun.value, inYear: y.value, fallback: { t: 'year', year: ABS(y.value) } }, 'period.anaphora.same');
    if (lead === 'same') return undefined;
  }
  return match(i, j, { t: 'anaphora', months: -12, want: noun.value, fallback: yearBack(noun.value) }, 'period.anaphora.same');
}


/**
 * After year `y`, a unit noun at `j` ("the 1985 quarter", "the comparable 2020 period"): the
 * latest period of that unit, moved into year `y`; with none before it, the year.
 */
export function yearUnitAnaphor(toks: Toks, j: number, y: number): Read<PeriodSpec> | undefined {
  const w = wordAt(toks, j);
  if (w === undefined || !YEAR_UNIT_NOUNS.has(w) || hyphenAt(toks, j + 1)) return undefined;
  const want = NOUNS.get(w);
  return { value: { t: 'anaphora', months: 0, want: want === 'any' ? undefined : want, inYear: y, fallback: { t: 'year', year: ABS(y) } }, next: j + 1 };
}

/**
 * "for the full year", "over the whole year", "for the full fiscal year": the year of the latest period named before it
 * ("nine-month profit ... growth of 8% for the full year" is that year; a fiscal year stays
 * itself); with none, the reference date's year. Needs "the"; not "the full year 2025" or
 * "the full year in 1987" (the year says it), "the full year to June" nor "the full year-end".
 */
function readFullYear(toks: Toks, i: number): Match | undefined {
  // "the full fiscal year", "the whole financial year": the year of the stated fiscal calendar.
  const y = isWordAt(toks, i + 1, 'fiscal', 'financial') ? i + 2 : i + 1;
  if (!isWordAt(toks, y, 'year') || !isWordAt(toks, i - 1, 'the')) return undefined;
  if (hyphenAt(toks, y + 1) || digitsAt(toks, y + 1) === 4 || isWordAt(toks, y + 1, 'to', 'ended', 'ending')) return undefined;
  // ("the full fiscal year, ending May 30": the year's own end.)
  if (punctAt(toks, y + 1, ',') && isWordAt(toks, y + 2, 'ended', 'ending')) return undefined;
  if (isWordAt(toks, y + 1, 'of', 'in') && digitsAt(toks, y + 2) === 4) return undefined;
  // ("the full year FY25", "the full year of fiscal 2024": the label says which year.)
  if (!punctAt(toks, y + 1, ',') && readYearSuffix(toks, y + 1)?.value.fiscal) return undefined;
  return match(i, y + 1, { t: 'anaphora', months: 0, wholeYear: true, fallback: { t: 'rel', unit: 'year', offset: 0 } }, 'period.anaphora.full-year');
}

/** Words of a measure's basis between "nine-month" and its noun: "nine-month adjusted EBITDA", "six-month underlying profit". */
const RESULT_BASIS_WORDS: ReadonlySet<string> = new Set(['adjusted', 'underlying', 'core', 'recurring', 'comparable', 'reported', 'organic']);

/** Words right before "nine-month profit" that leave it the months of results so far. */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'our']);

/** How far the sentence of "the nine months" is searched each way for signs of results, in tokens. */
const RESULTS_REACH = 30;

/**
 * The sentence of tokens [first, next) reports results: a currency symbol, or a word of money
 * or results (SO_FAR_CUES: "cts", "profit", "sales", "quarter").
 */
function reportsResults(toks: Toks, first: number, next: number): boolean {
  let k = first;
  while (k > 0 && first - k < RESULTS_REACH && !toks[k]!.newline && !(stopMarkAt(toks, k - 1) && toks[k]!.space)) k--;
  for (; k < toks.length && k - next < RESULTS_REACH; k++) {
    if (k >= next && ((stopMarkAt(toks, k) && (toks[k + 1]?.space ?? true)) || toks[k]!.newline)) break;
    const t = toks[k]!;
    if (t.kind === 'symbol' && t.text !== '%') return true;
    if (t.kind === 'word' && SO_FAR_CUES.has(t.lower)) return true;
  }
  return false;
}

/** Period nouns after "latest" / "most recent": the antecedent they ask for, and their unit without one. */
const LATEST_UNITS: ReadonlyMap<string, { readonly want: Want; readonly unit: 'quarter' | 'half' | 'month' | 'year' }> = new Map([
  ['quarter', { want: 'quarter', unit: 'quarter' }], ['qtr', { want: 'quarter', unit: 'quarter' }],
  ['half', { want: 'half', unit: 'half' }], ['month', { want: 'month', unit: 'month' }], ['year', { want: 'year', unit: 'year' }],
] as const);

/**
 * "in the latest quarter", "its most recent fiscal year", "Latest quarter net includes …": the
 * period the story reports, named back (the latest quarter, half, month or year named before
 * it, once it has ended); with none, the last whole one before the reference date, as "last
 * quarter" is. After a determiner, or opening a sentence. Not "the latest quarter-point cut",
 * "the latest half-hour", nor "January, the latest month for which data were available" (a
 * description of the period just named).
 */
function readLatest(toks: Toks, i: number): Match | undefined {
  const j = isWordAt(toks, i, 'most') ? (isWordAt(toks, i + 1, 'recent') ? i + 2 : -1) : i + 1;
  if (j < 0) return undefined;
  if (i > 0 && !wordIn(toks, i - 1, DETERMINERS) && !toks[i]!.newline && !stopMarkAt(toks, i - 1)) return undefined;
  const fiscal = isWordAt(toks, j, 'fiscal', 'financial');
  const k = fiscal ? j + 1 : j;
  const w = wordAt(toks, k);
  const found = w === undefined ? undefined : LATEST_UNITS.get(w);
  if (!found || hyphenAt(toks, k + 1) || (fiscal && w !== 'year' && w !== 'quarter')) return undefined;
  // ("January, the latest month for which data were available": a description of the period named.)
  if (isWordAt(toks, k + 1, 'for') && isWordAt(toks, k + 2, 'which')) return undefined;
  const unit = fiscal && w === 'year' ? 'fiscal-year' : found.unit;
  return match(i, k + 1, { t: 'anaphora', months: 0, want: found.want, ended: true, fallback: { t: 'rel', unit, offset: -1 } }, 'period.anaphora.latest');
}

/** Words before "the nine months" that make it the months results are given for: "in", "for", "during", "over". */
const SO_FAR_BEFORE: ReadonlySet<string> = new Set(['in', 'for', 'during', 'over']);

/**
 * "for the nine months", "in the six months", "the nine-month total", "nine-month profit": the
 * months of results so far, named back (anaphora `upTo`): the latest period of as many months,
 * or the months up to the latest quarter that has ended. With none named, the months up to the
 * end of the quarter before the reference date's, in a sentence of results only ("nine-month
 * profit" in a headline, before the story names its quarter); elsewhere no period ("if during
 * the three months the trader …" is a length). Three, six or nine months only; the span is
 * the count and "months", as annotators mark it. Not a length: "a nine-month high", "over the
 * six months since the deal", "the three months to June" (a period of its own, months-ended.ts).
 */
function readMonthsSoFar(toks: Toks, i: number): Match | undefined {
  const c = readCount(toks, i, 9);
  if (!c || c.value % 3 !== 0) return undefined;
  let next: number;
  if (isWordAt(toks, c.next, 'months')) {
    // "for the nine months", "in the six months, …": after "the", and that after SO_FAR_BEFORE.
    if (!isWordAt(toks, i - 1, 'the') || !wordIn(toks, i - 2, SO_FAR_BEFORE) || wordIn(toks, c.next + 1, NOT_SO_FAR_AFTER)) return undefined;
    if (hyphenAt(toks, c.next + 1)) return undefined;
    // ("the six months from April 1", "the three months from December to February": a period of its own.)
    if (isWordAt(toks, c.next + 1, 'from') && (readMonth(toks, c.next + 2) !== undefined || toks[c.next + 2]?.kind === 'number' && digitsAt(toks, c.next + 2) === 4)) return undefined;
    next = c.next + 1;
  } else {
    // "the nine-month total", "nine-month net profit": a noun of results after it.
    // ("nine-month adjusted EBITDA": past a word of the measure's basis.)
    const noun = wordIn(toks, c.next + 2, RESULT_BASIS_WORDS) ? c.next + 3 : c.next + 2;
    if (!hyphenAt(toks, c.next) || !isWordAt(toks, c.next + 1, 'month') || !wordIn(toks, noun, MONTHS_SO_FAR_NOUNS)) return undefined;
    // After "the", "its", or a name ("Alpenre nine-month profit"): not "a nine-month delay",
    // "the strongest three-month period since 2021". After "a" only before a result:
    // "posted a nine-month adjusted EBITDA of 2.9 billion euros".
    const before = toks[i - 1];
    const opensLine = !before || toks[i]!.newline;
    const result = isWordAt(toks, i - 1, 'a') && wordIn(toks, noun, HALF_RESULT_WORDS);
    if (!opensLine && !result && !wordIn(toks, i - 1, DETERMINERS) && !(before.kind === 'word' && before.text !== before.lower)) return undefined;
    if (isWordAt(toks, noun + 1, 'since')) return undefined;
    next = c.next + 2;
  }
  const fallback: PeriodSpec = { t: 'ending', months: c.value, end: { t: 'rel', unit: 'quarter', offset: -1 } };
  // With nothing named before, only in a sentence of results: "6 cts a share in the quarter and 10
  // cts in the six months" (a table named the quarter), not "if during the three months the trader …".
  const named = !reportsResults(toks, i, next);
  return match(i, next, { t: 'anaphora', months: 0, upTo: c.value, fallback, ...(named ? { named } : {}) }, 'period.anaphora.months-so-far');
}

export const anaphoraRules: readonly Rule[] = [
  { id: 'period.anaphora.months-so-far', numbers: true, digits: [1, 1], count: true, after: { any: ['months'], glued: HYPHENS }, words: COUNT_WORDS, read: readMonthsSoFar },
  { id: 'period.anaphora.full-year', words: ['full', 'whole', 'entire'], read: readFullYear },
  { id: 'period.anaphora.latest', words: ['latest', 'most'], read: readLatest },
  { id: 'period.anaphora.year-earlier', words: ['year', 'a'], read: readYearShift },
  { id: 'period.anaphora.unit-earlier', words: ['a'], read: readUnitEarlier },
  { id: 'period.anaphora.prior-year', words: ['prior', 'previous', 'last'], read: readPriorYear },
  { id: 'period.anaphora.previous', words: [...ANAPHORIC_MODIFIERS.keys()], read: readPrevious },
  { id: 'period.anaphora.same', words: ['same', 'comparable', 'corresponding'], read: readSame },
];
