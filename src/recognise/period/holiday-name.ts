/**
 * Reading a holiday's name (lexicon/holidays.ts) and whether it stands as a day: shared by the
 * holiday rule (holiday.ts) and the days counted from one ("the day after christmas" in
 * relative.ts).
 */
import { HOLIDAY_FOLLOWERS, HOLIDAYS, type Holiday } from '../../lexicon/holidays';
import type { PeriodSpec } from '../../resolve/period/spec';
import { glued, isWordAt, punctAt, readYearSuffix, wordAt, type Read, type Toks } from './read';

/** Each holiday's names by their first word, longest first, so that "christmas eve" wins over "christmas". */
export const BY_FIRST: ReadonlyMap<string, readonly { readonly words: readonly string[]; readonly holiday: Holiday }[]> = (() => {
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
export function readHolidayName(toks: Toks, i: number): Read<Holiday> | undefined {
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
 * The name ending before `next` stands as a day, not as a modifier: it ends its clause or a
 * function word follows ("on christmas eve.", "over easter and into april"), not a noun
 * ("christmas sales", "the easter recess"), a possessive ("easter's timing") or a hyphen.
 */
export function standsAlone(toks: Toks, next: number): boolean {
  const t = toks[next];
  if (!t || t.newline) return true;
  if (t.kind === 'word') return HOLIDAY_FOLLOWERS.has(t.lower);
  if (t.kind !== 'punct') return false;
  return !(glued(toks, next) && (punctAt(toks, next, "'", '’', '-') || t.text === '\u2013'));
}

/** A holiday's day to count from ("two days after christmas", "the day before thanksgiving 2019"), with its year if written. */
export function readHolidayDay(toks: Toks, i: number): Read<PeriodSpec> | undefined {
  const name = readHolidayName(toks, i);
  if (!name) return undefined;
  const date = name.value.date;
  const ys = readYearSuffix(toks, name.next);
  if (ys && !ys.value.fiscal && ys.value.year.kind !== 'implied') return { value: { t: 'holiday', date, year: ys.value.year }, next: ys.next };
  return standsAlone(toks, name.next) ? { value: { t: 'holiday', date, year: { kind: 'implied' } }, next: name.next } : undefined;
}
