/**
 * A company's segments, divisions and businesses: "By segment, Networks sales fell 6%", "The
 * Intelligent Cloud segment posted revenue of $25.5bn", "its Azure business grew 31%". Their
 * results are the company's, reported by part, as ATTRIBUTION.md reads "Huawei's service
 * provider business" (→ Huawei). A subsidiary is not among them: it is a company of its own,
 * which reports its own figures ("its MidCon Corp subsidiary").
 */

/** Nouns of a part of a company written right after its name: "the Motion segment", "its Azure business". */
const PART_NOUNS: ReadonlySet<string> = new Set(['segment', 'segments', 'division', 'divisions', 'business', 'businesses', 'arm', 'franchise']);

/** The first lower-case word after a name, past the rest of it in capitals ("Intelligent Cloud segment"). */
const NEXT_WORD = /^(?: [A-Z][A-Za-z&-]*){0,3} ([a-z]+)/;

/** "By segment, …", "By division: …", "Among segments, …": a sentence setting out results part by part. */
const BY_PART = /^(?:by|among(?: its)?|across(?: its)?) (?:operating |business |reporting )?(?:segments?|divisions?|units?|business(?:es)?)\b/i;

/**
 * The name at `span` is written as a part of a company: a part noun right after it, or the
 * name is in a sentence (starting at `sentenceStart`) that opens by setting out the results
 * part by part.
 */
export function writtenAsPart(text: string, span: { readonly start: number; readonly end: number }, sentenceStart: number): boolean {
  const next = NEXT_WORD.exec(text.slice(span.end, span.end + 64))?.[1];
  if (next !== undefined && PART_NOUNS.has(next)) return true;
  return BY_PART.test(text.slice(sentenceStart, Math.min(span.start, sentenceStart + 40)));
}
