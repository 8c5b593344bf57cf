/**
 * Whose figure it is. In order:
 *
 *   1. possessive     the owner written on the metric: `ZTE's revenue`, `its revenues`, `sales at Apple`
 *   2. clause         the named subject of the figure's clause: `ZTE reported a 27% drop`
 *                     (the last name or pronoun before the figure that a verb follows; else
 *                     the last one that no preposition governs)
 *   3. sentence       the subject of an earlier clause: `…, and swung to a net loss of`
 *   4. topic          the organisation the preceding sentences are about
 *
 * Pronouns and descriptions (`it`, `its`, `they`, `the company`) resolve to the subject of
 * an earlier clause of the sentence, else to the topic: the last subject of a sentence that
 * was a name (or a pronoun resolved to one). "Huawei is on firmer ground. It overtook
 * Sweden's Ericsson AB…. But its main business…" keeps Huawei, not the last name, Ericsson.
 * A description (`the Chinese vendor`) resolves only when the topic is one organisation
 * named in the last three sentences; otherwise it stays unresolved.
 */
import { MARKET_RESEARCH_FIRMS, STOCK_EXCHANGES, STREET_ESTIMATE_NOUNS } from '../lexicon/sources';
import { DATELINE_ENDS } from '../lexicon/datelines';
import { FAMILY_WORDS } from '../lexicon/currencies';
import { DEMONYM_COUNTRIES } from '../lexicon/demonyms';
import { STAKE_WORDS } from '../lexicon/range-cues';
import { PARTY_ROLES } from '../lexicon/deals';
import { OWN_PRICE_WORDS, SOVEREIGN_BOND_NAMES, type MetricRow } from '../lexicon/metrics';
import { UNIT_WORDS } from '../lexicon/number-words';
import type { CueMatch } from './cues';
import { orderedToPay } from './clause';
import { isNameSuffix, type Mention, type NameEvidence } from './entities';
import type { Tok } from './tokens';
import type { AboutSubject, SubjectBasis } from './types';
import { BODY_HEADS, COMPANY_NAME_HEADS, COMPANY_NOUNS, isFunctionWord, isKnownOrganisation, isMonthOrDay, isNameModifier, isPersonFirstName, isPlaceWord, isVerb, isWorldRegion, POSSESSIVE_PRONOUNS } from './words';
import { GOVERNMENT_TITLES, MANAGED_THINGS, PERSON_TITLES } from '../lexicon/person-titles';
import { RANK_WORDS } from '../lexicon/company-parts';
import { PROGRAMME_NOUNS } from '../lexicon/products';
import { isFiscalBody } from './country';

/** A resolved referent: a name as written and where. */
export interface Referent {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly plural: boolean;
}

/** What the text is about so far (read lazily: most figures never need it). */
export interface Discourse {
  readonly topic: Referent | undefined;
  /** Sentence number where the topic was last named or referred to. */
  readonly topicSentence: number;
  /** The nearest name of the sentences before that is written with `word` ("Norges Bank" for "bank"), if any. */
  readonly namedWith?: (word: string) => Referent | undefined;
  /** The nearest earlier topic that is no place: whose results a place's sales are (`loose`: a one-word name with no company ending too). */
  readonly companyTopic?: (loose?: boolean) => Referent | undefined;
  /** The company the story is about, from its opening sentences. */
  readonly storyCompany?: () => Referent | undefined;
  /** The nearest stock index named before text offset `at` ("the FTSE 100" for "the index"), if any. */
  readonly indexBefore?: (at: number) => Referent | undefined;
  /** The nearest place named before text offset `at` that a {@link PLACE_NOUNS} noun stands for ("Kenya" for "the country"), if any. */
  readonly placeBefore?: (at: number, noun: string) => Referent | undefined;
  /** Whether a referent names a person ("Shortstop Marco Rivera", "Rivera"). */
  readonly isPerson?: (r: Referent) => boolean;
  /** The nearest organisation named before text offset `at`, in its sentence or the few before it. */
  readonly organisationBefore?: (at: number) => Referent | undefined;
}

/**
 * Nouns of descriptions that stand for a place named before: "after the country raised $1.5
 * billion" (a country), "the state received $5.9 billion of orders" (a state, a city, a province).
 * A public-finance story's subject is the place whose budget or debt it is.
 */
export const PLACE_NOUNS: ReadonlySet<string> = new Set(['country', 'nation', 'state', 'city', 'province']);

/** Words after a count that describe a bloc by its members: "the 20-nation bloc", "the 27-member bloc". */
const BLOC_MEMBER_WORDS = /^(?:[a-z]+-)?(?:nation|member|country|state)$/;

/**
 * The token index of "bloc" in a description of a trading bloc or currency union from token `k`
 * (right after "the"): "the bloc", "the 20-nation bloc", "the six-nation bloc"; else -1. It stands
 * for the union named before ("the euro zone", "the European Union"): see {@link Discourse.placeBefore}.
 */
export function blocHead(tokens: readonly Tok[], k: number): number {
  const t = tokens[k];
  if (t?.kind === 'number' && tokens[k + 1]?.text === '-' && tokens[k + 1]!.end === tokens[k + 2]?.start && BLOC_MEMBER_WORDS.test(tokens[k + 2]!.lower)) k += 3;
  else if (t?.kind === 'word' && t.lower.includes('-') && BLOC_MEMBER_WORDS.test(t.lower)) k += 1;
  const head = tokens[k];
  return head?.kind === 'word' && head.lower === 'bloc' && !head.cap ? k : -1;
}

/**
 * The place written right after an economy's measure and "in" or "across", from token `k`:
 * "Inflation in the euro zone", "unemployment in the 20-nation bloc", "inflation in the country"
 * (the last two stand for a place named before, through `placeBefore`).
 */
export function placeAfterMeasure(tokens: readonly Tok[], k: number, placeBefore: ((at: number, noun: string) => Referent | undefined) | undefined): Referent | undefined {
  const prep = tokens[k];
  if (prep?.kind !== 'word' || (prep.lower !== 'in' && prep.lower !== 'across')) return undefined;
  let j = k + 1;
  if (tokens[j]?.lower === 'the') j++;
  const zone = euroZoneAt(tokens, j) ?? (tokens[j]?.lower === 'euro' ? euroZoneAt(tokens, j + 1) : undefined);
  if (zone) return zone;
  if (tokens[j - 1]?.lower !== 'the') return undefined;
  const bloc = blocHead(tokens, j);
  if (bloc > 0) return placeBefore?.(tokens[j - 1]!.start, 'bloc');
  const noun = tokens[j];
  return noun?.kind === 'word' && !noun.cap && (noun.lower === 'country' || noun.lower === 'nation') ? placeBefore?.(tokens[j - 1]!.start, 'country') : undefined;
}

/** Nouns of descriptions that organisations carry in their names: "the bank" for "Norges Bank", "the group" for "Arden Group". */
export const NAMED_HEADS: ReadonlySet<string> = new Set(['bank', 'group', 'fund', 'league', 'club']);

const PREPOSITIONS = new Set([
  'of', 'to', 'with', 'from', 'in', 'on', 'at', 'by', 'for', 'against', 'after', 'before', 'between', 'including', 'like', 'than', 'over', 'via', 'into', 'about',
  'among', 'versus', 'vs', 'toward', 'towards', 'under', 'through', 'behind', 'beyond', 'outside', 'inside', 'without', 'within', 'unlike', 'per', 'near', 'across',
  // what a measure leaves out: "Net interest income, excluding Markets, was $15.9 billion"
  'excluding', 'except', 'besides',
]);
/**
 * Participles whose object follows them as a preposition's would: "cut its target, blaming U.S.
 * import tariffs", "citing China", "outpacing Rival Co": the name after one is no subject.
 */
const OBJECT_PARTICIPLES: ReadonlySet<string> = new Set(['blaming', 'citing', 'following', 'reflecting', 'outpacing', 'outperforming', 'underperforming', 'trailing', 'overtaking', 'beating', 'surpassing']);
/** Prepositions that also join clauses: "after HSBC reported …", "before Acme agreed …". */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until']);

/**
 * "after HSBC reported …", "after the Bank of England cut …": a conjunction (past an article,
 * before an organisation: "after the Paris meeting" is an event) opens the name's own clause.
 */
const conjunctionBefore = (tokens: readonly Tok[], m: Mention): boolean =>
  CONJUNCTIONS.has(tokens[m.from - 1]?.lower ?? '') || (m.kind === 'org' && tokens[m.from - 1]?.lower === 'the' && CONJUNCTIONS.has(tokens[m.from - 2]?.lower ?? ''));
/**
 * "…, with Apple holding 24% of the market": "with", a name and a verb in -ing open a clause
 * of their own, whose subject the name is (not a name governed by "with"; not "with South
 * Africa's mining companies", where the name owns the noun after it).
 */
const withParticiple = (tokens: readonly Tok[], from: number, to: number): boolean =>
  tokens[from - 1]?.lower === 'with' && tokens[to]?.kind === 'word' && !tokens[to]!.cap && tokens[to]!.lower.endsWith('ing');
/** Last words of a government's own bodies besides {@link BODY_HEADS}: "Treasury", "Cabinet", "Parliament". */
const GOVERNMENT_HEADS: ReadonlySet<string> = new Set(['treasury', 'cabinet', 'parliament', 'congress', 'senate', 'exchequer']);
/**
 * A name that is a government's body: its last word a public body's head ("Finance Ministry",
 * "Debt Management Office", "Treasury"), or a central or reserve bank ("Central Bank", "Reserve
 * Bank"); not a company ("Mizuho Bank", "SoftBank Group").
 */
const isPublicBody = (tokens: readonly Tok[], m: Mention): boolean => {
  const last = tokens[m.to - 1]!.lower.replace(/'s?$/, '');
  if (BODY_HEADS.has(last) || GOVERNMENT_HEADS.has(last)) return true;
  return last === 'bank' && m.to - m.from >= 2 && (tokens[m.to - 2]!.lower === 'central' || tokens[m.to - 2]!.lower === 'reserve');
};

/** A title word among tokens `from`…`to - 1`: "Finance Minister", "Prime Minister", "Governor". */
const titledWithin = (tokens: readonly Tok[], from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (TITLES.has(tokens[k]!.lower)) return true;
  return false;
};

/**
 * The end of a place's words that open a name before an official's title ("California Governor
 * Gavin Newsom", "New York City Mayor Eric Adams"): the title's index, when every word before it
 * is a place's; else -1.
 */
function officeOfPlace(tokens: readonly Tok[], from: number, to: number): number {
  for (let k = from + 1; k < to && k <= from + 3; k++) {
    if (!TITLES.has(tokens[k]!.lower)) continue;
    for (let j = from; j < k; j++) if (!isPlaceWord(tokens[j]!.lower) && !(j > from && tokens[j]!.lower === 'city') && !(j === from && tokens[j]!.lower === 'new')) return -1;
    return k;
  }
  return -1;
}

/** Prepositions before a described name that make it another party: "led by venture firm X", "sold to rival X". */
const AGENT_PREPOSITIONS = new Set(['by', 'from', 'to', 'against', 'than', 'versus', 'vs', 'like', 'unlike']);
const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she']);
const PLURAL_PRONOUNS = new Set(['they', 'their']);
/** The word before the day written between a subject and its verb: "Acme on Tuesday raised". */
const ON_DAY: ReadonlySet<string> = new Set(['on']);
/** Days written alone between a subject and its verb: "Acme today reported". */
const TODAY: ReadonlySet<string> = new Set(['today', 'yesterday']);
/** Words that may sit between a subject and its verb: `ZTE has already been`, `it nearly`. */
const ADVERBS = new Set(['itself', 'themselves', 'also', 'already', 'nearly', 'still', 'just', 'now', 'then', 'reportedly', 'recently', 'previously', 'later', 'again', 'however', 'too', 'only', 'even', 'last', 'this', 'on']);

/** A candidate subject in a sentence: a mention, a pronoun or a description. */
export interface Candidate {
  readonly from: number;
  readonly to: number;
  readonly clause: number;
  readonly mention?: Mention;
  /** `it`, `its`, `the company`: needs resolving. */
  readonly pronoun?: { readonly text: string; readonly start: number; readonly end: number; readonly plural: boolean; readonly description: boolean };
  /** Governed by a preposition: `to ZTE`, `with T-Mobile`; or inside an apposition (below). */
  readonly oblique: boolean;
  /** Inside an apposition that describes the name before it: the FTSE of `Harcourt Lyle, the FTSE 250 group,`. */
  readonly apposition?: boolean;
  /** Inside a relative clause or after "in the"/"of the": describes something, owns nothing (`homes in the US Midwest`). */
  readonly relative?: boolean;
  /** A person: a person's name, or a name with a title ("President Hiroshi Tanabe", "chief executive Dana Oakes"). */
  readonly person?: boolean;
  /** A verb follows (after adverbs and the rest of its noun phrase): `ZTE reported`, `it has`. */
  readonly verbFollows: boolean;
  /** Written as a possessive: `ZTE's`, `its`. */
  readonly possessive: boolean;
  /** After a preposition and a description ending in a company noun: the Corrin of "takeover of pensions group Corrin". */
  readonly described?: boolean;
  /** The one told: the SEC of "Acme told the SEC it had bought …", who is not what "it" stands for. */
  readonly addressee?: boolean;
  /** A business given up: the WarnerMedia of "reflecting the spin-off of WarnerMedia", whose results the company no longer reports. */
  readonly disposed?: boolean;
}

/** Nouns of giving a business up, before "of" and its name: "the spin-off of WarnerMedia", "the sale of Openwire". */
const DISPOSAL_NOUNS: ReadonlySet<string> = new Set(['spin-off', 'spinoff', 'sale', 'divestiture', 'divestment', 'disposal', 'demerger', 'separation', 'deconsolidation']);

/** The name at token `from` is the business a disposal noun gives up: "the spin-off of WarnerMedia". */
const disposedAt = (tokens: readonly Tok[], from: number): boolean =>
  tokens[from - 1]?.lower === 'of' && DISPOSAL_NOUNS.has(tokens[from - 2]?.lower ?? '');

/** Words that end the noun after a name ("ZTE's shares fell"): "told the SEC it cut" has no noun after "SEC". */
const NOT_HEAD_NOUN: ReadonlySet<string> = new Set(['it', 'its', 'they', 'their', 'he', 'his', 'she', 'her', 'we', 'the', 'a', 'an', 'that', 'which', 'who', 'this', 'these', 'those']);

/** Verbs whose object is the one told, before what is said: "told the SEC it …". */
const TELLING = new Set(['told', 'tells', 'tell', 'informed', 'informs', 'notified', 'notifies', 'advised', 'assured', 'reminded']);

/** The noun after a stock index's name: "the Shanghai Composite index". */
const INDEX_NOUNS: ReadonlySet<string> = new Set(['index', 'indexes', 'indices']);

/** Verbs of a deal or a result a headline writes after "to": "Acme to buy Initech for $4.8 billion", "Acme to cut 2,000 jobs". */
const INFINITIVE_HEADLINE_VERBS: ReadonlySet<string> = new Set(['buy', 'acquire', 'sell', 'merge', 'invest', 'raise', 'cut', 'pay', 'spend', 'take', 'return', 'boost', 'list', 'float', 'offer', 'divest', 'spin']);

/** A word ranking a company among its peers: "biggest", "second-largest" ({@link RANK_WORDS}). */
const isRankWord = (w: string): boolean => RANK_WORDS.has(w) || w.endsWith('-largest') || w.endsWith('-biggest');

/** Only capitalised words (a name) stand before token `k` in its sentence, at most eight. */
function opensWithName(tokens: readonly Tok[], k: number): boolean {
  if (k > 8) return false;
  for (let j = 0; j < k; j++) if (tokens[j]!.kind !== 'word' || !tokens[j]!.cap) return false;
  return k > 0;
}

function verbFollows(tokens: readonly Tok[], k: number, headline: boolean): boolean {
  for (let j = k, steps = 0; j < tokens.length && steps < 5; j++, steps++) {
    const t = tokens[j]!;
    if (t.aside) continue;
    // "Acme on Tuesday raised …", "Acme today reported …": the day the news names sits between
    // a subject and its verb in wire copy and press releases.
    if (t.kind === 'figure' && t.figure?.kind === 'period' && (ON_DAY.has(tokens[j - 1]?.lower ?? '') || TODAY.has(t.figure.text.toLowerCase()))) continue;
    if (t.kind !== 'word') return false;
    if (t.cap && !headline && steps > 0) return false;
    // ("the Hang Seng index dropped 1.3%": the noun of a stock index's name.)
    if (steps === 0 && INDEX_NOUNS.has(t.lower)) continue;
    // ("Velmora to buy Cairnbio for $4.8 billion": a headline's future, the name and "to" and a verb.)
    // (Only a name opening the sentence: "allowing Contel to buy shares at $3.25" is no headline.)
    if (steps === 0 && t.lower === 'to' && tokens[j + 1]?.kind === 'word' && !tokens[j + 1]!.cap && INFINITIVE_HEADLINE_VERBS.has(tokens[j + 1]!.lower) && opensWithName(tokens, k)) return true;
    if (isVerb(t.lower)) return true;
    if (!ADVERBS.has(t.lower)) return false;
  }
  return false;
}

/**
 * A verb after an aside set off by commas: "Carrowmere, rated A3 by Moody's, agreed …",
 * "Acme, the drugmaker, said …" (at most ten tokens of words between the commas).
 */
function verbAfterAside(tokens: readonly Tok[], k: number, headline: boolean): boolean {
  if (tokens[k]?.text !== ',') return false;
  for (let j = k + 1; j < tokens.length && j <= k + 11; j++) {
    const t = tokens[j]!;
    if (t.text === ',') return j > k + 1 && tokens[j + 1]?.kind === 'word' && !tokens[j + 1]!.cap && !SPEECH_VERBS.has(tokens[j + 1]!.lower) && verbFollows(tokens, j + 1, headline);
    if (t.kind !== 'word' && t.kind !== 'number') return false;
  }
  return false;
}

/** How many tokens a description set off by commas after a name may run. */
const DESCRIPTION_REACH = 20;

/**
 * The comma that closes an aside after a name opened by the comma at `comma`, when a lower-case
 * verb follows it; else -1. `inside` says which tokens the aside may hold.
 */
function asideEnd(tokens: readonly Tok[], comma: number, headline: boolean, inside: (t: Tok) => boolean): number {
  for (let j = comma + 2; j < tokens.length && j <= comma + DESCRIPTION_REACH; j++) {
    const t = tokens[j]!;
    if (t.text === ',') return tokens[j + 1]?.kind === 'word' && !tokens[j + 1]!.cap && verbFollows(tokens, j + 1, headline) ? j : -1;
    if (!inside(t)) return -1;
  }
  return -1;
}

/**
 * "Maison Orsay, the French owner of leather goods label Orsay and jeweller Castellane, reported
 * a 3% drop": a description that opens with an article after a name holds only words and numbers.
 */
const descriptionEnd = (tokens: readonly Tok[], comma: number, headline: boolean): number =>
  asideEnd(tokens, comma, headline, (t) => t.kind === 'word' || t.kind === 'number');

/**
 * "Velmora, whose best-selling drug loses U.S. patent protection in 2029, will fund …": a relative
 * clause of "whose" may hold periods and abbreviations, but no money or percent.
 */
const relativeEnd = (tokens: readonly Tok[], comma: number, headline: boolean): number =>
  asideEnd(tokens, comma, headline, (t) => !(t.kind === 'figure' && t.figure?.kind !== 'period') && !(t.kind === 'punct' && t.text !== '-' && t.text !== '.'));

/** Verbs of saying after an aside: "Acme, the drugmaker, said …" keeps the speaker rules. */
const SPEECH_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'added', 'noted', 'stated', 'warned', 'argued', 'expects', 'expected', 'estimates', 'estimated', 'forecast', 'forecasts', 'predicted', 'predicts', 'announced', 'reported']);

const ARTICLES = new Set(['the', 'a', 'an']);
/** Nouns that describe a publication before its name. */
const MEDIA_NOUNS: ReadonlySet<string> = new Set(['daily', 'newspaper', 'magazine', 'tabloid', 'broadsheet', 'periodical']);
/** "takeover of pensions group Corrin", "shares of chipmaker Tessaran": a preposition, a few lower-case words ending in a company noun, then the name at `k`. */
const describedAfterPreposition = (tokens: readonly Tok[], k: number): boolean => {
  if (!COMPANY_NOUNS.has(tokens[k - 1]?.lower ?? '') || tokens[k - 1]!.cap) return false;
  let j = k - 1;
  while (j > k - 4 && tokens[j - 1]?.kind === 'word' && !tokens[j - 1]!.cap && !PREPOSITIONS.has(tokens[j - 1]!.lower) && !ARTICLES.has(tokens[j - 1]!.lower)) j--;
  if (ARTICLES.has(tokens[j - 1]?.lower ?? '')) j--;
  return PREPOSITIONS.has(tokens[j - 1]?.lower ?? '');
};

/** Compass words written between a preposition and a place: "in northwest Europe", "across southern China". */
const COMPASS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
  'north-east', 'north-west', 'south-east', 'south-west', 'north-eastern', 'north-western', 'south-eastern', 'south-western',
  // and words of a region of a place: "sales in mainland China", "in continental Europe", "in rural India"
  'mainland', 'continental', 'rural', 'coastal', 'inland',
]);

/** Nouns whose "on" names whose debt they are: "the yield on Germany's 10-year Bund", "the spread on Italian bonds". */
const YIELD_NOUNS: ReadonlySet<string> = new Set(['yield', 'yields', 'spread', 'spreads']);
/** "on" at `p` after a yield: the name after it issued the bond, and owns its yield. */
const yieldOn = (tokens: readonly Tok[], p: number): boolean => tokens[p]?.lower === 'on' && YIELD_NOUNS.has(tokens[p - 1]?.lower ?? '');

const isPrepositionBefore = (tokens: readonly Tok[], k: number): boolean => {
  // ("the Board of Directors of Quillon Payments approved", "the board of Velmont declared": the
  // company whose board acts is what the sentence is about.)
  if (tokens[k - 1]?.lower === 'of' && (tokens[k - 2]?.lower === 'board' || (tokens[k - 2]?.lower === 'directors' && tokens[k - 3]?.lower === 'of' && tokens[k - 4]?.lower === 'board'))) return false;
  // ("the yield on Germany's 10-year Bund rose 4 basis points": the issuer owns the yield.)
  if (yieldOn(tokens, k - 1) || (tokens[k - 1]?.lower === 'the' && yieldOn(tokens, k - 2))) return false;
  // "trades at $89 a barrel in northwest Europe": the preposition governs the place past the
  // compass word, so the place is no subject (nor the topic of the sentences after). (Not a
  // place before a noun, "output in the northeast China province of …", which may own it.)
  if (COMPASS.has(tokens[k - 1]?.lower ?? '') && !tokens[k - 1]!.cap && tokens[k - 1]!.kind === 'word') {
    let j = k;
    // ("in mainland China and Hong Kong": places joined by "and" are one list.)
    while (j < k + 6 && tokens[j]?.kind === 'word' && (tokens[j]!.cap || (tokens[j]!.lower === 'and' && tokens[j + 1]?.kind === 'word' && tokens[j + 1]!.cap))) j++;
    return !(tokens[j]?.kind === 'word' && !tokens[j]!.cap) && isPrepositionBefore(tokens, k - 1);
  }
  // "led by venture firm Harborline", "sold to rival carrier Osprey": a description ending in a
  // company noun sits between. (Not "shares of chipmaker Tessaran", "with industry giant GM":
  // those may still own the figure.)
  if (COMPANY_NOUNS.has(tokens[k - 1]?.lower ?? '') && !tokens[k - 1]!.cap) {
    let j = k - 1;
    while (j > k - 4 && tokens[j - 1]?.kind === 'word' && !tokens[j - 1]!.cap && !PREPOSITIONS.has(tokens[j - 1]!.lower) && tokens[j - 1]!.lower !== 'the') j--;
    if (AGENT_PREPOSITIONS.has(tokens[j - 1]?.lower ?? '')) return true;
    // "buy a 51% stake in Bengaluru-based payments firm Paysetu", "a 12.5% stake in Australian
    // lithium miner Coolabah": the company a stake is bought in is its object, not whose deal
    // it is (a nationality or an "X-based" may open the description).
    while (j > k - 6 && tokens[j - 1]?.kind === 'word' && tokens[j - 1]!.cap && (DEMONYM_COUNTRIES.has(tokens[j - 1]!.lower) || tokens[j - 1]!.lower.endsWith('-based'))) j--;
    if (tokens[j - 1]?.lower === 'in' && STAKE_WORDS.has(tokens[j - 2]?.lower ?? '')) return true;
  }
  // "buy the remaining 49% of the venture from partner Heimdal": so does a party's role.
  if (PARTY_ROLES.has(tokens[k - 1]?.lower ?? '') && !tokens[k - 1]!.cap && AGENT_PREPOSITIONS.has(tokens[k - 2]?.lower ?? '')) return true;
  const prev = tokens[k - 1];
  if (!prev || prev.kind !== 'word') return false;
  // "quoted by the daily Politiken", "in the newspaper Kommersant": a paper quoted is a source.
  if (MEDIA_NOUNS.has(prev.lower) && !prev.cap && ARTICLES.has(tokens[k - 2]?.lower ?? '') && PREPOSITIONS.has(tokens[k - 3]?.lower ?? '')) return true;
  // "homes in the US Midwest", "sales of its Nutrel brand": a preposition before the article
  // or the possessive pronoun governs the name too.
  if ((prev.lower === 'the' || POSSESSIVE_PRONOUNS.has(prev.lower)) && tokens[k - 2]?.kind === 'word' && PREPOSITIONS.has(tokens[k - 2]!.lower)) return true;
  // "Sweden's Ericsson": a possessive place before a name is not a preposition.
  return PREPOSITIONS.has(prev.lower) || OBJECT_PARTICIPLES.has(prev.lower) || (prev.lower === 'and' && !!tokens[k - 2] && PREPOSITIONS.has(tokens[k - 2]!.lower));
};

/**
 * "in Hong Kong and mainland China": a name joined by "and" (and a lower-case word or two) to a
 * name a preposition governs is governed too.
 */
function joinsGoverned(tokens: readonly Tok[], before: readonly Candidate[], k: number): boolean {
  const last = before[before.length - 1];
  if (!last?.mention || !last.oblique || last.apposition) return false;
  let j = k - 1;
  while (j > k - 3 && isPlainWord(tokens[j]) && tokens[j]!.lower !== 'and') j--;
  if (tokens[j]?.lower !== 'and') return false;
  if (j < k - 1 && last.to === j) return true;
  // "maker of Crunchies cereal and Sunny Bites crackers": a plain noun or two after the governed
  // name, before "and", and the name after it is listed with it.
  return last.to < j && j - last.to <= 2 && tokens.slice(last.to, j).every((t) => isPlainWord(t) && !isFunctionWord(t.lower));
}

/** A lower-case word that is no verb or preposition: a noun or adjective of a phrase. */
const isPlainWord = (t: Tok | undefined): boolean => !!t && t.kind === 'word' && !t.cap && !isVerb(t.lower) && !PREPOSITIONS.has(t.lower);

/** Share words after a count and a name: "1,120,000 Barrow shares", where "shares" is no verb. */
const COUNTED_SHARES: ReadonlySet<string> = new Set(['shares', 'share', 'stock']);

/** Candidate subjects of a sentence, in order. */
export function candidates(tokens: readonly Tok[], mentions: readonly Mention[], headline: boolean, ev?: NameEvidence, leadLine = false): Candidate[] {
  const out: Candidate[] = [];
  const byStart = new Map<number, Mention>();
  for (const m of mentions) byStart.set(m.from, m);
  const datelineEnd = leadLine ? leadDatelineEnd(tokens) : -1;
  // The clause of a relative clause (", which is backed by Calder Peak,"): it describes the name
  // before it, and the names inside are no subject of its figures.
  let relative = -1;
  // The end of a description set off by commas after a name (", the French owner of leather goods
  // label Orsay and jeweller Castellane,"): the names inside say what the name is.
  let describedTo = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.aside) continue;
    if (t.lower === 'which' && tokens[i - 1]?.text === ',') relative = t.clause;
    // (A company's, not a person's: "Jo Hale, an analyst at Fenwick Ltd, said" keeps the firm.)
    const described = out[out.length - 1];
    if (t.text === ',' && i > describedTo && described?.to === i && described.mention?.kind === 'org' && !described.person && ARTICLES.has(tokens[i + 1]?.lower ?? '')) describedTo = descriptionEnd(tokens, i, headline);
    // (And a relative clause of whose: "Velmora, whose best-selling drug loses U.S. patent protection in 2029, will fund …".)
    if (t.text === ',' && i > describedTo && described?.to === i && described.mention?.kind === 'org' && !described.person && tokens[i + 1]?.lower === 'whose') describedTo = relativeEnd(tokens, i, headline);
    const m = byStart.get(i);
    // A name made an adjective describes the noun after it and owns nothing: "Lianhe's Hong
    // Kong-listed shares" are Lianhe's.
    if (m && (isNameModifier(m.name) || isPlaceOfModifier(tokens, m) || isMarketPlace(tokens, m) || isListingPlace(tokens, m) || isPlaceAdjective(tokens, m) || isRatingGrade(tokens, m) || isMeasureCode(tokens, m) || isProductCode(tokens, m) || isRulebook(tokens, m) || isLaw(tokens, m) || isSourceOfData(tokens, m) || isIndexOfMember(tokens, m) || isTradingVenue(tokens, m) || describesNext(tokens, m, byStart) || isProduct(m, ev) || isProgramme(tokens, m) || isDateline(tokens, m) || (m.from < datelineEnd) || afterCommonPossessive(tokens, m, ev))) {
      i = m.to - 1;
      continue;
    }
    if (m) {
      // A possessive place before another name modifies it: "Sweden's Ericsson AB".
      const next = byStart.get(m.to);
      // ("Kenya's Treasury expects a deficit of 4.5% of GDP", "Japan's Finance Ministry will
      // sell …": a country's own public body speaks for the country, whose budget and debt it is.)
      if (m.possessive && m.kind === 'place' && next && isPublicBody(tokens, next)) {
        const verb = verbFollows(tokens, next.to, headline);
        out.push({
          from: m.from, to: next.to, clause: m.clause, mention: { ...m, possessive: next.possessive, to: next.to }, possessive: next.possessive,
          oblique: isPrepositionBefore(tokens, m.from) && !(verb && conjunctionBefore(tokens, m)), verbFollows: verb,
        });
        i = next.to - 1;
        continue;
      }
      if (m.possessive && m.kind === 'place' && next) continue;
      // "The lender, China's fifth-largest by assets, proposed …": a place's rank set off by a
      // comma after what it ranks describes that, and owns nothing.
      if (m.possessive && m.kind === 'place' && tokens[m.from - 1]?.text === ',' && isRankWord(tokens[m.to]?.lower ?? '') && out[out.length - 1]?.to === m.from - 1) {
        i = m.to - 1;
        continue;
      }
      // "Britain's biggest retailer", "Japan's No. 2 automaker": a place's company described,
      // which stands for a company named before, as "the retailer" would.
      const described = m.possessive && m.kind === 'place' ? describedCompany(tokens, m.to) : -1;
      if (described > 0) {
        const head = tokens[described]!;
        const verb = verbFollows(tokens, described + 1, headline);
        out.push({
          from: m.from, to: described + 1, clause: m.clause, possessive: head.possessive,
          oblique: isPrepositionBefore(tokens, m.from) && !(verb && conjunctionBefore(tokens, m)),
          pronoun: { text: tokensText(tokens, m, head.end), start: m.start, end: head.end, plural: false, description: true },
          verbFollows: verb,
        });
        i = described;
        continue;
      }
      // "Huawei and ZTE": a group of names.
      let to = m.to, name = m.name, end = m.end, possessive = m.possessive;
      let plural = false;
      while (!possessive && tokens[to]?.lower === 'and' && byStart.get(to + 1)) {
        const n = byStart.get(to + 1)!;
        to = n.to;
        end = n.end;
        possessive = n.possessive;
        plural = true;
      }
      // "Castle and Cooke Inc", "Marsh and Partners Ltd": two words of one company's name, when
      // only the last has the company ending.
      const oneCompany = plural && byStart.get(m.to + 1)!.to === to && !isNameSuffix(tokens[m.to - 1]!.lower) && isNameSuffix(tokens[to - 1]!.lower) && m.kind !== 'place';
      if (plural) name = tokensText(tokens, m, end);
      const mention: Mention = plural ? { ...m, name, end, to, kind: oneCompany ? 'org' : 'group', possessive } : m;
      // Skip the head noun after a possessive or name modifier: "ZTE's shares fell", "a Huawei executive told".
      let after = to;
      const modifier = byStart.get(after);
      if (modifier && isNameModifier(modifier.name)) after = modifier.to;
      const noun = after;
      // ("Japan's biggest fund manager, said": a word after a rank is a noun, "fund" too.)
      while (tokens[after]?.kind === 'word' && !tokens[after]!.cap && !NOT_HEAD_NOUN.has(tokens[after]!.lower) && (!isVerb(tokens[after]!.lower) || (after > noun && isRankWord(tokens[after - 1]!.lower))) && !ADVERBS.has(tokens[after]!.lower) && after - noun < 3 && !PREPOSITIONS.has(tokens[after]!.lower)) after++;
      const apposition = isInApposition(tokens, out, m.from) || isPlaceOfPlace(tokens, out, mention) || m.from < describedTo;
      const person = mention.kind === 'person' || hasTitle(tokens, m.from, to) || isAnalystSource(tokens, m.from, to) || MARKET_SOURCES.has(mention.name.toLowerCase());
      // (Not a person, nor before "said": a speaker is a source, read by the speaker rules.)
      // ("holds 1,120,000 Barrow shares": a name after a count describes what is counted, and
      // "shares" after it is no verb; the name still owns the shares' price.)
      const counted = tokens[m.from - 1]?.kind === 'number' && !possessive && COUNTED_SHARES.has(tokens[to]?.lower ?? '');
      const verb = !counted && (verbFollows(tokens, to, headline) || (after > to && verbFollows(tokens, after, headline)) || (mention.kind === 'org' && !person && verbAfterAside(tokens, to, headline)));
      // "after HSBC reported a profit": a name that a verb follows opens a clause of its own.
      const governed = (isPrepositionBefore(tokens, m.from) && !(verb && (conjunctionBefore(tokens, m) || (!possessive && withParticiple(tokens, m.from, to))))) || ((!verb || after > to) && joinsGoverned(tokens, out, m.from));
      // "California Governor Gavin Newsom proposed a $348.9 billion spending plan": a place before
      // an official's title is the government whose budget it is; the official, named after it,
      // stays the speaker of what the sentence says.
      let placeEnd = person && !possessive ? officeOfPlace(tokens, m.from, to) : -1;
      if (placeEnd > 0) {
        const place: Mention = { ...m, name: tokensText(tokens, m, tokens[placeEnd - 1]!.end), end: tokens[placeEnd - 1]!.end, to: placeEnd, kind: 'place', possessive: false };
        out.push({ from: m.from, to: placeEnd, clause: m.clause, mention: place, oblique: apposition || m.clause === relative || governed, verbFollows: verb, possessive: false });
      }
      // ("Brazilian Finance Minister Dilson Funaro said the surplus …": a nationality read as its
      // country right before an official's title is the same government.)
      const nationality = tokens[m.from - 1];
      const country = placeEnd < 0 && person && !possessive && nationality?.cap && nationality.clause === m.clause ? DEMONYM_COUNTRIES.get(nationality.lower) : undefined;
      if (country && titledWithin(tokens, m.from, Math.min(to, m.from + 3))) {
        const place: Mention = { ...m, name: country, start: nationality!.start, end: nationality!.end, from: m.from - 1, to: m.from, kind: 'place', possessive: false };
        out.push({ from: m.from - 1, to: m.from, clause: m.clause, mention: place, oblique: apposition || m.clause === relative || governed, verbFollows: verb, possessive: false });
        placeEnd = m.from;
      }
      out.push({
        from: m.from, to, clause: m.clause, mention, oblique: apposition || m.clause === relative || governed || placeEnd > 0, apposition: apposition || placeEnd > 0, person, described: !governed && describedAfterPreposition(tokens, m.from),
        addressee: TELLING.has(tokens[tokens[m.from - 1]?.lower === 'the' ? m.from - 2 : m.from - 1]?.lower ?? ''),
        // (Not a possessive: "the sale of Becor's aerospace unit" gives up the unit, not Becor.)
        disposed: !possessive && disposedAt(tokens, m.from),
        relative: m.clause === relative || (tokens[m.from - 1]?.lower === 'the' && isPrepositionBefore(tokens, m.from)),
        verbFollows: verb, possessive,
      });
      i = to - 1;
      continue;
    }
    if (t.kind !== 'word') continue;
    if (SUBJECT_PRONOUNS.has(t.lower) || POSSESSIVE_PRONOUNS.has(t.lower)) {
      const possessive = POSSESSIVE_PRONOUNS.has(t.lower);
      let after = i + 1;
      if (possessive) while (tokens[after]?.kind === 'word' && !isVerb(tokens[after]!.lower) && !PREPOSITIONS.has(tokens[after]!.lower) && after - i < 5) after++;
      out.push({
        from: i, to: i + 1, clause: t.clause, oblique: !possessive && isPrepositionBefore(tokens, i), possessive,
        pronoun: { text: t.text, start: t.start, end: t.end, plural: PLURAL_PRONOUNS.has(t.lower), description: false },
        verbFollows: verbFollows(tokens, after, headline),
      });
      continue;
    }
    // "the company", "the Chinese vendor"
    if (t.lower === 'the') {
      let j = i + 1, bloc: number, index: number;
      // ("the largest US exchange", "the second-biggest crypto exchange": a market firm's noun after
      // a rank; "the exchange", "the Vancouver stock exchange" may be a market.)
      const firm = (k: number): boolean => COMPANY_NOUNS.has(tokens[k]!.lower) || (k > i + 1 && MARKET_FIRM_NOUNS.has(tokens[k]!.lower) && RANKING.test(tokens[i + 1]!.lower) && tokens[k - 1]!.lower !== 'stock');
      while (j < i + 3 && tokens[j]?.kind === 'word' && !firm(j)) j++;
      const head = tokens[j];
      // "the European Central Bank": capitalised words ending in a name are that name, not a description.
      const named = !!head && head.cap && mentions.some((m) => m.to === j + 1 && m.from > i && m.to - m.from >= 2);
      if (head && head.kind === 'word' && !named && firm(j) && tokens[j + 1]?.lower !== 'of' && !tokens.slice(i + 1, j).some((u) => u.kind !== 'word')) {
        out.push({
          from: i, to: j + 1, clause: t.clause, oblique: isPrepositionBefore(tokens, i), possessive: head.possessive,
          pronoun: { text: tokens.slice(i, j + 1).map((u) => u.text).join(' '), start: t.start, end: head.end, plural: false, description: true },
          verbFollows: verbFollows(tokens, j + 1, headline),
        });
        i = j;
      } else if ((bloc = blocHead(tokens, i + 1)) > 0 && (tokens[bloc]!.possessive || verbFollows(tokens, bloc + 1, headline))) {
        // "the bloc's economy grew", "the 20-nation bloc expanded": the union named before (resolve()).
        out.push(description(tokens, i, bloc, headline));
        i = bloc;
      } else if (PLACE_NOUNS.has(tokens[i + 1]?.lower ?? '') && tokens[i + 1]!.kind === 'word' && !tokens[i + 1]!.cap && (tokens[i + 1]!.possessive || verbFollows(tokens, i + 2, headline))) {
        // "the country raised", "the state's general fund": a place named before (resolve()); not
        // "the state oil company" (a company's description) nor "the State Department".
        const head = tokens[i + 1]!;
        const verb = verbFollows(tokens, i + 2, headline);
        out.push({
          // ("after the country raised …": a conjunction opens its own clause, whose subject it is.)
          from: i, to: i + 2, clause: t.clause, oblique: isPrepositionBefore(tokens, i) && !(verb && CONJUNCTIONS.has(tokens[i - 1]?.lower ?? '')), possessive: head.possessive,
          pronoun: { text: `${t.text} ${head.text}`, start: t.start, end: head.end, plural: false, description: true },
          verbFollows: verb,
        });
        i += 1;
      } else if ((index = indexHead(tokens, i + 1)) > 0) {
        // "The index ended the week up 1.9%", "the blue-chip index": the stock index named before (resolve()).
        out.push(description(tokens, i, index, headline));
        i = index;
      }
    }
  }
  return out;
}

/** Words between "the" and "index" in a description of a stock index: "the benchmark index", "the blue-chip index". */
const INDEX_DESCRIPTION_WORDS: ReadonlySet<string> = new Set(['benchmark', 'blue-chip', 'main', 'broader', 'wider', 'all-share', 'mid-cap', 'small-cap', 'large-cap', 'leading', 'composite', 'share', 'stock', 'equity', 'bourse']);

/** "the bloc", "the blue-chip index" at tokens `from`..`head`: a description standing for a name written before it (resolve()). */
const description = (tokens: readonly Tok[], from: number, head: number, headline: boolean): Candidate => ({
  from, to: head + 1, clause: tokens[from]!.clause, oblique: isPrepositionBefore(tokens, from), possessive: tokens[head]!.possessive,
  pronoun: { text: tokens.slice(from, head + 1).map((u) => u.text).join(' '), start: tokens[from]!.start, end: tokens[head]!.end, plural: false, description: true },
  verbFollows: verbFollows(tokens, head + 1, headline),
});

/** The token of "index" in "the (benchmark) index" from token `k` (after "the"), else -1. */
function indexHead(tokens: readonly Tok[], k: number): number {
  for (let j = k; j < k + 3; j++) {
    const t = tokens[j];
    if (!t || t.kind !== 'word' || t.cap) return -1;
    const w = t.lower.replace(/'s?$/, '');
    // (Not "the index of consumer confidence": what it measures follows.)
    if (w === 'index') return tokens[j + 1]?.lower === 'of' ? -1 : j;
    if (!INDEX_DESCRIPTION_WORDS.has(w)) return -1;
  }
  return -1;
}

/** A stock index's name: "FTSE 100", "DAX", "S&P 500" (its first word, as written before its number). */
export const isStockIndex = (name: string): boolean => {
  const words = name.split(' ');
  return isStockIndexName(name) || (words[0]!.toLowerCase() !== 'dow' && isStockIndexName(words[0]!)) || (words.length > 2 && isStockIndexName(`${words[0]} ${words[1]}`));
};

/**
 * An "-ed" word at `k` with an article or possessive after it is a verb in the past, whatever else
 * the lexicon knows it as: "Singapore's largest lender proposed a final dividend" ("proposed" is
 * an adjective too, "its proposed merger", but not before "a").
 */
const pastBeforeObject = (tokens: readonly Tok[], k: number): boolean =>
  tokens[k]!.lower.length > 4 && tokens[k]!.lower.endsWith('ed') && OBJECT_DETERMINERS.has(tokens[k + 1]?.lower ?? '') && tokens[k + 1]!.kind === 'word';

/** Words opening a verb's object: the article or possessive after a verb in the past. */
const OBJECT_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their']);

/** Words that rank a company among its country's: "biggest", "No. 2", "top", "leading". */
const RANKING = /(?:est|^top|^leading|^no|^number|^dominant|^most)$/;

/**
 * The company noun ending a ranking description from token `k` ("biggest retailer", "second-
 * largest lender"), or -1. Without a ranking ("Taiwan's central bank") the place is the owner.
 */
function describedCompany(tokens: readonly Tok[], k: number): number {
  let ranked = false;
  // (Up to six words: "Japan's largest property and casualty insurer", "the UK's biggest oil and gas producer".)
  for (let j = k; j < k + 6; j++) {
    const t = tokens[j];
    if (!t || t.kind === 'number' || (t.kind === 'punct' && t.text === '.' && ranked)) continue;
    if (ranked && (t.lower === 'and' || t.text === '&') && tokens[j + 1]?.kind === 'word' && !tokens[j + 1]!.cap) continue;
    // ("Japan's No. 3 carmaker": the capital of "No." ranks; "the UK's biggest energy network
    // owner": after the rank, a noun the lexicon also knows as a verb may describe the company.)
    const rank = RANKING.test(t.lower);
    if (t.kind !== 'word' || (t.cap && !(rank && j === k)) || t.aside || (isVerb(t.lower) && !ranked) || PREPOSITIONS.has(t.lower)) return -1;
    if (rank) ranked = true;
    // (An adverb may follow: "Japan's fourth-largest drugmaker now expects".)
    // ("Europe's most valuable retailer with a market value of …": a preposition after the noun.)
    if (COMPANY_NOUNS.has(t.lower.replace(/'s?$/, ''))) return ranked && !(tokens[j + 1]?.kind === 'word' && !tokens[j + 1]!.cap && !isVerb(tokens[j + 1]!.lower) && !pastBeforeObject(tokens, j + 1) && !ADVERBS.has(tokens[j + 1]!.lower) && !PREPOSITIONS.has(tokens[j + 1]!.lower)) ? j : -1;
  }
  return -1;
}

/** Credit-rating grades (S&P and Fitch, Moody's), written before "rating": the BBB of "Corlan's BBB rating" is no name. */
const RATING_GRADES: ReadonlySet<string> = new Set([
  ...['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'CCC', 'CC', 'C', 'D'].flatMap((g) => [g, `${g}+`, `${g}-`]),
  'Aaa', 'Ca', ...['Aa', 'A', 'Baa', 'Ba', 'B', 'Caa'].flatMap((g) => [`${g}1`, `${g}2`, `${g}3`]),
]);
const RATING_NOUNS: ReadonlySet<string> = new Set(['rating', 'ratings', 'grade', 'credit', 'issuer', 'long-term', 'short-term', 'outlook']);
/** Grades no name is written as, wherever they stand: "rated AA-minus", "cut to Caa". */
const PLAIN_GRADES: ReadonlySet<string> = new Set([
  ...['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'CCC', 'CC', 'C'].flatMap((g) => [`${g}-plus`, `${g}-minus`]),
  'Aaa', 'Aa', 'Baa', 'Ba', 'Caa', 'Ca', ...['Aa', 'A', 'Baa', 'Ba', 'B', 'Caa'].flatMap((g) => [`${g}1`, `${g}2`, `${g}3`]),
]);
const isRatingGrade = (tokens: readonly Tok[], m: Mention): boolean => {
  if (m.to - m.from !== 1) return false;
  const grade = m.name.replace(/'s?$/, '');
  return PLAIN_GRADES.has(grade) || (RATING_GRADES.has(grade) && RATING_NOUNS.has(tokens[m.to]?.lower ?? ''));
};

/**
 * "Cairnbio's drug, CRB-17, generated sales", "its AZD-1222 vaccine": capitals glued by a dash to
 * two digits or more are a product's code (split by the tokens at the dash), which owns nothing.
 */
const isProductCode = (tokens: readonly Tok[], m: Mention): boolean => {
  if (m.to - m.from !== 1 || m.possessive) return false;
  const dash = tokens[m.to], digits = tokens[m.to + 1];
  // (Two digits or more: "TF-1" is a television channel's name.)
  return dash?.text === '-' && dash.start === tokens[m.from]!.end && digits?.kind === 'number' && digits.start === dash.end && digits.text.length >= 2;
};

/**
 * "C1 costs", "M3 money supply", "A4 sheets": one capital and a digit or two before a lower-case
 * noun is the code of a measure or a size, no owner.
 */
const isMeasureCode = (tokens: readonly Tok[], m: Mention): boolean => {
  if (m.to - m.from !== 1 || m.possessive || !MEASURE_CODE.test(m.name)) return false;
  const next = tokens[m.to];
  return !!next && next.kind === 'word' && !next.cap && !isVerb(next.lower);
};
const MEASURE_CODE = /^[A-Z]\d{1,2}$/;

/**
 * "Basel III", "Solvency II", "a Basel III-compliant bond", "Additional Tier 1": a rulebook or
 * a capital tier, no owner.
 */
const isRulebook = (tokens: readonly Tok[], m: Mention): boolean =>
  m.to - m.from >= 2 && (tokens[m.to]?.kind === 'number' ? m.name.endsWith('Tier') : RULEBOOK.test(m.name));
// (And Switzerland's insurance capital rules: "the Swiss Solvency Test ratio".)
const RULEBOOK = /^(?:(?:Basel|Solvency|MiFID|CRD|UCITS|EMIR) (?:I{1,3}|IV|V)(?:-|$)|(?:Swiss )?Solvency Test$)/;

/** Last words of the name of a law: "the Inflation Reduction Act", "the CHIPS Act", "the Digital Markets Act". */
const LAW_HEADS: ReadonlySet<string> = new Set(['Act', 'Acts', 'Law', 'Directive', 'Regulation']);

/**
 * "tax credits under the Inflation Reduction Act, the company would have …": a law, named by
 * "the", its capitalised words and its head, is no owner (its head may be all the mention holds,
 * when the words before it are common ones).
 */
const isLaw = (tokens: readonly Tok[], m: Mention): boolean => {
  if (m.kind === 'person' || !LAW_HEADS.has(tokens[m.to - 1]!.text)) return false;
  // "the" before its capitalised words ("Acme Law firm revenue rose" is a firm's).
  let k = m.from - 1;
  while (k >= 0 && k >= m.from - 6 && tokens[k]!.kind === 'word' && tokens[k]!.cap) k--;
  return tokens[k]?.lower === 'the' && k < m.to - 2;
};

/**
 * "The shares opened at $31.50 on the Nasdaq and closed up 38%", "listed on the London Stock
 * Exchange": an exchange after "on" is where shares trade, and owns none of their figures (nor is
 * it the topic that a later "it" stands for). ("Nasdaq Inc reported revenue of …" keeps Nasdaq.)
 */
const isTradingVenue = (tokens: readonly Tok[], m: Mention): boolean => {
  if (m.possessive || m.kind === 'person') return false;
  const k = tokens[m.from - 1]?.lower === 'the' ? m.from - 2 : m.from - 1;
  if (tokens[k]?.lower !== 'on') return false;
  const name = m.name.toLowerCase();
  // (The place of "on the London Stock Exchange" may be the name read, before "Stock Exchange".)
  return STOCK_EXCHANGES.has(name) || name.endsWith(' stock exchange') || (tokens[m.to]?.text === 'Stock' && tokens[m.to + 1]?.text === 'Exchange');
};

/**
 * "forecast in a Reuters poll of analysts", "according to LSEG data", "the FactSet consensus":
 * a name before the estimate or data it compiled is the source of a figure, not its owner, and
 * no topic for the sentences after it.
 */
const isSourceOfData = (tokens: readonly Tok[], m: Mention): boolean => {
  const noun = tokens[m.to], after = tokens[m.to + 1];
  // ("Nvidia data center revenue": a noun after "data" makes it a modifier, not the data compiled;
  // not an estimate's noun, "a Reuters poll forecast of 3.5%", which is what the poll gave.)
  return !!noun && SOURCE_NOUNS.has(noun.lower) && !(after?.kind === 'word' && !after.cap && !isFunctionWord(after.lower) && !isVerb(after.lower) && !STREET_ESTIMATE_NOUNS.has(after.lower));
};
const SOURCE_NOUNS: ReadonlySet<string> = new Set(['poll', 'polls', 'survey', 'surveys', 'consensus', 'data', 'calculation', 'calculations', 'compilation', 'tally']);

/** Stock indexes named with a number of members: "FTSE 100", "S&P 500" (not "the Boeing 737 maker"). */
const STOCK_INDEX_NAMES: ReadonlySet<string> = new Set(['ftse', 's&p', 'nikkei', 'stoxx', 'euro stoxx', 'cac', 'dax', 'mdax', 'russell', 'nifty', 'asx', 'hang seng', 'kospi', 'topix', 'msci', 'nasdaq', 'tsx', 'smi', 'ibex', 'aex', 'omx',
  // "the Sensex climbed 0.8%", "the CSI 300", "Brazil's Bovespa"
  'sensex', 'csi', 'jse', 'bovespa', 'merval', 'klci', 'psei', 'tase',
  // Written whole or opening the name, as its first two words: "the Dow fell 0.6%", "the Dow Jones
  // Industrial Average", "the NSE Nifty 50" (not "Dow Chemical").
  'dow', 'dow jones', 'nse nifty', 'bse sensex', 'shanghai composite', 'shenzhen composite', 'straits times']);
const isStockIndexName = (name: string): boolean => STOCK_INDEX_NAMES.has(name.toLowerCase());

/**
 * "the FTSE 100 retailer", "an S&P 500 company": an index whose member the company is describes
 * it, and owns nothing.
 */
const isIndexOfMember = (tokens: readonly Tok[], m: Mention): boolean => {
  const det = tokens[m.from - 1]?.lower;
  if ((det !== 'the' && det !== 'a' && det !== 'an') || tokens[m.to]?.kind !== 'number' || !isStockIndexName(m.name)) return false;
  for (let k = m.to + 1; k < m.to + 3 && tokens[k]?.kind === 'word' && !tokens[k]!.cap; k++) if (COMPANY_NOUNS.has(tokens[k]!.lower)) return true;
  return false;
};

/**
 * "The Columbus, Ohio-based chain", "the Lyon, France-headquartered group": a city before the
 * region of a name made an adjective is part of that adjective, and owns nothing.
 */
const isPlaceOfModifier = (tokens: readonly Tok[], m: Mention): boolean => {
  const comma = tokens[m.to], next = tokens[m.to + 1], second = tokens[m.to + 2];
  if (m.possessive || comma?.text !== ',' || next?.kind !== 'word' || !next.cap) return false;
  // (A region of two words too: "The Rahway, New Jersey-based drugmaker".)
  return isNameModifier(next.text) || (!next.possessive && second?.kind === 'word' && second.cap && isNameModifier(second.text));
};

/** Nouns of a market's session after its city: "in early Zurich trading", "in Tokyo trade". */
const SESSION_NOUNS: ReadonlySet<string> = new Set(['trading', 'trade', 'dealings', 'session']);

/**
 * "sending its shares 5% lower in early Zurich trading": a place between "in" (and a word or
 * two of the time of day) and the noun of a market's session says where shares traded; it owns
 * nothing ("trading" is no verb of the place). Not "the U.S. trade deficit".
 */
const isMarketPlace = (tokens: readonly Tok[], m: Mention): boolean => {
  const next = tokens[m.to], after = tokens[m.to + 1];
  if (m.kind !== 'place' || m.possessive || next?.kind !== 'word' || next.cap || !SESSION_NOUNS.has(next.lower)) return false;
  if (after?.kind === 'word' && !after.cap && !PREPOSITIONS.has(after.lower) && after.lower !== 'and') return false;
  for (let k = m.from - 1; k >= m.from - 3 && k >= 0; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.cap) return false;
    if (t.lower === 'in') return true;
  }
  return false;
};

/** Cities of stock exchanges, which the lexicon may not know as places ("Hong Kong"). */
const LISTING_CITIES: ReadonlySet<string> = new Set(['hong kong', 'shanghai', 'shenzhen', 'new york', 'london', 'tokyo', 'singapore', 'taipei', 'seoul', 'mumbai', 'frankfurt', 'paris', 'zurich', 'toronto', 'sydney', 'amsterdam', 'stockholm', 'johannesburg', 'sao paulo']);

/** Nouns of a company's listed shares after the place they trade in: "its Hong Kong shares", "BYD's Shanghai stock". */
const LISTED_SHARE_NOUNS: ReadonlySet<string> = new Set(['shares', 'stock', 'stocks', 'listing', 'units', 'depositary']);

/**
 * "BYD's Hong Kong shares", "its Shanghai stock", "the company's Hong Kong H shares": a place
 * between an owner's possessive and the noun of its shares says where they trade; it owns
 * nothing (the shares are the owner's). "Hong Kong shares fell 2%" with no owner stays the
 * market's.
 */
const isListingPlace = (tokens: readonly Tok[], m: Mention): boolean => {
  const owner = tokens[m.from - 1];
  if ((m.kind !== 'place' && !LISTING_CITIES.has(m.name.toLowerCase())) || m.possessive || !owner || !(owner.possessive || POSSESSIVE_PRONOUNS.has(owner.lower))) return false;
  // (A letter of the class of shares between: "its Hong Kong H shares".)
  const k = (tokens[m.to]?.text === 'H' || tokens[m.to]?.text === 'A') && tokens[m.to]!.end < (tokens[m.to + 1]?.start ?? 0) ? m.to + 1 : m.to;
  return LISTED_SHARE_NOUNS.has(tokens[k]?.lower ?? '');
};

/**
 * The token before `from`, past a rank written "No. 3" / "No 3": "the No. 3 U.S. homebuilder"
 * describes like "the U.S. homebuilder".
 */
const beforeRank = (tokens: readonly Tok[], from: number): Tok | undefined => {
  if (tokens[from - 1]?.kind !== 'number') return tokens[from - 1];
  const dot = tokens[from - 2]?.text === '.' ? 1 : 0;
  const no = tokens[from - 2 - dot];
  return no?.kind === 'word' && no.text === 'No' ? tokens[from - 3 - dot] : tokens[from - 1];
};

/** "a U.S. drive maker", "an Italian bank": a place after "a"/"an", before a noun, says what kind of thing. */
const isPlaceAdjective = (tokens: readonly Tok[], m: Mention): boolean => {
  const det = beforeRank(tokens, m.from)?.lower, next = tokens[m.to];
  if (m.kind === 'place' && currencyTerms(tokens, m.to)) return true;
  if (!next || next.kind !== 'word' || next.cap) return false;
  if (m.kind !== 'place') {
    // ("The San Francisco model developer": a city the lexicon knows whole, though not its first word.)
    if (det !== 'the' || !isPlaceWord(m.name.toLowerCase())) return false;
  } else if (det === 'a' || det === 'an') return true;
  // "The San Francisco model developer is now valued at …": after "the" only before a company noun
  // ("the US economy grew 2%" is the country's).
  if (det !== 'the') return false;
  for (let k = m.to; k < m.to + 3 && tokens[k]?.kind === 'word' && !tokens[k]!.cap && !isFunctionWord(tokens[k]!.lower); k++) if (COMPANY_NOUNS.has(tokens[k]!.lower)) return true;
  return false;
};

/**
 * Financial firms as payments and markets stories describe them after a rank: "Coinvault, the
 * largest US exchange, said …". Not among the company nouns: "the exchange" alone, "the Taiwan
 * dollar exchange rate", "the Vancouver stock exchange" are as often a market or a rate.
 */
const MARKET_FIRM_NOUNS: ReadonlySet<string> = new Set(['exchange', 'exchanges', 'bourse', 'fintech', 'neobank', 'processor', 'marketplace']);

/** Before a plan's name: "its", "the", "their", "a", "an", "our". */
const PROGRAMME_DETERMINERS: ReadonlySet<string> = new Set(['its', 'their', 'the', 'a', 'an', 'our']);

/**
 * "cut $2.2 billion of costs under its Efficiency Reimagined programme": a name between a
 * determiner and a noun of a plan (`src/lexicon/products.ts`) is the plan's name, and owns
 * nothing (not a possessive, a person or a place: "its U.S. expansion plan" is read elsewhere).
 */
const isProgramme = (tokens: readonly Tok[], m: Mention): boolean => {
  if (m.kind === 'person' || m.kind === 'place' || m.possessive) return false;
  const next = tokens[m.to];
  if (!next || next.kind !== 'word' || next.cap || !PROGRAMME_NOUNS.has(next.lower)) return false;
  // (Past capitalised words the name finder left out: "its Efficiency Reimagined programme".)
  let k = m.from - 1;
  while (k >= 0 && k >= m.from - 3 && tokens[k]!.kind === 'word' && tokens[k]!.cap) k--;
  return PROGRAMME_DETERMINERS.has(tokens[k]?.lower ?? '');
};

/** A name the text writes as a product ("its eye drug Vabysmo") owns nothing: its sales are its maker's, the company of the clause or the topic. */
const isProduct = (m: Mention, ev: NameEvidence | undefined): boolean => {
  // (A known company is never its own product: "Foxconn, the maker of Apple's iPhones". A name
  // with 's is one only listed after a made thing: "maker of Dove soap and Hellmann's mayonnaise".)
  // (The names listed after it are products too: "maker of Oatlings cereal and Crisp Crowns crackers".)
  return !(m.kind === 'person' || m.kind === 'place' || isKnownOrganisation(m.name.toLowerCase()) || !ev?.productName?.(m.name));
};

/** Currency words of "in U.S. dollar terms", "in Hong Kong dollar terms": a way of counting, not an owner. */
const TERMS_CURRENCIES = new Set(['dollar', 'dollars', 'euro', 'yen', 'yuan', 'renminbi', 'rupee', 'sterling', 'currency']);
const currencyTerms = (tokens: readonly Tok[], k: number): boolean => TERMS_CURRENCIES.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'terms';

/**
 * "raised its Selic benchmark rate", "the bank's CET1 ratio": a name right after a possessive
 * pronoun or a possessive common noun names a thing of that owner, not an owner.
 */
const afterCommonPossessive = (tokens: readonly Tok[], m: Mention, ev: NameEvidence | undefined): boolean => {
  // "Its two Sydney towers were 84% leased", "their 14 London hotels": past a count, the name
  // says where the owner's things are, whatever else the text calls it.
  const counted = isCount(tokens[m.from - 1]);
  const prev = tokens[counted ? m.from - 2 : m.from - 1], next = tokens[m.to];
  if (counted) return !!prev && POSSESSIVE_PRONOUNS.has(prev.lower) && next?.kind === 'word' && !next.cap && !ORG_PARTS.has(next.lower);
  // ("Its Solvency II ratio" opening a sentence too: a capitalised possessive pronoun.)
  if (!prev || prev.kind !== 'word' || (prev.cap && !POSSESSIVE_PRONOUNS.has(prev.lower)) || !(POSSESSIVE_PRONOUNS.has(prev.lower) || prev.possessive)) return false;
  // "its MidCon Corp subsidiary", "its JCPenney stores": a part of the owner, with its own figures.
  // ("its US operations", "the group's Irish business" are places, not parts with names.)
  if (next && next.kind === 'word' && (ORG_PARTS.has(next.lower) || next.lower === 'and')) return false;
  // "the government's Economic Planning Agency": a public body, which speaks and reports for itself.
  if (BODY_HEADS.has(tokens[m.to - 1]!.lower)) return false;
  // A name the text writes elsewhere ("its NZI holding", "its Soo Line") is a company of its own.
  const first = tokens[m.from]!;
  return m.kind === 'place' || !ev || !ev.seenElsewhere(first.text, first.start);
};

/** A count before a noun: "two", "14". */
const isCount = (t: Tok | undefined): boolean => !!t && (t.kind === 'number' || (t.kind === 'word' && !t.cap && Object.prototype.hasOwnProperty.call(UNIT_WORDS, t.lower)));

/** Nouns of a named part of an organisation: "its Pontiac division", "its MidCon Corp subsidiary". */
const ORG_PARTS = new Set(['subsidiary', 'subsidiaries', 'unit', 'units', 'affiliate', 'affiliates', 'division', 'divisions', 'department', 'arm', 'stores', 'chain', 'brand', 'bank']);

/**
 * "FRANKFURT, April 30 (Wire) -", "LAGOS — ", "SYDNEY: ", "TOKYO -- ": the capitalised place a
 * news text opens with says where it was written; so does one opening the story's first lines
 * after its headline (`opensStory`).
 */
const isDateline = (tokens: readonly Tok[], m: Mention): boolean => isDatelineTo(tokens, m, capsAfter(tokens, m.to));

/** A word of two or more letters written in capitals: a dateline's place ("NEW", "DELHI"). */
const isCapitalsWord = (t: Tok | undefined): boolean => !!t && t.kind === 'word' && t.text.length > 1 && t.text === t.text.toUpperCase();

/** Past the place's other words in capitals that the name left out: the "CITY" of "MEXICO CITY, Nov 20 -". */
const capsAfter = (tokens: readonly Tok[], k: number): number => {
  for (const end = k + 2; k < end && isCapitalsWord(tokens[k]); ) k++;
  return k;
};

const isDatelineTo = (tokens: readonly Tok[], m: Mention, to: number): boolean =>
  m.from <= 4 && (tokens[0]!.start <= 2 || (tokens[0]!.start < DATELINE_REACH && datelineTail(tokens, to))) && (DATELINE_ENDS.has(tokens[to]?.text ?? '') || slashedPlace(tokens, to)) && m.name.length > 2 && m.name === m.name.toUpperCase()
  // "NEW DELHI, Feb 1 -", "LOS ANGELES, …": capitals before the name too ("NEW" is no name word);
  // "TOKYO/TAIPEI, Nov 14 -": two places, a slash between.
  && tokens.slice(0, m.from).every((t) => isCapitalsWord(t) || (t.kind === 'punct' && t.text === '/'));

/**
 * A dateline on a line of the lead after a headline ("KDDI guides …\n\nTOKYO, May 14 — KDDI
 * said …", "HSINCHU, Taiwan, Oct. 16 —", "BONN (Nov. 6) --"): the place in capitals, then within
 * a few tokens a dash or colon, with only capitalised words (its region, its month, its wire),
 * numbers, periods and marks between: no lower-case word, as a sentence opening "IBM, which …"
 * has. The index of that dash (every name before it is the dateline's), else -1.
 */
function leadDatelineEnd(tokens: readonly Tok[]): number {
  let j = 0;
  // (Places joined by a slash count as one: "BEIJING/HONG KONG, Aug 20 –".)
  for (let words = 0; words < 4; ) {
    if (isCapitalsWord(tokens[j])) { j++; words++; } else if (j > 0 && slashedPlace(tokens, j)) j++; else break;
  }
  if (j === 0 || !DATELINE_ENDS.has(tokens[j]?.text ?? '')) return -1;
  let open = false;
  for (let k = j; k < tokens.length && k < j + 10; k++) {
    const t = tokens[k]!;
    // ("ACME (NYSE: ACM) reported": a ticker's colon in brackets opens no story.)
    if (t.text === '(' || t.text === ')') open = t.text === '(';
    if (t.kind === 'punct' && (DASHES.has(t.text) || (t.text === ':' && !open))) return k + 1 < tokens.length ? k : -1;
    if ((t.kind === 'figure' && t.figure?.kind !== 'period') || (t.kind === 'word' && !t.cap)) return -1;
  }
  return -1;
}

/** How far into a text a dateline may open a sentence after a headline and a byline. */
const DATELINE_REACH = 1200;

/**
 * After a headline the dateline opens a later sentence ("Fed holds rates\n\nWASHINGTON, June 17
 * (Wire) - The Federal Reserve …"), so there its whole shape is asked for, from `k` after the
 * place: an optional date (", June 17"), an optional wire in brackets ("(Wire)"), then the dash
 * or colon before the story; with neither date nor wire, only a long dash ("ACCRA — ").
 */
const datelineTail = (tokens: readonly Tok[], k: number): boolean => {
  let dated = false;
  // ("BEIJING/HONG KONG, Aug 20 –": the place after the slash may be two words.)
  while (tokens[k]?.text === '/' && tokens[k + 1]?.kind === 'word') for (k += 2; k < tokens.length && isCapitalsWord(tokens[k]); k++);
  if (tokens[k]?.text === ',' && tokens[k + 1]?.kind === 'figure' && tokens[k + 1]!.figure!.kind === 'period') {
    k += 2;
    dated = true;
  } else if (tokens[k]?.text === ',' && tokens[k + 1]?.kind === 'word' && isMonthOrDay(tokens[k + 1]!.lower)) {
    k += 2;
    if (tokens[k]?.text === '.') k++;
    if (tokens[k]?.kind !== 'number') return false;
    k++;
    if (tokens[k]?.text === ',' && tokens[k + 1]?.kind === 'number') k += 2;
    dated = true;
  }
  if (tokens[k]?.text === '(') {
    const close = k + 5;
    for (k++; k < close && tokens[k] && tokens[k]!.text !== ')'; k++) if (tokens[k]!.kind !== 'word') return false;
    if (tokens[k]?.text !== ')') return false;
    k++;
    dated = true;
  }
  const t = tokens[k]?.text;
  if (t === ':' || t === '-') return dated || (t === '-' && tokens[k + 1]?.text === '-');
  return t === '\u2013' || t === '\u2014';
};

/** A slash glued between two places of a dateline, at `k`: the "/" of "SEOUL/JAKARTA". */
const slashedPlace = (tokens: readonly Tok[], k: number): boolean => {
  const t = tokens[k], n = tokens[k + 1];
  return !!t && t.kind === 'punct' && t.text === '/' && isCapitalsWord(n) && n!.start === t.end;
};

/**
 * "Danish shipping group Nordhavn Line", "U.S. device maker Corvane", "British fund manager
 * Thamesbridge Investors": a name before a few lower-case words ending in a company noun, then
 * another name, says what kind of company the second is (its country, its parent) and owns
 * nothing itself.
 */
const describesNext = (tokens: readonly Tok[], m: Mention, byStart: ReadonlyMap<number, Mention>): boolean => {
  if (m.possessive) return false;
  for (let k = m.to; k < m.to + 3; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || t.cap || t.aside) return false;
    if ((COMPANY_NOUNS.has(t.lower) || firmManager(tokens, k, k + 1)) && byStart.has(k + 1)) return true;
  }
  return false;
};

/**
 * A name inside an apposition describes the name before it and is no subject: in "Harcourt
 * Lyle, the FTSE 250 building group, raised its dividend", FTSE is part of what Harcourt Lyle is.
 */
const isInApposition = (tokens: readonly Tok[], before: readonly Candidate[], k: number): boolean => {
  const det = tokens[k - 1], comma = tokens[k - 2], last = before[before.length - 1];
  // ("Nordvik Bank, the Nordic region's third-largest lender,": a company's head word the name
  // finder left out, as the text writes "the bank" too, may stand between the name and the comma.)
  const head = tokens[k - 3];
  const named = last?.to === k - 2 || (last?.to === k - 3 && !!head && head.kind === 'word' && head.cap && COMPANY_NAME_HEADS.has(head.lower));
  return !!det && !!comma && !!last?.mention && named && comma.text === ',' && (det.lower === 'the' || det.lower === 'a' || det.lower === 'an') && !frontedPlace(tokens, last);
};

/**
 * "In Tokyo, the Nikkei fell 1.3%": a place after a preposition that opens the sentence sets the
 * scene; the name after its comma is the clause's subject, no apposition of the place.
 */
const frontedPlace = (tokens: readonly Tok[], c: Candidate): boolean => {
  const p = tokens[c.from - 1]?.lower === 'the' ? c.from - 2 : c.from - 1;
  return !!c.oblique && c.mention?.kind === 'place' && (p === 0 || tokens[p - 1]?.kind === 'punct') && FRONTING_PREPOSITIONS.has(tokens[p]?.lower ?? '');
};
const FRONTING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'across', 'throughout']);

/**
 * "based in Vancouver, British Columbia, said": the region after a governed place says where
 * that place is, and is governed with it. So does a known region set off by commas after any
 * governed name, a town the lexicon does not know: "Acme Corp of Plano, Texas, which holds …".
 */
const isPlaceOfPlace = (tokens: readonly Tok[], before: readonly Candidate[], m: Mention): boolean => {
  const last = before[before.length - 1];
  if (!last?.mention || tokens[m.from - 1]?.text !== ',') return false;
  if (last.mention.kind === 'place' && last.oblique && last.to === m.from - 1) return m.kind === 'place' || tokens[m.to]?.text === ',';
  if (m.kind !== 'place' || m.possessive || tokens[m.to]?.text !== ',') return false;
  // (Past a capitalised word or two the name read left out: "of Fort Worth, Texas,".)
  let k = m.from - 2;
  while (k >= last.to && k > m.from - 4 && tokens[k]?.kind === 'word' && tokens[k]!.cap) k--;
  // (A name with its town in it, "Acme Corp of Plano, Texas,", is not governed, but the region is its town's.)
  return k === last.to - 1 && (last.oblique || last.mention.name.includes(' of '));
};

const tokensText = (tokens: readonly Tok[], m: Mention, end: number): string => {
  const parts: string[] = [];
  for (const t of tokens) if (t.start >= m.start && t.end <= end) parts.push(t.text);
  return parts.join(' ');
};

/** The subject a set of candidates gives: the last that a verb follows, else the last not governed by a preposition. */
export function pickSubject(cands: readonly Candidate[]): Candidate | undefined {
  let verbOne: Candidate | undefined, free: Candidate | undefined;
  for (const c of cands) {
    if (c.oblique) continue;
    if (c.verbFollows) verbOne = c;
    free = c;
  }
  return verbOne ?? free;
}

/** "maker", "carmaker", "manufacturer", "producer": after one and "of" comes what it makes (not "a unit of X"). */
const isMakerNoun = (lower: string): boolean => lower.endsWith('maker') || lower === 'manufacturer' || lower === 'producer';

/** Prepositions after which a name may still be whose figure it is: "shares of X", "inflation in X". */
const OWNER_PREPOSITIONS = new Set(['of', 'at', 'in', 'for']);

/** Verbs of a share's listing or trading before "in" and a place: "listed in New York", "debuted in Hong Kong". */
const LISTING_VERBS: ReadonlySet<string> = new Set(['listed', 'lists', 'debuted', 'debuts', 'floated', 'floats', 'traded', 'trades', 'trading', 'quoted', 'priced']);

/** When no candidate is free: the first name after "of"/"at"/"in" ("The market value of Coho Winery fell"). */
export function pickOblique(tokens: readonly Tok[], cands: readonly Candidate[]): Candidate | undefined {
  return cands.find((c) => {
    if (!c.mention || !c.oblique || c.person) return false;
    const k = tokens[c.from - 1]?.lower === 'the' ? c.from - 2 : c.from - 1;
    // ("the maker of Oatlings cereal": what a company makes owns none of its figures.)
    if (tokens[k]?.lower === 'of' && isMakerNoun(tokens[k - 1]?.lower ?? '')) return false;
    // ("The stock, which listed in New York at $40": where shares list or trade owns none of their price.)
    if (tokens[k]?.lower === 'in' && LISTING_VERBS.has(tokens[k - 1]?.lower ?? '')) return false;
    // ("Shares in Copenhagen jumped 5.8%": the place after a share word is where they trade.)
    if (tokens[k]?.lower === 'in' && c.mention.kind === 'place' && SHARE_WORDS.has(tokens[k - 1]?.lower ?? '')) return false;
    // ("Net income attributable to Harwell Industries was …": a filing's owner of a result.)
    return OWNER_PREPOSITIONS.has(tokens[k]?.lower ?? '') || (tokens[k]?.lower === 'to' && tokens[k - 1]?.lower === 'attributable');
  });
}

const SHARE_WORDS = new Set(['shares', 'share', 'stock', 'stocks']);
const DASHES: ReadonlySet<string> = new Set(['-', '--', '\u2013', '\u2014']);

/** "Shares in Acme plunged", "Stock of Acme fell": the company named after the share word that opens a sentence. */
export function sharesOwner(tokens: readonly Tok[], cands: readonly Candidate[]): Candidate | undefined {
  const c = cands[0];
  if (!c?.mention || c.person || c.mention.kind === 'place' || c.from < 2) return undefined;
  // The share word opens the sentence, or the text after a dateline ("LONDON (Wire) - Shares of …").
  const opener = tokens[c.from - 3];
  if (c.from > 3 && !(opener?.kind === 'punct' && DASHES.has(opener.text))) return undefined;
  const prep = tokens[c.from - 1]!.lower;
  return (prep === 'in' || prep === 'of') && SHARE_WORDS.has(tokens[c.from - 2]!.lower) ? c : undefined;
}

/**
 * "Fourth-quarter comparable sales at Northlake Outfitters rose 3.8%": with no free subject,
 * the company whose measure (a cue word before "at") opens the sentence and a verb follows.
 */
export function measureOwner(tokens: readonly Tok[], cands: readonly Candidate[], isCue: (lower: string) => boolean): Candidate | undefined {
  const c = cands[0];
  if (!c?.mention || c.person || c.mention.kind !== 'org' || !c.verbFollows || c.from < 2) return undefined;
  // (In the sentence's first clause: not "Grocery sales grew 5%, while sales at Argos fell 2.2%",
  // where the company contrasted with in a later clause is no new topic.)
  if (c.clause !== tokens[0]!.clause) return undefined;
  return tokens[c.from - 1]!.lower === 'at' && isCue(tokens[c.from - 2]!.lower) ? c : undefined;
}

/**
 * A company a sentence with no free subject describes with "whose": "The bill is a setback for
 * Telekontor, whose net debt stood at €31bn" is about Telekontor, so "Its shares fell" after it is its.
 */
export function whoseOwner(tokens: readonly Tok[], cands: readonly Candidate[]): Candidate | undefined {
  return cands.find((c) => !!c.mention && !c.person && c.mention.kind !== 'person' && c.mention.kind !== 'place'
    && tokens[c.to]?.text === ',' && tokens[c.to + 1]?.lower === 'whose');
}

/** Words between a company's name and "call" in a transcript's opening: "the Acme second-quarter earnings call". */
const CALL_WORDS: ReadonlySet<string> = new Set(['earnings', 'results', 'conference', 'investor', 'analyst', 'quarterly', 'annual', 'interim', 'full-year', 'half-year', 'fiscal', 'year-end', 'financial']);
const CALL_NOUNS: ReadonlySet<string> = new Set(['call', 'webcast', 'presentation']);

/**
 * The company a sentence with no free subject is about, named after a preposition: the
 * employer of a title ("I'm Hiro Sato, CFO of Kisaragi Electric", "the finance chief of
 * Ostrava Mills") or the host of a call ("Welcome to the Halbrook Financial second-quarter
 * earnings call"). `head` is the sentence's subject, if any: a person, or a name set off by a
 * comma before the title, gives way to the employer.
 */
export function employerOf(tokens: readonly Tok[], cands: readonly Candidate[], head: Candidate | undefined): Candidate | undefined {
  // Only in the sentence's first clause: not "…, after companies controlled by X, chairman of Y, bought …".
  const first = tokens[0]?.clause;
  for (const c of cands) {
    const m = c.mention;
    if (!m || m.kind === 'person' || m.kind === 'place' || c.person || c.from < 2 || c.clause !== first) continue;
    if (tokens[c.from - 1]!.lower === 'of' && TITLES.has(tokens[c.from - 2]!.lower)) {
      if (!head || head.person || head === c) return c;
      // "Hiro Sato, CFO of …": the name before the title is the person holding it.
      const comma = head.to;
      if (tokens[comma]?.text !== ',' || comma >= c.from) continue;
      let k = comma + 1;
      while (k < c.from - 1 && tokens[k]!.kind === 'word' && !tokens[k]!.possessive) k++;
      if (k === c.from - 1) return c;
      continue;
    }
    if (head || tokens[c.from - 1]!.lower !== 'the') continue;
    let k = c.to;
    while (k < c.to + 5 && tokens[k] && ((tokens[k]!.kind === 'figure' && tokens[k]!.figure!.kind === 'period') || CALL_WORDS.has(tokens[k]!.lower))) k++;
    if (k > c.to && CALL_NOUNS.has(tokens[k]?.lower ?? '')) return c;
  }
  return undefined;
}

/**
 * The first name from token `k`, perhaps after a few words of description: "fined Danish
 * shipping group Nordhavn"; or a pronoun or description right at `k`: "fined it", "fined the lender".
 */
export function nameAfter(tokens: readonly Tok[], cands: readonly Candidate[], k: number): Candidate | undefined {
  for (const c of cands) {
    if (c.from < k) continue;
    if (!c.mention) {
      if (c.pronoun && c.from === k && !c.possessive) return c;
      continue;
    }
    if (c.from > k + 4) return undefined;
    for (let j = k; j < c.from; j++) if (tokens[j]!.kind !== 'word') return undefined;
    return c;
  }
  return undefined;
}

/**
 * The one a court or regulator orders to pay the figure: "The court ordered Telstra to pay a
 * A$100 million penalty", "ordered Tomas Varga, the founder of Klyde Capital, to pay $41
 * million" (not the court, the clause's subject). None in the passive ("Acme was ordered to pay").
 */
export function orderedPayer(tokens: readonly Tok[], cands: readonly Candidate[], at: number): Candidate | undefined {
  const order = orderedToPay(tokens, at);
  return order && cands.find((c) => c.from === order.verb + 1 && (!!c.mention || !!c.pronoun) && !c.possessive);
}

/**
 * The country whose adjective opens the metric words at `cue`: "Philippine inflation", "West
 * German unemployment", "Japanese machine tool orders" (up to two plain words between). The
 * name is the country's, the span the adjective's. Not "a German bank's profit": a possessive
 * or company noun between makes the adjective describe someone else.
 */
export function countryBefore(tokens: readonly Tok[], cue: number): Referent | undefined {
  let k = cue - 1;
  for (let skipped = 0; skipped < 2; skipped++) {
    // "euro zone inflation", "Eurozone bond yields": the currency union's economy.
    const zone = euroZoneAt(tokens, k);
    if (zone) return tokens[k]!.clause === tokens[cue]?.clause ? zone : undefined;
    const t = tokens[k];
    // ("French OAT yields", "Italian BTP yields": the market's own name for its bonds, in capitals.)
    if (t?.kind === 'word' && t.cap && !t.possessive && SOVEREIGN_BOND_NAMES.has(t.lower)) {
      k--;
      continue;
    }
    // ("German 10-year Bund yields", "Spanish 10-year yields": the tenor, read as one word.)
    if (t?.kind === 'word' && t.lower === 'year' && tokens[k - 1]?.text === '-' && tokens[k - 2]?.kind === 'number') {
      k -= 3;
      continue;
    }
    if (!t || t.kind !== 'word' || t.cap || t.aside || t.possessive || isFunctionWord(t.lower) || COMPANY_NOUNS.has(t.lower) || isVerb(t.lower)) break;
    k--;
  }
  const t = tokens[k];
  if (!t || t.kind !== 'word' || !t.cap || t.possessive || t.clause !== tokens[cue]?.clause) return undefined;
  const prev = tokens[k - 1];
  const pair = prev?.kind === 'word' && prev.cap && !prev.aside ? DEMONYM_COUNTRIES.get(`${prev.lower} ${t.lower}`) : undefined;
  const first = pair ? prev! : t;
  const name = pair ?? DEMONYM_COUNTRIES.get(t.lower);
  if (!name) return undefined;
  // "Swiss franc bonds", "Canadian dollar assets": a currency, not the country, is described.
  const noun = tokens[k + 1];
  if (noun?.kind === 'word' && noun.lower !== 'real' && Object.hasOwn(FAMILY_WORDS, noun.lower)) return undefined;
  // "an Italian bank's profit": one of that country's firms; "Latin American loans": a region.
  const det = tokens[(pair ? k - 1 : k) - 1];
  if (det?.kind === 'word' && (det.lower === 'a' || det.lower === 'an' || (!pair && det.cap && !det.aside && !isFunctionWord(det.lower)))) return undefined;
  return { name, start: first.start, end: t.end, plural: false };
}

/** "euro zone", "euro area", "eurozone" ending at token `k`, as written. */
function euroZoneAt(tokens: readonly Tok[], k: number): Referent | undefined {
  const t = tokens[k];
  if (!t || t.kind !== 'word' || t.possessive) return undefined;
  if (t.lower === 'eurozone') return { name: t.text, start: t.start, end: t.end, plural: false };
  const prev = tokens[k - 1];
  if ((t.lower === 'zone' || t.lower === 'area') && prev?.kind === 'word' && prev.lower === 'euro') return { name: `${prev.text} ${t.text}`, start: prev.start, end: t.end, plural: false };
  return undefined;
}

/** The candidate is a commodity's name ("Silver", "Gold" opening a sentence), not an owner. */
const isCommodityName = (cues: readonly CueMatch<MetricRow>[], c: Candidate): boolean => cues.some((q) => q.from === c.from && q.to === c.to && q.row.id === 'price.commodity');

/** Words between an own-price word and the good: "its average realised price", "average selling prices for hot-rolled coil". */
const OWN_PRICE_GAP: ReadonlySet<string> = new Set(['average', 'price', 'prices', 'for', 'of']);

/**
 * A word of {@link OWN_PRICE_WORDS} before token `from`, past "average" and "price(s) for/of":
 * "its average realised price", "average selling prices for hot-rolled coil dropped".
 */
function ownPriceBefore(tokens: readonly Tok[], from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - 5; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (OWN_PRICE_WORDS.has(t.lower)) return true;
    if (!OWN_PRICE_GAP.has(t.lower)) return false;
  }
  return false;
}

/** Words before the currency a rate is quoted against: "climbed against the dollar", "to the dollar". */
const COUNTER = new Set(['against', 'versus', 'vs', 'to', 'per']);

const isCounter = (tokens: readonly Tok[], c: CueMatch<MetricRow>): boolean => {
  let k = c.from - 1;
  while (k >= 0 && tokens[k]!.kind === 'word' && (tokens[k]!.lower === 'the' || tokens[k]!.cap)) k--;
  return COUNTER.has(tokens[k]?.lower ?? '');
};

/**
 * The currency or commodity that moved, for a figure whose metric came from `cue`: the cue
 * itself, or when it is the currency quoted against ("the yen climbed against the dollar by
 * 40%") the one before it in the clause. Undefined when a name or pronoun of the clause comes
 * first ("the price it received for iron ore fell"): that one owns the figure; a person does not.
 */
export function movedThing(tokens: readonly Tok[], cues: readonly CueMatch<MetricRow>[], cands: readonly Candidate[], cue: CueMatch<MetricRow>): CueMatch<MetricRow> | undefined {
  const clause = tokens[cue.from]!.clause;
  let moved: CueMatch<MetricRow> | undefined = cue;
  if (isCounter(tokens, cue)) {
    moved = undefined;
    for (const c of cues) {
      if (c.from >= cue.from) break;
      if (c.row === cue.row && tokens[c.from]!.clause === clause && !isCounter(tokens, c)) moved = c;
    }
  }
  // (A person before it only says so: "Analyst Jane Roe said gold rose 2%". Nor does another
  // commodity listed first, a name only by its capital: "Silver fell 1%, and copper rose 2%",
  // nor a place or market after a preposition: "On the LME, copper rose 2%".)
  // (Nor is the end of a name a commodity: "Kestrel Gold surged 4%".)
  if (moved && cands.some((c) => c.from < moved.from && c.to >= moved.to)) return undefined;
  // (Nor the price a company got for it: "its realised gas price dropped 29%".)
  if (moved && ownPriceBefore(tokens, moved.from)) return undefined;
  // (A place written right before a commodity only says whose market: "U.S. gold futures added
  // 0.3%"; a currency's place is part of its name: "the Taiwan dollar".)
  return moved && !cands.some((c) => c.clause === clause && c.to <= moved.from && !c.person && !c.oblique && !isCommodityName(cues, c)
    && !(marketOfGood(tokens, c, moved) && moved.row.id === 'price.commodity')) ? moved : undefined;
}

/** Lower-case words that may stand between a market's place and its good: "London white sugar", "U.S. spot gold". */
const GOOD_QUALIFIER_GAP = 2;

/**
 * The name `c` right before the good `moved` only says which market or contract: a place
 * ("U.S. gold futures", "London white sugar", past at most {@link GOOD_QUALIFIER_GAP} plain
 * lower-case words) or capitalised words ending in a contract's month ("Benchmark December iron
 * ore rose 1.9%", the month read as a period or not). Not with a possessive: "Acme's copper" is Acme's.
 */
function marketOfGood(tokens: readonly Tok[], c: Candidate, moved: CueMatch<MetricRow>): boolean {
  if (c.possessive || c.to > moved.from || moved.from - c.to > GOOD_QUALIFIER_GAP) return false;
  let month = c.to === moved.from && isMonthOrDay(tokens[c.to - 1]?.lower ?? '');
  for (let k = c.to; k < moved.from; k++) {
    if (tokens[k]!.figure?.kind === 'period' || (tokens[k]!.kind === 'word' && isMonthOrDay(tokens[k]!.lower))) month = true;
    else if (!isPlainWord(tokens[k]) || isFunctionWord(tokens[k]!.lower)) return false;
  }
  return c.mention?.kind === 'place' || month;
}

/**
 * "The ECB held its rate at 2%, and the Bank of Canada cut its rate by 25 bps": a pronoun after
 * the subject of its own clause (a name a verb follows, "Norway's central bank" too) stands for
 * that subject, not for the subject of the clause before.
 */
export function clauseSubjectBefore(cands: readonly Candidate[], c: Candidate): Referent | undefined {
  if (!c.pronoun || c.pronoun.description || PERSONAL_PRONOUNS.has(c.pronoun.text.toLowerCase())) return undefined;
  let found: Candidate | undefined;
  for (const x of cands) {
    if (x.from >= c.from) break;
    // (A place only with its 's: "Norway's central bank held its rate"; "U.S. drug sales were 40 pct of its sales" is a place describing.)
    if (x.clause === c.clause && x.mention && x.verbFollows && !x.oblique && !x.apposition && !x.relative && !x.person && (x.mention.kind !== 'place' || x.possessive)) found = x;
  }
  return found && { name: found.mention!.name, start: found.mention!.start, end: found.mention!.end, plural: found.mention!.kind === 'group' };
}

/** The name a pronoun may stand for inside its own sentence: the nearest name before it ("X said its sales…"). */
export function antecedentBefore(cands: readonly Candidate[], c: Candidate): Referent | undefined {
  let best: Candidate | undefined, place: Candidate | undefined, relative: Candidate | undefined, oblique: Candidate | undefined, subject: Candidate | undefined;
  // "it", "its", "the company" never stand for a person; "he", "his" may.
  const personal = !!c.pronoun && PERSONAL_PRONOUNS.has(c.pronoun.text.toLowerCase());
  for (const x of cands) {
    if (x.from >= c.from) break;
    // ("Revenue slipped 4%, reflecting the spin-off of WarnerMedia; excluding divested businesses,
    // it rose 5.5%": a business given up is not what the results after it are of.)
    if (x.apposition || (x.person && !personal) || x.disposed) continue;
    // A name inside a relative clause ("Acme, which Globex owns, raised its …") is passed over.
    if (x.relative) relative = x;
    // "Quillmark raised $1.2bn in a round led by venture firm Harborline, valuing the company at":
    // a name after a preposition is a weaker antecedent than the subject before it.
    else if (x.mention && x.mention.kind !== 'place' && x.oblique && !x.apposition) oblique = x;
    else if (x.mention && x.mention.kind !== 'place') {
      // "Acme … to fund its takeover of pensions group Corrin, sending its shares down": a name
      // after a preposition and a description ("of pensions group Corrin") is an object, and the
      // subject that a verb follows before it stays the antecedent.
      if (x.verbFollows) subject = x;
      else if (subject && (x.described || x.addressee)) continue;
      // "Danmarks Nationalbank followed the ECB with a cut in its rate": the object of the
      // subject's verb, in the subject's clause, is no antecedent before that subject.
      else if (subject && x.clause === subject.clause && !x.possessive && !x.pronoun) continue;
      best = x;
    } else if (x.mention) place = x;
  }
  // ("U.S. tariffs cost the company €580m": a description of a company never stands for a place;
  // "the bank" may stand for a country's central bank, named by the country.)
  best ??= oblique ?? (c.pronoun?.description && !/\bbank(?:'s?)?$/i.test(c.pronoun.text) ? undefined : place) ?? relative;
  return best && { name: best.mention!.name, start: best.mention!.start, end: best.mention!.end, plural: best.mention!.kind === 'group' };
}

/** Words for people's roles: a name after or containing one is a person ("chairman Jean Dupont"). */
const TITLES = PERSON_TITLES;
const SPEAKING = new Set(['said', 'says', 'told', 'added', 'noted', 'explained', 'stated', 'warned', 'argued', 'believes', 'thinks']);

/** A person named as the speaker of the sentence: "Company chairman Jean Dupont said …". */
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'his', 'her']);

/** `he`, `his`, `she`, `her`: a person, who speaks of a company's figures and owns none of them. */
export const isPersonalPronoun = (c: Candidate): boolean => !!c.pronoun && PERSONAL_PRONOUNS.has(c.pronoun.text.toLowerCase());

/**
 * Stock indexes and data providers: they speak of a company's shares and estimates ("outpacing
 * the benchmark Sensex", "according to LSEG data") and are no topic or antecedent for the
 * company's figures. A figure of their own ("The Nikkei rose 0.4%") still has them as the
 * subject of its clause. Matched on the whole name, lower-cased: "Dow Chemical" is a company.
 */
const MARKET_SOURCES = new Set([
  'ftse', 'sensex', 'nifty', 'nikkei', 'dax', 'cac', 's&p', 'dow', 'dow jones', 'nasdaq composite', 'topix', 'kospi', 'stoxx',
  'hang seng', 'bovespa', 'wall street', 'lseg', 'refinitiv', 'factset', 'thomson reuters', 'thomson reuters i/b/e/s', 'zacks',
  // Credit-rating agencies judge another's debt ("Moody's cut its rating, citing net debt of …").
  'moody', "moody's", "moody's investors service", "moody's investors service inc", 'fitch', 'fitch ratings', "standard & poor's", 's&p global ratings', 'dbrs', 'dbrs morningstar',
  "standard and poor's", "standard and poor's corp", "standard & poor's corp", 's/p', 'duff and phelps', 'duff & phelps',
  // and those that rate insurers ("AM Best affirmed its A+ rating", "S&P Global affirmed …")
  's&p global', 'am best', 'a.m. best', 'scope ratings', 'kbra', 'kroll bond rating agency',
  ...MARKET_RESEARCH_FIRMS,
]);

/** Words naming those who forecast another company's figures: "analysts at Peel Hunt", "brokerage Kotak". */
const ANALYSTS = new Set(['analyst', 'analysts', 'economists', 'strategists', 'brokerage', 'broker', 'brokers']);

/**
 * A firm of analysts ("Analysts at Peel Hunt", "Brokerage Kotak Equities", "Jefferies analysts"):
 * like a person, it speaks of the figures of the company the text is about, and owns none.
 */
const isAnalystSource = (tokens: readonly Tok[], from: number, to: number): boolean =>
  ANALYSTS.has(tokens[to]?.lower ?? '')
  || (((tokens[from - 1]?.lower === 'at' && ANALYSTS.has(tokens[from - 2]?.lower ?? '')) || ANALYSTS.has(tokens[from - 1]?.lower ?? '') || ANALYSTS.has(tokens[from]!.lower))
    // ("Online brokerage Hoodwell Inc reported record revenue": a brokerage reporting its own results is the company.)
    && !OWN_RESULTS_VERBS.has(tokens[to]?.lower ?? ''))
  || setsTarget(tokens, to);

/** Verbs by which an analyst moves or keeps a target: "Bernstein raised its price target", "JPMorgan cut its target price". */
const TARGET_VERBS: ReadonlySet<string> = new Set(['raised', 'raises', 'cut', 'cuts', 'lifted', 'lifts', 'lowered', 'lowers', 'trimmed', 'trims', 'kept', 'keeps', 'set', 'sets',
  'boosted', 'boosts', 'slashed', 'slashes', 'reiterated', 'reiterates', 'maintained', 'maintains', 'increased', 'reduced', 'hiked']);

/**
 * "Bernstein raised its price target on the stock to $395", "JPMorgan cut its target price to
 * $115": the name before a verb of a target and "its … price target", "its target price" or "its
 * price objective" (within four words) is a firm of analysts, which speaks of the stock's company and owns no figure of it.
 */
const setsTarget = (tokens: readonly Tok[], to: number): boolean => {
  if (!TARGET_VERBS.has(tokens[to]?.lower ?? '') || !POSSESSIVE_PRONOUNS.has(tokens[to + 1]?.lower ?? '')) return false;
  // (A price target only: "cut its margin target" is the company's own goal.)
  for (let k = to + 2; k <= to + 5 && tokens[k]?.kind === 'word'; k++) {
    if ((tokens[k]!.lower === 'target' || tokens[k]!.lower === 'objective') && tokens[k - 1]!.lower === 'price') return true;
    if (tokens[k]!.lower === 'target' && tokens[k + 1]?.lower === 'price') return true;
  }
  return false;
};

/** Verbs by which a company gives its own results: a broker named before one reports, it forecasts no one's. */
const OWN_RESULTS_VERBS: ReadonlySet<string> = new Set(['reported', 'reports', 'posted', 'posts', 'booked', 'books', 'recorded', 'records', 'swung', 'swings', 'logged', 'logs']);

/** Initials written as one word: "J.K.", "A.R.". */
const INITIALS = /^(?:[A-Z]\.){2,3}$/;

/** A title before or inside the name at tokens [from, to): "chief executive Dana Oakes", "President Hiroshi Tanabe". */
const hasTitle = (tokens: readonly Tok[], from: number, to: number): boolean => {
  // ("managing director R. Venkataraman", "chairman J.K. Rowe": initials between the title and the surname.)
  let k = from - 1;
  for (;;) {
    const t = tokens[k];
    if (k >= 2 && t?.text === '.' && tokens[k - 1]!.kind === 'word' && tokens[k - 1]!.cap && tokens[k - 1]!.text.length === 1) k -= 2;
    else if (k >= 1 && t?.kind === 'word' && INITIALS.test(t.text)) k--;
    else break;
  }
  if (TITLES.has(tokens[k]?.lower ?? '') && !firmManager(tokens, k, from)) return true;
  for (let k = from; k < to; k++) if (TITLES.has(tokens[k]!.lower)) return true;
  return false;
};

/**
 * "British fund manager Thamesbridge Investors", "asset manager Corrib Capital": "manager" after
 * what a firm manages names the firm's trade, not a person's role, unless the name opens with a
 * person's first name ("fund manager Nick Train").
 */
const firmManager = (tokens: readonly Tok[], k: number, from: number): boolean =>
  tokens[k]?.lower === 'manager' && MANAGED_THINGS.has(tokens[k - 1]?.lower ?? '') && !isPersonFirstName(tokens[from]?.lower ?? '');

/** Verbs by which a person or a firm of analysts gives its view of someone else's figures. */
const FORECASTING = new Set(['expects', 'expect', 'estimates', 'estimate', 'forecasts', 'forecast', 'predicts', 'predict', 'sees', 'see', 'projects', 'project']);

export function isSpeaker(tokens: readonly Tok[], c: Candidate): boolean {
  if (!c.mention) return false;
  const verb = tokens[c.to]?.lower ?? '';
  // (A research firm or a firm of analysts speaks like a person: "Counterpoint said …, with Apple holding 24%".)
  if (SPEAKING.has(verb)) return c.mention.kind === 'person' || !!c.person || hasTitle(tokens, c.from, c.to);
  // "Analysts at Morrow estimate peak sales of $2bn": the analysts' view of the topic's figure.
  return FORECASTING.has(verb) && (c.mention.kind === 'person' || hasTitle(tokens, c.from, c.to) || isAnalystSource(tokens, c.from, c.to));
}

/** How many lower-case words before a name its title may take: "finance minister", "deputy prime minister". */
const TITLE_BEFORE_REACH = 3;

/** A government's official: a title of {@link GOVERNMENT_TITLES} in the name or in the words right before it ("finance minister Rachel Reeves", "Treasurer Jim Chalmers"). */
function isOfficial(tokens: readonly Tok[], c: Candidate): boolean {
  for (let k = c.from; k < c.to; k++) if (GOVERNMENT_TITLES.has(tokens[k]!.lower)) return true;
  for (let k = c.from - 1; k >= 0 && k >= c.from - TITLE_BEFORE_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.cap) return false;
    if (GOVERNMENT_TITLES.has(t.lower)) return true;
  }
  return false;
}

/**
 * "Britain's finance minister Rachel Reeves announced £40 billion of tax rises", "In Argentina,
 * the Treasury posted a primary surplus of 10.4 trillion pesos", "Australia forecast a deficit …,
 * as Treasurer Jim Chalmers unveiled A$17.1 billion of tax cuts": an official or a public body
 * speaks for the government of the place its sentence names before it, whose budget, taxes and
 * debt they are. That place's candidate, if any.
 */
export function governmentPlace(tokens: readonly Tok[], cands: readonly Candidate[], c: Candidate): Candidate | undefined {
  // (A body only when it acts, "the Treasury posted": not "Treasury bill rates fell", a security's name.)
  const next = tokens[c.to];
  const modifier = next?.kind === 'word' && !next.cap && !isVerb(next.lower) && !ADVERBS.has(next.lower) && !isFunctionWord(next.lower);
  if (!c.mention || c.mention.kind === 'place' || !(isOfficial(tokens, c) || (c.verbFollows && !modifier && !c.person && c.mention.kind === 'org' && isFiscalBody(c.mention.name)))) return undefined;
  let place: Candidate | undefined;
  for (const x of cands) {
    if (x.from >= c.from) break;
    if (x.mention?.kind === 'place' && !x.apposition) place = x;
  }
  return place;
}

/** Reporting verbs after a figure name its source: "…, Litware said", "said Litware". */
const REPORTING = new Set(['said', 'says', 'reported', 'reports', 'announced', 'announces', 'disclosed', 'posted', 'added', 'stated']);

/** "…, Litware said." / "…, said Litware": the name a reporting verb gives, after token `at`. */
export function reportingSubject(tokens: readonly Tok[], cands: readonly Candidate[], at: number): Candidate | undefined {
  for (const c of cands) {
    // ("…, co-founder Arvind Kulkarni said", "…, Okafor said" after "Chief executive Maya Okafor": a person is the source.)
    if (c.from <= at || !c.mention || c.person || c.mention.kind === 'person' || hasTitle(tokens, c.from, c.to)) continue;
    if (REPORTING.has(tokens[c.to]?.lower ?? '') || REPORTING.has(tokens[c.from - 1]?.lower ?? '')) return c;
  }
  // "According to Globex, revenue rose 5%"; not "according to LSEG data".
  return cands.find((c) => c.mention && !c.person && tokens[c.from - 1]?.lower === 'to' && tokens[c.from - 2]?.lower === 'according');
}

/** Resolves a candidate to a referent (pronouns through `earlier`, then the topic). */
export function resolve(c: Candidate, earlier: Referent | undefined, d: Discourse, sentence: number): Referent | undefined {
  if (c.mention) {
    // "The Ministry said", "the Bureau's figures": a body's head word alone names the body
    // named in full before ("Finance Ministry", "Statistics Bureau").
    const lower = c.mention.name.toLowerCase().replace(/'s?$/, '');
    const named = c.mention.to - c.mention.from === 1 && (BODY_HEADS.has(lower) || COMPANY_NAME_HEADS.has(lower)) ? d.namedWith?.(lower) : undefined;
    if (named && named.name.length > c.mention.name.length) return named;
    return { name: c.mention.name, start: c.mention.start, end: c.mention.end, plural: c.mention.kind === 'group' };
  }
  const p = c.pronoun!;
  const pick = (r: Referent | undefined): Referent | undefined => (r && (p.plural || !r.plural) ? r : undefined);
  if (p.description) {
    // "the bank's new rate path" after "Norges Bank raised …": the name written with the noun.
    const head = p.text.slice(p.text.lastIndexOf(' ') + 1).toLowerCase().replace(/'s?$/, '');
    // "the index": only a stock index (named before in the sentence, or in the sentences before).
    if (head === 'index') return earlier && isStockIndex(earlier.name) ? earlier : d.indexBefore?.(p.start);
    if (PLACE_NOUNS.has(head) || head === 'bloc') return d.placeBefore?.(p.start, head);
    const named = NAMED_HEADS.has(head) && !earlier ? d.namedWith?.(head) : undefined;
    if (named) return named;
    // ("the company expects …" many bullet points and quotes after the release named it: the
    // company the story is about.)
    const r = earlier ?? (sentence - d.topicSentence <= 3 ? d.topic : undefined) ?? (COMPANY_NOUNS.has(head) ? d.storyCompany?.() : undefined);
    // ("Rivera made $19.5m last year. … the club's payroll rose 5%": a company's description never
    // stands for a person; the organisation named last before it is meant.)
    if (r && COMPANY_NOUNS.has(head) && d.isPerson?.(r)) return d.organisationBefore?.(p.start);
    // ("… a wet June in western Europe weighed on sales. The brewer expects …": a company's
    // description never stands for a region of the world, nor a country ("Japan … dropped 8%.
    // … the British brand expects …"); the company before it is meant.)
    if (r && head !== 'bank' && COMPANY_NOUNS.has(head) && (isWorldRegion(r.name.toLowerCase()) || isPlaceWord(r.name.toLowerCase()))) return d.companyTopic?.(true) ?? d.storyCompany?.();
    return r && !r.plural ? r : undefined;
  }
  // ("For the full year it expects …" with no topic left in reach: the company of the story.)
  return pick(earlier) ?? pick(d.topic) ?? (p.plural || PERSONAL_PRONOUNS.has(p.text.toLowerCase()) ? undefined : pick(d.storyCompany?.()));
}

export const toSubject = (r: Referent, basis: SubjectBasis, c?: Candidate): AboutSubject => ({
  name: r.name,
  span: { start: r.start, end: r.end },
  basis: c?.pronoun ? 'pronoun' : basis,
  ...(c?.pronoun ? { via: { text: c.pronoun.text, span: { start: c.pronoun.start, end: c.pronoun.end } } } : {}),
});
