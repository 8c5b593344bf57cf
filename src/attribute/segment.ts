/**
 * A company's segments, divisions and businesses: "By segment, Networks sales fell 6%", "The
 * Intelligent Cloud segment posted revenue of $25.5bn", "its Azure business grew 31%". Their
 * results are the company's, reported by part, as ATTRIBUTION.md reads "Huawei's service
 * provider business" (→ Huawei). A subsidiary is not among them: it is a company of its own,
 * which reports its own figures ("its MidCon Corp subsidiary").
 */

import { PART_NOUNS, RIVAL_WORDS } from '../lexicon/company-parts';
import { isNameSuffix } from './entities';
import { wordBefore } from './util';

/** The first lower-case words after a name, past the rest of it in capitals ("Intelligent Cloud segment", "Openwire network arm"). */
const WORD_PAST_NAME = /^(?: [A-Z][A-Za-z&-]*){0,3} ([a-z]+)(?: ([a-z]+))?/;

/** Words after a name that are no modifier of a part noun: "Openwire said business …", "Delmar and its unit". */
const NOT_PART_MODIFIER: ReadonlySet<string> = new Set(['said', 'says', 'is', 'was', 'has', 'had', 'and', 'or', 'to', 'of', 'in', 'for', 'the', 'a', 'its', 'their', 'which', 'that', 'will', 'would', 'also']);

/**
 * The part noun right after a name, or after one word of what the part does: "the Surgical
 * Solutions segment", "our Snacks segment", "the Openwire network arm", "its Halden retail
 * business" (not "Openwire said business was slow").
 */
function partNounPastName(text: string, span: { readonly start: number; readonly end: number }): boolean {
  const after = text.slice(span.end, span.end + 64);
  if (partInApposition(after)) return true;
  const m = WORD_PAST_NAME.exec(after);
  if (!m) return false;
  if (PART_NOUNS.has(m[1]!)) return true;
  return m[2] !== undefined && PART_NOUNS.has(m[2]) && !NOT_PART_MODIFIER.has(m[1]!) && !m[1]!.endsWith('ed');
}

/**
 * An aside after a name that calls it a part of the company the story is about: "Openreach, the
 * group's broadband network arm,", "Azure, its cloud business," (up to three words of what the
 * part does between the owner and the part noun).
 */
const PART_APPOSITION = /^, (?:the (?:group|company|firm|operator|carrier|vendor|bank|insurer)['’]s|its|our) (?:[a-z-]+ ){0,3}([a-z]+)[,.;]/;

const partInApposition = (after: string): boolean => {
  const m = PART_APPOSITION.exec(after);
  return !!m && PART_NOUNS.has(m[1]!);
};

/** The name at `span` is written with a part noun right after it: "the Surgical Solutions segment", "the Openwire network arm". */
export function partNounAfter(text: string, span: { readonly start: number; readonly end: number }): boolean {
  return partNounPastName(text, span);
}

/** "By segment, …", "By division: …", "Among segments, …": a sentence setting out results part by part. */
const BY_PART = /^(?:by|among(?: its)?|across(?: its)?) (?:operating |business |reporting )?(?:segments?|divisions?|units?|business(?:es)?)\b/i;

/**
 * The name at `span` is written as a part of a company: a part noun right after it, or the
 * name is in a sentence (starting at `sentenceStart`) that opens by setting out the results
 * part by part, and is no company of its own there (written with a company ending, "Beta Corp",
 * or after "rival").
 */
export function writtenAsPart(text: string, span: { readonly start: number; readonly end: number }, sentenceStart: number): boolean {
  if (partNounPastName(text, span)) return true;
  if (!BY_PART.test(text.slice(sentenceStart, Math.min(span.start, sentenceStart + 40)))) return false;
  const name = text.slice(span.start, span.end);
  return !isNameSuffix(name.slice(name.lastIndexOf(' ') + 1).toLowerCase()) && !RIVAL_WORDS.has(wordBefore(text, span.start, Math.max(sentenceStart, span.start - 24)).toLowerCase());
}
