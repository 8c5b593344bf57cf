/**
 * Lists of bare numbers whose last member carries the unit: "18.2 and 20.8 billion dlrs",
 * "3.1, 2.8 and 2.5 pct". The money and percent recognisers (rules `money.listed`,
 * `percent.listed`) share the walk to the last member and the test that members are of one size.
 */
import type { Token } from '../scan/tokens';
import { isYearDigits } from '../scan/numeral';
import { compareDecimal, shiftDecimal } from '../resolve/decimal';
import { isPunct, isWord } from './money/read-parts';
import { startsWordNumber } from '../scan/number-words';

/** Most bare numbers a list may hold before its last, unit-bearing one. */
const LIST_MAX = 4;

/**
 * The index of the last number of a list that goes on at token `k`, right after its first
 * number (", 2.8 and 2.5", " and 4.9", " or 6"), or undefined when no list goes on there. ", and"
 * closes a list of three or more; after one number it may open another clause ("from 1.2403,
 * and 0.4392 sterling"), so it counts at once only when the first number is `midList` (itself
 * after ", " and a number). No member is a year.
 */
export function listLastAt(tokens: readonly Token[], k: number, midList: boolean): number | undefined {
  for (let n = 0; n < LIST_MAX; n++) {
    const sep = tokens[k];
    if (!sep) return undefined;
    if (isPunct(sep, ',') && isWord(tokens[k + 1], 'and', 'or')) {
      if (n === 0 && !midList) return undefined;
      k++;
    } else if (!isWord(sep, 'and', 'or')) {
      // ", 2.8": one more bare number of the list.
      const item = tokens[k + 1];
      if (!isPunct(sep, ',') || !item || item.kind !== 'number' || isYearDigits(item.text)) return undefined;
      k += 2;
      continue;
    }
    const last = tokens[k + 1];
    return last && last.kind === 'number' && !isYearDigits(last.text) ? k + 1 : undefined;
  }
  return undefined;
}

/**
 * "ten or twenty dollars", "two or three million", "five or six percent": after a spelled-out
 * number ending before token `k`, "or" and a second spelled-out number (not "a"/"an"), whose
 * index it returns. Spelled lists are read only so, two members joined by "or": "one and two"
 * is as often a spoken decimal ("one dollar and two").
 */
export function spelledAlternativeAt(tokens: readonly Token[], k: number): number | undefined {
  const last = tokens[k + 1];
  return isWord(tokens[k], 'or') && last && last.kind === 'word' && startsWordNumber(last) && last.lower !== 'a' && last.lower !== 'an' ? k + 1 : undefined;
}

/** Whether one of two positive values is more than ten times the other (zero is close to anything). */
export const tenfoldApart = (a: string, b: string): boolean =>
  compareDecimal(a, '0') > 0 && compareDecimal(b, '0') > 0
  && (compareDecimal(a, shiftDecimal(b, 1)) > 0 || compareDecimal(b, shiftDecimal(a, 1)) > 0);
