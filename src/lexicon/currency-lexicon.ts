/**
 * The currency phrases that may stand before a number ("US$", "RMB", "Rs.") and after it
 * ("Chinese yuan", "mln dlrs", "cts"), as two token tries. Official names come from
 * `Intl.DisplayNames`, ISO codes from `Intl.supportedValuesOf`, the rest from the data in
 * lexicon/currencies.ts. Built once, on first use.
 */
import {
  CODE_STOPWORDS, PLACE_CUED_CODES, PLACE_CUED_ALIASES, CURRENCY_ALIASES, FAMILIES, FAMILY_ADJECTIVES, FAMILY_WORDS, MINOR_UNITS, NAME_DEMONYMS, NAME_PLURALS,
  ALIASES_BEFORE, CODED_DOLLARS, GLUED_SHORT_FORMS, SHORT_FORMS_AFTER, SPACED_SHORT_FORMS, PREFIXED_DOLLARS, SCALE_PREFIXES, SCALE_SUFFIXES, SCALED_CODES, SCALED_SYMBOLS, STERLING_WORDS, SYMBOLS, UNIT_NAMES, WITHDRAWN,
  type CurrencyFamily,
} from './currencies';
import { PhraseTrie } from '../scan/phrase-trie';

/** What a currency phrase says, before context and date choose among candidates. */
export interface CurrencyMention {
  /** The currency the phrase names outright. */
  readonly code?: string;
  /** A generic unit ("dollars", "$", "francs"): the member comes from hints or context. */
  readonly family?: CurrencyFamily;
  /** Hundredths of the unit ("cents", "p", "¢"). */
  readonly minor?: boolean;
  /** An upper-case ISO code: matches only when written in capitals. */
  readonly isoCode?: boolean;
  /** Only when glued to the number ("21.5p", "43c", "R150"). */
  readonly gluedOnly?: boolean;
  /** Only with a capital first letter ("R150 billion", "Sh20 million", not "r150"). */
  readonly capitals?: boolean;
  /** Also a common English word: needs a scale, an adjective or context. */
  readonly weak?: boolean;
  /** An ISO code that is also an English word: only where the text names its place ("TRY 40bn" in a Turkish story). */
  readonly placeCue?: boolean;
  /** Spaced from the number only where the text names a place of the currency ("Dh 12 billion" in a Dubai story). */
  readonly spacedCue?: boolean;
  /** Glued to the number only with a scale ("Ps12.3 billion", not "PS5"). */
  readonly gluedScaled?: boolean;
  /** A capital and then lower case ("Ps 18.3 billion", not "PS 5"). */
  readonly titleCase?: boolean;
  /** Also the last word of names ("Swiss Re"): not after a capitalised word. */
  readonly nameEnd?: boolean;
  /**
   * A scale joined to the currency word ("EURm", "MSEK", "£m"): the power of ten, the scale
   * as written, and whether it stands before the code or symbol or after it.
   */
  readonly scale?: { readonly power: number; readonly text: string; readonly before: boolean };
  /** A code and its "$" written as one ("CAD$"): not when spaced ("AUD $80"). */
  readonly gluedSign?: boolean;
}

export interface CurrencyLexicon {
  readonly before: PhraseTrie<CurrencyMention>;
  readonly after: PhraseTrie<CurrencyMention>;
}

let lexicon: CurrencyLexicon | undefined;

function isoCodes(): string[] {
  const codes = new Set<string>(Object.keys(WITHDRAWN));
  try {
    for (const c of Intl.supportedValuesOf('currency')) codes.add(c);
  } catch {
    // Older runtimes without supportedValuesOf: the common codes below still work.
  }
  for (const f of Object.values(FAMILIES)) for (const c of f.candidates) codes.add(c);
  return [...codes];
}

function displayNames(codes: readonly string[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames('en', { type: 'currency', fallback: 'none' });
  } catch {
    return out;
  }
  for (const code of codes) {
    const name = names.of(code);
    if (!name || name === code) continue;
    // "Brazilian Cruzado (1986–1989)" → "brazilian cruzado"
    const paren = name.indexOf('(');
    const plain = (paren < 0 ? name : name.slice(0, paren)).trimEnd().toLowerCase();
    if (!plain.includes(' ')) continue; // single words ("euro") are family words, handled with context
    out.push([plain, code]);
  }
  return out;
}

const plural = (phrase: string): string => (/(s|x|sh|ch)$/.test(phrase) ? `${phrase}es` : `${phrase}s`);

/**
 * An Intl name in the forms texts write it: as given and without accents ("costa rican colon"),
 * with other demonyms (NAME_DEMONYMS), each singular and plural (NAME_PLURALS or "s").
 */
function nameForms(name: string): string[] {
  const plain = name.normalize('NFD').replace(/[\u0300-\u036f\u02bb\u02bc]/g, '');
  const names = plain === name ? [name] : [name, plain];
  for (const [demonym, others] of Object.entries(NAME_DEMONYMS)) {
    if (!plain.startsWith(`${demonym} `)) continue;
    for (const other of others) names.push(other + plain.slice(demonym.length));
  }
  const forms: string[] = [];
  for (const n of names) {
    forms.push(n, plural(n));
    const space = n.lastIndexOf(' ');
    for (const p of NAME_PLURALS[n.slice(space + 1)] ?? []) forms.push(`${n.slice(0, space + 1)}${p}`);
  }
  return forms;
}

function build(): CurrencyLexicon {
  const before = new PhraseTrie<CurrencyMention>();
  const after = new PhraseTrie<CurrencyMention>();
  const both = (phrase: string, m: CurrencyMention): void => { before.add(phrase, m); after.add(phrase, m); };

  // Symbol-prefixed dollars first: "US$" must not read as "US" + "$".
  for (const [prefix, code] of Object.entries(PREFIXED_DOLLARS)) {
    both(`${prefix}$`, { code });
    before.add(`$${prefix}`, { code });
  }
  for (const code of CODED_DOLLARS) both(`${code.toLowerCase()}$`, { code, gluedSign: true });
  for (const [symbol, s] of Object.entries(SYMBOLS)) {
    const m: CurrencyMention = s.minor
      ? { ...(s.code ? { code: s.code } : {}), ...(s.family ? { family: s.family } : {}), minor: true }
      : s.code ? { code: s.code } : { family: s.family! };
    if (s.minor) after.add(symbol, m);
    else both(symbol, m);
  }
  // ("Php 500" in any case, but like the code "PHP" only where the text names the Philippines.)
  for (const [alias, code] of Object.entries(CURRENCY_ALIASES)) both(alias, PLACE_CUED_CODES.has(alias.toUpperCase()) ? { code, placeCue: true } : { code });
  for (const [alias, code] of Object.entries(ALIASES_BEFORE)) before.add(alias, { code, capitals: true });
  for (const code of isoCodes()) if (!CODE_STOPWORDS.has(code)) both(code.toLowerCase(), { code, isoCode: true });
  for (const code of PLACE_CUED_CODES) both(code.toLowerCase(), { code, isoCode: true, placeCue: true });
  // ("RO 210 million" in a story about Oman: capitals, like a code, and the place named.)
  for (const [alias, code] of Object.entries(PLACE_CUED_ALIASES)) both(alias, { code, isoCode: true, placeCue: true });
  // A scale joined on: "EURm 45", "350 MSEK", "£m 12.5" (symbols before the number only).
  for (const code of SCALED_CODES) {
    const lower = code.toLowerCase();
    for (const [text, power] of Object.entries(SCALE_SUFFIXES)) both(`${lower}${text}`, { code, isoCode: true, scale: { power, text, before: false } });
    for (const [text, power] of Object.entries(SCALE_PREFIXES)) both(`${text}${lower}`, { code, isoCode: true, scale: { power, text, before: true } });
  }
  for (const symbol of SCALED_SYMBOLS) {
    const s = SYMBOLS[symbol]!;
    for (const [text, power] of Object.entries(SCALE_SUFFIXES)) before.add(`${symbol}${text}`, { ...(s.code ? { code: s.code } : { family: s.family! }), scale: { power, text, before: false } });
  }
  // Short forms of a family, before or after the number: "kr 5", "Rs 20", "20Rs".
  both('rs', { family: 'rupee' });
  both('rs.', { family: 'rupee' });
  both('kr', { family: 'crown' });
  both('kr.', { family: 'crown' });
  before.add('ringgit', { family: 'ringgit' });
  // "R150 billion": the rand's letter, glued and in capitals, with a scale or where the text
  // names the rand (sides.ts); "R$" stays the real.
  before.add('r', { family: 'rand', weak: true, gluedOnly: true, capitals: true });
  // The same for the short forms African and Gulf papers write: "N1.6 trillion" (naira),
  // "Sh16.7 billion" (shilling), "Dh1.4 billion" (dirham).
  // Spaced or glued: "Dh 24.3 billion", "Ps 18.3 billion", "TL 301.25" (before the glued-only forms: the first entry of a phrase wins).
  for (const [letters, f] of Object.entries(SPACED_SHORT_FORMS)) {
    before.add(letters, { family: f.family, weak: true, capitals: true, spacedCue: true, ...(f.gluedScaled ? { gluedScaled: true } : {}), ...(f.titleCase ? { titleCase: true } : {}), ...(f.nameEnd ? { nameEnd: true } : {}) });
  }
  for (const [letters, family] of Object.entries(SHORT_FORMS_AFTER)) after.add(letters, { family, weak: true, capitals: true });
  for (const [letters, family] of Object.entries(GLUED_SHORT_FORMS)) before.add(letters, { family, weak: true, gluedOnly: true, capitals: true });
  // Hungary's "Ft" before the number ("Ft 51bn", "Ft120m"), spaced or glued: in capitals, with
  // a scale or where the text names the forint ("5,000 ft" after a number stays feet).
  before.add('ft', { family: 'forint', weak: true, capitals: true });
  // "two grand", "5 grand": thousands of the local unit, dollars unless the text says otherwise
  // (sides.ts keeps "two grand pianos", "a grand jury" out).
  after.add('grand', { family: 'dollar', scale: { power: 3, text: 'grand', before: false } });

  // Adjective + family word: "Canadian dlrs", "Swedish crowns", "West German marks".
  for (const [family, adjectives] of Object.entries(FAMILY_ADJECTIVES) as Array<[CurrencyFamily, Record<string, string>]>) {
    const words = Object.entries(FAMILY_WORDS).filter(([, f]) => f === family).map(([w]) => w);
    for (const [adjective, code] of Object.entries(adjectives)) {
      for (const w of words) {
        after.add(`${adjective} ${w}`, { code });
        if (family === 'ringgit') before.add(`${adjective} ${w}`, { code });
      }
    }
  }
  for (const [word, code] of Object.entries(UNIT_NAMES)) after.add(word, { code });
  // Sterling is GBP, explicitly: an earlier "Irish pence" must not turn "182 mln stg" Irish.
  for (const [word, unit] of Object.entries(STERLING_WORDS)) after.add(word, unit.minor ? { code: 'GBP', minor: true } : { code: 'GBP' });
  // Adjective + minor unit: "64 Canadian cts", "12 U.S. cents", "50 Swiss centimes".
  for (const [word, unit] of Object.entries(MINOR_UNITS)) {
    if (!unit.family || unit.gluedOnly) continue;
    for (const [adjective, code] of Object.entries(FAMILY_ADJECTIVES[unit.family] ?? {})) after.add(`${adjective} ${word}`, { code, minor: true });
  }
  for (const [name, code] of displayNames(isoCodes())) for (const form of nameForms(name)) after.add(form, { code });
  for (const [word, family] of Object.entries(FAMILY_WORDS)) {
    after.add(word, FAMILIES[family].weak ? { family, weak: true } : { family });
  }
  for (const [word, unit] of Object.entries(MINOR_UNITS)) {
    after.add(word, {
      ...(unit.code ? { code: unit.code } : {}),
      ...(unit.family ? { family: unit.family } : {}),
      minor: true,
      ...(unit.gluedOnly ? { gluedOnly: true } : {}),
      ...(unit.weak ? { weak: true } : {}),
    });
  }
  return { before, after };
}

/** The shared lexicon, built on first use (about a millisecond). */
export function currencyLexicon(): CurrencyLexicon {
  return (lexicon ??= build());
}
