/**
 * Named mentions in a sentence: runs of capitalised words that are names, not capitalised
 * common words. A capitalised word is a name when it is an acronym (`ZTE`), a name
 * compromise's lexicon knows (`Nokia`, `Sweden`), or a word the lexicon does not know as a
 * common word and the document never writes in lower case. In the middle of an ordinary
 * sentence any capitalised word but a function word is taken as a name; at the start of a
 * sentence or in a headline ("Ericsson Lands $3.5B Deal") the stricter test applies.
 */
import { NATIONAL_NAME_TAILS } from '../lexicon/company-parts';
import { STERLING_WORDS } from '../lexicon/currencies';
import { DEMONYM_COUNTRIES, DEMONYM_COUNTRY_NAMES_LOWER as COUNTRY_NAMES, REGION_ADJECTIVES } from '../lexicon/demonyms';
import { GRADE_SYMBOLS, isMeasureAbbreviation, RATING_GRADE_NEXT, RATING_GRADES } from '../lexicon/measure-abbreviations';
import { SECTION_HEADING_WORDS, SENTENCE_ADVERBS } from '../lexicon/headings';
import { COMMODITY_ACRONYMS } from '../lexicon/metrics';
import { MONTH_FIRST_NAMES, PERSON_TITLES } from '../lexicon/person-titles';
import { TECH_TERMS } from '../lexicon/products';
import { STREET_ESTIMATE_NOUNS } from '../lexicon/sources';
import type { Sentence, Tok } from './tokens';
import {
  BODY_HEADS, COMPANY_NAME_HEADS, COMPANY_NOUNS, isCommonWord, isDemonym, isFunctionWord, isHoliday, isKnownOrganisation, isKnownVerb, isTimeZone, isUnitAbbreviation, isMonthOrDay, isNameModifier, isOrgWord, isPersonFirstName, isPlaceAbbreviation, isPlaceWord, isRegionName, isTimeWord, isVerb,
} from './words';

export type MentionKind = 'org' | 'person' | 'place' | 'group';

export interface Mention {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly kind: MentionKind;
  /** Written with `'s`: `ZTE's revenue`. */
  readonly possessive: boolean;
  /** Index of the first and one past the last token. */
  readonly from: number;
  readonly to: number;
  readonly clause: number;
}

/**
 * Company-name endings that belong to the name: `ZTE Corp.`, `Ericsson AB`; written after a
 * one-word name anywhere in the text, they show it is a company's, not a surname (story.ts).
 */
// ("Re" ends reinsurers' names: "Swiss Re", "Munich Re", "Hannover Re"; so "Swiss" stays in the name.)
const SUFFIXES = new Set(['corp', 'corporation', 'inc', 'co', 'ltd', 'limited', 'plc', 'llc', 'ag', 'sa', 'ab', 'nv', 'bv', 'se', 'spa', 'gmbh', 'lp', 'llp', 'bhd', 'oyj', 'asa', 'kk', 'holdings', 'group', 're']);
/** The word (lower case) is a company-name ending: `inc`, `corp.`, `plc`. */
export const isNameSuffix = (lower: string): boolean => SUFFIXES.has(lower.replace(/\.$/, ''));

/** Endings written after a comma in a company's legal name: "Corvane Industries, Inc.", "Acme Holdings, LLC". */
const COMMA_SUFFIXES: ReadonlySet<string> = new Set(['inc', 'llc', 'ltd', 'lp', 'llp', 'corp']);
/** A comma at `j` and a company ending glued after it: ", Inc.". */
const commaSuffixAt = (tokens: readonly Tok[], j: number): boolean => {
  const c = tokens[j], w = tokens[j + 1];
  return c?.kind === 'punct' && c.text === ',' && w?.kind === 'word' && w.cap && COMMA_SUFFIXES.has(w.lower.replace(/\.$/, '')) && w.start - c.end <= 1;
};

/**
 * Lower-case words allowed inside a name when a capitalised word follows: `Bank of America`,
 * and the Portuguese, Spanish, French and Italian ones of Latin American and European names:
 * `Banco do Brasil`, `Banco da Amazonia`, `Caisse des Depots`, `Cassa di Risparmio`.
 */
const CONNECTORS = new Set(['of', '&', 'de', 'du', 'van', 'von', 'der', 'la', 'del', 'y', 'for', 'do', 'da', 'dos', 'das', 'des', 'di']);

/** What the rest of the document says about words, for the name test. */
export interface NameEvidence {
  /** Lower-case words the document writes in lower case somewhere. */
  readonly lowerSeen: (lower: string) => boolean;
  /**
   * Words that are cues of the attribution tables (never names): `Loss`, `Revenue`, `Drop`.
   * With `next`, the lower-cased word after it, a word that only opens longer cue phrases is one
   * only before the phrase's next word.
   */
  readonly isCue: (lower: string, next?: string) => boolean;
  /** `lower next` opens a measure's phrase of the attribution tables, name-safe ones too: "Water rates". */
  readonly opensMeasure?: (lower: string, next: string) => boolean;
  /** The word is written, capitalised as here, somewhere else in the document than at `at`. */
  readonly seenElsewhere: (word: string, at: number) => boolean;
  /** The word is written, capitalised as here, inside a sentence elsewhere (after a lower-case word or a comma): "Shares in Schroders fell". */
  readonly seenInside?: (word: string, at: number) => boolean;
  /** The word is written earlier in the text after a person's first name: the "Whitfield" of "Grace Whitfield". */
  readonly surnameBefore: (word: string, at: number) => boolean;
  /** The text writes the name as a product ("its eye drug Vabysmo", "Gardasil, its HPV vaccine,", "the maker of Ozempic and Wegovy"): it owns none of its sales. */
  readonly productName?: (name: string) => boolean;
}

/** Marks after which a word starts a sentence or a quote. */
const OPENERS = new Set(['(', '"', '“', "'", '‘', '[', ':', '—', '–', '-', '.']);

/** Plural nouns for groups of people ("regulators", "analysts", "officials"): at a sentence start, not names. */
const PEOPLE_PLURAL = /(?:ors|ers|ists|ants|ents|ians|ies|als|ives|ees)$/;

/** Words that say what a name is to the story's topic, written before the name: "Rival Acme said". */
export const DESCRIPTORS: ReadonlySet<string> = new Set(['rival', 'rivals', 'peer', 'peers', 'competitor', 'competitors', 'parent', 'sister', 'partner', 'fellow']);

/** Endings of adverbs made from adjectives ("originally", "currently", "reportedly"), which the lexicon may not list. */
const ADVERB_ENDING = /(?:ally|ently|antly|ously|ively|edly|ably|ibly|ately|ingly|arly|ily|ntly)$/;
/** Endings of abstract nouns: "Attrition", "Utilisation", "Liquidity", "Settlement". */
const ABSTRACT_NOUN_ENDING = /(?:tion|sion|ment|ness|ity)$/;

const PLURAL_ACRONYM = /^[A-Z]{2,5}s$/;
/** The last part of a hyphened adjective: "long-term", "London-based", "state-owned", "AI-driven". */
const COMPOUND_ADJECTIVE_END = /-(?:term|based|listed|owned|backed|focused|related|linked|driven|led|run)$/;
/** Token `i` and a dash and a participle glued after it: "U.S.-listed", "U.K.-based" (the tokens split at the abbreviation's dot). */
function gluedCompoundAdjective(tokens: readonly Tok[], i: number): boolean {
  const dash = tokens[i + 1], word = tokens[i + 2];
  return dash?.text === '-' && dash.start === tokens[i]!.end && word?.kind === 'word' && !word.cap && word.start === dash.end && COMPOUND_ADJECTIVE_END.test(`-${word.lower}`);
}
/** A contraction ("I'm", "We're", "They'll", "Don't", "It's"): a pronoun or verb with its clitic, never a name. */
const CONTRACTION = /^(?:we|you|they|i|he|she|it|that|there)['’]|['’](?:m|re|ve|ll|d|t)$/;

const isAcronym = (w: string): boolean => w.length >= 2 && w.length <= 6 && /^[A-Z][A-Z0-9&]*[A-Z0-9]$/.test(w) && /[A-Z].*[A-Z]|[A-Z]\d/.test(w);

/** `lower` is the plural of a common noun: "allowances", "advances" (not a common word itself, which the tests above judge). */
const pluralOfCommon = (lower: string): boolean =>
  lower.length > 4 && lower.endsWith('s') && !lower.endsWith('ss')
  && (isCommonWord(lower.slice(0, -1)) || (lower.endsWith('ies') && isCommonWord(`${lower.slice(0, -3)}y`)) || NOUN_PLURAL_ENDING.test(lower));
/** Plurals of abstract nouns the lexicon may not list: "allowances", "impairments", "provisions". */
const NOUN_PLURAL_ENDING = /(?:ances|ences|ments|tions|sions)$/;

/** The letter after the first dash of `w` is lower case: the "c" of "E-commerce", not the "M" of "T-Mobile". */
const isLowerAfterDash = (w: string): boolean => {
  const c = w.charCodeAt(w.indexOf('-') + 1);
  return c >= 97 && c <= 122;
};

/** How many capitalised common words may stand inside a name: "Kaveri Consumer Products". */
const INNER_COMMON_WORDS = 2;

/**
 * From token `j`, up to {@link INNER_COMMON_WORDS} capitalised plain words glued by single spaces
 * (no function word, month or possessive): the index of the word after them, else -1.
 */
function innerCommonWords(tokens: readonly Tok[], j: number, clause: number): number {
  let k = j;
  for (; k < j + INNER_COMMON_WORDS; k++) {
    const u = tokens[k];
    if (!u || u.kind !== 'word' || !u.cap || u.aside || u.possessive || u.clause !== clause || isFunctionWord(u.lower) || isMonthOrDay(u.lower)) return -1;
    if (u.start - tokens[k - 1]!.end > 1) return -1;
    const v = tokens[k + 1];
    // (Not before a verb: "(See Initrode Revenues Hit $107B …)" is a headline's measure and verb.)
    if (v?.kind === 'word' && v.cap && !v.aside && v.clause === clause && v.start - u.end <= 1 && !isFunctionWord(v.lower) && !isVerb(v.lower)) return k + 1;
  }
  return -1;
}

/**
 * Word `u` right after `t` is a surname: `t` a person's first name, `u` a plain capitalised word
 * glued by one space, not a function word, month or verb ("Oliver Grant", "Dana Price").
 */
const surnameAfter = (t: Tok, u: Tok): boolean =>
  isPersonFirstName(t.lower) && !t.possessive && u.start - t.end <= 1 && u.text.length > 2
  && !isFunctionWord(u.lower) && !isMonthOrDay(u.lower) && !isVerb(u.lower) && !isPlaceWord(u.lower) && !COMPANY_NOUNS.has(u.lower);

/** Words before "Board" that make it a company's board: "The Board", "its Board". */
const BOARD_OWNERS: ReadonlySet<string> = new Set(['the', 'its', 'our', 'their']);

/**
 * A month's name that is a person's first name: right after a title and before a capitalised
 * word ("Chief financial officer Jan Oster said", "analyst May Chen"), not a date ("in May
 * Acme Bank said", "since June 30").
 */
function monthFirstName(tokens: readonly Tok[], i: number): boolean {
  const t = tokens[i]!, prev = tokens[i - 1], next = tokens[i + 1];
  return MONTH_FIRST_NAMES.has(t.lower) && t.cap && !t.possessive && prev?.kind === 'word' && t.start - prev.end === 1 && PERSON_TITLES.has(prev.lower)
    && next?.kind === 'word' && next.cap && !next.aside && next.start - t.end === 1 && !isFunctionWord(next.lower) && !isMonthOrDay(next.lower);
}

/**
 * "Board" at `i` is a company's board, "the Board declared", "the Board of Directors of …": the
 * index after it ("of Directors" too), else -1. (Not "the Board of Trade", nor a name before
 * it, "the Federal Reserve Board said".)
 */
function companyBoard(tokens: readonly Tok[], i: number, headline: boolean): number {
  const t = tokens[i]!;
  if (headline || t.lower !== 'board' || !BOARD_OWNERS.has(tokens[i - 1]?.lower ?? '') || t.possessive) return -1;
  const next = tokens[i + 1];
  if (next?.lower === 'of') return tokens[i + 2]?.lower === 'directors' && !tokens[i + 2]!.possessive ? i + 3 : -1;
  return next?.kind === 'word' && !next.cap && isVerb(next.lower) ? i + 1 : -1;
}

/** A code of two to five capitals: "BTC", "ETH", "USDT". */
const UNIT_CODE = /^[A-Z]{2,5}$/;
/**
 * The token after a noun phrase ends it: nothing, a mark, a lower-case function word or a past
 * participle ("11 BTC on Monday", "BTC acquired at"); not a word that is a verb and a noun too
 * ("93 JSH shares": the company's shares).
 */
const endsNounPhrase = (next: Tok | undefined): boolean =>
  !next || next.kind === 'punct' || (next.kind === 'word' && !next.cap && (isFunctionWord(next.lower) || (next.lower.endsWith('ed') && isVerb(next.lower))));

function isNameWord(t: Tok, initial: boolean, headline: boolean, ev: NameEvidence, next?: Tok, after?: Tok): boolean {
  if (t.kind !== 'word' || !t.cap || t.aside) return false;
  const w = t.text, lower = t.lower;
  if (w.length === 1) return false; // the G of "5G", "Plan B"
  // ("335-345 Mt", "per mln Btu"; "Mt Newman" is a mountain's name.)
  if (isUnitAbbreviation(w) && !(w === 'Mt' && next?.kind === 'word' && next.cap)) return false;
  // "GAAP net income", "NII rose", "up 9% YoY", "Non-GAAP EPS": a measure's abbreviation owns nothing.
  if (isMeasureAbbreviation(w) || CONTRACTION.test(lower)) return false;
  // "the Fed", "Fed officials": the US central bank, though a rate story writes "fed funds" in lower case.
  if (w === 'Fed') return true;
  // "the Third World": a region, not an ordinal.
  if (lower === 'third' && next?.kind === 'word' && next.lower === 'world' && next.cap) return true;
  // "First Wisconsin", "First Boston": a bank's name (not in a headline, where every word is capitalised).
  if (lower === 'first' && !headline && next?.kind === 'word' && next.cap && !next.aside && next.start - t.end <= 1 && !isFunctionWord(next.lower) && !isMonthOrDay(next.lower)) return true;
  // "New" opens "New Zealand", "New York Times Co" when a capitalised word follows it.
  if (lower === 'new') return !!next && next.kind === 'word' && next.cap && !next.aside && next.start - t.end <= 1 && !isFunctionWord(next.lower);
  // ("by 1100 GMT", "1052 hrs EST": a time zone in capitals; not "Nord Est".)
  if (isFunctionWord(lower) || isMonthOrDay(lower) || isHoliday(lower) || isTimeWord(lower) || (isTimeZone(lower) && w === w.toUpperCase())) return isPlaceAbbreviation(w);
  // "Non-callable for ten years": a negated adjective.
  if (lower.startsWith('non-')) return false;
  if (isPlaceAbbreviation(w)) return true;
  // "Larkfield plc, the retailer, said": a word before a company ending written in lower case.
  if (next?.kind === 'word' && next.lower === 'plc' && !next.cap && next.start - t.end <= 1 && !ev.isCue(lower)) return true;
  // "Sept. 30, 2025 Sept. 30, 2024 Change": a results table's column label, not a name
  // ("Change Healthcare" is one).
  if (lower === 'change' && !(next?.kind === 'word' && next.cap)) return false;
  // "CDs", "ETFs", "IPOs": the plural of an abbreviated common noun.
  if (PLURAL_ACRONYM.test(w)) return false;
  // An all-caps word the lexicon knows as a common word is a table label or a shout ("YEAR",
  // "NOTE"); one that names a measure ("EBIT", "EPS") is the metric, not its owner.
  // ("DRAM prices", "DDR5 chips": a kind of chip or component, a common noun of the trade.)
  if (isAcronym(w)) return !ev.isCue(lower) && !TECH_TERMS.has(lower) && !COMMODITY_ACRONYMS.has(lower) && !(w.length > 2 && isCommonWord(lower) && !isKnownOrganisation(lower));
  // ("Wexford Underwriting posted": inside a sentence, a word the lexicon does not know that only
  // opens longer cues, as "underwriting" opens "underwriting ratio", is a cue only before their
  // next word. Common words keep their reading: "Stock", "Credit", "Series".)
  if (ev.isCue(lower, initial || isCommonWord(lower) ? undefined : next?.kind === 'word' ? next.lower : '') || (initial && COMPANY_NOUNS.has(lower))) return false;
  // "Board declares quarterly dividend": the company's board opening a line, before a verb (not "Board of Trade").
  if (initial && lower === 'board' && next?.kind === 'word' && !next.cap && next.lower !== 'of' && isVerb(next.lower)) return false;
  // ("Philippines" is a country, though compromise also lists it as a demonym; so is "Saudi
  // Arabia", whose first word is one: "Saudi Arabia's economy grew" is not "Arabia's".)
  // ("American Airlines", "Korean Air": a nationality before a company's second word opens the name.)
  if (isDemonym(lower) && !COUNTRY_NAMES.has(lower) && !(next?.kind === 'word' && next.cap && COUNTRY_NAMES.has(`${lower} ${bare(next)}`))) {
    return !t.possessive && next?.kind === 'word' && next.cap && !next.aside && next.start - t.end === 1 && NATIONAL_NAME_TAILS.has(bare(next));
  }
  // An adverb opening a sentence: "Finally, the bank said …", "Originally the margin was …".
  if (initial && (lower.endsWith('ly') || SENTENCE_ADVERBS.has(lower)) && next?.kind === 'punct' && next.text === ',') return false;
  if (initial && lower.length >= 7 && ADVERB_ENDING.test(lower) && !isKnownOrganisation(lower) && !isPersonFirstName(lower) && next?.kind === 'word' && !next.cap) return false;
  // "Attrition on a trailing twelve-month basis stood at 13.1%", "Utilisation at the plants rose":
  // an abstract noun opening a sentence before a lower-case word, written nowhere else with its
  // capital, is the measure, not a name.
  if (initial && !headline && lower.length >= 8 && ABSTRACT_NOUN_ENDING.test(lower) && !t.possessive && !isKnownOrganisation(lower) && next?.kind === 'word' && !next.cap && !ev.seenElsewhere(w, t.start)) return false;
  // A compound of common words opening a sentence is no name: "Like-for-like sales rose",
  // "Year-on-year growth slowed"; "Rolls-Royce" and "Coca-Cola" have a part that is not common.
  if (initial && lower.includes('-') && lower.split('-').every((p) => p.length > 1 && (isCommonWord(p) || isFunctionWord(p)))) return false;
  // So is an adjective made with a participle or "-term" that the lexicon may not list: "Long-term
  // net inflows were", "Near-term demand", "London-listed shares", "State-owned lenders".
  if (initial && COMPOUND_ADJECTIVE_END.test(lower) && next?.kind === 'word' && !next.cap) return false;
  // "E-commerce grew", "E-mail volumes": one letter before a lower-case word is a common compound
  // (a brand writes a capital after the dash: "T-Mobile", "E-Trade").
  if (w.charCodeAt(1) === 45 && isLowerAfterDash(w)) return false;
  // "Rival Penhallow Stores said…": a word saying how the name relates to the topic, not part of it.
  if (initial && DESCRIPTORS.has(lower) && next?.kind === 'word' && next.cap) return false;
  // "Harlow Foods Corp - Management's Discussion and Analysis": a filing's section heading names no one.
  if ((headline || initial) && (SECTION_HEADING_WORDS.has(lower) || (lower === 'management' && t.possessive && next?.kind === 'word' && SECTION_HEADING_WORDS.has(next.lower)))) return false;
  if (isKnownOrganisation(lower) || isPlaceWord(lower) || isPersonFirstName(lower)) return true;
  // "Listing is in Luxembourg", "Pricing was set …", "Totaling $53m, the tranche …": a gerund
  // opening a sentence, not a name unless the text writes it again or as a surname ("Sterling"
  // is the currency).
  if (initial && !headline && lower.length >= 6 && lower.endsWith('ing') && !(lower in STERLING_WORDS) && !t.possessive && !(next?.kind === 'word' && next.cap) && !ev.seenElsewhere(w, t.start) && !ev.surnameBefore(w, t.start)) return false;
  if (!initial && !headline) return !(isCommonWord(lower) && ev.lowerSeen(lower));
  // "Regulators banned…", "Analysts said…": a plural noun of people opening a sentence.
  // (Not a word no lexicon knows that the text also writes capitalised inside a sentence: "Schroders
  // said …" after "Shares in Schroders fell".)
  const common = isCommonWord(lower);
  if (initial && !headline && PEOPLE_PLURAL.test(lower) && next?.kind === 'word' && !next.cap && (common || ev.lowerSeen(lower) || !ev.seenInside?.(w, t.start))) return false;
  // "Allowances rose 27%", "Management expects …": the plural of a common noun, or a word for a
  // company's managers, opening a sentence is no name unless the text writes it so elsewhere.
  // ("Units in the trust closed 0.8% higher": so is the plural of a measure's word, "unit".)
  if (initial && !headline && !t.possessive && next?.kind === 'word' && !next.cap && (lower === 'management' || pluralOfCommon(lower) || (lower.length > 4 && lower.endsWith('s') && ev.isCue(lower.slice(0, -1)))) && !ev.seenElsewhere(w, t.start) && !isKnownOrganisation(lower)) return false;
  // "Wireless service revenue grew 4%": a word unknown to the lexicon opening a sentence before
  // a lower-case noun, written nowhere else in the text, modifies that noun. A name is named again
  // ("Cellara shares jumped" is kept: "shares" can be a verb, and the name recurs).
  // ("Lease operating expenses were …": an "-ing" word that opens a measure's name is its modifier, not a verb.)
  // ("Adyen processed $1.4 trillion": an "-ed" word the lexicon knows as an adjective is a verb
  // right before an amount.)
  if (initial && !headline && !common && !t.possessive && next?.kind === 'word' && !next.cap && (!isVerb(next.lower) || (next.lower.endsWith('ing') && ev.isCue(next.lower))) && !isFunctionWord(next.lower) && !ev.seenElsewhere(w, t.start)
    && !(next.lower.endsWith('ed') && after?.kind === 'figure' && after.figure?.kind !== 'period')) return false;
  // "Coffee and confectionery were the biggest drivers", "Wines & spirits fell 7%": a word opening
  // a sentence before "and" or "&" and a lower-case word, written nowhere else with its capital,
  // heads a list of common nouns (a company so named writes its second part capitalised too:
  // "Procter & Gamble", "Marks and Spencer").
  if (initial && !headline && !t.possessive && (next?.lower === 'and' || next?.text === '&') && after?.kind === 'word' && !after.cap && !ev.seenElsewhere(w, t.start)) return false;
  if (!common && !isVerb(lower) && !ev.lowerSeen(lower)) return true;
  // "Oracle's revenue jumped", "Target's comparable sales fell": a common word opening a sentence
  // as a possessive before a measure's words (the text never writing it in lower case) owns them.
  if (initial && !headline && t.possessive && !ev.lowerSeen(bare(t)) && !ABSTRACT_NOUN_ENDING.test(bare(t)) && next?.kind === 'word' && !next.cap && !next.possessive
    && (ev.isCue(next.lower, after?.kind === 'word' ? after.lower : '') || (after?.kind === 'word' && !after.cap && ev.isCue(after.lower)))) return true;
  // "Orange cut its dividend", "Shell posted…": a common word the document never writes in
  // lower case, opening a sentence and followed by a verb, is a name. (Not before an "-ing"
  // word, which outside a headline is a noun it describes: "Online clothing sales grew".)
  // (Nor before a word that makes a measure's phrase with it: "Water rates will increase 4.5%".)
  if (initial && !headline && !ev.lowerSeen(lower) && !lower.endsWith('s') && next?.kind === 'word' && !next.cap && isVerb(next.lower) && !next.lower.endsWith('ing') && !ev.opensMeasure?.(lower, next.lower)) return true;
  // A capitalised common word opening a sentence starts a longer name: "Blue Yonder Airlines".
  // (So does a word taken for a verb only by its "-ed": "Lockheed Martin took"; not a compound,
  // "Houston-based Amoco".)
  return initial && !headline && !(isVerb(lower) && (isKnownVerb(lower) || lower.includes('-'))) && !!next && next.start - t.end <= 1 && isNameWord(next, false, headline, ev);
}

/**
 * A capitalised word that is no name alone but may open a company's name before its ending:
 * a nationality, a common word, a measure's word ("American", "AIM", "Financial", "Oil" of
 * "Beacon Oil Co").
 */
const opensCompanyName = (t: Tok | undefined, clause: number): boolean =>
  !!t && t.kind === 'word' && t.cap && !t.aside && t.clause === clause && !t.possessive && t.text.length > 1
  && !isFunctionWord(t.lower) && !isMonthOrDay(t.lower);

/** Nouns of an apposition that describe its name as a company or an investor: "the biggest corporate holder of the token". */
const APPOSITIVE_OWNER_NOUNS: ReadonlySet<string> = new Set([...COMPANY_NOUNS, 'holder', 'investor', 'buyer', 'seller', 'shareholder', 'parent', 'rival', 'competitor', 'chain', 'trader', 'exporter', 'importer', 'platform']);
/** How many tokens an apposition after a sentence's first word may hold. */
const APPOSITION_REACH = 10;
/** For a word of a measure, how many tokens the apposition's company noun, its last word, may be after the sentence's first word and comma. */
const CUE_APPOSITION_REACH = 3;

/**
 * "Strategy, the biggest corporate holder of bitcoin, bought …", "Target, the discount
 * retailer, said …": a capitalised common word opening a sentence, which the text never writes
 * in lower case, is a name when an apposition after it says it is a company and a verb follows.
 */
function describedAsCompany(tokens: readonly Tok[], i: number, ev: NameEvidence): boolean {
  const t = tokens[i]!;
  if (t.possessive || t.aside || t.text.length < 2 || isFunctionWord(t.lower) || isMonthOrDay(t.lower) || isTimeWord(t.lower) || SENTENCE_ADVERBS.has(t.lower) || t.lower.endsWith('ly') || ev.lowerSeen(t.lower)) return false;
  // A word of a measure ("Target", "Revenue") only when the apposition's head is a company noun
  // within a few words ("Target, the discount retailer, said"), not a noun that a company owns
  // ("Revenue, the company's biggest line, …").
  const cue = ev.isCue(t.lower);
  const det = tokens[i + 2]?.lower;
  if (tokens[i + 1]?.text !== ',' || (det !== 'the' && det !== 'a' && det !== 'an')) return false;
  let company = false;
  for (let j = i + 3; j < tokens.length && j <= i + 2 + APPOSITION_REACH; j++) {
    const u = tokens[j]!;
    if (u.text === ',') {
      const verb = tokens[j + 1];
      return company && verb?.kind === 'word' && !verb.cap && isVerb(verb.lower) && !verb.lower.endsWith('ing');
    }
    if (u.kind === 'punct' && u.text !== '-' && u.text !== "'") return false;
    if (u.kind === 'word' && APPOSITIVE_OWNER_NOUNS.has(u.lower)) {
      // ("Earlier, the company reported …": a verb after the noun makes it a clause's subject.)
      const v = tokens[j + 1];
      if (v?.kind === 'word' && !v.cap && isVerb(v.lower) && !isFunctionWord(v.lower)) return false;
      if (cue && (u.possessive || j > i + 2 + CUE_APPOSITION_REACH || tokens[j + 1]?.text !== ',')) return false;
      company = true;
    }
  }
  return false;
}

/** Verbs after which a lone surname speaks: only there does it matter that it is a person. */
const VOICE_VERBS = new Set(['said', 'says', 'told', 'added', 'noted', 'explained', 'stated', 'warned', 'argued', 'believes', 'thinks', 'expects', 'expect', 'estimates', 'forecasts', 'predicts', 'sees', 'projects']);

/** The first words of the two-word ones ("west", "south"), so most names are looked up without joining words. */
const COUNTRY_FIRST_WORDS: ReadonlySet<string> = new Set([...COUNTRY_NAMES].filter((c) => c.includes(' ')).map((c) => c.slice(0, c.indexOf(' '))));

/** A token's lower-case word without its possessive "'s". */
const bare = (t: Tok): string => (t.possessive ? t.lower.replace(/'s?$/, '') : t.lower);

/** The name at tokens [from, to) is a country of the demonym table. */
function isCountryName(tokens: readonly Tok[], from: number, to: number): boolean {
  if (to - from === 1) return COUNTRY_NAMES.has(bare(tokens[from]!));
  return to - from === 2 && COUNTRY_FIRST_WORDS.has(tokens[from]!.lower) && COUNTRY_NAMES.has(`${tokens[from]!.lower} ${bare(tokens[from + 1]!)}`);
}

const kindOf = (tokens: readonly Tok[], from: number, to: number, ev: NameEvidence): MentionKind => {
  const first = tokens[from]!;
  if (isCountryName(tokens, from, to)) return 'place';
  if (to - from <= 4 && isRegionName(tokens.slice(from, to).map(bare).join(' '))) return 'place';
  // "Whitfield said" after "Analyst Grace Whitfield expects": the person named before.
  if (to - from === 1 && VOICE_VERBS.has(tokens[to]?.lower ?? '') && !isKnownOrganisation(first.lower) && ev.surnameBefore(first.text.replace(/'s?$/, ''), first.start)) return 'person';
  if (to - from === 1 && (isPlaceAbbreviation(first.text) || (isPlaceWord(first.lower) && !isKnownOrganisation(first.lower)))) return 'place';
  if (to - from === 2 && isPlaceWord(tokens[from + 1]!.lower) && isPlaceWord(`${first.lower} ${tokens[from + 1]!.lower}`)) return 'place';
  if (to - from >= 2 && isPersonFirstName(first.lower) && !isOrgWord(tokens[to - 1]!.lower) && !SUFFIXES.has(tokens[to - 1]!.lower) && !PLACE_HEADS.has(tokens[to - 1]!.lower)) return 'person';
  return 'org';
};

/** Last words that make a name no person's, whatever its first word: "Henry Hub", "Cushing Terminal", "Charles River". */
const PLACE_HEADS: ReadonlySet<string> = new Set(['hub', 'terminal', 'port', 'basin', 'field', 'fields', 'bay', 'harbour', 'harbor', 'river', 'island', 'islands', 'street', 'square', 'park', 'point']);

/**
 * Where a name ending before token `i` starts (a public body's head word, or the bracket of
 * "Industrial Equity (Pacific) Ltd"): back over up to four capitalised words, and an
 * "and"/"of" between two of them, in the clause; not over a sentence-opening function word
 * ("The"), a possessive ("Japan's") or an aside.
 */
function bodyNameStart(tokens: readonly Tok[], i: number): number {
  let from = i;
  for (let k = i - 1, words = 0; k >= 0 && words < 4; k--) {
    const u = tokens[k]!;
    if (u.kind !== 'word' || u.aside || u.clause !== tokens[i]!.clause || u.possessive) break;
    if (u.cap && !isFunctionWord(u.lower) && !isMonthOrDay(u.lower)) {
      from = k;
      words++;
      continue;
    }
    if ((u.lower === 'and' || u.lower === 'of') && !u.cap && tokens[k - 1]?.kind === 'word' && tokens[k - 1]!.cap && from === k + 1) continue;
    break;
  }
  return from;
}

/** Head words that make capitalised common words before them a name: "Central Bank", "Risk Council". */
const BODY_NAME_HEADS: ReadonlySet<string> = new Set([...BODY_HEADS, 'bank', 'fund', 'reserve', 'exchange']);

/**
 * From token `i`, right after "the": up to four capitalised words (no function word, no
 * possessive before the last) ending in a head word of a bank or a public body; the index of
 * that head, or -1.
 */
function capitalisedBody(tokens: readonly Tok[], i: number, ev: NameEvidence): number {
  const prev = tokens[i - 1];
  if (!prev || prev.kind !== 'word' || prev.lower !== 'the') return -1;
  for (let k = i; k < i + 4; k++) {
    const u = tokens[k];
    if (!u || u.kind !== 'word' || !u.cap || u.aside || u.clause !== tokens[i]!.clause || u.text.length < 2 || isFunctionWord(u.lower)) return -1;
    if (k > i && BODY_NAME_HEADS.has(u.lower.replace(/'s?$/, ''))) {
      // Only where the name finder does not read the head ("the Bank of …" goes its own way).
      const after = tokens[k + 1];
      if (after?.kind === 'word' && (after.lower === 'of' || after.cap)) return -1;
      return isNameWord(u, false, false, ev, after) ? -1 : k;
    }
    if (u.possessive) return -1;
  }
  return -1;
}

/** The ")" of "(Europe) Ltd" when a bracket at `open` holds one to three capitalised words and a company ending follows it; else -1. */
function bracketedInName(tokens: readonly Tok[], open: number): number {
  for (let k = open + 1; k <= open + 4; k++) {
    const u = tokens[k];
    if (!u) return -1;
    if (u.kind === 'punct' && u.text === ')') {
      const after = tokens[k + 1];
      return k > open + 1 && after?.kind === 'word' && after.cap && isNameSuffix(after.lower) ? k : -1;
    }
    if (u.kind !== 'word' || !u.cap) return -1;
  }
  return -1;
}

/** How long a line may be to be a section heading. */
const HEADING_CHARS = 40;

/**
 * Text [start, end) ends a short line of letters and spaces only, after a blank line (or at the
 * text's start), perhaps before a short bracket, and the next line opens a new sentence: "Outlook",
 * "Third Quarter Summary", "KEY FIGURES (three months to March 31)".
 * (Not a hard-wrapped line: "Analysts said Norvelle\nwould report …".)
 */
function isSectionHeading(text: string, start: number, end: number): boolean {
  let k = end;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
  // "KEY FIGURES (three months to March 31)": what a heading covers, in brackets, ends its line too.
  if (text[k] === '(') {
    const close = text.indexOf(')', k);
    const nl = text.indexOf('\n', k);
    if (close > 0 && close - k <= HEADING_CHARS && (nl < 0 || close < nl)) {
      k = close + 1;
      while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
    }
  }
  if (k < text.length && text[k] !== '\n' && text[k] !== '\r') return false;
  while (k < text.length && (text[k] === '\n' || text[k] === '\r' || text[k] === ' ')) k++;
  if (k < text.length && text.charCodeAt(k) >= 0x61 && text.charCodeAt(k) <= 0x7a) return false;
  const from = text.lastIndexOf('\n', start - 1) + 1;
  if (start - from > HEADING_CHARS) return false;
  if (from > 0 && text.lastIndexOf('\n', from - 2) !== from - 2 && !(from >= 3 && text[from - 2] === '\r' && text[from - 3] === '\n')) return false;
  for (let j = from; j < start; j++) {
    const c = text.charCodeAt(j);
    if (!(c === 0x20 || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) return false;
  }
  return true;
}

/** How far into a text a byline may stand (after a headline). */
const BYLINE_REACH = 600;

/**
 * The word at `start` is on a byline near the top of the text: a line opening "By "
 * ("By a Staff Reporter | 30 July 2026", "By Our Markets Correspondent"). Who wrote the story
 * owns none of its figures, nor is its topic. (Checked only within the first 600 characters,
 * so the look back for the line start stays short.)
 */
function onByline(text: string, start: number): boolean {
  if (start > BYLINE_REACH) return false;
  const from = text.lastIndexOf('\n', start - 1) + 1;
  return from > 0 && text.startsWith('By ', from);
}

/** The named mentions of a sentence, in order. `text` is the whole document. */
export function findMentions(text: string, s: Sentence, ev: NameEvidence): Mention[] {
  const out: Mention[] = [];
  const { tokens, headline } = s;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !t.cap) {
      i++;
      continue;
    }
    // "Cairnbio's U.S.-listed stock": an abbreviation glued by a dash to a participle is an adjective too.
    if (gluedCompoundAdjective(tokens, i)) {
      i += 3;
      continue;
    }
    const prev = tokens[i - 1];
    const initial = !prev || (prev.kind === 'punct' && OPENERS.has(prev.text));
    // "Q2 2025   Q2 2024   Change": a common word ending a table's head of periods is its last
    // column's heading, no name (nor the topic of the rows after it).
    if (prev?.kind === 'figure' && prev.figure?.kind === 'period' && i === tokens.length - 1 && isCommonWord(t.lower)) {
      i++;
      continue;
    }
    // "adjusted EBITDA AL rose 3.3%": "after leases", written after the measure, names no one.
    if (t.lower === 'al' && prev?.kind === 'word' && prev.lower === 'ebitda' && t.start - prev.end <= 1) {
      i++;
      continue;
    }
    // "Outlook", "Third Quarter Summary", "Costs": a word ending a short line of its own, written
    // nowhere else, heads a section of a release; it names no one (nor the topic of the lines after it).
    if ((isSectionHeading(text, t.start, t.end) && !isKnownOrganisation(t.lower) && !isPlaceWord(t.lower) && !ev.seenElsewhere(t.text, t.start)) || (t.kind === 'word' && t.cap && onByline(text, t.start))) {
      i++;
      continue;
    }
    // "West German wholesale prices": a two-word nationality before a common noun names its
    // country ("West Germany"), not a "West".
    const next = tokens[i + 1];
    const nation = next?.kind === 'word' && next.cap && !next.possessive && tokens[i + 2]?.kind === 'word' && !tokens[i + 2]!.cap ? DEMONYM_COUNTRIES.get(`${t.lower} ${next.lower}`) : undefined;
    if (nation && nation.toLowerCase() !== `${t.lower} ${next!.lower}`) {
      out.push({ name: nation, start: t.start, end: next!.end, kind: 'place', possessive: false, from: i, to: i + 2, clause: t.clause });
      i += 2;
      continue;
    }
    // "to a Middle Eastern sovereign fund for £310 million": a region's adjective before a common
    // noun says what kind of buyer it is and names no one. (Not a company's short name the text
    // writes elsewhere: "1.5 mln North American common shares … North American said".)
    if (!nation && next?.kind === 'word' && next.cap && !next.possessive && tokens[i + 2]?.kind === 'word' && !tokens[i + 2]!.cap && !isVerb(tokens[i + 2]!.lower) && !isFunctionWord(tokens[i + 2]!.lower) && REGION_ADJECTIVES.has(`${t.lower} ${next.lower}`) && !ev.seenElsewhere(t.text, t.start)) {
      i += 2;
      continue;
    }
    // "Bank of Canada", "Bank of New York", "State-owned Bank of Deccan": a company noun before
    // "of" and a name word starts the name, opening a sentence or inside one.
    const nounOf = COMPANY_NOUNS.has(t.lower) && tokens[i + 1]?.lower === 'of' && !!tokens[i + 2] && isNameWord(tokens[i + 2]!, false, headline, ev, tokens[i + 3]);
    // "the benchmark 62% Fe index": a grade's metal after its percentage starts no name.
    if (GRADE_SYMBOLS.has(t.text) && tokens[i - 1]?.figure?.kind === 'percent') {
      i++;
      continue;
    }
    // "affirmed Halvorsen's BBB+ rating": a credit grade, not a name (a sign glued after it, or a word of rating).
    if (RATING_GRADES.has(t.text) && next && ((next.kind === 'punct' && (next.text === '+' || next.text === '-') && next.start === t.end) || RATING_GRADE_NEXT.has(next.lower))) {
      i++;
      continue;
    }
    // "bought 11 BTC", "moved 10,608 ETH, worth $1.1 billion": a code in capitals right after a
    // count, ending its noun phrase, is what is counted, a unit (a ticker, a coin), not an owner
    // (not "the 13 OPEC members", whose code qualifies the noun counted, nor a name's number:
    // "the System 25 PBX").
    if (!headline && tokens[i - 1]?.kind === 'number' && t.start - tokens[i - 1]!.end === 1 && UNIT_CODE.test(t.text) && !t.possessive && endsNounPhrase(tokens[i + 1]) && !tokens[i - 2]?.cap) {
      i++;
      continue;
    }
    // "results beat Street estimates": the analysts, not an owner (a name before it, "Wall
    // Street", never starts here).
    if (t.text === 'Street' && !headline && !t.possessive && next?.kind === 'word' && !next.cap && STREET_ESTIMATE_NOUNS.has(next.lower)) {
      i++;
      continue;
    }
    // "The Board declared a dividend", "the Board of Directors of Quillon Payments approved": a
    // company's board after an article or possessive names no one; its company is the owner.
    const board = companyBoard(tokens, i, headline);
    if (board > i) {
      i = board;
      continue;
    }
    const described = initial && !headline && describedAsCompany(tokens, i, ev);
    if (!nounOf && !described && !monthFirstName(tokens, i) && !isNameWord(t, initial, headline, ev, tokens[i + 1], tokens[i + 2])) {
      // "the European Central Bank", "the Systemic Risk Council": capitalised common words after
      // "the" that end in a bank's or a public body's head word are its name, though the text
      // writes each word in lower case too ("the central bank", "systemic risk").
      const head = headline ? -1 : capitalisedBody(tokens, i, ev);
      if (head > i) {
        const last = tokens[head]!;
        out.push({ name: text.slice(t.start, last.end), start: t.start, end: last.end, kind: 'org', possessive: last.possessive, from: i, to: head + 1, clause: t.clause });
        i = head + 1;
        continue;
      }
      i++;
      continue;
    }
    let j = i + 1;
    let end = t.end;
    let possessive = t.possessive;
    while (!possessive && j < tokens.length) {
      const u = tokens[j]!;
      // "Nikko Securities Co (Europe) Ltd", "Temasek Holdings (Pte) Ltd": a bracketed word or two
      // inside a name that goes on to its company ending.
      if (u.kind === 'punct' && u.text === '(') {
        const close = bracketedInName(tokens, j);
        if (close > 0) {
          j = close + 1; // the company ending, read as an ending below
          continue;
        }
      }
      // "Corvane Industries, Inc. (NYSE: CVN)": a press release's company ending after a comma
      // (the comma may open a clause of its own, so it is read before the clause test). Like a
      // lower-case "plc", it belongs to the mention's words, not to the name written.
      if (u.kind === 'punct' && u.text === ',' && j > i) {
        const w = tokens[j + 1];
        if (w?.kind === 'word' && w.cap && COMMA_SUFFIXES.has(w.lower.replace(/\.$/, '')) && w.start - u.end <= 1) {
          possessive = w.possessive;
          j += 2;
          if (tokens[j]?.text === '.' && tokens[j]!.start === w.end) j++;
          break;
        }
      }
      if (u.aside || u.clause !== t.clause) break;
      // "Larkfield plc, the retailer,": British texts write the ending in lower case. It belongs
      // to the mention's words (so what follows is read after it) but not to the name written.
      if (u.kind === 'word' && !u.cap && u.lower === 'plc') {
        j++;
        break;
      }
      // Suffixes after a comma or glued dot: "Huawei Technologies Co. Ltd.", "Apple Inc."
      if (u.kind === 'word' && SUFFIXES.has(u.lower.replace(/\.$/, '')) && u.cap) {
        end = u.end;
        possessive = u.possessive;
        j++;
        if (tokens[j]?.text === '.' && tokens[j]!.start === end) {
          j++;
          // "… (Hong Kong) Ltd. Lead manager …": after an ending and its dot only another ending goes on.
          const w = tokens[j];
          if (!(w?.kind === 'word' && w.cap && SUFFIXES.has(w.lower.replace(/\.$/, '')))) break;
        }
        continue;
      }
      if (u.kind === 'punct' && u.text === '.' && u.start === end && SUFFIXES.has(tokens[j - 1]!.lower)) {
        j++;
        continue;
      }
      if (u.kind === 'word' && !u.cap && CONNECTORS.has(u.lower) && tokens[j + 1] && isNameWord(tokens[j + 1]!, false, headline, ev, tokens[j + 2]) && tokens[j + 1]!.clause === t.clause) {
        j++;
        continue;
      }
      // "Office for Budget Responsibility", "Institute for Fiscal Studies": a capitalised common
      // word or two after the connector, before a name word, are the name's too.
      if (!headline && u.kind === 'word' && !u.cap && CONNECTORS.has(u.lower) && tokens[j + 1]?.cap) {
        const k = innerCommonWords(tokens, j + 1, t.clause);
        if (k > 0 && isNameWord(tokens[k]!, false, headline, ev, tokens[k + 1])) {
          j = k;
          continue;
        }
      }
      if (u.kind === 'punct' && u.text === '&' && tokens[j + 1]?.cap) {
        j++;
        continue;
      }
      // "Chief executive Oliver Grant said": a capitalised cue word right after a person's first
      // name is the surname ("grant", "Price"), not a measure that ends the name.
      if (j === i + 1 && u.kind === 'word' && u.cap && !u.possessive && ev.isCue(u.lower) && surnameAfter(t, u)) {
        end = u.end;
        possessive = u.possessive;
        j++;
        continue;
      }
      // "American Express also approved": the company's second word after a nationality (isNameWord
      // let the nationality open the name for it) is the name's, though alone it is a common word.
      if (j === i + 1 && u.kind === 'word' && u.cap && !u.aside && u.start - t.end === 1 && !t.possessive && isDemonym(t.lower) && NATIONAL_NAME_TAILS.has(bare(u))) {
        end = u.end;
        possessive = u.possessive;
        j++;
        continue;
      }
      // "Pinemark Stores, Inc. reported": a capitalised common word right before a company ending
      // after a comma is the name's last word, whatever else the text writes the name as.
      if (!headline && u.kind === 'word' && u.cap && !u.possessive && u.start - tokens[j - 1]!.end <= 1 && commaSuffixAt(tokens, j + 1)) {
        end = u.end;
        j++;
        continue;
      }
      if (!monthFirstName(tokens, j) && !isNameWord(u, false, headline, ev, tokens[j + 1])) {
        // "Kaveri Consumer Products", "Daehan Energy Solution": a capitalised common word or two
        // inside a name, between its name words (though the text writes "energy" in lower case too).
        const k = innerCommonWords(tokens, j, t.clause);
        if (headline || k < 0 || !isNameWord(tokens[k]!, false, headline, ev, tokens[k + 1])) break;
        j = k;
        continue;
      }
      // In headlines a verb ends the name: "Ericsson Lands".
      if (headline && isVerb(u.lower) && !isKnownOrganisation(u.lower)) break;
      end = u.end;
      possessive = u.possessive;
      j++;
    }
    // "American Can Co", "AIM Telephones Inc": a capitalised word that is no name alone (a
    // nationality, a common word in capitals) opens a name that ends in a company ending.
    // Up to two such words, and a name right before them joins: "First American Financial Corp".
    let from = i;
    // The ending is the last word, before the dot glued to it: "Kestrel Networks Co. Ltd.".
    const lastWord = tokens[j - 1]!.kind === 'punct' && j - 1 > i ? tokens[j - 2]! : tokens[j - 1]!;
    if (isNameSuffix(lastWord.lower) && (j - i >= 2 || opensCompanyName(tokens[i - 1], t.clause))) {
      while (from > i - 2 && opensCompanyName(tokens[from - 1], t.clause) && !out.some((m) => m.to === from)) from--;
      const last = out[out.length - 1];
      if (from < i && last && last.to === from && !last.possessive && last.clause === t.clause && last.kind !== 'place') {
        out.pop();
        from = last.from;
      }
    }
    // "Industrial Equity (Pacific) Ltd": a company ending alone after a bracket takes the
    // bracket and the capitalised words before it (measure words such as "Equity" included).
    if (from === i && isNameSuffix(t.lower) && tokens[i - 1]?.text === ')') {
      let open = i - 2;
      while (open > i - 6 && open > 0 && tokens[open]!.text !== '(') open--;
      if (open > 0 && bracketedInName(tokens, open) === i - 1) {
        const k = bodyNameStart(tokens, open);
        if (k < open) {
          while (out.length && out[out.length - 1]!.from >= k) out.pop();
          from = k;
        }
      }
    }
    // "Standard and Poor's Corp", "Moody's Investors Service Inc": a name with a company ending
    // after a possessive name is one name with it ("Sweden's Ericsson AB" is a place's company).
    if (from === i && isNameSuffix(lastWord.lower)) {
      const last = out[out.length - 1];
      if (last && last.to === i && last.possessive && last.clause === t.clause && last.kind !== 'place' && !COUNTRY_NAMES.has(last.name.toLowerCase().replace(/'s?$/, ''))) {
        out.pop();
        from = last.from;
        // "Standard and": a first word joined by "and".
        const and = tokens[from - 1], first = tokens[from - 2];
        if (and?.kind === 'word' && and.lower === 'and' && first?.kind === 'word' && first.cap && !first.possessive && first.clause === t.clause && !isFunctionWord(first.lower)) {
          if (out[out.length - 1]?.to === from - 1) out.pop();
          from -= 2;
        }
      }
    }
    // "the Securities and Exchange Commission", "the Statistics Bureau": a public body's name
    // takes the capitalised words before its head, common words as they may be.
    const head = tokens[j - 1]!.lower;
    if (from === i && !headline && (BODY_HEADS.has(head) || COMPANY_NAME_HEADS.has(head))) {
      from = bodyNameStart(tokens, i);
      const last = out[out.length - 1];
      if (from < i && last && last.to === from && !last.possessive && last.clause === t.clause) {
        out.pop();
        from = last.from;
      }
    }
    // "Commonwealth Bank of Australia", "Union Bank of Switzerland": a name right before the
    // company noun of "Bank of …" is its first word.
    if (from === i && nounOf) {
      const last = out[out.length - 1];
      if (last && last.to === i && !last.possessive && last.clause === t.clause && last.kind !== 'place' && !isNameModifier(last.name)) {
        out.pop();
        from = last.from;
      }
    }
    const start = tokens[from]!.start;
    out.push({ name: text.slice(start, end), start, end, kind: kindOf(tokens, from, j, ev), possessive, from, to: j, clause: t.clause });
    i = j;
  }
  return out;
}
