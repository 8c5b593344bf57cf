/**
 * Named holidays: "christmas eve", "thanksgiving 2019", "easter of last year", "last
 * memorial day", "this past halloween", "new year's day". One day each, by the rule of its
 * date in lexicon/holidays.ts.
 */
import { HOLIDAY_DEADLINES, HOLIDAY_NOT_AFTER } from '../../lexicon/holidays';
import { UNITS } from '../../lexicon/periods';
import type { Pick } from '../../resolve/period/spec';
import { BY_FIRST, readHolidayName, standsAlone } from './holiday-name';
import { isWordAt, match, readYearSuffix, wordAt, wordIn, type Match, type Rule, type Toks } from './read';
import { deadlineAhead, foreseenBefore, futureBefore } from './relative';

/** Unit words ("week", "weekend", "days") before "after" or "before" a holiday: a span around it, not its day. */
const UNIT_WORDS: ReadonlySet<string> = new Set([...UNITS.keys(), 'weekend', 'weekends']);

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
  // ("the week after easter" is no day of easter.)
  if (isWordAt(toks, i - 1, 'after', 'before') && wordIn(toks, i - 2, UNIT_WORDS)) return undefined;
  if (pick === undefined && ((articleBefore(toks, i) && !name.value.article) || (wordIn(toks, i - 1, HOLIDAY_DEADLINES) && !futureBefore(toks, i) && !deadlineAhead(toks, i) && !foreseenBefore(toks, i)))) return undefined;
  return match(i, name.next, { t: 'holiday', date, year: { kind: 'implied' }, ...(pick ? { pick } : {}) }, 'period.holiday');
}

export const holidayRules: readonly Rule[] = [
  { id: 'period.holiday', words: ['this', 'last', 'next', ...NEW_YEAR_WORDS, ...[...BY_FIRST.keys()].filter((w) => w !== 'new')], read: readHoliday },
];
