/**
 * Named holidays: "christmas eve", "thanksgiving 2019", "easter of last year", "last
 * memorial day", "this past halloween", "new year's day". One day each, by the rule of its
 * date in lexicon/holidays.ts.
 */
import { HOLIDAY_DEADLINES, HOLIDAY_FOLLOWERS, HOLIDAY_NOT_AFTER, HOLIDAYS, type Holiday } from '../../lexicon/holidays';
import type { Pick } from '../../resolve/period/spec';
import { glued, isWordAt, match, punctAt, readYearSuffix, wordAt, wordIn, type Match, type Read, type Rule, type Toks } from './read';
import { deadlineAhead, foreseenBefore, futureBefore } from './relative';

/** Each holiday's names by their first word, longest first, so that "christmas eve" wins over "christmas". */
const BY_FIRST: ReadonlyMap<string, readonly { readonly words: readonly string[]; readonly holiday: Holiday }[]> = (() => {
  const map = new Map<string, { words: readonly string[]; holiday: Holiday }[]>();
  for (const h of HOLIDAYS) {
    for (const words of h.names) {
      const list = map.get(words[0]!) ?? [];
      list.push({ words, holiday: h });
      map.set(words[0]!, list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

/**
 * The index after a possessive glued on at `j` ("year's", "mothers'"), or after a glued full
 * stop ("st.", "jr."), between two words of a name; `j` when there is none.
 */
function skipJoin(toks: Toks, j: number): number {
  if (!glued(toks, j)) return j;
  if (punctAt(toks, j, "'", '’')) return isWordAt(toks, j + 1, 's') && glued(toks, j + 1) ? j + 2 : j + 1;
  return punctAt(toks, j, '.') ? j + 1 : j;
}

/** A holiday's name at `i`, the longest one written there. */
function readHolidayName(toks: Toks, i: number): Read<Holiday> | undefined {
  const list = BY_FIRST.get(wordAt(toks, i) ?? '');
  if (!list) return undefined;
  for (const { words, holiday } of list) {
    let j = i + 1;
    let k = 1;
    for (; k < words.length; k++) {
      j = skipJoin(toks, j);
      if (!isWordAt(toks, j, words[k]!)) break;
      j++;
    }
    if (k === words.length) return { value: holiday, next: j };
  }
  return undefined;
}

/**
 * The name at `first`…`next` stands as a day, not as a modifier: it ends its clause or a
 * function word follows ("on christmas eve.", "over easter and into april"), not a noun
 * ("christmas sales", "the easter recess"), a possessive ("easter's timing") or a hyphen.
 */
function standsAlone(toks: Toks, next: number): boolean {
  const t = toks[next];
  if (!t || t.newline) return true;
  if (t.kind === 'word') return HOLIDAY_FOLLOWERS.has(t.lower);
  if (t.kind !== 'punct') return false;
  return !(glued(toks, next) && (punctAt(toks, next, "'", '’', '-') || t.text === '\u2013'));
}

/** "a late easter", "the christmas season": an article just before, or one word before it. */
const articleBefore = (toks: Toks, i: number): boolean =>
  isWordAt(toks, i - 1, 'a', 'an', 'the') || (isWordAt(toks, i - 2, 'a', 'an', 'the') && toks[i - 1]?.kind === 'word');

/**
 * The words "new year's eve" and "new year's day" are dispatched on: "year", read back to "new".
 * "new" itself, one of the commonest words, would be marked a period word everywhere ("18 mln
 * new shares"), which the money readers take as no unit.
 */
const NEW_YEAR_WORDS: readonly string[] = ['year', 'years'];

/** period.holiday: a holiday's name, after "this", "last", "next", "this past" or "this coming", or with its year after it. */
function readHoliday(toks: Toks, at: number): Match | undefined {
  let i = at;
  let w = wordAt(toks, i)!;
  if (w === 'year' || w === 'years') {
    if (!isWordAt(toks, i - 1, 'new')) return undefined;
    i--; w = 'new';
  }
  let j = i;
  let pick: Pick | undefined;
  if (w === 'this' || w === 'last' || w === 'next') {
    if (w === 'this' && isWordAt(toks, i + 1, 'past')) { pick = 'last'; j = i + 2; }
    else if (w === 'this' && isWordAt(toks, i + 1, 'coming', 'upcoming')) { pick = 'next'; j = i + 2; }
    else { pick = w; j = i + 1; }
  }
  const name = readHolidayName(toks, j);
  if (!name) return undefined;
  // (Nor after a year: "the 2019 christmas" is not the year rule's christmas.)
  if (wordIn(toks, i - 1, HOLIDAY_NOT_AFTER) || toks[i - 1]?.kind === 'number') return undefined;
  const date = name.value.date;
  // "thanksgiving 2013", "labor day of last year", "christmas eve this year".
  const ys = pick === undefined ? readYearSuffix(toks, name.next) : undefined;
  if (ys && !ys.value.fiscal && ys.value.year.kind !== 'implied') return match(i, ys.next, { t: 'holiday', date, year: ys.value.year }, 'period.holiday');
  if (!standsAlone(toks, name.next)) return undefined;
  if (pick === undefined && ((articleBefore(toks, i) && !name.value.article) || (wordIn(toks, i - 1, HOLIDAY_DEADLINES) && !futureBefore(toks, i) && !deadlineAhead(toks, i) && !foreseenBefore(toks, i)))) return undefined;
  return match(i, name.next, { t: 'holiday', date, year: { kind: 'implied' }, ...(pick ? { pick } : {}) }, 'period.holiday');
}

export const holidayRules: readonly Rule[] = [
  { id: 'period.holiday', words: ['this', 'last', 'next', ...NEW_YEAR_WORDS, ...[...BY_FIRST.keys()].filter((w) => w !== 'new')], read: readHoliday },
];
