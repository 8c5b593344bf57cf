/**
 * Which period rules each token can start, and the single periods read from them. Rules are
 * dispatched on a token's lower-case word, or on a number by its length and what follows it,
 * so most tokens try no rule at all; at each token the longest reading wins.
 */
import type { Token } from '../../scan/tokens';
import { PERIOD, registerWordClass, WORD_NUMBER } from '../../scan/word-classes';
import { MONTHS, NUMBER_FOLLOWERS, RANGE_DASHES, TIME_UNIT_WORDS, UNITS, WEEKDAY_PLURALS } from '../../lexicon/periods';
import { ARTICLE_COUNTS, UNIT_WORD_VALUES } from '../../scan/number-words';
import { anaphoraRules } from './anaphora';
import { dayRules } from './day';
import { fiscalRules } from './fiscal';
import { halfRules } from './half';
import { holidayRules } from './holiday';
import { monthRules } from './month';
import { monthsEndedRules } from './months-ended';
import { quarterRules } from './quarter';
import { isDigits, wordAt, type Match, type Rule, type Toks } from './read';
import { relativeRules } from './relative';
import { seasonRules } from './calendar-seasons';
import { weekRules } from './week';
import { yearRules } from './year';

/** In priority order: on equal length, the earlier rule wins. */
const RULES: readonly Rule[] = [
  ...anaphoraRules, ...fiscalRules, ...monthsEndedRules, ...quarterRules, ...halfRules, ...weekRules,
  ...dayRules, ...monthRules, ...yearRules, ...relativeRules, ...seasonRules, ...holidayRules,
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

/**
 * `rules` sorted by what follows their start, `after` applying to the rules where `applies`
 * holds. One pass over the rules in order: a rule that `after` does not restrict joins every
 * list, so each list keeps RULES order (filtering the rules once per word made this the
 * costliest table built at import).
 */
function byNext(rules: readonly Rule[], applies: (r: Rule) => boolean): ByNext {
  const table = (glued: boolean): Map<string, readonly Reader[]> => {
    const lists = new Map<string, Reader[]>();
    for (const r of rules) {
      if (!applies(r)) continue;
      for (const w of AFTER.get(r)!.any) lists.set(w, []);
      if (glued) for (const w of AFTER.get(r)!.glued) lists.set(w, []);
    }
    for (const r of rules) {
      if (!applies(r)) {
        for (const list of lists.values()) list.push(r.read);
        continue;
      }
      const after = AFTER.get(r)!;
      for (const w of after.any) lists.get(w)!.push(r.read);
      if (glued) for (const w of after.glued) if (!after.any.has(w)) lists.get(w)!.push(r.read);
    }
    return lists;
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

/** "a couple days ago", "a couple of weeks ago": the unit after "couple" and "of". */
const unitAfterCouple = (toks: Toks, i: number): boolean =>
  coupleAt(toks, i + 1) && (unitAt(toks, i + 2) || (wordAt(toks, i + 2) === 'of' && unitAt(toks, i + 3)));

/**
 * Cheap first checks for the commonest words that start periods, so "a" and "in" (one word
 * in twenty of English) skip their rules unless a period can follow: "a year ago", "a
 * month earlier" need a unit next; "in two weeks", "in a month" a count next.
 */
const GUARDS: ReadonlyMap<string, (toks: Toks, i: number) => boolean> = new Map([
  ['a', (toks: Toks, i: number) => unitAt(toks, i + 1) || unitAfterCouple(toks, i)],
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

/**
 * "couple" in "a couple of days ago" (ARTICLE_COUNTS): its length is checked before its text is
 * cut, as this runs after every "a".
 */
const coupleAt = (toks: Toks, i: number): boolean => {
  const t = toks[i];
  return t !== undefined && t.kind === 'word' && t.end - t.start === 6 && ARTICLE_COUNTS.has(t.lower);
};

/** Every guard asks for a number, a number word, a unit or "couple" next: without one, a guarded word starts nothing. */
const mayPassGuard = (toks: Toks, i: number): boolean => {
  const n = toks[i + 1];
  return n !== undefined && (n.kind === 'number' || (n.cls & (WORD_NUMBER | PERIOD_UNIT)) !== 0 || coupleAt(toks, i + 1));
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
