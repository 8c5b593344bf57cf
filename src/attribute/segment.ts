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

/** The first lower-case word after a name, past the rest of it in capitals ("Intelligent Cloud segment"). */
const WORD_PAST_NAME = /^(?: [A-Z][A-Za-z&-]*){0,3} ([a-z]+)/;


/** The name at `span` is written with a part noun right after it: "the Surgical Solutions segment", "our Snacks segment". */
export function partNounAfter(text: string, span: { readonly start: number; readonly end: number }): boolean {
  const next = WORD_PAST_NAME.exec(text.slice(span.end, span.end + 64))?.[1];
  return next !== undefined && PART_NOUNS.has(next);
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
  const next = WORD_PAST_NAME.exec(text.slice(span.end, span.end + 64))?.[1];
  if (next !== undefined && PART_NOUNS.has(next)) return true;
  if (!BY_PART.test(text.slice(sentenceStart, Math.min(span.start, sentenceStart + 40)))) return false;
  const name = text.slice(span.start, span.end);
  return !isNameSuffix(name.slice(name.lastIndexOf(' ') + 1).toLowerCase()) && !RIVAL_WORDS.has(wordBefore(text, span.start, Math.max(sentenceStart, span.start - 24)).toLowerCase());
}
