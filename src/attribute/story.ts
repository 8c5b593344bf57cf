/**
 * The company a story is about, and the places written as its markets: in a company's story,
 * "India revenue rose 22.6%", "Sales in North America dropped 22%" and "Asia, Oceania and
 * Africa grew 3.9%" are the company's results, earned or spent there, not the place's. The
 * readings here answer, for index.ts, whether a name is a place (or a list of places), whether
 * it is written as a market, and which company the story (or the text just before a figure)
 * is about.
 */
import { sentenceIndex } from '../link/sentences';
import { MARKET_NOUNS } from '../lexicon/company-parts';
import { CHANGE_ROWS } from '../lexicon/change-verbs';
import { CURRENCY_UNION_NAMES, DEMONYM_COUNTRIES, DEMONYM_COUNTRY_NAMES, DEMONYM_COUNTRY_NAMES_LOWER } from '../lexicon/demonyms';
import { isGovernmentBody } from './country';
import { isNameSuffix, type NameEvidence } from './entities';
import { isSpeaker, type Candidate, type Discourse, type Referent } from './subject';
import type { Tok } from './tokens';
import type { CueMatch } from './cues';
import type { MetricRow } from '../lexicon/metrics';
import { isFunctionWord, isKnownOrganisation, isPlaceAbbreviation, isPlaceWord, isRegionName, isVerb, isWorldRegion } from './words';

/** Rows of what a company makes, ships or carries: "In Europe, deliveries rose 2.6%" is the company's too. */
export const COMPANY_VOLUME_ROWS: ReadonlySet<string> = new Set(['other.volumes', 'other.units', 'other.traffic', 'other.carrier-traffic', 'other.units-sold',
  // a payment firm's or exchange's volume of money handled: "TPV rose 9% in the quarter"
  'other.money-volumes']);
/** Words before "output" or "production" that make it a country's ("In Germany, industrial output fell 1.2%"). */
const ECONOMY_OUTPUT: ReadonlySet<string> = new Set(['industrial', 'factory', 'manufacturing', 'economic', 'national']);
/** A company's volume read as the company's wherever it was made or carried ("Motorcycle output in Ohio"). */
export const companyVolume = (tokens: readonly Tok[], cue: CueMatch<MetricRow> | undefined): boolean => !!cue && COMPANY_VOLUME_ROWS.has(cue.row.id) && !ECONOMY_OUTPUT.has(tokens[cue.from - 1]?.lower ?? '');

/**
 * A company's results, which it reports by market ("India revenue", "sales in Europe", "capex
 * in Mexico") and which a place it sells or spends in does not own. Not index.ts's
 * COMPANY_METRICS (what a person cannot own: debt, cash, assets and market value are a
 * country's too), nor its FLOW_METRICS (what carries a reported period: tax and cash are no
 * market's).
 */
export const MARKET_METRICS: ReadonlySet<string> = new Set(['revenue', 'profit', 'loss', 'ebitda', 'eps', 'dividend', 'margin', 'cost']);

/** The places of a name: "Asia, Oceania and Africa" → Asia, Oceania, Africa; "the U.S. and Canada" → U.S., Canada. */
const placeParts = (name: string): string[] => (name.toLowerCase().startsWith('the ') ? name.slice(4) : name).split(', ').flatMap((p) => p.split(/ and /i));

/**
 * A place or a list of places: a country, a region, a place the lexicon knows (not one that is
 * also an organisation's name) or an abbreviation ("U.S."), alone or listed ("Oceania and
 * India", "the U.S. and Canada", "Asia, Oceania and Africa"). The one place test of the story's
 * company (a topic that is a place is none) and of a place's results (the company's markets).
 */
export function isPlaceName(name: string): boolean {
  return placeParts(name).every((p) => {
    const lower = p.toLowerCase();
    return p.length > 0 && (DEMONYM_COUNTRY_NAMES_LOWER.has(lower) || CURRENCY_UNION_NAMES.has(lower) || isRegionName(lower) || isPlaceAbbreviation(p) || (isPlaceWord(lower) && !isKnownOrganisation(lower)));
  });
}

/** "Europe", "Asia, Oceania and Africa": regions, not countries, which have economies of their own to report. */
export const isContinentList = (name: string): boolean => placeParts(name).every((p) => isWorldRegion(p.toLowerCase()));

/** Words right before a place, "the" skipped, that say where sales were made. */
const WHERE_WORDS: ReadonlySet<string> = new Set(['in', 'outside', 'across']);
/** The word before `at` (skipping "the") is "in", "outside" or "across": "Revenue in the U.S.". */
export function whereBefore(text: string, at: number): boolean {
  // (Any white space ends a word: "… loans.\n\nIn Brazil, loans grew" opens a paragraph with "In".)
  const words = text.slice(Math.max(0, at - 16), at).toLowerCase().split(/\s/).filter((w) => w.length > 0);
  let last = words.pop();
  if (last === 'the') last = words.pop();
  return !!last && WHERE_WORDS.has(last);
}

/**
 * The place at `span` is written as a market: after "in"/"across"/"outside" ("sales in North
 * America"), or right before a lower-case noun it describes ("India revenue", "the EMEA
 * region"), not before a verb ("Kenya was", "Zimbabwe earned"). A noun of a company's market
 * counts though a verb is written the same: "the India market area grew 31%".
 */
export function writtenAsMarket(text: string, span: { start: number; end: number }): boolean {
  if (whereBefore(text, span.start)) return true;
  const after = text.slice(span.end, span.end + 24);
  const next = NEXT_LOWER_WORD.exec(after)?.[1];
  // ("Sales in Greater China dropped 24%, while Japan jumped 31%": a place that moves by a number,
  // with no measure of its own, is a market whose measure the sentence named.)
  if (next && MOVE_VERBS.has(next) && MOVED_BY.test(after)) return true;
  return !!next && (MARKET_NOUNS.has(next) || (!isVerb(next) && !isFunctionWord(next)));
}
const NEXT_LOWER_WORD = /^ ([a-z][a-z-]*)/;
/** One-word verbs of a move up or down ("rose", "jumped", "declined"), from the change lexicon. */
const MOVE_VERBS: ReadonlySet<string> = new Set(CHANGE_ROWS.filter((r) => r.form === 'verb' && r.direction !== 'toward').flatMap((r) => r.words.filter((w) => !w.includes(' '))));
/** The verb, then the number it moved by: " jumped 31%", " fell by 4%". */
const MOVED_BY = /^ [a-z-]+ (?:by )?\d/;

/**
 * The text writes `name` with a company ending right after it (a comma between allowed), at one
 * of its first mentions: "Larkfield plc", "Orvane Group", "Halden N.V.". The endings are the
 * name suffixes entities.ts joins to a name (`isNameSuffix`), dots dropped ("N.V." is "nv").
 */
export function writtenWithEnding(text: string, name: string): boolean {
  for (let at = text.indexOf(name), seen = 0; at >= 0 && seen < 20; at = text.indexOf(name, at + name.length), seen++) {
    let k = at + name.length;
    if (text[k] === ',') k++;
    if (text[k] !== ' ') continue;
    let e = k + 1;
    while (e < text.length && e - k < 13 && /[A-Za-z.]/.test(text[e]!)) e++;
    if (isNameSuffix(text.slice(k + 1, e).toLowerCase().replaceAll('.', ''))) return true;
  }
  return false;
}

/** A title before a name ("chairman elect Denys Henderson", "board member Karl Briam"): a person, not the story's company. */
const TITLED = /\b(?:chairman|chairwoman|chief|executive|officer|president|minister|secretary|director|member|analyst|spokesman|spokeswoman|elect|economist|governor)\s+$/i;
/** How many opening sentences the company a story is about is looked for in. */
const STORY_LOOKAHEAD = 10;

/**
 * A company is named before token `at` of the sentence, or the text so far is about one: then a
 * country's adjective on a measure ("Acme said Japanese sales rose") names a market, not the owner.
 */
export function companyAround(cands: readonly Candidate[], at: number, d: Discourse): boolean {
  if (cands.some((c) => c.to <= at && c.mention && c.mention.kind !== 'place' && !c.person && !DEMONYM_COUNTRIES.has(c.mention.name.toLowerCase()))) return true;
  const topic = d.topic;
  return !!topic && !isPlaceWord(topic.name.toLowerCase()) && !DEMONYM_COUNTRY_NAMES.has(topic.name);
}

/** What the story readers need of index.ts's reading of the text. */
export interface StoryText {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ev: NameEvidence;
  /** How many sentences back the topic is looked for. */
  readonly lookback: number;
  /** The topic before sentence s, and the sentence it was found in. */
  topicBefore(s: number): { ref: Referent; at: number } | undefined;
  readSentence(s: number): { tokens: readonly Tok[]; cands: readonly Candidate[] };
}

/** The company a story is about (`storyCompany`) and the company the text is about before sentence s (`companyTopic`). */
export function storyReaders(story: StoryText): { storyCompany: () => Referent | undefined; companyTopic: (s: number, loose?: boolean) => Referent | undefined } {
  const { text, starts, ev, lookback, topicBefore, readSentence } = story;
  // An organisation, which a story can be about: not a person (nor a name a title or a first
  // name comes before, nor one who speaks: "Karl-Heinz Briam, a board member, said"), not a
  // place, not a group of names, not the office that reports an economy's figures. The one
  // test of both readings below (they were two, each missing some of the other's checks). With
  // `oneWord`, a single word only when the text writes it with a company ending or it is a known
  // organisation's name ("Larkfield plc"): the topic just before a figure may be a product or a
  // segment ("Slimora", "Networks"), while the company of a story's opening seldom is
  // ("Ericsson", "Norvelle").
  const endedNames = new Map<string, boolean>();
  const isCompany = (ref: Referent, oneWord: boolean): boolean => {
    if (ref.plural) return false;
    const { tokens, cands } = readSentence(sentenceIndex(starts, ref.start));
    const c = cands.find((x) => x.mention?.start === ref.start);
    if (!c?.mention || c.mention.kind !== 'org' || c.person || isSpeaker(tokens, c) || isGovernmentBody(ref.name) || ev.surnameBefore(ref.name, ref.start)) return false;
    if (TITLED.test(text.slice(Math.max(0, ref.start - 24), ref.start))) return false;
    if (!oneWord || c.mention.to - c.mention.from > 1 || isKnownOrganisation(ref.name.toLowerCase())) return true;
    let ended = endedNames.get(ref.name);
    if (ended === undefined) endedNames.set(ref.name, (ended = writtenWithEnding(text, ref.name)));
    return ended;
  };
  // The company a story is about: the first topic of its opening sentences that is no place.
  const storyCompany = (): Referent | undefined => {
    for (let k = 1; k < starts.length && k <= STORY_LOOKAHEAD; k++) {
      const t = topicBefore(k);
      if (!t || isPlaceName(t.ref.name)) continue;
      return isCompany(t.ref, false) ? t.ref : undefined;
    }
    return undefined;
  };
  // The nearest topic before sentence s that is no place: "Acme raised its forecast. In Europe,
  // sales rose 4%, while Asia grew 3%. Revenue in the U.S. …" is still about Acme. `loose` takes
  // a one-word name with no company ending too ("Carlsberg"), for a region carried on as the
  // topic, which owns nothing of the company's.
  const companyTopic = (s: number, loose = false): Referent | undefined => {
    for (let k = s; k > 0 && k >= s - lookback; k--) {
      const t = topicBefore(k);
      if (t && !t.ref.plural && !isPlaceName(t.ref.name)) return isCompany(t.ref, !loose) ? t.ref : undefined;
      if (t) k = Math.min(k, t.at + 1);
    }
    return undefined;
  };
  return { storyCompany, companyTopic };
}
