/**
 * Rule `money.article`: "a dollar", "an euro", "a buck fifty", "a dollar and fifty cents": the
 * article stands for one of the currency named right after it. Only where the unit ends the
 * phrase: "a dollar rate", "a yen bond", "a dollar-denominated loan", "a pound of flour" and
 * "94 cents a pound" name no amount.
 */
import type { Doc } from '../../document';
import type { Amount } from '../../scan/amount';
import { CURRENCY_AFTER, CURRENCY_KEY, WORD_NUMBER } from '../../scan/word-classes';
import { isWordIn, readMinorTail } from './read-parts';
import { withCurrencyAfter } from './sides';
import type { Reading } from './types';

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
/** "a yen for travel", "a yen to write": the noun of wanting. */
const YEN_LONGING: ReadonlySet<string> = new Set(['for', 'to']);
/**
 * Words that may follow the unit, which a compound noun ("a dollar rate") never starts with:
 * "a dollar a day", "a dollar per share", "an euro at the kiosk", "a dollar or two".
 */
const AFTER_UNIT: ReadonlySet<string> = new Set([
  'a', 'an', 'per', 'each', 'apiece', 'at', 'in', 'for', 'from', 'to', 'on', 'by', 'with', 'or', 'and', 'than', 'but', 'when', 'if',
  'because', 'after', 'before', 'until', 'more', 'less', 'higher', 'lower', 'cheaper',
]);

export function readArticleUnit(doc: Doc, i: number): Reading | undefined {
  const tokens = doc.tokens;
  const t = tokens[i], unit = tokens[i + 1];
  // The unit is a word: "a $ (2.0) million loss" is an article before an amount, not one dollar.
  if (!t || !unit || !isWordIn(t, ARTICLES) || unit.kind !== 'word' || !(unit.cls & CURRENCY_AFTER) || !unit.space) return undefined;
  // After a number or an amount it is a rate's unit: "94 cents a pound", "15 cnts a pound".
  const before = tokens[i - 1];
  if (before && (before.kind === 'number' || before.kind === 'symbol' || before.cls & CURRENCY_KEY || tokens[i - 2]?.kind === 'number')) return undefined;
  // Spelled out too: "ten dollars twenty a pound", "sixty a pound".
  if (before && before.cls & WORD_NUMBER && !ARTICLES.has(before.lower)) return undefined;
  const amount: Amount = { value: '1', base: '1', first: i, next: i + 1, numberNext: i + 1, power: 0, spelled: true, fractionDigits: 0 };
  const side = withCurrencyAfter(doc, { amount, negative: false, first: i, next: i + 1 });
  // One singular word of a major unit: not "a cent", not "a U.S. dollar bond".
  if (!side?.currency || side.currency.value.minor || side.next !== i + 2 || unit.lower.endsWith('s')) return undefined;
  const tail = readMinorTail(doc, side.next);
  const end = tail?.next ?? side.next;
  const after = tokens[end];
  // (A word glued to a number is a name, not a word of AFTER_UNIT: "a sterling AT1" is a bond.)
  const ends = !after || after.newline || (after.kind === 'punct' && after.text !== '-' && after.text !== '/')
    || (isWordIn(after, AFTER_UNIT) && !(tokens[end + 1]?.kind === 'number' && !tokens[end + 1]!.space));
  // "on a dollar for dollar basis" is a manner, not an amount; "a yen for travel" is a longing.
  if (!ends || tokens[end + 1]?.lower === unit.lower || (unit.lower === 'yen' && isWordIn(after, YEN_LONGING))) return undefined;
  return tail
    ? { rule: 'money.article', low: side, currency: side.currency, first: i, next: end, cents: tail.value }
    : { rule: 'money.article', low: side, currency: side.currency, first: i, next: end };
}
