/**
 * Whose an economy's figure is, where the words of economic news name it in ways a company's
 * story does not: a region's "largest economy" standing for a country, an owner written with
 * its noun left out ("and Italy's to 0.7%"), and the place written on a forecaster's measure
 * ("the IMF raised its U.S. growth forecast"). Each reader looks at a short slice of text next
 * to one figure or name, so the work stays linear in the text.
 */
import type { Found } from './country';
import { isPlaceName } from './story';
import { GOVERNMENT_TITLES } from '../lexicon/person-titles';

/**
 * "Latin America's largest economy", "Asia's third-biggest economy", "Africa's most populous
 * nation": a region ranked this way stands for one of its countries, the one the story is about,
 * not for the region itself. True when such a ranking follows the name ending at `end`.
 */
const RANKED_AFTER = /^['’]s?\s+(?:(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)[- ]?)?(?:largest|biggest|top|leading|most\s+populous|richest|fastest[- ]growing|major)\s+(?:econom(?:y|ies)|nation|country|exporter|producer|oil\s+producer)\b/i;

export const rankedEconomyAfter = (text: string, end: number): boolean => RANKED_AFTER.test(text.slice(end, end + 48));

/**
 * "German inflation dropped to 2.3% and Italy's to 0.7%", "but cut the euro zone's to 0.7%": a
 * place written with 's right before "to" or "at" and the figure, its noun left out, owns the
 * figure. Returns the place as written (without "the" and the 's) and its span. (A slice of at
 * most 48 characters before the figure; the pattern has no nested repetition.)
 */
const ELIDED_OWNER_BEFORE = /(?:^|[\s,(])(?:the\s+)?(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?|euro\s+(?:zone|area))['’]s\s+(?:to|at)\s+(?:an?\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+)?$/u;

export function elidedOwnerBefore(text: string, at: number): Found | undefined {
  const from = Math.max(0, at - 48);
  const m = ELIDED_OWNER_BEFORE.exec(text.slice(from, at));
  if (!m || !isPlaceName(m[1]!)) return undefined;
  const start = from + m.index + m[0].indexOf(m[1]!);
  return { name: m[1]!, start, end: start + m[1]!.length };
}

/**
 * What may stand between a place and an economy's measure written on it: its 's, and words
 * saying which print or which forecast ("China's headline inflation", "its U.S. growth forecast").
 */
const ON_MEASURE_GAP = /^(?:['’]s)?\s+(?:(?:headline|core|annual|economic|real|nominal|underlying|consumer|gdp|\d{4})\s+){0,2}$/i;

/** The world or a currency union written before an economy's measure: "global growth", "the euro zone's inflation" (a slice's tail). */
const REGION_ON_MEASURE = /(?:^|[^\p{L}])(global|world|euro\s?zone|euro\s+area)(?:['’]s)?\s+(?:(?:headline|core|annual|economic|real|nominal|underlying|consumer|gdp|\d{4})\s+){0,2}$/iu;

/**
 * "The IMF raised its U.S. growth forecast", "Global headline inflation is seen slowing": the
 * place written right before an economy's measure owns it, whoever forecasts or reports it.
 * `countries` are the text's countries in order (country.ts, countriesIn); `labelStart` is where
 * the measure's words begin. A label that opens with "global" or "world" names the world itself.
 */
export function placeOnMeasure(text: string, countries: readonly Found[], labelStart: number, label: string): Found | undefined {
  const own = /^(global|world)\b/i.exec(label);
  if (own) return { name: own[1]!, start: labelStart, end: labelStart + own[1]!.length };
  const from = Math.max(0, labelStart - 40);
  const slice = text.slice(from, labelStart);
  const region = REGION_ON_MEASURE.exec(slice);
  if (region) {
    const start = from + region.index + region[0].indexOf(region[1]!);
    return { name: region[1]!, start, end: start + region[1]!.length };
  }
  // (The last country ending before the measure, found by halving: a text of many countries stays linear.)
  let lo = 0, hi = countries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (countries[mid]!.end <= labelStart) lo = mid + 1;
    else hi = mid;
  }
  const c = countries[lo - 1];
  return c && c.end >= from && ON_MEASURE_GAP.test(text.slice(c.end, labelStart)) ? c : undefined;
}

/** How many names one text asks `isOfficial` about before it answers no without searching. */
const OFFICIAL_NAMES = 64;

/** A government title as a word's end: "minister", "Treasurer", "prime-minister". */
const TITLE_WORD = /(?:^|[^\p{L}])(?:[Mm]inister|[Tt]reasurer|[Cc]hancellor|[Mm]ayor|[Pp]remier)$/u;
/** A first name between a title and the name: "Rachel", "J.", "O'Neill". */
const FIRST_NAME = /^\p{Lu}[\p{L}.'’-]*$/u;
/** How many first names may stand between a title and the last name. */
const FIRST_NAMES = 3;

/**
 * A government title right before a name, past its first names: the tail of a text before a
 * last name ends "finance minister Rachel ", "Treasurer Jim ". Word by word from the end (a
 * regex with "$" would try every start of the tail).
 */
function titleBefore(tail: string): boolean {
  const words = tail.split(/\s+/);
  if (words.length < 2 || words.pop() !== '') return false;
  for (let k = words.length - 1, names = 0; k >= 0; k--) {
    const w = words[k]!;
    if (TITLE_WORD.test(w)) return true;
    if (names++ === FIRST_NAMES || !FIRST_NAME.test(w)) return false;
  }
  return false;
}

/**
 * "Britain's finance minister Rachel Reeves said she would cut welfare spending by £4.8 billion",
 * "Treasurer Jim Chalmers is expected to announce a surplus": a government's official, who
 * speaks for the government whose books and economy they are (a title of GOVERNMENT_TITLES in
 * the name, or right before the first mention of its last word). Memoised per name in `memo`.
 */
export function isOfficial(text: string, name: string, memo: Map<string, boolean>): boolean {
  const known = memo.get(name);
  if (known !== undefined) return known;
  // (Each new name searches the text from its start: past OFFICIAL_NAMES of them, a text of many
  // names stays linear and its later names are read as no officials.)
  if (memo.size >= OFFICIAL_NAMES) return false;
  const words = name.split(/\s+/);
  let official = words.some((w) => GOVERNMENT_TITLES.has(w.toLowerCase()));
  if (!official) {
    const at = text.indexOf(words[words.length - 1]!);
    official = at > 0 && titleBefore(text.slice(Math.max(0, at - 48), at));
  }
  memo.set(name, official);
  return official;
}

/** "the official target of 3.5%", "a target range of 1.5% to 3.5%" right before a figure (a slice's tail). */
const TARGET_BEFORE = /\btargets?(?:\s+range)?\s+of\s+(?:about\s+|around\s+|roughly\s+)?$/i;
/** "the ECB's 2% target", "its 3% inflation target" right after a figure (a slice's head). */
const TARGET_AFTER = /^\s*(?:-\s*)?(?:medium-term\s+|annual\s+|inflation\s+)?targets?\b/i;

/**
 * "Inflation stood at 11.73%, well above the official target of 3.5%", "closer to the ECB's 2%
 * target": a target written with no measure of its own, whose measure is the one of the figure
 * before it in its sentence.
 */
export const isBareTarget = (text: string, span: { readonly start: number; readonly end: number }): boolean =>
  TARGET_BEFORE.test(text.slice(Math.max(0, span.start - 32), span.start)) || TARGET_AFTER.test(text.slice(span.end, span.end + 32));
