/**
 * Period recognisers: one file per phrase family, dispatched on the lower-case text of a
 * token (or on any number token), so each token tries only the rules it can start. At each
 * token the longest reading wins; then ranges are joined (range.ts) and every period is
 * resolved in text order, so anaphora ("the year-earlier period") sees what came before.
 *
 * Families: year.ts, quarter.ts, half.ts, fiscal.ts, months-ended.ts, month.ts, day.ts,
 * week.ts, relative.ts, anaphora.ts, range.ts; then years shared by coordinated periods
 * (coordination.ts), and a game's quarters and halves dropped (game.ts).
 */
import type { Doc } from '../../document';
import type { Token } from '../../scan/tokens';
import { PERIOD, registerWordClass, WORD_NUMBER } from '../../scan/word-classes';
import { COMPARISON_BASE_WORDS, COMPARISON_TARGET_WORDS, MONTHS, NUMBER_FOLLOWERS, RANGE_DASHES, TIME_UNIT_WORDS, UNITS, WEEKDAY_PLURALS } from '../../lexicon/periods';
import { UNIT_WORD_VALUES } from '../../scan/number-words';
import { toISO, type YMD } from '../../resolve/period/calendar';
import { fiscalStartAfter } from '../../resolve/period/fiscal';
import { Antecedents, resolvePeriod, type ResolveContext } from '../../resolve/period/resolve';
import type { PeriodFigure, PeriodImplied } from '../../types';
import { anaphoraRules } from './anaphora';
import { shareYears } from './coordination';
import { dayRules } from './day';
import { fiscalRules } from './fiscal';
import { isGamePart } from './game';
import { halfRules } from './half';
import { monthRules } from './month';
import { monthsEndedRules } from './months-ended';
import { quarterRules } from './quarter';
import { joinRanges, type RangeMatch } from './range';
import { digitsAt, intAt, isDigits, isWordAt, punctAt, wordAt, type Match, type Rule, type Toks } from './read';
import type { PeriodSpec } from '../../resolve/period/spec';
import { relativeRules } from './relative';
import { weekRules } from './week';
import { yearRules } from './year';

/** In priority order: on equal length, the earlier rule wins. */
const RULES: readonly Rule[] = [
  ...anaphoraRules, ...fiscalRules, ...monthsEndedRules, ...quarterRules, ...halfRules, ...weekRules,
  ...dayRules, ...monthRules, ...yearRules, ...relativeRules,
];

const BY_WORD = new Map<string, Rule[]>();
const ON_NUMBER: Rule[] = [];
const ON_DOTTED: Rule[] = [];
for (const rule of RULES) {
  if (rule.numbers) ON_NUMBER.push(rule);
  if (rule.dotted) ON_DOTTED.push(rule);
  for (const w of rule.words ?? []) {
    const list = BY_WORD.get(w);
    if (!list) BY_WORD.set(w, [rule]);
    else if (!list.includes(rule)) list.push(rule);
  }
}

// One bit on each token says whether its word starts any period rule: most words cost nothing.
registerWordClass(BY_WORD.keys(), PERIOD);

type Reader = Rule['read'];

/**
 * The read functions of `rules`, in order. readPeriods calls these straight from an array:
 * reading `read` off rule objects of a dozen different shapes was a megamorphic property
 * load on every attempt.
 */
const readersOf = (rules: readonly Rule[]): readonly Reader[] => rules.map((r) => r.read);

/** The rules that can read a four-digit number followed by ordinary text: the year itself ("1987 earnings", "2000 AD"). */
const YEAR_ALONE_RULES = ON_NUMBER.filter((r) => r.id === 'period.year' || r.id === 'period.year.era');
const ON_DOTTED_NUMBER = readersOf(ON_DOTTED);

const startsWithDigits = (rule: Rule, length: number): boolean => !rule.digits || (rule.digits[0] <= length && length <= rule.digits[1]);

/** The rules a four-digit number can start: a count, an ordinal or a day is never that long. */
const FOUR_DIGIT_RULES = ON_NUMBER.filter((r) => startsWithDigits(r, 4));

/**
 * Rules sorted by the token after their start (Rule.after): `spaced` by a spaced word,
 * `glued` by a glued word or mark, `other` by anything else (or nothing). Rules whose
 * `after` does not apply are in every list. Each list keeps RULES order, so the earlier
 * rule still wins a tie.
 */
interface ByNext {
  readonly spaced: ReadonlyMap<string, readonly Reader[]>;
  readonly glued: ReadonlyMap<string, readonly Reader[]>;
  readonly other: readonly Reader[];
}

/** Each rule's `after` words and marks, read once (they may be given as one-shot iterators). */
const AFTER = new Map(RULES.map((r) => [r, { any: new Set(r.after?.any), glued: new Set(r.after?.glued) }]));

/** `rules` sorted by what follows their start, `after` applying to the rules where `applies` holds. */
function byNext(rules: readonly Rule[], applies: (r: Rule) => boolean): ByNext {
  const follows = (r: Rule, w: string, glued: boolean): boolean => !applies(r) || AFTER.get(r)!.any.has(w) || (glued && AFTER.get(r)!.glued.has(w));
  const table = (glued: boolean): Map<string, readonly Reader[]> => {
    const words = new Set(rules.filter(applies).flatMap((r) => [...AFTER.get(r)!.any, ...(glued ? AFTER.get(r)!.glued : [])]));
    return new Map([...words].map((w) => [w, readersOf(rules.filter((r) => follows(r, w, glued)))]));
  };
  return { spaced: table(false), glued: table(true), other: readersOf(rules.filter((r) => !applies(r))) };
}

/** The readers of `table` worth trying when `next` follows the start token. */
function readersBefore(table: ByNext, next: Token | undefined): readonly Reader[] {
  const list = next === undefined ? undefined
    : next.kind === 'word' ? (next.space ? table.spaced : table.glued).get(next.lower)
    : next.kind === 'punct' && !next.space ? table.glued.get(next.text) : undefined;
  return list ?? table.other;
}

/** The rules a number of one to three digits can start, by what follows it. */
const NUMBER_RULES: readonly ByNext[] = [1, 2, 3].map((length) => byNext(ON_NUMBER.filter((r) => startsWithDigits(r, length)), (r) => !!r.after));
/** The same for a four-digit number before ordinary text ("1987 earnings"), and before anything else. */
const YEAR_ALONE = byNext(YEAR_ALONE_RULES, (r) => !!r.after);
const FOUR_DIGITS = byNext(FOUR_DIGIT_RULES, (r) => !!r.after);

/** A spaced word after a number that can carry it into a period ("6 months", "15 March", "3 Mondays", "1987 to"). */
const continuesPeriod = (lower: string): boolean => NUMBER_FOLLOWERS.has(lower) || MONTHS.has(lower) || UNITS.has(lower) || WEEKDAY_PLURALS.has(lower);

/**
 * True when what follows a four-digit number cannot continue a longer period: a spaced word
 * that starts no period ("1987 profits"), a symbol, a spaced mark other than a dash or slash,
 * or a glued comma or full stop ending the phrase ("in 1987, ..."). Glued forms ("2019Q1",
 * "1987/88", "2019-05") and period words ("2019 H2", "1987 first quarter") keep every rule.
 */
function yearFollowedByPlainText(toks: Toks, i: number): boolean {
  const next = toks[i + 1];
  if (!next) return true;
  if (!next.space) return next.kind === 'punct' && (next.text === ',' || next.text === '.') && (toks[i + 2]?.space ?? true);
  switch (next.kind) {
    case 'word': return !(next.cls & PERIOD) && !continuesPeriod(next.lower);
    case 'symbol': return true;
    case 'punct': return !RANGE_DASHES.has(next.text) && next.text !== '/';
    default: return false;
  }
}

/**
 * Rules worth trying on a number token: plain numbers of up to four digits start most
 * periods; "10.31.1974" only a numeric date; "1,500", "2.5" and long numbers none.
 */
function numberRules(toks: Toks, i: number): readonly Reader[] | undefined {
  const text = toks[i]!.text;
  if (text.length <= 4 && isDigits(text)) {
    if (text.length === 4) return readersBefore(yearFollowedByPlainText(toks, i) ? YEAR_ALONE : FOUR_DIGITS, toks[i + 1]);
    // A short number starts a period only when something period-like follows it.
    const next = toks[i + 1];
    if (!next) return undefined;
    if (next.space && !(next.kind === 'word' ? continuesPeriod(next.lower) : next.kind === 'punct' && RANGE_DASHES.has(next.text))) return undefined;
    // Then only the rules that can read what follows.
    const list = readersBefore(NUMBER_RULES[text.length - 1]!, next);
    return list.length > 0 ? list : undefined;
  }
  if (text.length >= 5 && text.length <= 10 && text.indexOf('.') > 0 && text.indexOf('.') !== text.lastIndexOf('.')) return ON_DOTTED_NUMBER;
  return undefined;
}

const unitAt = (toks: Toks, i: number): boolean => {
  const w = wordAt(toks, i);
  return w !== undefined && TIME_UNIT_WORDS.has(w);
};

/**
 * Cheap first checks for the commonest words that start periods, so "a" and "in" (one word
 * in twenty of English) skip their rules unless a period can follow: "a year ago", "a
 * month earlier" need a unit next; "in two weeks", "in a month" a count next.
 */
const GUARDS: ReadonlyMap<string, (toks: Toks, i: number) => boolean> = new Map([
  ['a', (toks: Toks, i: number) => unitAt(toks, i + 1)],
  ['an', (toks: Toks, i: number) => unitAt(toks, i + 1)],
  ['in', (toks: Toks, i: number) => { const n = toks[i + 1]; return !!n && (n.kind === 'number' || (n.cls & WORD_NUMBER) !== 0); }],
]);

/**
 * Two word classes of the period recogniser's own, so that "a", "an" and "in" are skipped on
 * class bits alone, before their text is cut and looked up: GUARDED marks the words in
 * GUARDS, PERIOD_UNIT the words `unitAt` accepts. High bits, clear of the shared classes
 * listed in scan/word-classes.ts.
 */
const GUARDED = 1 << 24;
const PERIOD_UNIT = 1 << 25;
registerWordClass(GUARDS.keys(), GUARDED);
registerWordClass(TIME_UNIT_WORDS, PERIOD_UNIT);

/** Every guard asks for a number, a number word or a unit next: without one, a guarded word starts nothing. */
const mayPassGuard = (toks: Toks, i: number): boolean => {
  const n = toks[i + 1];
  return n !== undefined && (n.kind === 'number' || (n.cls & (WORD_NUMBER | PERIOD_UNIT)) !== 0);
};

/**
 * What a word can start: its guard, if any, and the readers of its rules in RULES order;
 * for a one-word count ("six", not "twenty-five"), those readers sorted by the token after
 * it, as after a number (Rule.count). One lookup per word.
 */
interface WordStart {
  readonly guard: ((toks: Toks, i: number) => boolean) | undefined;
  readonly readers: readonly Reader[];
  readonly byNext: ByNext | undefined;
}

const WORD_STARTS: ReadonlyMap<string, WordStart> = new Map([...BY_WORD].map(([w, rules]) => [w, {
  guard: GUARDS.get(w),
  readers: readersOf(rules),
  byNext: UNIT_WORD_VALUES.has(w) ? byNext(rules, (r) => !!r.count && !!r.after) : undefined,
}]));

function wordReaders(toks: Toks, i: number): readonly Reader[] | undefined {
  const start = WORD_STARTS.get(toks[i]!.lower);
  if (!start || (start.guard && !start.guard(toks, i))) return undefined;
  return start.byNext ? readersBefore(start.byNext, toks[i + 1]) : start.readers;
}

/** A period never runs across a line break ("prior\n\nYear"). */
function crossesLine(toks: Toks, m: Match): boolean {
  for (let k = m.first + 1; k < m.next; k++) if (toks[k]!.newline) return true;
  return false;
}

/**
 * Reads the single periods, longest first at each token, left to right. `starts`: the only
 * tokens worth trying (numbers and classed words, in order); all tokens when not given.
 */
export function readPeriods(toks: Toks, starts?: readonly number[]): Match[] {
  const out: Match[] = [];
  const n = starts ? starts.length : toks.length;
  let next = 0;
  for (let s = 0; s < n; s++) {
    const i = starts ? starts[s]! : s;
    if (i < next) continue;
    const t = toks[i]!;
    const readers = t.kind === 'word' ? (t.cls & PERIOD && !(t.cls & GUARDED && !mayPassGuard(toks, i)) ? wordReaders(toks, i) : undefined) : t.kind === 'number' ? numberRules(toks, i) : undefined;
    let best: Match | undefined;
    if (readers) {
      for (let k = 0; k < readers.length; k++) {
        let m: Match | undefined;
        try { m = readers[k]!(toks, i); } catch { m = undefined; }
        if (m && m.next > i && (!best || m.next > best.next) && !crossesLine(toks, m)) best = m;
      }
    }
    if (best) { out.push(best); next = best.next; }
  }
  return out;
}

/** A lower-case word at `i`: running text, not the next cell of a table. */
const lowerWordAt = (toks: Toks, i: number): boolean => toks[i]?.kind === 'word' && toks[i]!.text === toks[i]!.lower;

/** The spec of `m` moved to year `y`, when `m` ends with the year it states (else undefined). */
function inYear(toks: Toks, m: Match, y: number): PeriodSpec | undefined {
  if (digitsAt(toks, m.next - 1) !== 4) return undefined;
  const s = m.spec;
  const abs = { kind: 'abs' as const, y };
  switch (s.t) {
    case 'day': case 'month': case 'quarter': case 'half': case 'first':
      return s.year.kind === 'abs' ? { ...s, year: abs } : undefined;
    case 'year': return s.fiscal && s.year.kind === 'abs' ? { ...s, year: abs } : undefined;
    case 'ending':
      return (s.end.t === 'day' || s.end.t === 'month') && s.end.year.kind === 'abs' ? { ...s, end: { ...s.end, year: abs } } : undefined;
    default: return undefined;
  }
}

/**
 * Parallel years in filings: "the six months ended June 30, 2020 and 2019", "as of December
 * 31, 2021 and 2020", "fiscal 2021, 2020 and 2019". A bare year listed right after a period
 * that ends with its own year is the same period in that year.
 */
function parallelYears(toks: Toks, matches: RangeMatch[]): RangeMatch[] {
  const out = matches.slice();
  for (let k = 0; k < out.length; k++) {
    const a = out[k]!;
    // The cheap tests first: nearly every period is followed by something other than a bare
    // year, and inYear builds a moved copy of the spec.
    if (digitsAt(toks, a.next - 1) !== 4) continue;
    let prevNext = a.next;
    for (let j = k + 1; j < out.length; j++) {
      const b = out[j]!;
      if (b.spec.t !== 'year' || b.spec.fiscal || b.spec.year.kind !== 'abs' || b.next !== b.first + 1) break;
      // Only ",", "and", ", and" between the two; or nothing, in a table's head, the years one
      // apart and no clause going on after ("December 31, 2021 2020 Assets", not "Dec 14, 1984
      // 1985 results include").
      const gap = b.first - prevNext;
      const joined = (gap === 1 && (punctAt(toks, prevNext, ',') || isWordAt(toks, prevNext, 'and')))
        || (gap === 2 && punctAt(toks, prevNext, ',') && isWordAt(toks, prevNext + 1, 'and'))
        || (gap === 0 && Math.abs(b.spec.year.y - intAt(toks, prevNext - 1)!) === 1 && !lowerWordAt(toks, b.next));
      if (!joined) break;
      const spec = inYear(toks, a, b.spec.year.y);
      if (!spec) break;
      out[j] = { first: b.first, next: b.next, spec, rule: `${a.rule}.parallel` };
      prevNext = b.next;
      k = j;
    }
  }
  return out;
}

const toYMD = (d: Date | undefined): YMD | undefined => (d ? { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() } : undefined);

/**
 * The sixteen ways a period can be implied, each one frozen object that every figure with
 * that combination shares (index: year 1, fiscalYearStart 2, relative 4, anaphora 8).
 */
const IMPLIED: readonly PeriodImplied[] = Array.from({ length: 16 }, (_, k) => {
  const out: { -readonly [K in keyof PeriodImplied]: PeriodImplied[K] } = {};
  if (k & 1) out.year = true;
  if (k & 2) out.fiscalYearStart = true;
  if (k & 4) out.relative = true;
  if (k & 8) out.anaphora = true;
  return Object.freeze(out);
});

/** `im` with only its true flags, as a shared frozen object. */
const cleanImplied = (im: PeriodImplied): PeriodImplied =>
  IMPLIED[(im.year ? 1 : 0) | (im.fiscalYearStart ? 2 : 0) | (im.relative ? 4 : 0) | (im.anaphora ? 8 : 0)]!;

/**
 * "the year ended June 30, 2024", "fiscal 2024 ended June 30": twelve months to a stated
 * end ("the fiscal year beginning April 1": from a stated start); or the end itself stated of
 * the fiscal year: "whose fiscal year ends June 30", "its fiscal year ended in September".
 */
const statesFiscalYear = (m: RangeMatch, verb: string | undefined): boolean => {
  if (m.spec.t === 'ending') return (m.spec.months === 12 && (m.rule.startsWith('period.unit-ended') || m.rule.startsWith('period.fiscal.ending'))) || m.spec.yearEndsAfter !== undefined;
  if (m.spec.t === 'starting') return m.spec.months === 12 && !!m.spec.fiscal;
  return verb !== undefined;
};

/**
 * The verb before a month or day stated as the fiscal year's end ("fiscal year ends in
 * September", "fiscal years, which end on September 30").
 */
const statedEndVerb = (toks: Toks, m: RangeMatch): string | undefined => {
  if (m.spec.t !== 'day' && m.spec.t !== 'month') return undefined;
  let k = m.first - 1;
  if (isWordAt(toks, k, 'on', 'in')) k--;
  if (!isWordAt(toks, k, 'ends', 'ended', 'ending', 'end')) return undefined;
  const verb = toks[k]!.lower;
  k--;
  if (isWordAt(toks, k, 'which', 'that')) { k--; if (punctAt(toks, k, ',')) k--; }
  return isWordAt(toks, k, 'year', 'years') && isWordAt(toks, k - 1, 'fiscal') ? verb : undefined;
};

/**
 * "whose fiscal year ends in September", "its fiscal year ends June 30": a calendar stated in
 * the present, a month or day of every year; it sets the fiscal calendar but is no period.
 */
const statesCalendarOnly = (m: RangeMatch, verb: string | undefined): boolean =>
  (verb === 'ends' || verb === 'end') && 'year' in m.spec && m.spec.year.kind === 'implied';

/**
 * Whether the period at `first` is the base of a comparison: "… compared with RMB1.3 billion in
 * the first quarter", "up from $4bn in the fourth quarter". Read back over the figure, a few
 * tokens, to a comparison word in the same clause.
 */
function isComparisonBase(toks: Toks, m: Match): boolean {
  let k = m.first - 1;
  if (isWordAt(toks, k, 'the')) k--;
  if (!isWordAt(toks, k, 'in', 'for', 'during')) return false;
  // "from 283 mln in the first quarter a year ago": the anaphor right after reads this period.
  if (isWordAt(toks, m.next, 'a', 'the') && isWordAt(toks, m.next + 1, 'year')) return false;
  let number = false;
  // Back over the figure, and over a list of bases ("against 70 in February and 98 in March 1986"),
  // to the comparison word; a target ("to 161,266 in May") or the clause's end stops.
  for (let j = k - 1; j >= 0 && j >= k - 12; j--) {
    const t = toks[j]!;
    if (t.kind === 'number') number = true;
    else if (t.kind === 'punct' && (t.text === ';' || (t.text === '.' && toks[j + 1]!.space))) return false;
    else if (t.kind === 'word') {
      if (COMPARISON_BASE_WORDS.has(t.lower)) return t.lower !== 'from' || number;
      if (COMPARISON_TARGET_WORDS.has(t.lower)) return false;
    }
  }
  return false;
}

/** A day or month written without its year ("May 1", "November"). */
const yearless = (s: PeriodSpec): boolean => (s.t === 'day' || s.t === 'month') && s.year.kind === 'implied';

/** After period `m`, where the next member of its list would start (", ", "and", "or", ", and"), or -1. */
function listedAfter(toks: Toks, m: RangeMatch): number {
  let g = m.next;
  if (punctAt(toks, g, ',')) g++;
  if (isWordAt(toks, g, 'and', 'or')) g++;
  return g === m.next ? -1 : g;
}

/**
 * "payable on May 1 and November 1 of each year", "June 30 of every year": days or months of
 * every year, no one period, as "every March" (month.ts). The year-less list from `k` on is
 * read to its end, which says "of each year", "each year" or "every year".
 */
function recursYearly(toks: Toks, matches: readonly RangeMatch[], k: number): boolean {
  for (let m = matches[k]!; ;) {
    let j = m.next;
    if (isWordAt(toks, j, 'of')) j++;
    if (isWordAt(toks, j, 'each', 'every') && isWordAt(toks, j + 1, 'year')) return true;
    const g = listedAfter(toks, m);
    const n = matches[++k];
    if (g < 0 || !n || n.first !== g || !yearless(n.spec)) return false;
    m = n;
  }
}

/** Finds every period in the document, in text order, non-overlapping. Never throws. */
export function recognisePeriods(doc: Doc): PeriodFigure[] {
  try {
    return run(doc);
  } catch {
    return [];
  }
}

function run(doc: Doc): PeriodFigure[] {
  const toks = doc.tokens;
  const matches = shareYears(toks, parallelYears(toks, joinRanges(toks, readPeriods(toks, doc.marked))));
  const antecedents = new Antecedents();
  // Mutable here only: a stated fiscal year end (below) updates the calendar in place.
  const ctx: { -readonly [K in keyof ResolveContext]: ResolveContext[K] } = {
    ref: toYMD(doc.options.referenceDate),
    fiscalYearStart: doc.options.fiscalYearStart,
    fiscalGiven: doc.options.fiscalYearStartGiven,
    antecedents,
  };
  const figures: PeriodFigure[] = [];
  type Fig = { -readonly [K in keyof PeriodFigure]: PeriodFigure[K] };
  // "forecast a rise for the current fiscal year … the year to March 2025": the first stated year
  // end also gives its calendar to the fiscal periods before it, which are read again then.
  let stated = false;
  let assumed: Array<{ m: RangeMatch; fig: Fig }> | undefined;
  let lastAnaphor = -1;
  for (const m of matches) if (m.spec.t === 'anaphora') lastAnaphor = m.first;
  const emit = (m: RangeMatch): void => {
    const r = resolvePeriod(m.spec, ctx);
    if (r.unresolved && r.unresolved !== 'needs referenceDate') {
      // An impossible range ("May 30 - 2"): keep its parts; an impossible date: drop it.
      if (m.parts) for (const p of m.parts) emit(p);
      return;
    }
    const start = toks[m.first]!.start, end = toks[m.next - 1]!.end;
    const fig: Fig = {
      kind: 'period',
      span: { start, end },
      text: doc.text.slice(start, end),
      rule: m.rule,
      granularity: r.granularity,
      implied: cleanImplied(r.implied),
    };
    if (r.iv) {
      fig.start = toISO(r.iv.start);
      fig.end = toISO(r.iv.end);
      // Only anaphora read antecedents: after the last one, none is needed.
      if (m.spec.t !== 'anaphora' && m.first < lastAnaphor && !isComparisonBase(toks, m)) antecedents.add({ iv: r.iv, granularity: r.granularity });
      // "results for the year ended June 30 … revenue in fiscal 2023": a year's stated end
      // gives the text's fiscal calendar to the periods after it, unless the caller set one.
      // The latest statement wins: a text about two companies moves from one calendar to the next.
      const verb = statedEndVerb(toks, m);
      if (!doc.options.fiscalYearStartGiven && statesFiscalYear(m, verb)) {
        const after = m.spec.t === 'ending' ? m.spec.yearEndsAfter ?? 0 : 0;
        ctx.fiscalYearStart = ((fiscalStartAfter(r.iv.end) - 1 + after) % 12) + 1;
        ctx.fiscalGiven = true;
        if (!stated && assumed) for (const a of assumed) reread(a.m, a.fig);
        stated = true;
      }
      if (statesCalendarOnly(m, verb)) return;
      if (!stated && r.implied.fiscalYearStart) (assumed ??= []).push({ m, fig });
    } else {
      fig.unresolved = r.unresolved ?? 'needs referenceDate';
    }
    figures.push(fig);
  };
  /** A figure resolved on the assumed fiscal calendar, resolved again on the stated one. */
  const reread = (m: RangeMatch, fig: Fig): void => {
    const r = resolvePeriod(m.spec, ctx);
    if (!r.iv) return;
    fig.start = toISO(r.iv.start);
    fig.end = toISO(r.iv.end);
    fig.granularity = r.granularity;
    fig.implied = cleanImplied(r.implied);
  };
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    if (isGamePart(toks, m)) continue;
    if (yearless(m.spec) && recursYearly(toks, matches, k)) {
      // The rest of the list recurs too.
      while (k + 1 < matches.length && yearless(matches[k + 1]!.spec) && listedAfter(toks, matches[k]!) === matches[k + 1]!.first) k++;
      continue;
    }
    emit(m);
  }
  return figures;
}
