/**
 * Word classes for attribution: is a word a verb, a common word, a place, a person's name,
 * a known organisation? Answers come from compromise's lexicon (about 25,000 words with
 * their tags), loaded synchronously on the first call in attribution mode, plus the small
 * closed lists below. Plain `extract()` never calls this file, so it never loads compromise.
 *
 * Only the lexicon is used, not compromise's tagger: tagging whole articles runs at about
 * 0.06 MB/s, thirty times slower than the 2 MB/s attribution budget, while a dictionary
 * look-up per capitalised word costs next to nothing. When compromise cannot be loaded
 * (a bundle without `require`), the closed lists alone are used.
 */

import { CHANGE_ROWS } from '../lexicon/change-verbs';

type Require = (id: string) => unknown;

/**
 * A CommonJS `require` that works from both builds; undefined outside Node. (Not the bare
 * `require`: the ES module build replaces it with a stub that throws.)
 */
function nodeRequire(): Require | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const mod = proc?.getBuiltinModule?.('node:module') as { createRequire?: (from: string) => Require } | undefined;
  const from = import.meta.url || (typeof __filename === 'string' ? __filename : undefined);
  if (mod?.createRequire && from) return mod.createRequire(from);
  const cjs = typeof module === 'object' && module !== null ? (module as { require?: Require }).require : undefined;
  return typeof cjs === 'function' ? (id) => cjs.call(module, id) : undefined;
}

type Lexicon = Readonly<Record<string, string | readonly string[] | undefined>>;

let lexicon: Lexicon | undefined;
let orgWords: ReadonlySet<string> = new Set();
let loaded = false;

/** For tests: use `lex` as the lexicon (`undefined`: none, as without compromise; `null`: load it again on next use). */
export function setLexiconForTests(lex: Lexicon | undefined | null): void {
  lexicon = lex ?? undefined;
  loaded = lex !== null;
  classCache.clear();
}

/** True once compromise's lexicon was loaded (for tests of laziness). */
export const isLexiconLoaded = (): boolean => loaded && lexicon !== undefined;

function lex(): Lexicon | undefined {
  if (loaded) return lexicon;
  loaded = true;
  try {
    const req = nodeRequire();
    const nlp = req?.('compromise') as { model?: () => { one?: { lexicon?: Lexicon }; two?: { orgWords?: Record<string, boolean> } } } | undefined;
    const model = nlp?.model?.();
    lexicon = model?.one?.lexicon;
    orgWords = new Set(Object.keys(model?.two?.orgWords ?? {}));
  } catch {
    lexicon = undefined;
  }
  return lexicon;
}

const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'PhrasalVerb', 'Participle', 'Copula', 'Modal', 'Auxiliary', 'Verb']);
const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place', 'Address', 'Island']);
const PERSON_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'Person', 'Honorific']);
const ORG_TAGS = new Set(['Organization', 'SportsTeam', 'Company']);
const COMMON_TAGS = new Set([
  'Adjective', 'Adverb', 'Noun', 'Singular', 'Plural', 'Uncountable', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Possessive',
  'QuestionWord', 'Duration', 'Date', 'Month', 'WeekDay', 'Actor', 'Comparative', 'Superlative', 'Expression', 'Unit', 'Demonym', 'Value', 'Cardinal', 'Ordinal',
  ...VERB_TAGS,
]);

// Word classes as bits, computed once per word from its lexicon tags.
const VERB = 1, PLACE = 2, PERSON = 4, ORG = 8, DEMONYM = 16, COMMON = 32, LAST_NAME = 64, KNOWN = 128, PHRASAL = 256;
const classCache = new Map<string, number>();

function classes(lower: string): number {
  let bits = classCache.get(lower);
  if (bits !== undefined) return bits;
  bits = 0;
  // Own keys only: compromise's lexicon is a plain object, and "constructor" is not a word in it.
  const lexicon = lex();
  const t = lexicon && Object.hasOwn(lexicon, lower) ? lexicon[lower] : undefined;
  if (t !== undefined) {
    bits |= KNOWN;
    for (const tag of typeof t === 'string' ? t.split(',') : t.flatMap((x) => x.split(','))) {
      if (VERB_TAGS.has(tag)) bits |= VERB;
      if (PLACE_TAGS.has(tag)) bits |= PLACE;
      if (PERSON_TAGS.has(tag)) bits |= PERSON;
      if (ORG_TAGS.has(tag)) bits |= ORG;
      if (tag === 'Demonym') bits |= DEMONYM;
      if (tag === 'LastName') bits |= LAST_NAME;
      if (tag === 'PhrasalVerb') bits |= PHRASAL;
      if (COMMON_TAGS.has(tag)) bits |= COMMON;
    }
  }
  if (classCache.size > 100_000) classCache.clear(); // bounded memory on endless streams
  classCache.set(lower, bits);
  return bits;
}

/** Verbs the closed lists know without compromise (auxiliaries and reporting verbs). */
const BASE_VERBS = new Set(
  ('is are was were be been being has have had do does did will would shall should can could may might must ' +
    'said says say reported reports report posted posts post announced announces agreed agrees signed signs won wins ' +
    'expects expected sees saw made makes took takes got gets gave gives became becomes remained remains ' +
    'registered recorded booked generated earned earns paid pays received receives brought brings overtook overtakes ' +
    'hit hits tops nears reaches bags nabs scores eyes unveils sets plans lands wins books posts sees').split(' '),
);

/** Function words that are never names, even when capitalised at the start of a sentence. */
const FUNCTION_WORDS = new Set(
  ('a an the this that these those its it it\'s their they them he she his her him we our us you your i my me ' +
    'and or but nor yet so for of in on at by to from with without within into onto over under after before since until while ' +
    'as than though although because if when where which who whom whose what why how whether also even only just still ' +
    'not no nor all any some each every both either neither most more less many much few several such other another ' +
    'there here then now however meanwhile moreover furthermore indeed instead thus hence therefore so too very ' +
    // adverbs that open a wire's next item: "Elsewhere, Norway's central bank held …"
    'elsewhere overall likewise otherwise nonetheless nevertheless ' +
    'about around across against along among amid between beyond despite during except inside outside per plus via ' +
    'upon toward towards unlike besides beneath throughout unless whereas ' +
    'mr mrs ms dr prof sir one two three four five six seven eight nine ten first second third last next new see note notes shr net revs qtr qtly avg ' +
    // the courtesies of a call's transcript: "Please go ahead.", "Thanks, operator."
    'please thank thanks okay ok yeah yes hi hello').split(' '),
);

const MONTHS_DAYS = new Set(
  ('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday').split(' '),
);

/** Country and region names and abbreviations written in capitals. */
const PLACE_ABBREVIATIONS = new Set(['US', 'U.S.', 'USA', 'U.S.A.', 'UK', 'U.K.', 'EU', 'E.U.', 'UAE', 'PRC', 'HK']);

/** Lower-case words that mean "the company" when written with `the` (`the Chinese vendor`). */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set(
  ('company companies firm firms group concern business corporation conglomerate vendor vendors supplier maker manufacturer carrier operator ' +
    'bank lender insurer retailer automaker carmaker airline miner producer provider developer chipmaker giant utility brewer publisher ' +
    'broker brokerage fund partnership startup start-up unit subsidiary ' +
    // makers by trade, as results stories describe them: "Japan's fourth-largest drugmaker"
    'drugmaker steelmaker planemaker shipbuilder homebuilder housebuilder grocer distributor refiner bottler owner financier ' +
    // "the British brand", "the luxury label" (not "chain" or "house": "the Comet electrical
    // chain", "The House" are names of their own)
    'brand label ' +
    // media and sports business: "the studio said", "the broadcaster's shares", "the club's payroll", "the league's previous deal"
    'studio broadcaster streamer club team franchise league ' +
    // insurers and property: "Danish reinsurer Kattegat Re", "Germany's third-biggest residential landlord"
    'reinsurer landlord').split(' '),
);

/** Participles that make a name an adjective after a hyphen: `Hong Kong-listed`, `Texas-based`. */
const NAME_MODIFIER_TAILS: ReadonlySet<string> = new Set(
  'listed based owned backed controlled run made born headquartered registered traded focused led funded'.split(' '),
);

/** A name written as an adjective (`Hong Kong-listed shares`): it describes the thing, it does not own it. */
export function isNameModifier(name: string): boolean {
  const dash = name.lastIndexOf('-');
  return dash > 0 && NAME_MODIFIER_TAILS.has(name.slice(dash + 1).toLowerCase());
}

export const isFunctionWord = (lower: string): boolean => FUNCTION_WORDS.has(lower);

/** Forms of "be": "was raised" is passive, "is down about 4%" a level's change. */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Modal verbs: one after a relative clause and its comma opens the main clause (", which rose 2%, should come in"). */
export const MODAL_VERBS: ReadonlySet<string> = new Set(['will', 'would', 'should', 'could', 'may', 'might', 'must', 'can']);

/** "its", "their", "his", "her": the owner written as a pronoun. */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her']);

/** Last words of company names that may follow common words of the name: "Merrill Lynch Capital Markets", "Mellon Trust". */
export const COMPANY_NAME_HEADS: ReadonlySet<string> = new Set(['bank', 'markets', 'securities', 'partners', 'associates', 'brothers', 'industries', 'holdings', 'association', 'trust']);

/** Last words of the names of public bodies: "Securities and Exchange Commission", "Finance Ministry", "Statistics Bureau". */
export const BODY_HEADS: ReadonlySet<string> = new Set([
  'office', 'ministry', 'agency', 'institute', 'bureau', 'department', 'commission', 'government', 'administration', 'secretariat', 'service', 'board', 'council', 'authority', 'committee',
]);
/** (Also a weekday or month glued to a hyphen: "Thursday-night", "March-quarter" are times, no names.) */
export const isMonthOrDay = (lower: string): boolean => MONTHS_DAYS.has(lower) || (lower.indexOf('-') > 0 && MONTHS_DAYS.has(lower.slice(0, lower.indexOf('-'))));

/** Words of time and their table abbreviations ("Six Mths", "Period ended", "4th Qtr"): never names. */
const TIME_WORDS: ReadonlySet<string> = new Set(['period', 'periods', 'quarter', 'quarters', 'year', 'years', 'month', 'months', 'week', 'weeks', 'mths', 'mth', 'qtr', 'qtrs', 'yr', 'yrs', 'wks']);
export const isTimeWord = (lower: string): boolean => TIME_WORDS.has(lower);

/** Holidays and seasons written with a capital: times, never owners ("sales over Christmas"). */
const HOLIDAYS = new Set(['christmas', 'xmas', 'easter', 'thanksgiving', 'ramadan', 'eid', 'diwali', 'hanukkah', 'halloween', 'lent', 'advent', 'whitsun', 'passover']);
export const isHoliday = (lower: string): boolean => HOLIDAYS.has(lower);

/** Time zones after a clock time ("by 1100 GMT", "at 2:30 p.m. EDT"): never owners. */
const TIME_ZONES = new Set(['gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'jst', 'hkt', 'sgt', 'aest', 'aedt', 'ist']);
export const isTimeZone = (lower: string): boolean => TIME_ZONES.has(lower);

/** Units written with a capital after a number ("335-345 Mt", "1.2 GW", "4 Bcf", "310 koz"): never owners. */
// (Power units, "MW" or "GWh", are measures already: lexicon/measure-abbreviations.ts.)
const UNIT_ABBREVIATIONS = new Set(['Mt', 'Mtpa', 'Kt', 'Gt', 'Mtoe', 'TW', 'Bcf', 'Tcf', 'Mcf', 'MMcf', 'Bcm', 'MMBtu', 'Btu', 'Boe', 'Mboe', 'MMboe', 'Mbbl', 'MMbbl', 'Koz', 'Moz', 'Mlb', 'Mlbs']);
/** The indefinite articles: "a", "an". */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

export const isUnitAbbreviation = (word: string): boolean => UNIT_ABBREVIATIONS.has(word);
export const isPlaceAbbreviation = (word: string): boolean => PLACE_ABBREVIATIONS.has(word);

/**
 * World regions the lexicon does not list as places, and the regions companies break their
 * results down by: "Latin America's biggest operator" is a place's ranked company, "sales in
 * Southeast Asia", "EMEA revenue rose 4%", "Greater China sales" a market. The one table of
 * regions: entities.ts reads it to make a name a place, story.ts to tell a market from an owner.
 */
const REGIONS: ReadonlySet<string> = new Set([
  'latin america', 'south america', 'north america', 'central america', 'middle east', 'far east',
  'southeast asia', 'south east asia', 'east asia', 'south asia', 'central asia', 'asia pacific', 'asia-pacific',
  'western europe', 'eastern europe', 'central europe', 'northern europe', 'southern europe', 'central and eastern europe',
  'sub-saharan africa', 'north africa', 'west africa', 'east africa', 'southern africa', 'the americas',
  'greater china', 'rest of world', 'rest of the world',
  // one word, and the regions companies report by ("EMEA revenue rose 4%")
  'oceania', 'scandinavia', 'nordics', 'benelux', 'americas', 'emea', 'apac', 'latam',
]);
/** `lower` (words joined by single spaces) is a world region. */
export const isRegionName = (lower: string): boolean => REGIONS.has(lower);
/** The continents, which the lexicon knows as places already, but which are no countries. */
const CONTINENTS: ReadonlySet<string> = new Set(['europe', 'asia', 'africa', 'america']);
/** `lower` is a region or a continent: a part of the world, not a country with an economy of its own. */
export const isWorldRegion = (lower: string): boolean => REGIONS.has(lower) || CONTINENTS.has(lower);

/** One-word verbs of the change table ("cut", "rose", "slumped"), whatever compromise says. */
const CHANGE_VERBS = new Set(CHANGE_ROWS.filter((r) => r.form === 'verb').flatMap((r) => r.words.filter((w) => !w.includes(' '))));

/** A word that can be a verb (`reported`, `lands`, `swung`); regular `-ed` forms count. */
export function isVerb(lower: string): boolean {
  if (isKnownVerb(lower)) return true;
  return lower.length > 4 && lower.endsWith('ed') && !(classes(lower) & KNOWN);
}

/** A verb the lexicon lists, not one guessed from an "-ed" ending ("Lockheed" is a name). */
export function isKnownVerb(lower: string): boolean {
  return BASE_VERBS.has(lower) || CHANGE_VERBS.has(lower) || (classes(lower) & VERB) !== 0;
}

/** A word the lexicon knows as something other than a name (`Deal`, `Weeks`, `Same`, `Security`). */
export function isCommonWord(lower: string): boolean {
  if (FUNCTION_WORDS.has(lower) || MONTHS_DAYS.has(lower) || BASE_VERBS.has(lower)) return true;
  const bits = classes(lower);
  if (bits & (ORG | PLACE | PERSON | LAST_NAME)) return false;
  return (bits & COMMON) !== 0;
}

export const isPlaceWord = (lower: string): boolean => (classes(lower) & PLACE) !== 0;
export const isPersonFirstName = (lower: string): boolean => (classes(lower) & PERSON) !== 0;
export const isKnownOrganisation = (lower: string): boolean => (classes(lower) & ORG) !== 0;
export const isDemonym = (lower: string): boolean => (classes(lower) & DEMONYM) !== 0;
/** Words that end organisation names: `Bank`, `Group`, `Airlines` (compromise's list). */
export const isOrgWord = (lower: string): boolean => {
  lex();
  return orgWords.has(lower);
};

/** `verb particle` is a phrasal verb the lexicon knows: "racks up", "ramp up". */
export const isPhrasalVerb = (verb: string, particle: string): boolean => (classes(`${verb} ${particle}`) & PHRASAL) !== 0;

/** Words that make a clause a forecast: "expects", "would", "forecast". */
export const FORECAST_WORDS: ReadonlySet<string> = new Set(['expects', 'expect', 'forecast', 'forecasts', 'sees', 'see', 'seen', 'projects', 'projected', 'predicts', 'will', 'would', 'should', 'could', 'may', 'might', 'target', 'targets', 'guidance', 'outlook', 'plans', 'budget', 'budgeted', 'planned', 'targeted', 'targetted', 'poised']);

/** Words right before a figure compared with the one before it: "vs 1.19 dlrs", "below the $9.5bn", "beating the 2.1%". */
export const COMPARED: ReadonlySet<string> = new Set(['vs', 'versus', 'against', 'compared', 'from', 'below', 'above',
  // "beating the 2.1% analysts had expected", "missing the consensus of $1.2bn"
  'beating', 'topping', 'missing', 'exceeding', 'trailing',
  // "earnings of 68 cents a share beat the 61 cents analysts had expected", "missed the $2.1bn
  // consensus" (not "topped" or "exceeded", which also tell a level reached: "sales topped $5bn")
  'beat', 'beats', 'missed', 'misses',
  // "ahead of Wall Street's consensus of $3.14", "ahead of the $2.9bn analysts expected"
  'ahead',
  // "a margin of 16%, after 17.1% in 2024", "organic sales fell 9% in the second quarter, after a 5% fall in the first"
  'after']);

/** Words after "than" that make it compare with another figure, not hedge the amount: "less than the £14.6bn forecast". */
export const THAN_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'a', 'an', 'previous']);

/** Words between a comparison word and the figure: "compared with a loss of $4m". */
export const COMPARED_GAP: ReadonlySet<string> = new Set(['with', 'to', 'a', 'the', 'of', 'its', 'their', 'loss', 'profit', 'gain', 'deficit', 'surplus', 'previous', 'prior', 'earlier', 'guidance', 'forecast', 'estimate', 'target', 'outlook',
  // "compared with an average analyst estimate of …", "against a consensus forecast of …"
  'an', 'average', 'analyst', 'analysts', 'consensus', 'mean', 'market', 'forecasts', 'estimates', 'expectation', 'expectations',
  // "Wall Street's consensus of", "the Street's estimate of"
  'wall', "street's", 'street',
  // hedges of the amount compared with: "against roughly $55 a tonne a year ago"
  'about', 'around', 'roughly', 'approximately', 'nearly', 'almost', 'some']);

/** Words opening a clause of reason or time after a move ("after", "despite"): its figures are not the move's. */
export const SUBORDINATE_OPENERS: ReadonlySet<string> = new Set(['after', 'ahead', 'following', 'despite', 'because', 'amid', 'although', 'though']);

/** Verbs that make a change a revised forecast: "now expects …, up from …". */
export const FORECASTING_VERBS: ReadonlySet<string> = new Set(['expects', 'expected', 'sees', 'forecasts', 'projects', 'predicts', 'targets', 'guides', 'anticipates']);
/** Verbs of forecasting whose object may be a commodity ("sees gold averaging", "expects Brent to average"), in every tense. */
export const FORECASTING_OBJECT_VERBS: ReadonlySet<string> = new Set([...FORECASTING_VERBS, 'see', 'saw', 'expect', 'forecast', 'predict', 'predicted', 'project', 'projected']);
/** Words before a base that make it a level reached, not a forecast: "a current 30%". */
export const NOT_FORECAST_BEFORE: ReadonlySet<string> = new Set(['current', 'actual', 'recorded', 'reported']);
/** Verbs that revise a forecast: "raised its 2024 revenue guidance to growth of 6-8% from 4-6%". */
export const REVISING_VERBS: ReadonlySet<string> = new Set(['raised', 'raises', 'lifted', 'lifts', 'lowered', 'lowers', 'cut', 'cuts', 'trimmed', 'trims', 'boosted', 'boosts',
  'upgraded', 'upgrades', 'downgraded', 'downgrades', 'revised', 'revises', 'narrowed', 'narrows', 'increased', 'reduced', 'hiked', 'slashed']);
/** Cues of a change written as an adverb after the new level: "…, up from", "…, down from". */
export const CHANGE_ADVERBS: ReadonlySet<string> = new Set(['up', 'down']);
