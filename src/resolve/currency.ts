/**
 * Chooses the ISO code for a currency mention. Explicit codes and names win; a generic unit
 * ("$", "dollars", "francs") takes, in order: the caller's hint, an explicit member of the
 * same family written earlier in the text ("A$" then "$"), places named in the text (for
 * families with no safe default), the family default; withdrawn currencies only for dates
 * when they were in use.
 */
import { DATELINE_ENDS } from '../lexicon/datelines';
import { CONTEXT_CUES, FAMILIES, FAMILY_ADJECTIVES, FAMILY_WORDS, NAMED_SINCE, PER_USD_RANGE, WITHDRAWN, type CurrencyFamily } from '../lexicon/currencies';
import { SCALE_LOOKUP } from '../lexicon/scales';
import type { Doc } from '../document';
import type { CurrencyMention } from '../lexicon/currency-lexicon';
import type { CurrencyInference, MoneyFigure } from '../types';
import { compareDecimal, divideSignificant } from './decimal';
import { CURRENCY_CUE, CURRENCY_KEY, registerWordClass } from '../scan/word-classes';

export interface CurrencyChoice {
  readonly currency: string | null;
  readonly inference: CurrencyInference;
}

/**
 * Families whose default is a guess: a place named in the story is better evidence. (The
 * pound's too: "CAIRO - … 9.1 billion pounds" is Egypt's; Britain's places count for sterling,
 * which wins a tie.)
 */
const CUE_FAMILIES: ReadonlySet<CurrencyFamily> = new Set(['franc', 'crown', 'peso', 'rupee', 'dinar', 'riyal', 'dirham', 'schilling', 'shilling', 'mark', 'lira', 'yen-sign', 'pound', 'kwacha']);

/**
 * Hint keys (the `currencyHints` option) per family: the key for the short form ("$", "kr",
 * "Rs") and the one for the word ("dollars", "crowns"). A mention takes the key of its own
 * form first, then the family's other key ("dollar: 'CAD'" also covers "dollars").
 */
const HINT_KEYS: Partial<Record<CurrencyFamily, { readonly short?: string; readonly word?: string }>> = {
  dollar: { short: '$', word: 'dollars' }, pound: { short: '£' }, 'yen-sign': { short: '¥' }, crown: { short: 'kr', word: 'crowns' },
  rupee: { short: 'Rs' }, franc: { word: 'francs' }, peso: { word: 'pesos' },
};

/** The hint that applies to a mention written as `written`, and its key. */
function hintFor(hints: Readonly<Record<string, string>>, family: CurrencyFamily, written: string): [string, string] | undefined {
  const keys = HINT_KEYS[family];
  if (!keys) return undefined;
  const isWord = /[a-z]{3}/i.test(written) && !/^(?:kr|rs)\.?$/i.test(written);
  const order = isWord ? [keys.word, keys.short] : [keys.short, keys.word];
  for (const key of order) if (key && hints[key]) return [hints[key]!, key];
  return undefined;
}

/** Per-document context, computed once on first need. */
export interface CurrencyContext {
  /** Count of place/nationality cues per currency code. */
  readonly cues: ReadonlyMap<string, number>;
  /** Weak families ("marks", "won") the text writes after a scale word somewhere. */
  readonly scaled?: ReadonlySet<CurrencyFamily>;
}

const CUES = new Map(Object.entries(CONTEXT_CUES));
/** First words of two-word cues ("hong kong"): only these pay for a second lookup. */
const CUE_FIRST_WORDS = new Set(Object.keys(CONTEXT_CUES).filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' '))));
// The tokenizer marks cue words, so the context pass skips every other word without reading it.
registerWordClass(Object.keys(CONTEXT_CUES).map((k) => (k.includes(' ') ? k.slice(0, k.indexOf(' ')) : k)), CURRENCY_CUE);

function buildContext(doc: Doc): CurrencyContext {
  const cues = new Map<string, number>();
  let scaled: Set<CurrencyFamily> | undefined;
  const toks = doc.tokens;
  // Cue words carry a class, so they are among the marked tokens: one in five to walk.
  for (const i of doc.marked) {
    const t = toks[i]!;
    if (!(t.cls & CURRENCY_CUE)) {
      // "1.26 billion marks": a weak family's word after a scale is the currency for sure.
      const family = t.cls & CURRENCY_KEY ? FAMILY_WORDS[t.lower] : undefined;
      if (family && FAMILIES[family].weak && SCALE_LOOKUP.has(toks[i - 1]?.lower ?? '')) (scaled ??= new Set()).add(family);
      continue;
    }
    let code = CUES.get(t.lower);
    if (!code && CUE_FIRST_WORDS.has(t.lower)) {
      const next = toks[i + 1];
      if (next && next.kind === 'word') code = CUES.get(`${t.lower} ${next.lower}`);
    }
    if (code) cues.set(code, (cues.get(code) ?? 0) + 1);
  }
  return { cues, scaled };
}

export function currencyContext(doc: Doc): CurrencyContext {
  return (doc.memo.currency ??= buildContext(doc));
}

/** True when `code` was in use on the document date: not yet withdrawn, and named (always true without a date). */
export function inUseOn(code: string, isoDate: string | undefined): boolean {
  if (!isoDate) return true;
  const until = WITHDRAWN[code];
  const since = NAMED_SINCE[code];
  return (!until || isoDate <= until) && (!since || isoDate >= since);
}

/** The families an explicit code belongs to ("CAD" → dollar), for context tracking. */
const FAMILIES_OF_CODE: ReadonlyMap<string, readonly CurrencyFamily[]> = (() => {
  const map = new Map<string, CurrencyFamily[]>();
  for (const [family, adjectives] of Object.entries(FAMILY_ADJECTIVES) as Array<[CurrencyFamily, Record<string, string>]>) {
    for (const code of new Set(Object.values(adjectives))) {
      if (FAMILIES[family].candidates.includes(code)) map.set(code, [...(map.get(code) ?? []), family]);
    }
  }
  return map;
})();

/**
 * Explicit members of a family written so far ("C$", "Canadian dlrs", "US$"), kept as the
 * recogniser walks forward: a bare "$" follows the latest one.
 */
export class ExplicitMentions {
  /** The latest code written per family: a lookup, not a walk back over every mention (quadratic in a long text). */
  private readonly latestByFamily = new Map<CurrencyFamily, string>();

  record(code: string): void {
    for (const family of FAMILIES_OF_CODE.get(code) ?? []) this.latestByFamily.set(family, code);
    this.latestCode = code;
  }

  /** The latest code written explicitly, of any family: bare "cents" after a euro amount are euro cents. */
  latestCode: string | undefined = undefined;

  /**
   * Families whose bare form the text has used as a stated equivalent in the family's default
   * ("HK$7.6 billion ($973 million)"): the writer keeps the bare form for the default, so a bare
   * mention no longer follows the explicit member written before it, nor the dateline.
   */
  bareIsDefault: Set<CurrencyFamily> | undefined = undefined;

  /** The member of `family` a bare mention should follow: the latest one written. */
  latest(family: CurrencyFamily): string | undefined {
    return this.latestByFamily.get(family);
  }

  /**
   * The currency of a bare "cents" written before any dollar is: the text's first explicit
   * dollar ("2.4 cents … S$118 million"), else the rand in a text whose amounts are all in rand
   * ("206 cents … R48bn"). Set by the money recogniser from its readings; undefined: the default.
   */
  centsAhead: string | undefined = undefined;

  /**
   * What a bare "grand" is thousands of, when not the default dollar: the one currency of the
   * text's other amounts, none of them a dollar ("a deposit of 60 grand … £299,331"). Set by
   * the money recogniser from its readings.
   */
  grandAhead: string | undefined = undefined;

  /**
   * The text writes its dateline's dollar with its prefix somewhere ("HONG KONG, May 22 - … a
   * $21.6 million coupon … shares fell to HK$0.41"): it keeps the bare "$" for another dollar,
   * so the dateline no longer says what a bare one is. Set by the money recogniser.
   */
  writesLocal = false;
}

/**
 * Choices that depend only on the mention, how it is written and the document date, shared
 * by every figure that makes the same one: a wire story says "dlrs" fifty times, and each
 * figure holding its own copy of the same reason and candidate list was a tenth of the
 * money recogniser's work. Shared choices are frozen, and the memo is emptied when the
 * date changes or it grows past a bound (the written forms of a text are unbounded).
 */
class ChoiceMemo {
  private date: string | undefined = undefined;
  private size = 0;
  private readonly byMention = new Map<CurrencyMention, Map<string, CurrencyChoice>>();
  private readonly candidates = new Map<CurrencyFamily, readonly string[]>();

  /** Clears the memo unless it was filled for `date`. */
  on(date: string | undefined): this {
    if (date !== this.date || this.size > 4096) {
      this.date = date;
      this.size = 0;
      this.byMention.clear();
      this.candidates.clear();
    }
    return this;
  }

  /** The members of `family` in use on the memo's date (frozen, shared). */
  candidatesOf(family: CurrencyFamily): readonly string[] {
    let list = this.candidates.get(family);
    if (!list) this.candidates.set(family, (list = Object.freeze(FAMILIES[family].candidates.filter((c) => inUseOn(c, this.date)))));
    return list;
  }

  get(mention: CurrencyMention, written: string): CurrencyChoice | undefined {
    return this.byMention.get(mention)?.get(written);
  }

  set(mention: CurrencyMention, written: string, choice: CurrencyChoice): CurrencyChoice {
    let forMention = this.byMention.get(mention);
    if (!forMention) this.byMention.set(mention, (forMention = new Map()));
    forMention.set(written, choice);
    this.size++;
    return choice;
  }
}

const shared = new ChoiceMemo();

/** A choice as figures hold it: frozen, so it can be shared. */
const choice = (currency: string | null, basis: CurrencyInference['basis'], candidates: readonly string[], reason: string): CurrencyChoice =>
  Object.freeze({ currency, inference: Object.freeze({ basis, candidates: Object.freeze(candidates), reason }) });

/**
 * Chooses the currency for one mention (`written`: the currency words as in the text).
 * Returns undefined when no reading is possible (e.g. "marks" in 2010). The choice and its
 * inference are frozen and may be shared with other figures.
 */
export function chooseCurrency(
  doc: Doc, mention: CurrencyMention, written: string, explicit: ExplicitMentions, translation = false, at = -1,
): CurrencyChoice | undefined {
  const memo = shared.on(doc.options.referenceISO);
  if (mention.code) {
    return memo.get(mention, written) ?? memo.set(mention, written, choice(mention.code, 'explicit', [mention.code], `"${written}" names ${mention.code}`));
  }
  const family = mention.family!;
  const candidates = memo.candidatesOf(family);
  if (candidates.length === 0) return undefined;

  const hinted = hintFor(doc.options.currencyHints, family, written);
  if (hinted) {
    const [hint, key] = hinted;
    return choice(hint, 'default', candidates, `"${written}" read as ${hint} by the ${key} hint`);
  }
  if (explicit.grandAhead && mention.scale?.text === 'grand') {
    return choice(explicit.grandAhead, 'context', [...candidates, explicit.grandAhead], `"${written}" read as thousands of ${explicit.grandAhead}, the currency of the text's other amounts`);
  }
  // "CAD 10.9 million, or $8.3 million": the second amount translates the first into the default,
  // and says the text writes the default bare: a later bare "$" is no Canadian dollar either.
  const latest = explicit.latest(family);
  if (translation && latest && latest !== FAMILIES[family].fallback) (explicit.bareIsDefault ??= new Set()).add(family);
  const bareDefault = translation || explicit.bareIsDefault?.has(family) === true;
  const earlier = bareDefault ? undefined : latest;
  if (earlier && candidates.includes(earlier)) {
    return choice(earlier, 'context', candidates, `"${written}" read as ${earlier}, written explicitly earlier in the text`);
  }
  // "a dividend of €1.20 per share, up 10 cents": bare cents in a text that has written no dollar,
  // after a euro amount, are hundredths of the euro.
  if (mention.minor && family === 'dollar' && !latest && explicit.latestCode === 'EUR')
    return choice('EUR', 'context', [...candidates, 'EUR'], `"${written}" read as euro cents: the text's amounts before it are in euros and it names no dollar`);
  // "¥1.45 trillion ($9.6 billion)" elsewhere in the text: a rate only one member can have.
  const stated = doc.memo.statedMembers?.get(family);
  if (stated && candidates.includes(stated)) {
    return choice(stated, 'context', candidates, `"${written}" read as ${stated}: a US-dollar equivalent stated in the text implies a rate only ${stated} has`);
  }
  // "SYDNEY: … $1.1 billion": local papers write their own dollar bare.
  const local = family === 'dollar' && !bareDefault && !explicit.writesLocal ? datelineCurrency(doc) : undefined;
  if (local && candidates.includes(local)) {
    return choice(local, 'context', candidates, `"${written}" read as ${local}: the text is datelined where it is used`);
  }
  const ahead = mention.minor && family === 'dollar' && !earlier ? explicit.centsAhead : undefined;
  if (ahead) return choice(ahead, 'context', candidates.includes(ahead) ? candidates : [...candidates, ahead], `"${written}" read as hundredths of ${ahead}, the currency of the text's amounts`);
  const info = FAMILIES[family];
  // ("229,900 yuan ($32,400)" in a story that names Hong Kong: a stated equivalent translates
  // into the default dollar, whatever places the text names.)
  if (!(translation && info.fallback && candidates.includes(info.fallback)) && (CUE_FAMILIES.has(family) || (info.fallback && !candidates.includes(info.fallback)))) {
    const near = at >= 0 ? sentenceCue(doc, at, candidates) : undefined;
    if (near) return choice(near, 'context', candidates, `"${written}" read as ${near}: its sentence names a place that uses it`);
    const { cues } = currencyContext(doc);
    let best: string | undefined, bestCount = 0;
    for (const c of candidates) {
      const n = cues.get(c) ?? 0;
      if (n > bestCount) { best = c; bestCount = n; }
    }
    if (best) return choice(best, 'context', candidates, `"${written}" read as ${best}: the text names places that use it`);
  }
  // From here the choice depends on the mention, its writing and the date alone.
  const known = memo.get(mention, written);
  if (known) return known;
  const fallback = info.fallback && candidates.includes(info.fallback) ? info.fallback : family === 'lira' ? 'TRY' : family === 'franc' ? 'CHF' : null;
  if (!fallback) return memo.set(mention, written, choice(null, 'default', candidates, `"${written}" could be ${candidates.join(', ')}; nothing in the text says which`));
  const dated = info.fallback !== fallback;
  const reason = `"${written}" read as ${fallback}${dated ? ` (the document date rules out ${info.fallback})` : ', the usual meaning'}`;
  return memo.set(mention, written, choice(fallback, dated ? 'date' : 'default', candidates, reason));
}


/** How far the sentence of a mention is read for a place, each way (tokens). */
const SENTENCE_CUE_REACH = 40;

/**
 * The one member of a family whose place the mention's own sentence names ("In Argentina, the
 * Treasury posted a surplus of 10.4 trillion pesos" in a story that names Mexico more often):
 * the sentence is better evidence than the story's count. Undefined when the sentence names
 * none, or places of two members.
 */
function sentenceCue(doc: Doc, at: number, candidates: readonly string[]): string | undefined {
  const toks = doc.tokens;
  const stop = (k: number): boolean => {
    const t = toks[k]!;
    return t.kind === 'punct' && (t.text === ';' || ((t.text === '.' || t.text === '!' || t.text === '?') && toks[k + 1]?.space === true));
  };
  // A blank line before token k: a new paragraph (a single break may only wrap the line).
  const paragraph = (k: number): boolean => {
    if (k === 0 || !toks[k]!.newline) return false;
    const gap = doc.text.slice(toks[k - 1]!.end, toks[k]!.start);
    return gap.indexOf('\n') !== gap.lastIndexOf('\n');
  };
  let found: string | undefined;
  const look = (k: number): boolean => {
    const t = toks[k]!;
    if (!(t.cls & CURRENCY_CUE)) return true;
    let code = CUES.get(t.lower);
    if (!code && CUE_FIRST_WORDS.has(t.lower) && toks[k + 1]?.kind === 'word') code = CUES.get(`${t.lower} ${toks[k + 1]!.lower}`);
    if (!code || !candidates.includes(code)) return true;
    if (found && found !== code) return false;
    found = code;
    return true;
  };
  for (let k = at; k >= 0 && k > at - SENTENCE_CUE_REACH; k--) {
    if (k < at && stop(k)) break;
    if (!look(k)) return undefined;
    if (paragraph(k)) break;
  }
  for (let k = at + 1; k < toks.length && k < at + SENTENCE_CUE_REACH; k++) {
    if (stop(k) || paragraph(k)) break;
    if (!look(k)) return undefined;
  }
  return found;
}

/**
 * The currency of the place a text is datelined at ("SYDNEY: ", "TORONTO, May 4 -"): one or
 * two words in capitals opening the text, then a comma, dash, colon or bracket. Computed once
 * per document, and only when a bare dollar asks.
 */
export function datelineCurrency(doc: Doc): string | undefined {
  if (doc.memo.dateline === undefined) {
    const toks = doc.tokens;
    let code: string | null = null;
    const first = toks[0];
    if (first && first.start <= 2) {
      for (let n = 1; n <= 2 && code === null; n++) {
        const words = toks.slice(0, n);
        const end = toks[n];
        if (words.length < n || !end || !DATELINE_ENDS.has(end.text)) continue;
        if (!words.every((t) => t.kind === 'word' && t.text.length > 1 && t.text === t.text.toUpperCase())) break;
        // A wire's dateline ("SYDNEY, May 4 (Reuters) -") writes US dollars bare: only a local paper's.
        if (wireCredit(toks, n)) break;
        code = CUES.get(words.map((t) => t.lower).join(' ')) ?? null;
      }
    }
    doc.memo.dateline = code;
  }
  return doc.memo.dateline ?? undefined;
}

/**
 * The currency of a dateline's place ("JOHANNESBURG, Aug 20 (Wire) -"), a wire's too: one or
 * two words in capitals opening the text, then a comma, dash, colon or bracket.
 */
export function datelinePlace(doc: Doc): string | undefined {
  const toks = doc.tokens;
  if (!toks[0] || toks[0].start > 2) return undefined;
  for (let n = 1; n <= 2; n++) {
    const end = toks[n];
    if (!end || !DATELINE_ENDS.has(end.text)) continue;
    const words = toks.slice(0, n);
    if (!words.every((t) => t.kind === 'word' && t.text.length > 1 && t.text === t.text.toUpperCase())) return undefined;
    return CUES.get(words.map((t) => t.lower).join(' '));
  }
  return undefined;
}

/**
 * A bracketed credit ("(Reuters)") before the dash that ends a dateline whose place ends at `k`.
 * Only a dateline that goes on after its place (with a comma or the bracket itself) has one: after
 * "SYDNEY: " or "SYDNEY - " the story has begun ("Qantas (QAN.AX) said …").
 */
function wireCredit(toks: Doc['tokens'], k: number): boolean {
  if (toks[k]?.text !== ',' && toks[k]?.text !== '(') return false;
  for (let j = k; j < toks.length && j < k + 10; j++) {
    const t = toks[j]!;
    if (t.text === '(') return true;
    if (j > k && DATELINE_ENDS.has(t.text) && t.text !== ',') return false;
  }
  return false;
}

/** Whether the text names a place that uses a member of `family` still in use on its date. */
export function familyHasCue(doc: Doc, family: CurrencyFamily): boolean {
  const { cues } = currencyContext(doc);
  return FAMILIES[family].candidates.some((c) => inUseOn(c, doc.options.referenceISO) && (cues.get(c) ?? 0) > 0);
}

/** Whether the text names a place of the currency `code` ("Turkey", "Ankara" for TRY). */
export const codeHasCue = (doc: Doc, code: string): boolean => (currencyContext(doc).cues.get(code) ?? 0) > 0;

/**
 * Whether the text writes a weak family's word after a scale word ("1.26 billion marks"): then
 * a bare "26.95 marks" elsewhere in it is that currency too, not a count of grades.
 */
export const familyScaledInText = (doc: Doc, family: CurrencyFamily): boolean => currencyContext(doc).scaled?.has(family) === true;

/** Families whose members `PER_USD_RANGE` tells apart, by their candidate lists ("JPY,CNY" → yen-sign). */
const RATED_FAMILIES: ReadonlyMap<string, CurrencyFamily> = new Map(
  (Object.entries(FAMILIES) as Array<[CurrencyFamily, (typeof FAMILIES)[CurrencyFamily]]>)
    .filter(([, info]) => info.candidates.length > 1 && info.candidates.every((c) => PER_USD_RANGE[c]))
    .map(([family, info]) => [info.candidates.join(','), family]),
);

/** The family of a figure whose currency was a guess (context or default, no hint) among members a rate tells apart. */
function ratedFamily(doc: Doc, f: MoneyFigure): CurrencyFamily | undefined {
  const inf = f.currencyInference;
  // Most figures fail on their first candidate ("USD" of the dollar family has no row).
  if (!inf || inf.basis === 'explicit' || inf.candidates.length < 2 || !inf.candidates.every((c) => PER_USD_RANGE[c])) return undefined;
  const family = RATED_FAMILIES.get(inf.candidates.join(','));
  if (!family) return undefined;
  const keys = HINT_KEYS[family];
  if (keys && ((keys.short && doc.options.currencyHints[keys.short]) || (keys.word && doc.options.currencyHints[keys.word]))) return undefined;
  return family;
}

/**
 * Whether a figure's currency is a guessed member of a family a rate tells apart. Checked on
 * every money figure, so the common case (a dollar: "USD" has no row) fails on one lookup.
 */
export const mayNeedStatedRate = (doc: Doc, f: MoneyFigure): boolean => {
  const first = f.currencyInference?.candidates[0];
  return first !== undefined && PER_USD_RANGE[first] !== undefined && ratedFamily(doc, f) !== undefined;
};

/**
 * The member of a family each stated US-dollar equivalent implies: "¥1.45 trillion ($9.6
 * billion)" is 151 to the dollar, within the yen's range and far from the yuan's. `pairs` are
 * the stated equivalents the money recogniser found. Pairs that disagree decide nothing;
 * undefined when no guess needs changing.
 */
export function membersByStatedRate(doc: Doc, pairs: ReadonlyArray<readonly [MoneyFigure, MoneyFigure]>): Map<string, string> | undefined {
  let out: Map<string, string> | undefined;
  let changes = false;
  const conflicted = new Set<string>();
  for (const [a, b] of pairs) {
    const fa = ratedFamily(doc, a), fb = ratedFamily(doc, b);
    const [guess, usd, family] = fa && b.currency === 'USD' ? [a, b, fa] : fb && a.currency === 'USD' ? [b, a, fb] : [];
    if (!guess || !usd || !family || conflicted.has(family)) continue;
    const x = guess.amountExact.replace(/^-/, ''), y = usd.amountExact.replace(/^-/, '');
    if (/^0(\.0*)?$/.test(x) || /^0(\.0*)?$/.test(y)) continue;
    const rate = divideSignificant(x, y);
    const fits = FAMILIES[family].candidates.filter((c) => compareDecimal(rate, PER_USD_RANGE[c]![0]) >= 0 && compareDecimal(rate, PER_USD_RANGE[c]![1]) <= 0);
    if (fits.length !== 1) continue;
    out ??= new Map();
    const had = out.get(family);
    if (had && had !== fits[0]) { out.delete(family); conflicted.add(family); continue; }
    out.set(family, fits[0]!);
    if (guess.currency !== fits[0]) changes = true;
  }
  // Nothing to read again when every guess was already the member the rate implies.
  return changes && out?.size ? out : undefined;
}
