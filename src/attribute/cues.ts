/**
 * Finds the phrases of a cue table in a sentence's tokens: whole words, longest first.
 * Each table is indexed once by its first word.
 */
import { CHANGE_ROWS, type ChangeRow } from '../lexicon/change-verbs';
import { METRIC_ROWS, type MetricRow } from '../lexicon/metrics';
import { SCALE_LOOKUP } from '../lexicon/scales';
import { isNameSuffix } from './entities';
import { isPersonFirstName } from './words';
import type { Tok } from './tokens';

interface Entry<R> {
  readonly words: readonly string[];
  readonly phrase: string;
  readonly row: R;
}

export interface CueMatch<R> {
  readonly row: R;
  readonly phrase: string;
  /** Token range [from, to). */
  readonly from: number;
  readonly to: number;
}

type Index<R> = ReadonlyMap<string, readonly Entry<R>[]>;

function buildIndex<R>(rows: readonly R[], phrasesOf: (r: R) => readonly string[]): Index<R> {
  const index = new Map<string, Entry<R>[]>();
  for (const row of rows)
    for (const phrase of phrasesOf(row)) {
      // A comma is a word of its own: "earnings before interest, taxes, depreciation and amortization";
      // so are a colon and a slash between two words: "cost:income ratio", "cost/income ratio".
      const words = phrase.replace(/,/g, ' ,').replace(/([:/])/g, ' $1 ').split(' ');
      const list = index.get(words[0]!) ?? [];
      list.push({ words, phrase, row });
      index.set(words[0]!, list);
    }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

function matchAt<R>(tokens: readonly Tok[], i: number, index: Index<R>): CueMatch<R>[] {
  const t = tokens[i]!;
  if (t.kind !== 'word' || t.aside) return [];
  const list = index.get(t.lower);
  if (!list) return [];
  const out: CueMatch<R>[] = [];
  let best = 0;
  for (const e of list) {
    if (e.words.length < best) break;
    const to = endOfPhrase(tokens, i, e.words);
    if (to !== undefined) {
      best = e.words.length;
      out.push({ row: e.row, phrase: e.phrase, from: i, to });
    }
  }
  return out;
}

/** Marks a phrase may hold as words of their own: "interest, taxes", "cost:income", "cost/income". */
const PHRASE_MARKS: ReadonlySet<string> = new Set([',', ':', '/']);

/** Most words a `*` of a phrase stands for: "share of the * market" takes "Japanese car". */
const GAP_MAX = 3;

/**
 * Where the phrase `words` ends when it starts at token `i`, or undefined. A `*` is one to
 * {@link GAP_MAX} words of any kind, possessives included ("share of China's phone market");
 * a `#` is a bare count, perhaps with its scale word ("sold 5.2 million vehicles").
 */
function endOfPhrase(tokens: readonly Tok[], i: number, words: readonly string[]): number | undefined {
  let p = i + 1;
  for (let k = 1; k < words.length; k++) {
    if (words[k] === '#') {
      if (tokens[p]?.kind !== 'number') return undefined;
      p++;
      if (tokens[p]?.kind === 'word' && SCALE_LOOKUP.has(tokens[p]!.lower)) p++;
      continue;
    }
    if (words[k] === '*') {
      const next = words[++k]!;
      // (An owner's possessive opening the gap counts as "the" would: "share of China's new
      // energy vehicle market".)
      const max = p + GAP_MAX + (tokens[p]?.possessive ? 1 : 0);
      let q = p + 1;
      while (q <= max && !(tokens[q]?.kind === 'word' && tokens[q]!.lower === next)) {
        if (tokens[q]?.kind !== 'word') return undefined;
        q++;
      }
      if (q > max || tokens[p]?.kind !== 'word') return undefined;
      p = q + 1;
      continue;
    }
    const u = tokens[p];
    // A possessive ends a phrase: "Apple's sales" is not "apple sales".
    if (!u || (u.kind !== 'word' && !PHRASE_MARKS.has(words[k]!)) || u.lower !== words[k] || tokens[p - 1]!.possessive) return undefined;
    p++;
  }
  return p;
}

/**
 * A table's index, built on first use: only attribution reads the cue tables, and building
 * them at import was a tenth of the package's load time for every caller.
 */
function lazyIndex<R>(rows: readonly R[], phrasesOf: (r: R) => readonly string[]): () => Index<R> {
  let index: Index<R> | undefined;
  return () => (index ??= buildIndex(rows, phrasesOf));
}

export const metricIndex = lazyIndex(METRIC_ROWS, (r) => r.phrases);
const changeIndex = lazyIndex(CHANGE_ROWS, (r) => r.words);

/** Words that end an institution's name besides the company endings: "Realty Income Trust". */
const INSTITUTION_ENDS: ReadonlySet<string> = new Set(['trust', 'bank', 'fund', 'bancorp', 'properties', 'partners', 'association', 'insurance',
  // Public bodies named with a measure's word: "Office of Foreign Assets Control", "Internal Revenue Service", "HM Revenue & Customs".
  'control', 'service', 'customs', 'commission', 'authority', 'agency', 'administration', 'board', 'office', 'department', 'bureau', 'tribunal']);
/**
 * Measure words that end investment firms' names: "Corvane Investments", "Halden Investors", "Pellham Wealth" (a
 * capitalised word before them); and the singular "Holding" of a holding company's name
 * ("fined Alibaba Group Holding a record 18 billion yuan": no stake).
 */
const FIRM_NAME_ENDS: ReadonlySet<string> = new Set(['investments', 'investors', 'holding', 'wealth']);
/** Words a name may join its parts with: "Savings and Loan", "Trust and Investment". */
const NAME_JOINERS: ReadonlySet<string> = new Set(['and', '&', 'of']);

/**
 * The capitalised cue [from, to) is a word of a company's name, not a measure: "Hongkong
 * Electric Holdings Ltd", "Citicorp Investment Bank", "Realty Income Trust", "Federal Savings
 * and Loan Insurance Corp". A capitalised word comes before it, and the name ends in a company
 * or institution word within four words, past no change word ("Sales Rise At Acme Corp" is a
 * headline).
 */
function inCompanyName(tokens: readonly Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!tokens[k]!.cap) return false;
  // (Not a sentence's first word: "Shr Royal Dutch Petroleum Co 2.30 dlrs" opens a results line.)
  const capWord = (t: Tok | undefined): boolean => t?.kind === 'word' && t.cap;
  const before = tokens[from - 1];
  if (from === 0 || !(capWord(before) || (NAME_JOINERS.has(before?.lower ?? '') && capWord(tokens[from - 2])))) return false;
  if (to - from === 1 && capWord(before) && isNameSuffix(tokens[from]!.lower)) return true; // "Arsenal Holdings"
  // ("Rival Corvane Investments lowered the fee": the firm's name ends in the cue; not "U.S.
  // Investments of $240 million", what is invested.)
  if (to - from === 1 && capWord(before) && FIRM_NAME_ENDS.has(tokens[from]!.lower) && !capWord(tokens[to]) && tokens[to]?.lower !== 'of') return true;
  for (let k = to; k < to + 4 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === '&') continue;
    if (t.kind !== 'word') return false;
    if (t.cap && (isNameSuffix(t.lower) || INSTITUTION_ENDS.has(t.lower))) return true;
    if (t.cap ? changeIndex().has(t.lower) || t.lower.length <= 2 : !NAME_JOINERS.has(t.lower)) return false;
  }
  return false;
}

/**
 * The capitalised one-word cue [from, to) is a surname after a person's first name: "Chief
 * executive Oliver Grant said pricing had softened" (no grant), "Dana Price" (no price).
 */
const isSurname = (tokens: readonly Tok[], from: number, to: number): boolean => {
  const t = tokens[from]!, first = tokens[from - 1];
  return to - from === 1 && t.cap && first?.kind === 'word' && first.cap && !first.possessive && t.start - first.end <= 1 && isPersonFirstName(first.lower);
};

/** Words before a measure left out of another: "EBITDA excluding impairments". */
const LEFT_OUT_BEFORE: ReadonlySet<string> = new Set(['excluding', 'excl', 'ex-']);

/** Gerunds of buying and selling that "the" makes a noun of trading: "the selling", "the buying". */
const TRADING_GERUNDS: ReadonlySet<string> = new Set(['selling', 'buying']);

/** Every metric cue of the sentence, left to right, non-overlapping (longest first). */
export function metricCues(tokens: readonly Tok[]): CueMatch<MetricRow>[] {
  const out: CueMatch<MetricRow>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = matchAt(tokens, i, metricIndex())[0];
    // (A cancelled phrase may still hold a shorter one: "and free cash flow" is cash flow.)
    if (m && m.row.notAfter?.includes(tokens[i - 1]?.lower ?? '')) continue;
    if (m && m.row.notBefore?.includes(tokens[m.to]?.lower ?? '')) continue;
    // ("bore the brunt of the selling: Persimmon lost 28%": after "the", the gerund of trading is
    // a noun of the market's mood, no deal; "the invested funds" keeps its verb.)
    if (m && TRADING_GERUNDS.has(tokens[i]!.lower) && tokens[i - 1]?.lower === 'the' && m.to === i + 1) continue;
    if (m && m.row.lowerOnly && i > 0 && tokens[i]!.cap) continue;
    // ("its revenue growth forecast": growth of a measure written before it is that measure's.)
    if (m && m.row.bareOnly && i > 0 && metricIndex().has(tokens[i - 1]!.lower)) continue;
    // ("Operating profit (EBITDA) excluding impairments rose 18%": what is left out names no
    // figure of its own; "excluding charges of $50 million" keeps it.)
    if (m && LEFT_OUT_BEFORE.has(tokens[i - 1]?.lower ?? '') && tokens[m.to]?.lower !== 'of' && tokens[m.to]?.kind !== 'figure' && tokens[m.to]?.kind !== 'number') {
      i = m.to - 1;
      continue;
    }
    if (m && (m.row.skip || inCompanyName(tokens, m.from, m.to) || isSurname(tokens, m.from, m.to))) {
      i = m.to - 1;
      continue;
    }
    if (m) {
      out.push(m);
      i = m.to - 1;
    }
  }
  return out;
}

/** Change cues at token `i`: every row the longest phrase there belongs to (a word can be verb and noun). */
export const changeCuesAt = (tokens: readonly Tok[], i: number): CueMatch<ChangeRow>[] => matchAt(tokens, i, changeIndex());

/**
 * Words of rows read only as a linked subject (currencies) or marked `nameSafe`: they may be names
 * too ("Sterling Software", "National Westminster").
 */
const NAME_SAFE: ReadonlySet<string> = new Set(METRIC_ROWS.filter((r) => r.linkedOnly || r.percentOf || r.nameSafe).flatMap((r) => r.phrases.flatMap((w) => [w, w.split(' ')[0]!])));

/**
 * Whether `lower next` opens a metric phrase of two or more words, name-safe rows too: "Water
 * rates", "Electricity tariffs". A sentence's first word before one is the measure's, not a name.
 */
export const opensMetricPhrase = (lower: string, next: string): boolean =>
  metricIndex().get(lower)?.some((e) => e.words[1] === next) ?? false;

/** True when `lower` is a word of either table (such words are never names). */
export const isCueWord = (lower: string, next?: string): boolean => {
  if (changeIndex().has(lower)) return true;
  const list = metricIndex().get(lower);
  if (!list || NAME_SAFE.has(lower)) return false;
  // With the word after it: a word that only opens longer phrases is a cue only before the
  // phrase's second word ("Underwriting" of "underwriting ratio" in "Wexford Underwriting posted").
  return next === undefined || list.some((e) => e.words.length === 1 || e.words[1] === next);
};
