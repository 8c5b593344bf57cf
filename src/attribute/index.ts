/**
 * The attribute stage: adds `about` to every money and percent figure: what it measures,
 * whose it is, which way it moved, when. Runs after link (it reads `equivalentOf` and the
 * linked `period`) and only with `extract(text, { attribution: true })`.
 *
 * Work is per sentence: the sentences that hold a money or percent figure are cut into
 * tokens; the others only have their first words read, to follow what the text is about
 * (for pronouns). Each field is decided in its own module:
 *   metric.ts  (lexicon/metrics.ts)      what is measured
 *   change.ts  (lexicon/change-verbs.ts) which way it moved; amount, target and base
 *   subject.ts (entities.ts, words.ts)   whose it is, pronouns included
 *   period.ts                            when
 *   story.ts                             the company a story is about, and the places that are its markets
 * with what the whole text says of a capitalised word (evidence.ts) and small readings around
 * a figure ("vs", "including", a clause opening with "it": clause.ts); then each figure takes
 * what it lacks from the figures around it (shared.ts).
 */
import { isVocative, readTranscript } from './transcript';
import { takeRestated } from './restated';
import { sentenceIndex } from '../link/sentences';
import { attributionStarts } from './sentences';
import { withAppositiveDates } from './appositive';
import type { Figure } from '../types';
import { RELATIVE_SEASON_AFTER, WEEKDAYS, YEAR_AGO_TEXT } from '../lexicon/periods';
import { addMonths, shiftMonths, toISO, wholeMonths, type YMD } from '../resolve/period/calendar';
import { findChanges, type ChangeGroup } from './change';
import { changeCuesAt, metricCues, type CueMatch } from './cues';
import { CHARGED_PRICE_PHRASES, COMMODITY_FIRST_WORDS, FORECAST_NOUNS, METRIC_ROWS, MOVE_EFFECT_WORDS, ORDER_INTAKE_PHRASES, OWN_PRICE_WORDS, PRIOR_NOUNS, type MetricRow } from '../lexicon/metrics';
import { CAPITAL_COUNTRIES, DEMONYM_COUNTRIES_WRITTEN, DEMONYM_COUNTRY_NAMES_LOWER } from '../lexicon/demonyms';
import { DESCRIPTORS, findMentions, isNameSuffix } from './entities';
import { STATISTICS_AGENCIES } from '../lexicon/sources';
import { AUXILIARIES } from '../lexicon/percent-units';
import { elidedOwnerBefore, isBareTarget, isOfficial, placeOnMeasure, rankedEconomyAfter } from './economy';
import { centralBankEconomy, countriesIn, countryOfBooks, economyMentions, economyNear, firstCountry, isNationalSeries, paragraphBreaks, foreseesAt, type Found as CountryFound, isEconomyMeasure, isFiscalBody, isFiscalMeasure, isGovernmentBody, isStatisticsBody, nationalMeasureOfTopic, reportsAt, theEconomy } from './country';
import { acronymExpander, definedAcronym, isAcronymName } from './acronym';
import { adjustForUnit, bookedGain, findMetric, moneyMarketRate, orderedPayment, preferredDividend, ratioToSales, stakeOfShares, type MetricFound } from './metric';
import { findPeriod, inConcession, isComparisonText, isAntecedentPeriod, type Anaphor, type FoundPeriod, lastPlainPeriod, leadPeriodOf, resultsPeriodOf, monthsSpanned, widenToFullYear, guidanceYear, guidanceOverStaleYear, type EarlierPeriod, type ResolvedPeriod, isResolvedPeriod } from './period';
import { antecedentBefore, candidates, NAMED_HEADS, placeAfterMeasure, clauseSubjectBefore, countryBefore, governmentPlace, isPersonalPronoun, isStockIndex, isSpeaker, movedThing, nameAfter, pickOblique, pickSubject, reportingSubject, resolve, sharesOwner, employerOf, measureOwner, orderedPayer, whoseOwner, toSubject, type Candidate, type Discourse, type Referent } from './subject';
import { isComparedWith, isTotalOf, opensWithPronoun, perShareCue, subjectMetric } from './clause';
import { matchRespectively } from './respectively';
import { matchTableColumns } from './table';
import { matchWireRows } from './wire-rows';
import { shareFields, type WorkAbout } from './shared';
import { nameEvidence } from './evidence';
import { sentenceTokens, type Tok } from './tokens';
import { isSpaceAt } from '../scan/tokens';
import type { About, AboutChange, AboutMetric, AboutPeriod, AboutSubject, ChangeRole } from './types';
import { partNounAfter, writtenAsPart } from './segment';
import { VALUED_BETWEEN, valuedTarget } from './deal';
import { DEAL_STATES } from '../lexicon/deals';
import { DIVISION_NAME_TAILS } from '../lexicon/company-parts';
import { COMPANY_VOLUME_ROWS, companyAround, companyVolume, isContinentList, isPlaceName, MARKET_METRICS, storyReaders, whereBefore, writtenAsMarket, writtenWithEnding } from './story';
import { equivalentSpan, isEquivalent, spanOf } from './util';
import { CHANGE_ADVERBS, COMPANY_NOUNS, FORECAST_WORDS, FORECASTING_OBJECT_VERBS, FORECASTING_VERBS, INDEFINITE_ARTICLES, NOT_FORECAST_BEFORE, REVISING_VERBS, isCommonWord, isFunctionWord, isKnownOrganisation, isVerb } from './words';

export type { About } from './types';


/** ", which began in " after a year: the month after it describes a fiscal year's calendar. */
const FISCAL_YEAR_CLAUSE_BEFORE = /\byear,\s(?:which|that)\s(?:began|begins|begin|started|starts|start|ended|ends|end)\sin\s$/i;
/** "since a" right before a figure: the figure a record is measured from ("since a 5.1 pct drop in December, 1974"). */
const SINCE_FIGURE_BEFORE = /\bsince\s+(?:a|an|the)\s+$/i;
/** "since", perhaps with "the end of" and the like, right before a period (read on at most 30 characters). */
const SINCE_BEFORE = /\bsince\s+(?:the\s+|its\s+|their\s+)?(?:(?:end|start|beginning)\s+of\s+(?:the\s+)?)?(?:early\s+|late\s+)?$/i;
/** "against $79.10 in the", "compared with 4.2% in", "fell to 5.5% from 10% in the": an amount compared with, then its period (the tail of the text before one). */
const COMPARED_AMOUNT_BEFORE = /\b(?:against|from|compared\s+(?:with|to)|versus|vs\.?)\s+(?:a\s+|an\s+|the\s+)?[^\s\d,;]*\d[^\s,;]*(?:\s+(?:a|per)\s+[a-z]+)?\s+(?:in|for)\s+(?:the\s+)?$/i;

/**
 * "Core inflation, which excludes food and energy prices, slowed to 3.6% from 4.2%": the words
 * `inner` lie in a ", which …," clause between the measure `outer` and the figure at `at`.
 */
function insideRelativeBefore(text: string, outer: { readonly start: number; readonly end: number } | undefined, inner: { readonly start: number; readonly end: number } | undefined, at: number): boolean {
  if (!outer || !inner || outer.end > inner.start || inner.end > at) return false;
  return /,\s+(?:which|that|who)\b/.test(text.slice(outer.end, inner.start)) && text.slice(inner.end, at).includes(',');
}

/** Words of an economy's measure a city has too: its prices ("Tokyo's core CPI", "consumer prices in the capital"). */
const CITY_PRICES = /\b(?:inflation|prices?|cpi|consumer price index|cost of living)\b/i;
/** The currency union and the European Union as written, which "the bloc" stands for (a fixed pattern: linear). */
const UNION_WRITTEN = /\b(?:[Ee]uro[- ]?[Zz]one|[Ee]uro [Aa]rea|European Union|EU)\b/g;
/** A company's legal ending, closing its name: "Kestrel Steel Corp", "Nordhavn Line AB". */
const COMPANY_ENDING = /\b(?:Inc|Corp|Corporation|Co|Ltd|Plc|PLC|AG|SA|NV|AB|ASA|SpA|KK|Group|Holdings|GmbH|Limited)\.?$/;

/** Measures a bare target may be of: "inflation … above the official target of 3.5%", "a margin of 11%, short of its 15% target". */
const TARGETED: ReadonlySet<string> = new Set(['rate', 'margin']);

/** A company's possessive right before a target ("its 13-13.5% target range"), 8 characters back at most. */
const OWN_BEFORE = /\b(?:its|their|our) $/;

/** Measures that "quarterly" before them makes a quarter's result: "quarterly revenue", "quarterly profit" (not "a quarterly dividend"). */
const QUARTERLY_MEASURES: ReadonlySet<string> = new Set(['revenue', 'profit', 'loss', 'ebitda', 'eps', 'cost', 'margin']);

/** How far into a sentence without figures the subject is looked for. */
const HEAD_CHARS = 240;
/** How many sentences back "the bank" looks for a name written with "bank". */
const NAMED_LOOKBACK = 4;
/** Countries written by their short names as well as those the nationality adjectives name. */
const COUNTRY_SHORT_NAMES: ReadonlySet<string> = new Set(['u.s.', 'us', 'usa', 'u.s.a.', 'uk', 'u.k.', 'united kingdom', 'america', 'holland', 'korea', 'the netherlands']);
/** A place named as a country ("Kenya", "U.S."), not a state, city or region. */
const isCountryName = (name: string): boolean => DEMONYM_COUNTRY_NAMES_LOWER.has(name.toLowerCase()) || COUNTRY_SHORT_NAMES.has(name.toLowerCase());
/** Reporting verbs that name a figure's source at the end of its sentence: "…, the ministry said". */
const SOURCE_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'reported', 'announced', 'estimated']);

/**
 * The candidate is the source named after what its sentence says: ", the Commerce Department
 * said" after the sentence's figures, or ", lead manager Dunmore Securities said" after a clause
 * with a company of its own as subject ("Orvale Bank is issuing 40,000 warrants, …"), which the
 * sentences after go on about.
 */
function isTrailingSource(tokens: readonly Tok[], c: Candidate, cands: readonly Candidate[]): boolean {
  if (!SOURCE_VERBS.has(tokens[c.to]?.lower ?? '')) return false;
  let k = c.from - 1;
  // (Past "the", and a role of two lower-case words at most: "lead manager", "sole manager".)
  if (tokens[k]?.lower === 'the') k--;
  for (let n = 0; n < 2 && tokens[k]?.kind === 'word' && !tokens[k]!.cap && !isFunctionWord(tokens[k]!.lower); n++) k--;
  if (tokens[k]?.text !== ',') return false;
  for (let j = 0; j < k; j++) if (tokens[j]!.figure) return true;
  return cands.some((o) => o.to < k && o.verbFollows && !o.oblique && !o.person && o.mention?.kind === 'org');
}

/** A change that reaches a price per unit ("fell 2.2% to $3.18 per lb", "was down 7 cents at $5.82 a bushel"): a market's move, not a total's. */
const unitPriceMove = (group: ChangeGroup): boolean => {
  for (const [g, role] of group.members) if (role === 'target' && g.kind === 'money' && g.per) return true;
  return false;
};

/** Words after a name that make it a stock index: "the Hang Seng China Enterprises index". */
const INDEX_AFTER = /^[ \t]+ind(?:ex|exes|ices)\b/i;

/** The subject is a stock index: a known one ("FTSE 100", "the Dow"), or a name written before "index". */
const movesAsIndex = (text: string, subject: AboutSubject): boolean =>
  isStockIndex(subject.name) || (!isPlaceName(subject.name) && INDEX_AFTER.test(text.slice(subject.span.end, subject.span.end + 10)) && !INDEX_OF.test(text.slice(subject.span.end, subject.span.end + 16)));
/** "index" written with its possessive (the token strips the 's): "the Topix index's 0.4% gain". */
const INDEX_NOUNS_LOWER: ReadonlySet<string> = new Set(['index', 'indexes', 'indices']);
/** "the U.S. index of leading indicators": an index of what follows "of" is no stock index. */
const INDEX_OF = /^[ \t]+ind(?:ex|exes|ices)[ \t]+of\b/i;

/** "Futures" capitalised after a capitalised word: an exchange's name ("ICE Futures U.S."), not a commodity's futures. */
const exchangeFutures = (tokens: readonly Tok[], c: CueMatch<MetricRow>): boolean =>
  c.phrase === 'futures' && tokens[c.from]!.cap && c.from > 0 && tokens[c.from - 1]!.kind === 'word' && tokens[c.from - 1]!.cap;

/** The last commodity cue ("gold", "Brent crude") before token `at` in its clause, not a word of a name ("Harwell Oil Co"). */
function commodityBefore(cues: readonly CueMatch<MetricRow>[], tokens: readonly Tok[], cands: readonly Candidate[], at: number): CueMatch<MetricRow> | undefined {
  let found: CueMatch<MetricRow> | undefined;
  for (const c of cues) {
    if (c.to > at) break;
    // (Nor "Futures" inside an exchange's name: "the May arabica contract on ICE Futures U.S. rose".)
    if (c.row.id === 'price.commodity' && tokens[c.from]!.clause === tokens[at]!.clause && !cands.some((x) => x.from <= c.from && c.from < x.to) && !exchangeFutures(tokens, c)) found = c;
  }
  return found;
}

/** Words before the forecasts a result is set against: "below forecasts", "beat analysts' forecasts", "in line with forecasts". */
const CONSENSUS_BEFORE: ReadonlySet<string> = new Set(['below', 'above', 'than', 'beat', 'beats', 'beating', 'missed', 'misses', 'missing', 'topped', 'topping', 'exceeded', 'exceeding', 'with']);

/** The forecast word at `k` is the analysts' a result is set against ("below forecasts of $7.0 billion"), not the company's own. */
function consensusAt(tokens: readonly Tok[], k: number): boolean {
  if (tokens[k]!.lower !== 'forecasts' && tokens[k]!.lower !== 'forecast') return false;
  let j = k - 1;
  if (tokens[j]?.possessive || tokens[j]?.lower === 'the') j--;
  const w = tokens[j]?.lower ?? '';
  return CONSENSUS_BEFORE.has(w) || (w === 'of' && (tokens[j - 1]?.lower === 'ahead' || tokens[j - 1]?.lower === 'short'));
}

/** How many tokens before a price the commodity a forecast is of may be: "expects spot gold to average about $2,750". */
const FORECAST_OBJECT_REACH = 8;

/**
 * The commodity that a verb of forecasting takes as its object a few words before the price at
 * `at`, in its clause, with no other figure between: "sees gold averaging $2,750 an ounce",
 * "expects Brent crude to average $66".
 */
function forecastGood(tokens: readonly Tok[], cues: readonly CueMatch<MetricRow>[], at: number): CueMatch<MetricRow> | undefined {
  const clause = tokens[at]!.clause;
  for (let i = cues.length - 1; i >= 0; i--) {
    const c = cues[i]!;
    if (c.to > at) continue;
    if (at - c.to > FORECAST_OBJECT_REACH || tokens[c.from]!.clause !== clause) return undefined;
    if (c.row.id !== 'price.commodity' || c.phrase === 'futures') continue;
    for (let k = c.to; k < at; k++) if (tokens[k]!.kind === 'figure' || tokens[k]!.text === ',') return undefined;
    let v = c.from - 1;
    while (v > c.from - 3 && (tokens[v]?.lower === 'the' || tokens[v]?.lower === 'spot')) v--;
    return FORECASTING_OBJECT_VERBS.has(tokens[v]?.lower ?? '') ? c : undefined;
  }
  return undefined;
}

/**
 * "with Acme up 1.7%", "with chip giant Hanbit rising 2%": the name between "with" (perhaps past
 * a few lower-case words describing it) and the change cue at `cue`, a few words before the
 * figure at `at`, its amount or level ("up as much as 2% at 81,300 won").
 */
function withMover(tokens: readonly Tok[], cands: readonly Candidate[], cue: number, at: number): Candidate | undefined {
  if (cue >= at || at - cue > 8) return undefined;
  // A participle or an adverb of the move ("rising", "up"), not a finite verb: "the deficit
  // with Japan increased" names a trading partner.
  const w = tokens[cue]!.lower;
  if (!(w.endsWith('ing') || MOVE_ADVERBS.has(w))) return undefined;
  const c = cands.find((x) => x.to === cue && x.mention && !x.person);
  if (!c) return undefined;
  for (let k = c.from - 1; k >= 0 && k >= c.from - 4; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return undefined;
    // After a comma: "…, with Acme up 2%" (not "Taiwan's surplus with the U.S. rose").
    if (t.lower === 'with') return tokens[k - 1]?.text === ',' ? c : undefined;
    if (t.cap) return undefined;
  }
  return undefined;
}
const MOVE_ADVERBS: ReadonlySet<string> = new Set(['up', 'down', 'higher', 'lower']);

/** Measures only a company has: a person's "his earnings" are an estimate of someone else's. */
const COMPANY_METRICS: ReadonlySet<string> = new Set(['revenue', 'profit', 'loss', 'ebitda', 'eps', 'dividend', 'margin', 'debt', 'cash', 'assets', 'market-value']);

/**
 * "a 360p target price", "cut her price target to 95p": an analyst's target is a price of the
 * stock covered, the company's, as a company's measure is; never the analyst's own.
 */
const isPriceTarget = (tokens: readonly Tok[], m: MetricFound | undefined): boolean =>
  m?.metric.category === 'price' && !!m.cue && (m.cue.row.id === 'price.upside' || /\b(?:target|objective)\b/.test(m.cue.phrase) || tokens[m.cue.from - 1]?.lower === 'target' || tokens[m.cue.to]?.lower === 'target' || tokens[m.cue.to]?.lower === 'objective');
/** Nouns of an analyst's view of a stock before "on" and its name: "a 'buy' rating on", "its target on". */
const RATING_NOUNS: ReadonlySet<string> = new Set(['rating', 'ratings', 'call', 'recommendation', 'stance', 'view', 'coverage', 'target']);

/**
 * The company named after "on" and a word of an analyst's view ("its 'buy' rating on State Bank
 * of India with a target price of ₹1,000"), before the figure in its clause: the stock the target is for.
 */
function ratedCompany(tokens: readonly Tok[], inClause: readonly Candidate[], at: number): Candidate | undefined {
  for (const c of inClause) {
    if (c.to > at || !c.mention || c.person || c.pronoun || c.mention.kind === 'place' || tokens[c.from - 1]?.lower !== 'on') continue;
    // ("rating on", "'buy' rating on": a quote mark may close the rating's word before the noun.)
    if (RATING_NOUNS.has(tokens[c.from - 2]?.lower ?? '')) return c;
  }
  return undefined;
}

/** A measure no person owns: a company's (COMPANY_METRICS), or an analyst's price target for its stock. */
const companyOnly = (tokens: readonly Tok[], m: MetricFound | undefined): boolean => !!m && (COMPANY_METRICS.has(m.metric.category) || isPriceTarget(tokens, m));


/** Articles and possessives before a name: "the Fed", "its Private unit". */
const ARTICLE_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);
/** ", which closed up " between a name (and "index") and its figure: the relative clause's subject is the name. */
const WHICH_MOVED = /^(?: index)?, which [a-z]+(?: [a-z]+)? $/;

/**
 * "the broader Topix index, which closed up 0.3%": the figure moves in a relative clause right
 * after the name it is about (a short, bounded slice of text).
 */
const whichMovedAfter = (text: string, nameEnd: number, figureStart: number): boolean =>
  figureStart > nameEnd && figureStart - nameEnd <= 40 && WHICH_MOVED.test(text.slice(nameEnd, figureStart));

/** Words opening a clause of cause after a comma: ", as …", ", because …". */
const CAUSE_OPENERS: ReadonlySet<string> = new Set(['as', 'because']);

/**
 * Words opening, after a comma and a figure, a clause that says when the figure's period was what
 * it was: "162 billion yen the previous year, when typhoons hit western Japan" (Japan is no topic;
 * a money or percent figure: not a fronted "Last year, when the company's net income was …, Ahmanson generated").
 */
const WHEN_OPENERS: ReadonlySet<string> = new Set(['when']);

/** Clause `clause` (not the first) opens with ", as", ", because" or, after a figure, ", when": it gives the reason or the time. */
function becauseClause(tokens: readonly Tok[], clause: number): boolean {
  const first = tokens.findIndex((t) => t.clause === clause);
  if (first <= 0 || tokens[first]!.text !== ',') return false;
  const opener = tokens[first + 1]?.lower ?? '';
  return CAUSE_OPENERS.has(opener) || (WHEN_OPENERS.has(opener) && tokens.slice(0, first).some((t) => !!t.figure && t.figure.kind !== 'period'));
}

/**
 * The name at token `from` stands after "as" or "because" that follows a figure of the
 * sentence, with no comma: "slipped 3% to $6.1 billion as the Federal Reserve's rate cuts
 * squeezed yields" gives the reason, as ", as …" does; so does "on Thursday as higher U.S.
 * import tariffs squeezed margins", a word or two before the name. Returns the opener's
 * token, or -1.
 */
function causeAfterFigure(tokens: readonly Tok[], from: number): number {
  for (let k = from - 1; k > 0; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !CAUSE_OPENERS.has(t.lower)) continue;
    // ("as" right after the figure, before "the" or a name: not "as against", "as well as", "such
    // as"; before another word only when only words stand between, a few: "as a stronger won …",
    // "as ships sailed around the Cape of Good Hope", not "as a whole, the OECD said".)
    const next = tokens[k + 1];
    if (!next || next.kind !== 'word') return -1;
    // ("rose 30% to $9.8 billion, but that was below forecasts as Beijing's freeze hit its games":
    // a few words of comment between the figure and "as" too, when a name's possessive opens the cause.)
    if (tokens[k - 1]!.kind !== 'figure') return next.cap && next.possessive && figureShortlyBefore(tokens, k) ? k : -1;
    return next.lower === 'the' || next.cap || (from - k <= 8 && tokens.slice(k + 1, from).every((u) => u.kind === 'word') && !NOT_CAUSE_AFTER_AS.has(next.lower)) ? k : -1;
  }
  return -1;
}
/** How far back from "as" a figure may stand, past a few words of comment, for the clause after it to be a cause. */
const CAUSE_FIGURE_REACH = 8;

/**
 * Whether the name at token `k` follows "a"/"an", directly or past the figure: "a Nasdaq
 * listing", "a $2.2 billion Navy contract". Before a deal's noun such a name says where or for
 * whom, not whose the deal is.
 */
const afterIndefinite = (tokens: readonly Tok[], k: number): boolean =>
  INDEFINITE_ARTICLES.has(tokens[k - 1]?.lower ?? '') || (tokens[k - 1]?.kind === 'figure' && INDEFINITE_ARTICLES.has(tokens[k - 2]?.lower ?? ''));

/** A money or percent figure at most {@link CAUSE_FIGURE_REACH} tokens before `k`, past words and commas only. */
function figureShortlyBefore(tokens: readonly Tok[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - CAUSE_FIGURE_REACH; j--) {
    const t = tokens[j]!;
    if (t.kind === 'figure') return t.figure!.kind !== 'period';
    if (t.kind !== 'word' && t.text !== ',') return false;
  }
  return false;
}
/** Words after "as" that open no clause of cause: "as against", "as well as", "as of March". */
const NOT_CAUSE_AFTER_AS: ReadonlySet<string> = new Set(['against', 'well', 'of', 'from', 'per', 'to', 'part', 'much', 'many', 'long', 'far', 'compared', 'opposed', 'with', 'in', 'at', 'for', 'by', 'on', 'and', 'or', 'such']);

/** Results a company calls annual ("annual pre-tax profit fell 22%"), not rates, budgets or dividends. */
const ANNUAL_RESULTS: ReadonlySet<string> = new Set(['revenue', 'profit', 'loss', 'ebitda', 'eps', 'margin']);
/** A year told relative to another, which a measure called annual is not reported for: "last year's", "the previous year". */
const NOT_REPORTED_YEAR = /\b(?:last|previous|prior|ago|earlier|later|next|coming)\b/i;
/** "later this year": a time still to come, not the year reported. */
const LATER_BEFORE = /\blater\s+$/i;

/** How many sentences back the topic is looked for. */
const TOPIC_LOOKBACK = 8;
/** How many sentences back the topic is looked for at most, counting bullet points that name no one. */
const TOPIC_SCAN = 32;
/** Marks that open a bullet point. */
const BULLETS: ReadonlySet<string> = new Set(['-', '\u2022', '*', '\u2013', '\u2014', '\u00b7']);
/** How many sentences back a paragraph's period is looked for. */
const PERIOD_LOOKBACK = 8;
/** How many tokens may stand between "which" and a figure it describes (step 1e of the subject). */
const RELATIVE_REACH = 5;

/**
 * The organisation a short relative clause holding the figure at `at` describes: the name
 * written right before ", which" ("the FTSE 100, which was up 0.4%"), when no name or pronoun of
 * the clause itself stands before the figure ("Globex, which it bought for $5m" is not Globex's),
 * and it is no person or place. Undefined otherwise.
 */
function describedByRelative(tokens: readonly Tok[], cands: readonly Candidate[], byTo: ReadonlyMap<number, Candidate[]>, at: number): Candidate | undefined {
  for (let k = at - 1; k >= 1 && k >= at - 1 - RELATIVE_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind === 'figure' || t.aside) return undefined;
    if (t.kind === 'punct') return undefined;
    if (t.lower !== "which" || tokens[k - 1]!.text !== ",") continue;
    if (cands.some((x) => x.from > k && x.from < at)) return undefined;
    // ("Tarxien, which is 40 pct owned by Multi-Step": the one named after the passive holds it.)
    if (tokens[at + 1]?.lower === 'by' || tokens[at + 2]?.lower === 'by') return undefined;
    // (A stock index, a source of no company's figures, owns its own moves: "the DAX, which fell 1%".)
    const named = (x: Candidate): boolean => !!x.mention && x.mention.kind !== 'place' && x.mention.kind !== 'person' && (!x.person || isStockIndex(x.mention.name));
    // (A stock index's number after its name: "the FTSE 100, which …".)
    const direct = byTo.get(k - 1)?.find(named) ?? (tokens[k - 2]?.kind === 'number' ? byTo.get(k - 2)?.find((x) => named(x) && isStockIndex(x.mention!.name)) : undefined);
    if (direct) return direct;
    // ("Sonvik's German clinics business, which had sales of …": the owner of the noun before the comma.)
    for (let j = k - 2; j > 0 && j >= k - 6; j--) {
      const owner = byTo.get(j)?.find((x) => x.possessive && named(x));
      if (owner) return owner;
      if (tokens[j - 1]!.kind !== 'word') break;
    }
    return undefined;
  }
  return undefined;
}

/** How many periods back "in the quarter" looks for its quarter. */
const ANTECEDENT_LOOKBACK = 12;
const OTHER_METRIC: AboutMetric = { category: 'other' };
/** Commodities a market quotes ("Brent", "gold", "copper"), written as a name when a sentence opens with one. */
const COMMODITY_NAMES: ReadonlySet<string> = new Set(METRIC_ROWS.find((r) => r.id === 'price.commodity')!.phrases);
/** A company's volume ("US volume growth", "TPV in Europe"), not a country's output ("In Germany, industrial output fell"). */
const marketVolume = (cue: { readonly row: { readonly id: string }; readonly phrase: string } | undefined): boolean => !!cue && COMPANY_VOLUME_ROWS.has(cue.row.id) && /volume|gmv|tpv|ttv|gtv/.test(cue.phrase);
/** The company written as a pronoun or description between a place and its figure: "In Brazil, where the bank has …, loans grew 41%". */
const COMPANY_IN_SENTENCE = /\b(?:its|the (?:company|bank|lender|group|firm|insurer|brokerage|fintech|neobank|exchange)(?:'s)?)\s/i;
/** How far into the text the lead's trading day may be written (the headline and the first sentence or two). */
const LEAD_REACH = 600;
/** Words of a market in the sentence that names its trading day (global: {@link namesMarket} reads each). */
const MARKET_WORDS = /\b(?:stocks?|shares|equities|bourses?|markets?|ind(?:ex|exes|ices)|prices|yields?|bonds?|treasuries|gilts|bunds|dollar|euro|yen|sterling|pound|yuan|rupee|currenc(?:y|ies)|oil|crude|brent|gold|silver|copper|metals|futures|bitcoin)\b/gi;
/** A company's own shares: "sending its shares up 7%", "Acme's stock fell" (a results story's, not a market's). */
const OWN_SHARES_BEFORE = /(?:\b(?:its|their)|['\u2019]s)\s+$/i;
const OWN_SHARE_WORDS: ReadonlySet<string> = new Set(['shares', 'stock']);

/**
 * Whether a lead sentence is about a market: a word of {@link MARKET_WORDS}, other than a
 * company's own shares ("Lone Air on Thursday forecast higher fares, sending its shares up 7%"
 * is a results story, whose later prices are no moves of the day).
 */
function namesMarket(sentence: string): boolean {
  MARKET_WORDS.lastIndex = 0;
  for (let m = MARKET_WORDS.exec(sentence); m; m = MARKET_WORDS.exec(sentence)) {
    if (!OWN_SHARE_WORDS.has(m[0].toLowerCase()) || !OWN_SHARES_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index))) return true;
  }
  return false;
}
/** The end of a lead sentence: a stop after a word of lower-case letters or digits ("U.S. stocks" goes on), or a blank line. */
const LEAD_END = /[a-z0-9%)]{2}[.!?]["'\u2019\u201d]?(?:[ \t]+(?=["\u201cA-Z])|[ \t]*\n)|\n[ \t]*\n/g;
/** How many lines before the lead may be a headline or a byline. */
const HEAD_LINES = 3;
/** The longest first line read as a headline. */
const HEADLINE_MAX = 200;
const SENTENCE_END = /[.!?:]["'\u2019\u201d]?[ \t]*$/;
/** How many days before the reference date a lead's weekday may be and still be the session reported. */
const SESSION_DAYS = 7;

/** Past the spaces, tabs and line breaks at `at`, no further than {@link LEAD_REACH}. */
function skipBlank(text: string, at: number): number {
  while (at < text.length && at < LEAD_REACH && (text[at] === '\n' || text[at] === ' ' || text[at] === '\t' || text[at] === '\r')) at++;
  return at;
}
/**
 * The trading day a market report is about: the first weekday written in its lead ("U.S. stocks
 * fell on Tuesday", "Oil prices rose about 3% on Wednesday"), not in the headline, within a week
 * before the reference date. Prices, rates and indexes that move later in the story with no
 * period of their own moved on that day ("The S&P 500 lost 1.2%", "Nvidia slumped 6.4% to $112.80").
 */
function sessionDay(text: string, periods: readonly Figure[], referenceISO: string | undefined): LeadDays {
  // (Lines that end no sentence before the lead are a headline and a byline: "Wall St ends lower
  // as chip rout deepens", "By Priya Natarajan".)
  let body = 0;
  for (let line = 0; line < HEAD_LINES; line++) {
    body = skipBlank(text, body);
    const nl = text.indexOf('\n', body);
    if (nl < 0 || nl - body > HEADLINE_MAX || SENTENCE_END.test(text.slice(body, nl))) break;
    body = nl;
  }
  body = skipBlank(text, body);
  const headlineEnd = body;
  // (In the lead's first sentence: "U.S. stocks fell on Tuesday", not "… in London on Friday night
  // provided the impetus" a sentence on.)
  LEAD_END.lastIndex = body;
  const m = LEAD_END.exec(text.slice(0, body + LEAD_REACH));
  const leadEnd = m ? m.index + 2 : body + LEAD_REACH;
  for (const p of periods) {
    if (p.span.start > leadEnd) break;
    if (!isResolvedPeriod(p) || p.granularity !== 'day' || p.span.start < headlineEnd || !WEEKDAYS.has(p.text.toLowerCase())) continue;
    // (Only in a sentence about a market: "U.S. stocks fell on Tuesday", not "Acme reported
    // quarterly revenue of $9.1 billion on Tuesday", a results story.)
    const { start, end } = p.span;
    if (referenceISO && (p.end > referenceISO || Date.parse(referenceISO) - Date.parse(p.start) > SESSION_DAYS * 86_400_000)) return {};
    // (A sentence's stop, not the point of a price: "fell 12-3/4 cents to $10.21-1/2 a bushel on Monday".)
    const from = Math.max(headlineEnd, stopBefore(text, start, start - LEAD_REACH), start - LEAD_REACH);
    // (After it, the first point of any kind still ends what is read: the lead's own words, not a
    // clause of cause further on, "as investors poured money into its bond and money market funds".)
    const dot = text.indexOf('.', end);
    // (Nor a lead whose move has a month or longer of its own: "British house prices rose by 0.3
    // per cent in July, the building society said on Thursday" reports a statistic, not a session.)
    const ownSpan = periods.some((q) => q.span.start >= from && q.span.start < leadEnd && isResolvedPeriod(q) && q.granularity !== 'day' && q.granularity !== 'week'
      && MOVE_BEFORE_SPAN.test(text.slice(Math.max(0, q.span.start - 24), q.span.start)));
    if (!ownSpan && namesMarket(text.slice(from, dot < 0 || dot > end + LEAD_REACH ? end + LEAD_REACH : dot))) return { session: p };
    // (A results story's weekday that its dateline dates too: "LONDON, Nov 14 - Albion Power
    // raised its dividend on Thursday": the day its shares moved.)
    // (Or, with no dateline, a weekday that is the reference date itself: "Brackenridge Inns said on
    // Tuesday …" in a story dated that Tuesday.)
    const dated = periods.some((d) => d !== p && isResolvedPeriod(d) && d.granularity === 'day' && d.span.start >= headlineEnd && d.span.start - headlineEnd <= DATELINE_REACH && d.start === p.start)
      || (!!referenceISO && p.start === referenceISO);
    return dated ? { storyDay: p } : {};
  }
  // (A lead with no weekday: its dateline's day, within a week before the reference date, is the
  // day the shares moved: "PERTH, Aug 20 – … Coralline shares closed 4.1% higher at A$8.94".)
  for (const d of periods) {
    if (d.span.start - headlineEnd > DATELINE_REACH) break;
    if (d.span.start < headlineEnd || !isResolvedPeriod(d) || d.granularity !== 'day') continue;
    const recent = !referenceISO || (d.end <= referenceISO && Date.parse(referenceISO) - Date.parse(d.start) <= SESSION_DAYS * 86_400_000);
    return recent ? { storyDay: d } : {};
  }
  return {};
}

/** A percentage right before "in"/"for" and a period: "rose by 0.3 per cent in July", "up 2% for the quarter". */
const MOVE_BEFORE_SPAN = /(?:%|\bper ?cent|\bpct)\s+(?:in|for|during)\s+(?:the\s+)?$/i;

/** The last "." before `k` and after `floor` that ends a sentence (a space or the end after it), or -1. */
function stopBefore(text: string, k: number, floor: number): number {
  // (From 0, `lastIndexOf` would find the same stop again: the walk ends there.)
  for (let i = text.lastIndexOf('.', k); i > floor && i >= 0; i = i === 0 ? -1 : text.lastIndexOf('.', i - 1)) if (i + 1 >= text.length || isSpaceAt(text, i + 1)) return i;
  return -1;
}

/** How far into the lead a dateline's date may be written: "ABERDEEN, Scotland, March 6 -", "Jan 29 (Wire) -". */
const DATELINE_REACH = 40;

/** The trading day a market report's lead names, or the day a results story's lead and dateline both name. */
interface LeadDays {
  readonly session?: ResolvedPeriod;
  /** Only for moves of a share price, a stock index, a yield or an exchange rate: "Shares rose 2.3% to 1,041 pence in early trading." */
  readonly storyDay?: ResolvedPeriod;
}

/** Metric words of a company's share price: "Shares rose 2.3%", "Redmesa's shares were down 2.7%". */
const SHARE_PRICE_PHRASES: ReadonlySet<string> = new Set(['shares', 'stock', 'share price', 'stock price']);

/** The metric of the figure right before `f` in its sentence when that is a move of shares ("Acme shares rose 3%"). */
function shareMoveBefore(amounts: readonly Figure[], f: Figure, work: ReadonlyMap<Figure, WorkAbout>): MetricFound | undefined {
  const i = amounts.indexOf(f);
  const w = i > 0 ? work.get(amounts[i - 1]!) : undefined;
  const m = w?.metric;
  return m && m.metric.category === 'price' && m.cue && SHARE_PRICE_PHRASES.has(m.cue.phrase) && w.change && w.change.role !== 'base' ? m : undefined;
}

/** Words after a move that name a span other than the session: "up 1.1% for the week", "down 6% on the month", "so far". */
const OWN_SPAN_AFTER = /^\s*(?:,\s*)?(?:(?:for|on|over|in|this|last)\s+(?:the\s+)?(?:week|month|quarter|year|session\s+so\s+far)|so\s+far|year[- ]to[- ]date|since\b)/i;

/** Words of what is expected or may happen, besides the forecast words: "he expected OPEC to raise prices to 20 dlrs", "if prices fall below 1,600 SDR". */
const OUTLOOK_WORDS: ReadonlySet<string> = new Set(['expected', 'expecting', 'likely', 'unlikely', 'predicted', 'estimated', 'anticipated', 'can', 'cannot', 'if', 'unless']);

/**
 * The clause of the period `p` forecasts: "the company expected payment volume growth of 20% to
 * 25% in fiscal 2026" (a word of {@link FORECAST_WORDS}, or "expected", "expecting").
 */
function forecastAround(tokens: readonly Tok[], p: Figure): boolean {
  const k = tokens.findIndex((t) => t.figure === p);
  if (k < 0) return false;
  const clause = tokens[k]!.clause;
  return tokens.some((t) => t.clause === clause && t.kind === 'word' && (FORECAST_WORDS.has(t.lower) || t.lower === 'expected' || t.lower === 'expecting'));
}

/** A word of what is expected or may happen in the clause of token `at`, before it: "would rise by 9.3 pct". */
function outlookBefore(tokens: readonly Tok[], at: number): boolean {
  const clause = tokens[at]!.clause;
  for (let k = at - 1; k >= 0 && tokens[k]!.clause === clause; k--) {
    const t = tokens[k]!;
    // ("forecast revenue below estimates on Wednesday, sending its shares down 7%": the move the
    // news caused has happened, whatever the news forecast.)
    if (t.text === ',' && MOVE_EFFECT_WORDS.has(tokens[k + 1]?.lower ?? '')) return false;
    // ("May corn rose 3 cents", "while May wheat fell": the contract month, no modal.)
    if (t.cap && t.lower === 'may' && COMMODITY_FIRST_WORDS.has(tokens[k + 1]?.lower ?? '')) continue;
    if (t.kind === 'word' && (FORECAST_WORDS.has(t.lower) || OUTLOOK_WORDS.has(t.lower))) return true;
  }
  return false;
}

/** The figure at token `at` restates the one before it: "settled up $2.21, or 3.1%". */
const restatesBefore = (tokens: readonly Tok[], at: number): boolean => tokens[at - 1]?.lower === 'or' && tokens[at - 2]?.text === ',' && tokens[at - 3]?.kind === 'figure';

/**
 * The day `day` is written after token `at` in its sentence, after "on": "fell 0.5% against the
 * yen on Wednesday"; not past another number, whose day it is: "fixed lower at 1.8063 marks
 * after 1.8231 on Friday".
 */
function onDayAfter(tokens: readonly Tok[], at: number, day: ResolvedPeriod): boolean {
  for (let k = at + 1; k < tokens.length; k++) {
    if (tokens[k]!.figure === day) return tokens[k - 1]!.lower === 'on';
    if (tokens[k]!.kind === 'number') return false;
  }
  return false;
}

/** Words of a trading session a day is written after: "in after-hours trading Thursday", "in extended trading on Monday". */
const SESSION_NOUNS: ReadonlySet<string> = new Set(['trading', 'trade', 'session', 'dealings']);

/**
 * The story's day `day` is written after token `at`, right after the session the move was in:
 * "shares rose 8% in after-hours trading Thursday after …", "fell 3% in extended trading on
 * Monday" (not "fell 3% before its results on Monday": that day is when something else happens).
 */
function tradingDayAfter(tokens: readonly Tok[], at: number, day: ResolvedPeriod): boolean {
  for (let k = at + 1; k < tokens.length && k <= at + 8; k++) {
    if (tokens[k]!.figure === day) {
      const j = tokens[k - 1]!.lower === 'on' ? k - 2 : k - 1;
      return SESSION_NOUNS.has(tokens[j]?.lower ?? '');
    }
    if (tokens[k]!.kind === 'number' || tokens[k]!.kind === 'figure' || tokens[k]!.text === ',') return false;
  }
  return false;
}

/** A day written in the clause of token `at`, before it: "The 30-year bond yield closed Monday at 7.84 pct". */
function dayBefore(tokens: readonly Tok[], at: number, session: ResolvedPeriod): boolean {
  const clause = tokens[at]!.clause;
  for (let k = at - 1; k >= 0 && tokens[k]!.clause === clause; k--) {
    const g = tokens[k]!.figure;
    // (The session's own day, also as a dateline's date, "LONDON, May 22 (Wire) - … on Friday", is no other day.)
    if (g?.kind === 'period' && g.granularity === 'day' && g.start !== session.start) return true;
  }
  return false;
}

/** Rows of `price` that are no move of a traded price on the day: an analyst's target, an offer's premium, home prices over a month. */
const NOT_MARKET_PRICE_ROWS: ReadonlySet<string> = new Set(['price.target', 'price.premium', 'price.names']);
/** Words before "yield" that make it a valuation's, not a market's: "the equivalent yield", "net initial yield", "dividend yield". */
const VALUATION_YIELD_WORDS: ReadonlySet<string> = new Set(['equivalent', 'initial', 'reversionary', 'portfolio', 'dividend', 'rental', 'earnings', 'valuation', 'property', 'running']);
/** Words of `rate` that trade in markets (not an economy's inflation or unemployment). */
const MARKET_RATE_PHRASES: ReadonlySet<string> = new Set(['yield', 'yields', 'spread', 'spreads', 'credit spread', 'credit spreads', 'dollar index', 'exchange rate', 'exchange rates']);

/** A metric of what trades in a market: a price (no target, premium or price charged), an exchange rate, a yield or spread, basis points named by nothing. */
const isMarketMetric = (m: MetricFound): boolean => {
  const id = m.cue?.row.id;
  if (m.metric.category === 'price') return !id || !(NOT_MARKET_PRICE_ROWS.has(id) || CHARGED_PRICE_PHRASES.has(m.cue!.phrase));
  if (m.metric.category !== 'rate') return false;
  // (A bond's yield named by the bond: "the 10-year Japanese government bond rose 2.5 basis points".)
  return !m.cue || id === 'rate.currency' || m.cue.row.category === 'debt' || MARKET_RATE_PHRASES.has(m.cue.phrase);
};

/** Rows that name a traded market's level without a change: a currency, a commodity, a crypto-asset, where a price closed. */
const MARKET_LEVEL_ROWS: ReadonlySet<string> = new Set(['rate.currency', 'price.commodity', 'price.crypto', 'price.traded', 'price.trading']);
/**
 * A level with no change of its own that is a market's on the day: "or 3.1%" restating a move,
 * "Sterling was flat at $1.3425", "the yield was 4.2%" (not a tender's "139.70 dlrs for March
 * shipment" nor an offer's "46.75 dlrs a share", named by no market's words).
 */
const marketLevel = (m: MetricFound): boolean => !m.cue || MARKET_LEVEL_ROWS.has(m.cue.row.id) || MARKET_RATE_PHRASES.has(m.cue.phrase);

/**
 * "Its shares closed at ₹1,654.65 on the NSE on Wednesday": where a stock or a good traded or
 * closed, with no change, is the day's level as a move is, so a weekday later in its clause dates it.
 */
const tradedAtLevel = (m: MetricFound | undefined): boolean => m?.cue?.row.id === 'price.traded' || m?.cue?.row.id === 'price.trading';

/**
 * A move with no metric words yet of a price (an amount of money without a scale among its
 * figures: "up 4.4% at $63.77", "gained 3.2% to €24.85") or in basis points ("rose 7 basis
 * points to 4.38%"), which shared.ts reads as a price or rate later.
 */
const priceMoveGroup = (f: Figure, group: ChangeGroup): boolean => {
  if (f.kind === 'percent' && f.unit === 'basis-point') return true;
  for (const g of group.members.keys()) if (g.kind === 'money' && !g.scale && !g.per && g.currency && Number(g.amount) < 1_000_000) return true;
  return false;
};

/** Words before "dividend" that make it one declared with the results of a period: "interim dividend", "final dividend". */
const DECLARED_DIVIDENDS: ReadonlySet<string> = new Set(['interim', 'final']);

/** A word of forecast other than "will" in the clause: "They expect Hang Seng to pay a final dividend of 1.37 dlrs" is analysts' forecast. */
function forecastVerbIn(tokens: readonly Tok[], clause: number): boolean {
  for (const t of tokens) if (t.clause === clause && t.kind === 'word' && t.lower !== 'will' && FORECAST_WORDS.has(t.lower)) return true;
  return false;
}

/** The clause names an interim or final dividend ("will pay an interim dividend of 1.32p a share, 15% higher"). */
function declaredDividendIn(tokens: readonly Tok[], clause: number): boolean {
  for (let k = 1; k < tokens.length; k++) if (tokens[k]!.clause === clause && tokens[k]!.lower === 'dividend' && DECLARED_DIVIDENDS.has(tokens[k - 1]!.lower)) return true;
  return false;
}

/** How many sentences an earlier figure's period carries to figures without one (period.ts rule 5). */
const REPORTED_LOOKBACK = 6;

/** The unit of a term written before a measure or security: the "year" of "10-year". */
const TERM_UNIT_WORDS: ReadonlySet<string> = new Set(['year', 'month', 'week', 'day']);
/**
 * Measures of what happened over a period (results), which carry a reported period from one
 * figure to the next; levels at a moment (prices, stakes, debt, deal values) do not.
 */
const FLOW_METRICS: ReadonlySet<string> = new Set(['revenue', 'profit', 'loss', 'ebitda', 'eps', 'margin', 'cost', 'tax', 'cash', 'dividend']);
/** Rows of `other` measures that are results of a period too: an insurer's combined ratio, a life insurer's value of new business, a fund manager's net inflows, a housing market's sales, starts and approvals ("home sales rose 3.4% in October") and its home prices over the month or year reported ("the median home price rose 4% to $407,200"), a government's budget balance over its fiscal year or month ("the deficit came to $1.78 trillion"), and a household's income. */
const PERIOD_RESULT_ROWS: ReadonlySet<string> = new Set(['other.insurance-ratios', 'other.fund-flows', 'other.life-results', 'other.returns', 'other.housing', 'price.names', 'other.fiscal-balance',
  // a fund's return over the year reported: "Private equity was the best-performing asset class, returning 14.6%" ("return" alone is the payout row's word)
  'other.fund-return', 'dividend.payout-return',
  // a household's income over the year or month reported: "Disposable income … rose 0.9 pct in 1986"
  'other.household-income']);

/** A company's results, which no central bank carried on as the topic owns (fiscal measures and rates may be its own). */
const COMPANY_RESULTS: ReadonlySet<string> = new Set(['revenue', 'profit', 'eps', 'margin', 'cost', 'dividend', 'ebitda']);
/** Rows of `other` that are a bank's or insurer's own ratios and capital returns: its CET1, returns on equity, combined ratio, buyback. */
const COMPANY_RATIO_ROWS: ReadonlySet<string> = new Set(['other.bank-ratios', 'other.bank-ratios-names', 'other.returns', 'other.insurance-ratios', 'other.buyback', 'other.fund-flows']);

/** The period an earlier figure was linked to, and its sentence. */
interface Carried {
  period: AboutPeriod; sentence: number;
  /** Linked to a figure in a clause with a forecast word. */ readonly forecast?: boolean;
  /** The sentence the period was first linked in (`sentence` moves on as it carries). */ readonly first?: number;
}

/**
 * The periods earlier figures were reported for: `past`, one that had ended by the reference
 * date `until` (results), and `ahead`, one still running or to come (a forecast). A forecast's
 * period carries only to figures of clauses that forecast too.
 */
interface Reported {
  past?: Carried;
  ahead?: Carried;
  /** The period an economy's inflation, output or jobs moved over ("rose to 3.8% in July"): it carries to the economy's later moves only. */
  economy?: Carried;
  /** A part of `past` that a figure of the sentence `aside.sentence` was linked to: it carries within that sentence only. */
  aside?: Carried;
  /** The trading day the story's lead names ("U.S. stocks fell on Tuesday"): the day of the market moves after it ({@link sessionDay}). */
  session?: ResolvedPeriod | undefined;
  /** The weekday a results story's lead names and its dateline dates: the day of its share moves ({@link sessionDay}). */
  storyDay?: ResolvedPeriod | undefined;
  readonly until?: string | undefined;
  /** The month the text's fiscal years start in, when it writes one not starting in January ("fiscal 2026" after "whose fiscal year ends in March": 4). */
  readonly fiscalStart?: number;
  /** Whether sentence `s` is the text's first line written as a headline, with no sentence end. */
  readonly headline?: (s: number) => boolean;
}

/**
 * A period written as a span up to a day or month ("the six months to 30 September", "the year to
 * 31 December", "the 12 months ended June 30"): the period a company reports for, whatever figure of
 * the sentence it is linked to ("the value of its portfolio rose 0.4% in the six months to 30
 * September", "completed 7,412 homes in the year to 31 December, down 6%"), so it carries on. Not
 * "the year to date", which runs to the reference date ("bringing the total for the year to date
 * to €48.5 billion" after "net inflows of €14.2 billion in the third quarter").
 */
const STATED_SPAN = /\b(?:months|year|weeks|half|half-year)\s+(?:to(?!\s+date)|ended|ending)\b/i;

/** Words of a period that look back from another one: "the previous quarter", "a year before". */
const BACKWARD = /\b(?:previous|prior|earlier|ago|before|preceding|corresponding)\b/i;

/** ISO date `iso` moved back one year (a 29 February stays a day past the 28th's year: never equal). */
const yearBefore = (iso: string): string => `${String(Number(iso.slice(0, 4)) - 1).padStart(4, '0')}${iso.slice(4)}`;

/**
 * `p` is the same stretch one year before `q` ("the third quarter of 2024" against the third
 * quarter of 2025): the comparison results are set against, not results of their own.
 */
const isYearBeforeOf = (p: AboutPeriod, q: AboutPeriod): boolean => p.start === yearBefore(q.start) && p.end === yearBefore(q.end);

/** Words of a price taken over a period: "an average realised price of", "a copper price that averaged". */
const AVERAGED: ReadonlySet<string> = new Set(['average', 'averaged', 'averaging', 'realised', 'realized']);
/** How many tokens before a price a word of {@link AVERAGED} may be, in its clause. */
const AVERAGED_REACH = 8;

/** Words before "average" that make it a stock index's name: "the Dow Jones industrial average", "the Nikkei stock average". */
const INDEX_AVERAGE_HEADS: ReadonlySet<string> = new Set(['industrial', 'industrials', 'transportation', 'transports', 'utility', 'utilities', 'stock', 'composite']);

/**
 * "average" at `k` names a stock index, no averaged price: "the Dow Jones Industrial Average
 * rose 0.8%", "Japan's Nikkei average ended 1.1% lower" (a name, then a verb; not "the OPEC
 * average price").
 */
const isIndexAverage = (tokens: readonly Tok[], k: number): boolean => {
  const prev = tokens[k - 1], next = tokens[k + 1];
  if (tokens[k]!.lower !== 'average' || !prev || prev.kind !== 'word') return false;
  if (INDEX_AVERAGE_HEADS.has(prev.lower) || (tokens[k]!.cap && prev.cap)) return true;
  return prev.cap && !!next && next.kind === 'word' && isVerb(next.lower) && !isFunctionWord(next.lower);
};

/**
 * A word of {@link AVERAGED} within {@link AVERAGED_REACH} tokens before token `at`, in its clause:
 * a price averaged over the period results are given for, which carries that period like a result.
 */
function averagedBefore(tokens: readonly Tok[], at: number, adjective = false): boolean {
  const clause = tokens[at]!.clause;
  for (let k = at - 1; k >= 0 && k >= at - AVERAGED_REACH && tokens[k]!.clause === clause; k--) {
    // (With `adjective`, only a word on the price's noun: "the average price", not "to an average of".)
    if (AVERAGED.has(tokens[k]!.lower) && !(adjective && tokens[k + 1]?.lower === 'of') && !isIndexAverage(tokens, k)) return true;
  }
  return false;
}

/** A period that figures are reported for: a month or longer, not the day or week something happened. */
const reportingSpan = (p: AboutPeriod): boolean => Date.parse(p.end) - Date.parse(p.start) >= 27 * 86_400_000;
/**
 * `p` is a part of `q` well short of all of it: the second quarter of a half, the third quarter
 * of nine months (not "the 13 weeks ended Jan. 31" of "the fourth quarter ended Jan. 31").
 */
const isPartOf = (p: AboutPeriod, q: AboutPeriod): boolean =>
  p.start >= q.start && p.end <= q.end && Date.parse(p.end) - Date.parse(p.start) < 0.75 * (Date.parse(q.end) - Date.parse(q.start));
const NO_TOPIC: Discourse = { topic: undefined, topicSentence: -1 };

/** The topic before a sentence, looked up only when a pronoun or a missing subject needs it. */
class LazyTopic implements Discourse {
  private found?: { ref: Referent; at: number } | undefined;
  private done = false;
  constructor(
    private readonly look: () => { ref: Referent; at: number } | undefined,
    readonly namedWith?: (word: string) => Referent | undefined,
    /** The nearest earlier topic that is no place (looked up only for a place's result); `loose`: of any length. */
    readonly companyTopic?: (loose?: boolean) => Referent | undefined,
    /** The company of the story's opening sentences (looked up only for a stale "the company"). */
    readonly storyCompany?: () => Referent | undefined,
    /** The stock index named last before an offset (looked up only for "the index"). */
    readonly indexBefore?: (at: number) => Referent | undefined,
    /** The place named last before an offset that "the country", "the state" stands for. */
    readonly placeBefore?: (at: number, noun: string) => Referent | undefined,
    /** Whether a referent is a person (looked up only for a company's description). */
    readonly isPerson?: (r: Referent) => boolean,
    /** The organisation named last before an offset (for a company's description that the topic, a person, cannot stand for). */
    readonly organisationBefore?: (at: number) => Referent | undefined,
  ) {}
  private get(): { ref: Referent; at: number } | undefined {
    if (!this.done) {
      this.found = this.look();
      this.done = true;
    }
    return this.found;
  }
  get topic(): Referent | undefined {
    return this.get()?.ref;
  }
  get topicSentence(): number {
    return this.get()?.at ?? -1;
  }
}


/**
 * Returns `figures` with `about` added to the money and percent figures (new objects).
 * `hiddenPeriods` are periods to link to that are not among `figures` (when the caller does
 * not return periods); those overlapping an amount are ignored, as the merge stage would.
 */
export function attributeFigures(text: string, figures: readonly Figure[], hiddenPeriods: readonly Figure[] = [], referenceISO?: string): Figure[] {
  const amounts = figures.filter((f) => f.kind !== 'period');
  if (amounts.length === 0) return [...figures];
  const starts = attributionStarts(text);
  const bySentence = new Map<number, Figure[]>();
  // Amounts are in text order and do not overlap: a binary search finds the one a period could touch.
  const overlapsAmount = (p: Figure): boolean => {
    let lo = 0, hi = amounts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (amounts[mid]!.span.end <= p.span.start) lo = mid + 1;
      else hi = mid;
    }
    const a = amounts[lo];
    return !!a && a.span.start < p.span.end;
  };
  // Periods as attribution reads them: a label in apposition takes the dates written out before it.
  const periodsRead = withAppositiveDates(text, figures);
  const hiddenRead = withAppositiveDates(text, hiddenPeriods);
  for (const f of hiddenRead.length ? [...periodsRead, ...hiddenRead.filter((p) => !overlapsAmount(p))] : periodsRead) {
    const s = sentenceIndex(starts, f.span.start);
    const list = bySentence.get(s);
    if (list) list.push(f);
    else bySentence.set(s, [f]);
  }
  const ev = nameEvidence(text);
  const work = new Map<Figure, WorkAbout>();
  // A blank line between two sentences ends a paragraph, unless the sentence before is one line
  // ending in a colon: "Fourth-quarter results:" heads the list set out after it.
  const sameParagraph = (s: number): boolean => {
    const gap = text.slice(Math.max(starts[s - 1]!, starts[s]! - 400), starts[s]!);
    if (!/\n[ \t]*\n/.test(gap)) return true;
    const head = gap.trimEnd();
    return head.endsWith(':') && !head.includes('\n');
  };

  // Sentences are read on demand: those with money or percent figures in full, the others
  // only their first words, and only when a pronoun or a missing subject needs the topic.
  const read = new Map<number, { tokens: readonly Tok[]; cands: readonly Candidate[] }>();
  const readSentence = (s: number): { tokens: readonly Tok[]; cands: readonly Candidate[] } => {
    let r = read.get(s);
    if (r) return r;
    const full = bySentence.has(s);
    const start = starts[s]!, end = starts[s + 1] ?? text.length;
    const figs = (bySentence.get(s) ?? []).slice().sort((a, b) => a.span.start - b.span.start);
    const sentence = sentenceTokens(text, start, full ? end : Math.min(end, start + HEAD_CHARS), figs);
    r = { tokens: sentence.tokens, cands: candidates(sentence.tokens, findMentions(text, sentence, ev), sentence.headline, ev, sentence.leadLine) };
    read.set(s, r);
    return r;
  };
  // (After a lower-case word other than an article: "the Fed", "the Senate" are names.)
  const oneOffCommonName = (tokens: readonly Tok[], i: number): boolean => {
    const t = tokens[i]!, prev = tokens[i - 1];
    return !!prev && prev.kind === 'word' && !prev.cap && !ARTICLE_WORDS.has(prev.lower) && !t.possessive && t.text !== t.text.toUpperCase()
      && isCommonWord(t.lower) && !isKnownOrganisation(t.lower) && !ev.seenElsewhere(t.text, t.start);
  };
  // The topic before sentence s: the subject of the nearest earlier sentence that has one,
  // a pronoun subject standing for the topic before it.
  const topics = new Map<number, { ref: Referent; at: number } | undefined>();
  const topicBefore = (s: number): { ref: Referent; at: number } | undefined => {
    if (topics.has(s)) return topics.get(s);
    topics.set(s, undefined); // guards against cycles
    let found: { ref: Referent; at: number } | undefined;
    // A press release's bullet points that name no one ("- Sales of $2.1 billion, up 6.8%") do
    // not count towards the lookback, up to TOPIC_SCAN sentences in all.
    for (let k = s - 1, counted = 0; k >= 0 && counted < TOPIC_LOOKBACK && k >= s - TOPIC_SCAN && !found; k--) {
      const { tokens, cands } = readSentence(k);
      if (cands.length > 0 || !BULLETS.has(tokens[0]?.kind === 'punct' ? tokens[0].text : '')) counted++;
      // "Item 2.01 Completion of Acquisition or Disposition of Assets.": a filing's item heading names no one.
      if (tokens[0]?.lower === 'item' && tokens[1]?.kind === 'number') continue;
      const firstClause = cands.find((c) => !c.oblique)?.clause;
      // "Loan income rose 14%, as the Bank of Japan's rate rise let lenders charge more": a name
      // only in a clause of cause after the main one is no topic; look further back.
      if (firstClause !== undefined && firstClause > 0 && becauseClause(tokens, firstClause)) continue;
      // "Shares in Acme plunged 22%": when no name is free, the company whose shares open the sentence.
      // 'Northgate Therapeutics, Inc. (the "Company") entered into …': the name a filing defines as
      // "the Company" is what it is about, whatever other parties the sentence names.
      let head = definedCompany(tokens, cands) ?? pickSubject(cands.filter((c) => c.clause === firstClause)) ?? sharesOwner(tokens, cands) ?? measureOwner(tokens, cands, ev.isCue) ?? whoseOwner(tokens, cands);
      // "I'm Hiro Sato, CFO of Kisaragi Electric.", "Welcome to the Halbrook second-quarter earnings call."
      if (!head || head.mention) head = employerOf(tokens, cands, head) ?? head;
      // "Lisière said on Friday that U.S. tariffs had wiped …": a place written as a noun's modifier
      // in what a company says is no topic over that company; the story goes on about the company.
      // (Not a place that is the clause's subject: "He denied Kuwait was pumping …".)
      if (head?.mention?.kind === 'place' && !head.possessive && tokens[head.to]?.kind === 'word' && !tokens[head.to]!.cap && !isVerb(tokens[head.to]!.lower)) {
        const place = head;
        const org = pickSubject(cands.filter((c) => c.clause === firstClause && c.from < place.from && c.verbFollows && c.mention?.kind === 'org' && !c.person));
        // (Only a company's name, by its ending: "Van Driel said … if the US currency had" is a person's.)
        const company = !!org?.mention && (isNameSuffix(org.mention.name.split(' ').pop()!.toLowerCase()) || writtenWithEnding(text, org.mention.name));
        if (company && tokens.slice(org!.to, place.from).some((t) => SOURCE_VERBS.has(t.lower))) head = org;
      }
      // "Japan's output rose 0.7%, the trade ministry said": the sentence is about what its
      // figure measures, not about the source named after it.
      if (head?.mention && isTrailingSource(tokens, head, cands)) head = cands.find((c) => c.from < head!.from && c.mention && !c.oblique && !c.person && c.mention.kind !== 'group') ?? head;
      // A person speaking ("Chief executive Fiona Marchetti said …"), or a firm of analysts, owns none of the figures after;
      // the owner written with "'s" in the same clause does: "India's government set …, Finance Minister
      // Nirmala Rao said", "Moody's affirmed Electrane's rating".
      if (head?.mention && (head.person || isSpeaker(tokens, head))) {
        const speaker = head;
        // (Before the speaker only when it opens the sentence: not the "Banco do Brasil's" of "Director of the Banco do Brasil's trade department, Roberto Fendt, said".)
        const owner = cands.find((c, n) => c.clause === firstClause && c !== speaker && (c.from > speaker.from || n === 0) && c.possessive && c.mention && c.mention.kind !== 'person' && !c.person && !c.oblique);
        if (owner) found = { ref: resolve(owner, undefined, NO_TOPIC, k)!, at: k };
        continue;
      }
      if (!head) continue;
      if (head.mention) {
        // The subject of the main clause before the cause stays the topic: "Hanseong Motor
        // reported a 19% drop … on Thursday as higher U.S. import tariffs squeezed margins".
        const cause = causeAfterFigure(tokens, head.from);
        if (cause >= 0) {
          head = pickSubject(cands.filter((c) => c.clause === firstClause && c.to <= cause && c.mention));
          if (!head?.mention || head.person || isSpeaker(tokens, head)) continue;
        }
      }
      // "Brent crude averaged $67 a barrel in the period": a commodity that moved is no topic for
      // the company's figures after it; the story goes on about the one before.
      if (head.mention && COMMODITY_NAMES.has(head.mention.name.toLowerCase())) continue;
      // "…, of which Private grew 5.4% and Commercial 7.9%": a one-word name that is a common
      // word written nowhere else is a segment or a heading, no topic.
      // The subject before it in the sentence stays the topic.
      if (head.mention && head.mention.to - head.mention.from === 1 && oneOffCommonName(tokens, head.mention.from)) {
        const from = head.from;
        head = pickSubject(cands.filter((c) => c.from < from && c.mention));
        if (!head) continue;
      }
      // "Britannia Studios revenue rose 9%" after "Britannia Broadcasting plc said …": a division named
      // with the company's first word is no topic; the story goes on about the company.
      if (head.mention && divisionOfTopic(head.mention.name, k)) continue;
      if (head.mention) found = { ref: resolve(head, undefined, NO_TOPIC, k)!, at: k };
      else {
        // "Chief executive Jane Roe said he expects …": "he" is the speaker again, and the story
        // goes on about the topic before.
        let earlier = antecedentBefore(cands, head);
        if (earlier && isPersonalPronoun(head) && cands.some((c) => c.mention?.start === earlier!.start && (c.person || c.mention.kind === 'person' || isSpeaker(tokens, c)))) earlier = undefined;
        const before = earlier ? undefined : topicBefore(k);
        const ref = resolve(head, earlier, before ? { topic: before.ref, topicSentence: before.at } : NO_TOPIC, k);
        if (ref) found = { ref, at: k };
      }
    }
    topics.set(s, found);
    return found;
  };

  // A name that begins with the first word of the topic before sentence k and ends in a word of a
  // division ("Britannia Studios" after "Britannia Broadcasting plc"): a part of that company.
  const divisionOfTopic = (name: string, k: number): boolean => {
    const words = name.split(' ');
    if (words.length < 2 || !DIVISION_NAME_TAILS.has(words[words.length - 1]!.toLowerCase())) return false;
    const before = topicBefore(k)?.ref.name;
    if (!before || before === name) return false;
    const first = before.split(' ');
    return first[0]!.toLowerCase() === words[0]!.toLowerCase() && !DIVISION_NAME_TAILS.has(first[first.length - 1]!.toLowerCase());
  };

  // The company a story is about, and the company the text is about before a sentence (story.ts).
  const { storyCompany, companyTopic } = storyReaders({ text, starts, ev, lookback: TOPIC_LOOKBACK, topicBefore, readSentence });

  // The nearest name of the sentences before s written with `word` ("Norges Bank", "Bank of
  // Canada" for "the bank").
  const namedBefore = (s: number, word: string): Referent | undefined => {
    // Found by the capitalised word in the text first: most texts never read a sentence for it.
    const cap = word[0]!.toUpperCase() + word.slice(1);
    const floor = starts[Math.max(0, s - NAMED_LOOKBACK)]!;
    for (let at = text.lastIndexOf(cap, starts[s]! - 1); at >= floor; at = at > 0 ? text.lastIndexOf(cap, at - 1) : -1) {
      if (/\w/.test(text[at - 1] ?? '') || /\w/.test(text[at + cap.length] ?? '')) continue;
      const k = sentenceIndex(starts, at);
      for (const c of readSentence(k).cands) {
        const m = c.mention;
        if (!m || m.kind === 'person' || m.kind === 'place' || c.person) continue;
        // In the name ("Bank of Canada", "Norges Bank"), or right after it ("Norges" when the
        // document writes "bank" in lower case too, so the word is no part of the name found).
        if ((m.start <= at && at < m.end) || m.end + 1 === at) return { name: m.name, start: m.start, end: m.end, plural: false };
      }
    }
    return undefined;
  };

  // Whether a referent is a person's name, as its sentence reads it.
  // (A lone surname, "Rivera", is a person's when the text wrote it after a first name before.)
  const personCand = (c: Candidate): boolean => c.person || c.mention!.kind === 'person' || ev.surnameBefore(c.mention!.name, c.mention!.start);
  const isPersonRef = (r: Referent): boolean => {
    const c = readSentence(sentenceIndex(starts, r.start)).cands.find((x) => x.mention?.start === r.start);
    if (!c || !personCand(c)) return false;
    // ("Eli Lilly and Co. … Lilly now has 58% of the market": a company named after a person,
    // written somewhere with its company ending, is the company.)
    return !writtenWithEnding(text, r.name) && !writtenWithEnding(text, `${r.name} and`) && !writtenWithEnding(text, `${r.name} &`);
  };
  // The organisation named last before offset `at`, in sentence s or the few before it ("the
  // Harbor City Mariners … Rivera made $19.5m … the club's payroll"): no person, place or group.
  const organisationBefore = (s: number, at: number): Referent | undefined => {
    for (let k = s; k >= 0 && k >= s - NAMED_LOOKBACK; k--) {
      const cands = readSentence(k).cands;
      for (let i = cands.length - 1; i >= 0; i--) {
        const m = cands[i]!.mention;
        if (m && m.end <= at && m.kind === 'org' && !personCand(cands[i]!) && !isPlaceName(m.name)) return { name: m.name, start: m.start, end: m.end, plural: false };
      }
    }
    return undefined;
  };

  // The stock index named last before offset `at`, in sentence s or the few before it ("Britain's
  // FTSE 100 rose 0.7% … The index ended the week up 1.9%").
  const indexBefore = (s: number, at: number): Referent | undefined => {
    for (let k = s; k >= 0 && k >= s - NAMED_LOOKBACK; k--) {
      const cands = readSentence(k).cands;
      for (let i = cands.length - 1; i >= 0; i--) {
        const m = cands[i]!.mention;
        if (m && m.end <= at && isStockIndex(m.name)) return { name: m.name, start: m.start, end: m.end, plural: false };
      }
    }
    return undefined;
  };

  // The place named last before offset `at`, in sentence s or the few before it, that "the
  // country" or "the state" stands for: a country for "country" and "nation", any other place
  // for "state", "city" and "province" ("Kenya … after the country raised $1.5 billion"). One
  // that is no object of a preposition in the sentence itself comes first ("Colombia can hope to
  // earn …, 55 pct of the country's export revenue"), then a country that is the topic, then
  // one before ("Brazil was paying its debts to … the U.S. government. The country has
  // declared …" is Brazil's), then any.
  // (For "the bloc": the currency union or the European Union the text writes last before `at`,
  // found once: "Inflation in the 20-nation bloc stood at 2.2%" after "the euro zone economy".)
  let unions: Referent[] | undefined;
  const placeBefore = (s: number, at: number, noun: string): Referent | undefined => {
    if (noun === 'bloc') {
      if (!unions) {
        unions = [];
        UNION_WRITTEN.lastIndex = 0;
        for (let m = UNION_WRITTEN.exec(text); m; m = UNION_WRITTEN.exec(text)) unions.push({ name: m[0], start: m.index, end: m.index + m[0].length, plural: false });
      }
      // (By halving: a long story of many "bloc"s stays linear.)
      let lo = 0, hi = unions.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (unions[mid]!.end <= at) lo = mid + 1;
        else hi = mid;
      }
      return unions[lo - 1];
    }
    const nation = noun === 'country' || noun === 'nation';
    const find = (from: number, to: number, governed: boolean): Referent | undefined => {
      for (let k = from; k >= 0 && k >= to; k--) {
        const cands = readSentence(k).cands;
        for (let i = cands.length - 1; i >= 0; i--) {
          const c = cands[i]!, m = c.mention;
          if (!m || m.kind !== 'place' || m.end > at || (c.oblique && !governed)) continue;
          if (isCountryName(m.name) === nation) return { name: m.name, start: m.start, end: m.end, plural: false };
        }
      }
      return undefined;
    };
    const own = find(s, s, false);
    if (own) return own;
    const topic = nation ? topicBefore(s)?.ref : undefined;
    if (topic && isCountryName(topic.name)) return topic;
    return find(s - 1, s - NAMED_LOOKBACK, false) ?? find(s, s - NAMED_LOOKBACK, true);
  };

  // The first year-long period written after figure f, later in its sentence s or in the
  // sentence after, which may open the next paragraph of a story whose lead is one sentence (for a
  // measure called "annual": attributeSentence).
  const yearAfter = (f: Figure, s: number): ResolvedPeriod | undefined => {
    for (let k = s; k <= s + 1 && k < starts.length; k++) {
      for (const p of bySentence.get(k) ?? []) if (p.span.start >= f.span.end && isResolvedPeriod(p) && monthsSpanned(p) === 12) return p;
    }
    return undefined;
  };

  // The period the paragraph has been talking about: the last plain period of the nearest
  // earlier sentence of the paragraph that states one ("Acme's first-quarter profit rose …
  // Revenue slipped 2%": the 2% is for the first quarter too). A blank line ends a paragraph.
  // (A level takes the day a sentence before dates a level on, "at the end of June"; a result over
  // time passes over it: see lastPlainPeriod.)
  const periodBefore = (s: number, level = false): EarlierPeriod | undefined => {
    for (let k = s - 1; k >= 0 && k >= s - PERIOD_LOOKBACK && sameParagraph(k + 1); k--) {
      const tokens = bySentence.has(k) ? readSentence(k).tokens : undefined;
      // (Not the period of a cause after a figure that ended before the period reported: "fell 15
      // per cent after a boom in tourist spending last year" in a half-year report.)
      const p = tokens && lastPlainPeriod(tokens, reported.past?.period.start, level);
      if (p) return { period: p, sentencesBack: s - k, forecast: forecastAround(tokens, p) };
    }
    return undefined;
  };

  // The latest period of the paragraph before a position, of a granularity ("in the quarter").
  // Not a label of the prior period in brackets ("(9M 2025: EUR 8.31 billion)").
  const label = (p: Figure): boolean => text[p.span.start - 1] === '(' && text[p.span.end] === ':';
  // Nor a period after "since" ("the most since the fourth quarter of 2021"): it dates a record
  // or the start of a span, and "in the period" after it is still the story's period.
  const since = (p: Figure): boolean => SINCE_BEFORE.test(text.slice(Math.max(0, p.span.start - 30), p.span.start));
  // Nor a month that a clause on a fiscal year says it began in ("the 2025/26 fiscal year, which
  // began in July"): it describes the year's calendar (recognise/period/fiscal-statement.ts).
  const describesYear = (p: Figure): boolean => FISCAL_YEAR_CLAUSE_BEFORE.test(text.slice(Math.max(0, p.span.start - 30), p.span.start));
  // Nor the period of an amount compared with ("against $79.10 in the second quarter of 2025"):
  // "in the quarter" after it is still the quarter reported.
  const compared = (p: Figure): boolean => COMPARED_AMOUNT_BEFORE.test(text.slice(Math.max(0, p.span.start - 40), p.span.start));
  const antecedents = [...periodsRead, ...hiddenRead].filter((p): p is ResolvedPeriod => isAntecedentPeriod(p) && !label(p) && !since(p) && !describesYear(p) && !compared(p)).sort((a, b) => a.span.start - b.span.start);
  /** How many antecedents end at or before text offset `at` (a binary search: they are in text order). */
  const endedBy = (at: number): number => {
    let lo = 0, hi = antecedents.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (antecedents[mid]!.span.end <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // (With `ended` (the reference date), a figure told as done passes over a quarter or half still to come:
  // "buy back shares in the fourth quarter. … taxes paid in the quarter totalled 58 billion crowns"
  // is the quarter reported; the one to come is taken only when no other is named.)
  const latestBefore = (at: number, granularity?: Anaphor, ended?: string): ResolvedPeriod | undefined => {
    const lo = endedBy(at);
    let coming: ResolvedPeriod | undefined;
    for (let k = lo - 1; k >= 0 && k >= lo - ANTECEDENT_LOOKBACK; k--) {
      const p = antecedents[k]!;
      // "in the quarter" may look back across paragraphs (news paragraphs are short); a bare "for the period" may not.
      if (at - p.span.end > 3000 || (!granularity && /\n[ \t]*\n/.test(text.slice(p.span.end, at)))) break;
      if (!granularity || p.granularity === granularity || monthsSpanned(p) === (typeof granularity === 'number' ? granularity : granularity === 'quarter' ? 3 : 6)) {
        if (!ended || !granularity || p.end <= ended) return p;
        coming ??= p;
      }
    }
    return coming;
  };

  /**
   * The latest twelve months written before text offset `at` that hold `part`: the year on the
   * text's calendar that "full-year" means after a part of it ("the year ended March 31 … a loss
   * in the fourth quarter, though full-year profit rose 4%" is April to March).
   */
  const yearHolding = (at: number, part: { readonly start: string; readonly end: string }): ResolvedPeriod | undefined => {
    const lo = endedBy(at);
    for (let k = lo - 1; k >= 0 && k >= lo - ANTECEDENT_LOOKBACK; k--) {
      const p = antecedents[k]!;
      if (at - p.span.end > 3000) return undefined;
      if (monthsSpanned(p) === 12 && p.start <= part.start && p.end >= part.end) return p;
    }
    return undefined;
  };

  // The period the latest figure was linked to in its own sentence (period.ts rule 5).
  const lead = sessionDay(text, periodsRead, referenceISO);
  // (The first fiscal year read that does not start in January: the text's fiscal calendar.)
  const fiscalYear = [...periodsRead, ...hiddenRead].find((p) => p.kind === 'period' && p.granularity === 'fiscal-year' && !!p.start && monthsSpanned(p as ResolvedPeriod) === 12 && !p.start.endsWith('-01-01'))
    // (Or the first half or quarter of a fiscal year, which opens it: "the first half of its 2025/26 financial year".)
    ?? [...periodsRead, ...hiddenRead].find((p) => p.kind === 'period' && p.rule === 'period.fiscal' && (p.granularity === 'half' || p.granularity === 'quarter') && !!p.start && /^(?:the\s+)?first\b/i.test(p.text) && !p.start.endsWith('-01-01'));
  const reported: Reported = {
    until: referenceISO, session: lead.session, storyDay: lead.storyDay,
    ...(fiscalYear?.kind === 'period' && fiscalYear.start ? { fiscalStart: Number(fiscalYear.start.slice(5, 7)) } : {}),
    headline: (k) => k === 0 && starts.length > 1 && !SENTENCE_END.test(text.slice(starts[0]!, starts[1]!).trimEnd()),
  };
  let lastMeasured: { sentence: number; metric: MetricFound } | undefined;
  for (const s of [...bySentence.keys()].sort((a, b) => a - b)) {
    const figs = bySentence.get(s)!;
    if (!figs.some((f) => f.kind !== 'period')) {
      // "… today reported results for the three months ended September 27, 2026.": the period
      // of the results that follow, carried like a period a figure was reported for.
      for (const f of figs) {
        const p = resultsPeriodOf(text, f, !reported.past && !reported.ahead);
        if (!p) continue;
        if (reported.until && p.end > reported.until) reported.ahead = { period: p, sentence: s };
        else reported.past = { period: p, sentence: s };
      }
      continue;
    }
    const { tokens, cands } = readSentence(s);
    const discourse = new LazyTopic(() => topicBefore(s), (word) => namedBefore(s, word), (loose) => companyTopic(s, loose), storyCompany, (at) => indexBefore(s, at), (at, noun) => placeBefore(s, at, noun), isPersonRef, (at) => organisationBefore(s, at));
    const before = new Map<boolean, EarlierPeriod | undefined>();
    const previous = (level: boolean): EarlierPeriod | undefined => {
      if (!before.has(level)) before.set(level, periodBefore(s, level));
      return before.get(level);
    };
    // "Initech's revenue declined. It fell 14%": "it" may stand for the measure named as the
    // subject of the sentence before.
    // ("Gold rose 1%. It hit a record in May. It has gained 12% this year": past a sentence that
    // opens with "it" too, up to three sentences back.)
    const carried = (): MetricFound | undefined => {
      for (let k = s - 1; k >= 0 && k >= s - 3 && sameParagraph(k + 1); k--) {
        const before = readSentence(k).tokens;
        if (!opensWithPronoun(before)) return subjectMetric(text, before);
      }
      return undefined;
    };
    // "… cut its dividend. Shareholders will now receive €0.05 per share": a per-share amount
    // without its own words takes a dividend or earnings cue of the sentence before.
    const perShare = (): MetricFound | undefined => (s > 0 && sameParagraph(s) ? perShareCue(text, readSentence(s - 1).tokens) : undefined);
    // "… EBITDA fell 3.2% to €1.04bn. Analysts had expected €1.07bn.": the measure of the last figure of the sentence before.
    const expected = (): MetricFound | undefined => (lastMeasured?.sentence === s - 1 ? lastMeasured.metric : undefined);
    attributeSentence(text, tokens, cands, discourse, s, previous, work, carried, perShare, latestBefore, yearHolding, reported, expected, yearAfter);
    // "Streamwell added more subscribers than expected in the second quarter and raised its
    // full-year margin forecast to 27%": a quarter or half the lead names that none of its
    // figures took, once ended, is the period the results after it are reported for.
    if (!reported.past && reported.until && s <= (reported.headline?.(0) ? 1 : 0)) {
      const p = leadPeriodOf(tokens, reported.until, (q) => figs.some((f) => work.get(f)?.period?.span.start === q.span.start));
      if (p) reported.past = { period: p, sentence: s };
    }
    lastMeasured = undefined;
    for (const f of figs) {
      const m = f.kind === 'period' ? undefined : work.get(f)?.metric;
      // (Not the base of a change: "swung to a profit of 212 million crowns from a loss of 95
      // million. The consensus had been for 160 million" expected a profit.)
      if (m?.cue && m.metric.category !== 'other' && work.get(f)?.change?.role !== 'base') lastMeasured = { sentence: s, metric: m };
    }
  }

  // A target with no measure of its own is the figure before's ("inflation stood at 11.73%, above
  // the official target of 3.5%"); the base of a change, whose only measure is the nearest words
  // of its clause, is measured as its change's target is ("Core inflation, which excludes food
  // and energy prices, slowed to 3.6% from 4.2%": not the prices of the relative clause).
  for (let i = 0; i < amounts.length; i++) {
    const f = amounts[i]!, w = work.get(f);
    if (!w) continue;
    const prev = amounts[i - 1], before = prev && work.get(prev);
    if (prev && f.kind === 'percent' && (!w.metric || (w.metric.metric.category === 'other' && !w.metric.cue)) && before?.metric?.cue && TARGETED.has(before.metric.metric.category) && isBareTarget(text, f.span)
      && sentenceIndex(starts, prev.span.start) === sentenceIndex(starts, f.span.start)) {
      w.metric = before.metric;
      w.why.push(`metric: a target with no measure of its own, for "${before.metric.metric.label ?? ''}" of "${prev.text}" before it`);
    }
    // ("Its CET1 ratio was 14.1%, above its 13-13.5% target range": a company's own target range
    // is of the measure before it; a central bank's target range is a rate.)
    const cueStart = w.metric?.metric.span?.start;
    if (prev && f.kind === 'percent' && w.metric?.cue?.phrase === 'target range' && cueStart !== undefined && before?.metric?.cue && before.metric.metric.category !== 'rate'
      && (OWN_BEFORE.test(text.slice(Math.max(0, cueStart - 8), cueStart)) || OWN_BEFORE.test(text.slice(Math.max(0, f.span.start - 8), f.span.start)))
      && sentenceIndex(starts, prev.span.start) === sentenceIndex(starts, f.span.start)) {
      w.metric = before.metric;
      w.why.push(`metric: its own target range, for "${before.metric.metric.label ?? ''}" of "${prev.text}" before it`);
    }
    if (w.change?.role === 'base' && w.metric?.loose) {
      const target = [...w.change.group.members].find(([g, r]) => r === 'target' && work.get(g)?.metric?.cue)?.[0];
      const m = target && work.get(target)!.metric!;
      if (m && m.cue !== w.metric.cue && m.metric.category !== w.metric.metric.category && insideRelativeBefore(text, m.metric.span, w.metric.metric.span, target.span.start)) {
        w.metric = m;
        w.why.push(`metric: the base of a change measures what its target "${target.text}" does, not the nearest words of its clause`);
      }
    }
  }

  // An economy's measure is its country's, not the office's that reports it: the country the
  // text names first (looked for once, and only when such a figure asks).
  let land: ReturnType<typeof firstCountry> | null = null;
  let countries: CountryFound[] | undefined;
  let breaks: number[] | undefined;
  const economies = new Set<Figure>();
  const economyMemo = new Map<string, CountryFound[]>();
  for (const [f, w] of work) {
    // A central bank owns its policy rate and its target, not the economy's figures it watches:
    // "The ECB kept its rate at 2% … Inflation stood at 2.2%", "ECB staff expect inflation to
    // average 2.1%" are the euro zone's; carried on as the topic, neither are "Retail sales
    // slipped 0.1%" after "The Federal Reserve cut rates" its own. The economy is named as the
    // text writes it, nearest before the figure, else by the bank's (the bank's own span).
    // (Not one written with 's on the figure, "the ECB's inflation forecast", nor a target: "the
    // ECB's 2% target".)
    const bankOf = w.subject && w.subject.basis !== 'possessive' ? centralBankEconomy(w.subject.name) : undefined;
    if (w.subject && bankOf && w.metric && ((isEconomyMeasure(w.metric.metric) && !/\btarget/i.test(w.metric.metric.label ?? '') && !isBareTarget(text, f.span))
      || (w.subject.basis === 'topic' && isNationalSeries(text, w.metric.metric)))) {
      countries ??= countriesIn(text);
      const near = economyNear(economyMentions(text, countries, bankOf, economyMemo), f.span.start);
      w.why.push(`subject: "${near?.name ?? bankOf}" is the economy whose ${w.metric.metric.label ?? 'figure'} "${w.subject.name}" watches`);
      w.subject = near ? { name: near.name, span: { start: near.start, end: near.end }, basis: w.subject.basis } : { ...w.subject, name: bankOf };
      economies.add(f);
      continue;
    }
    // (A national statistics agency named as such, "IBGE", "Statistics South Africa", counts its
    // own country's figures, wherever the text names the country.)
    // (One carried as the topic is the country the text names first, when it has named one: "The
    // government expects the economy to shrink 0.2%" after "…, Eurostat said" in a story of Germany.)
    const agencyOf = w.subject && STATISTICS_AGENCIES.get(w.subject.name.toLowerCase());
    if (w.subject && agencyOf) {
      if (w.subject.basis === 'topic' && land === null) land = firstCountry(text);
      const first = w.subject.basis === 'topic' && land && land.end <= f.span.start ? land : undefined;
      w.why.push(`subject: "${first?.name ?? agencyOf}" is the country whose figures "${w.subject.name}" counts`);
      w.subject = first ? { name: first.name, span: { start: first.start, end: first.end }, basis: w.subject.basis } : { ...w.subject, name: agencyOf };
      // (The country's own figures: no market of a company the story is about.)
      economies.add(f);
      continue;
    }
    // (A statistics office owns none of what it counts: "new home prices fell 0.3%, the National
    // Bureau of Statistics said" are the country's prices too.)
    // (Nor does a fiscal body own the government's books it reports or forecasts: "public sector
    // borrowing would reach £127.5 billion, the Office for Budget Responsibility forecast".)
    // (Also one named by a reporting verb after the figure: "…, the OBR said", its span the name in full.)
    const fiscal = !!w.subject && (isFiscalMeasure(w.metric?.metric) || w.metric?.metric.category === 'cost') && isFiscalBody(w.subject.name) && (w.subject.basis === 'topic' || w.subject.basis === 'sentence' || foreseesAt(text, w.subject.span.end));
    if (!w.subject || !((isEconomyMeasure(w.metric?.metric) && (isGovernmentBody(w.subject.name) || theEconomy(text, w.metric!.metric, w.subject.name)))
      || (w.subject.basis === 'topic' && nationalMeasureOfTopic(text, w.metric?.metric, w.subject.name))
      || (isStatisticsBody(w.subject.name) && reportsAt(text, w.subject.span.end))
      || fiscal)) continue;
    if (fiscal) {
      // (The country named last before the figure in its paragraph: a story of several countries' budgets.)
      countries ??= countriesIn(text);
      breaks ??= paragraphBreaks(text);
      const near = countryOfBooks(text, countries, f.span.start, breaks);
      if (!near) continue;
      w.why.push(`subject: "${near.name}" is the country whose ${w.metric?.metric.label ?? 'figure'} "${w.subject.name}" reports`);
      w.subject = { name: near.name, span: { start: near.start, end: near.end }, basis: w.subject.basis };
      economies.add(f);
      continue;
    }
    if (land === null) land = firstCountry(text);
    if (!land || land.end > f.span.start) continue;
    w.why.push(`subject: "${land.name}" is the country whose ${w.metric?.metric.label ?? 'figure'} "${w.subject.name}" reports`);
    w.subject = { name: land.name, span: { start: land.start, end: land.end }, basis: w.subject.basis };
    economies.add(f);
  }

  // Economic news (economy.ts): an owner written with its noun left out ("and Italy's to 0.7%")
  // owns the figure after it; the place written on an economy's measure owns it, whoever
  // forecasts it ("the IMF raised its U.S. growth forecast"); a region's "largest economy" stands
  // for the story's country; and a government's official owns none of its books or its economy.
  const officials = new Map<string, boolean>();
  const placedOn = new Map<MetricFound, CountryFound>();
  // (The figure's own words, written before it, with no figure between but those of its own
  // change: not "world economic growth" after a copper price, nor the measure of the figure
  // listed before it: "three pct for the world economy and four pct for Japan".)
  const ownMeasureBefore = (f: Figure, w: WorkAbout): boolean => {
    const m = w.metric!;
    if (m.loose || !m.metric.span || m.metric.span.end > f.span.start) return false;
    // (Back from the figure, found by halving, to the measure's words: within one sentence.)
    let lo = 0, hi = amounts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (amounts[mid]!.span.start < f.span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && amounts[i]!.span.start >= m.metric.span.end; i--) if (!w.change?.group.members.has(amounts[i]!)) return false;
    return true;
  };
  for (const [f, w] of work) {
    const m = w.metric?.metric;
    if (!m) continue;
    const economy = isEconomyMeasure(m), books = isFiscalMeasure(m);
    const set = (to: CountryFound, why: string, basis: AboutSubject['basis']): void => {
      w.why.push(`subject: "${to.name}" ${why}`);
      w.subject = { name: to.name, span: { start: to.start, end: to.end }, basis };
      economies.add(f);
    };
    const elided = economy || books || m.category === 'rate' ? elidedOwnerBefore(text, f.span.start) : undefined;
    if (elided) {
      if (elided.name !== w.subject?.name) set(elided, 'is written with its noun left out right before the figure', 'possessive');
      continue;
    }
    if (economy && m.span && m.label && ownMeasureBefore(f, w)) {
      countries ??= countriesIn(text);
      const place = placeOnMeasure(text, countries, m.span.start, m.label);
      if (place) {
        if (place.name !== w.subject?.name) set(place, `is written on the economy's measure "${m.label}"`, 'possessive');
        placedOn.set(w.metric!, place);
        continue;
      }
    }
    // ("kept its global growth forecast at 3.0% but trimmed its 2024 outlook to 2.9%": a figure
    // sharing that measure, with no place of its own, is the same place's.)
    const placed = placedOn.get(w.metric!);
    // (Not over an owner written on the figure: "the European Central Bank's 2% target".)
    if (placed && !(w.subject && (isPlaceName(w.subject.name) || w.subject.basis === 'possessive'))) {
      set(placed, `owns the measure "${m.label ?? ''}" this figure shares`, 'possessive');
      continue;
    }
    if (w.subject && w.metric!.cue?.row.id === 'other.trade' && !isPlaceName(w.subject.name)) {
      // ("Economy Ministry figures show exports rose to 4.9 billion dlrs": a government's body
      // reports its country's trade; "group exports to China rose to 90 billion yen": a company's
      // exports are its sales abroad, its imports what it buys.)
      if (isGovernmentBody(w.subject.name)) {
        countries ??= countriesIn(text);
        breaks ??= paragraphBreaks(text);
        const near = countryOfBooks(text, countries, f.span.start, breaks);
        if (near) set(near, `is the country whose trade "${w.subject.name}" reports`, w.subject.basis);
      } else if (COMPANY_ENDING.test(w.subject.name)) {
        const exported = /export/i.test(m.label ?? '');
        w.metric = { ...w.metric!, metric: { ...m, category: exported ? 'revenue' : 'cost' } };
        w.why.push(`metric: a company's ${exported ? 'exports are its sales abroad → revenue' : 'imports are what it buys → cost'}`);
      }
      continue;
    }
    if (!w.subject || !(economy || books || m.category === 'rate')) continue;
    if (isPlaceName(w.subject.name) && rankedEconomyAfter(text, w.subject.span.end)) {
      countries ??= countriesIn(text);
      breaks ??= paragraphBreaks(text);
      const near = countryOfBooks(text, countries, w.subject.span.start, breaks);
      if (near && near.name !== w.subject.name) set(near, `is the country "${w.subject.name}'s" ranked economy stands for`, w.subject.basis);
      continue;
    }
    if ((economy || books) && isOfficial(text, w.subject.name, officials)) {
      countries ??= countriesIn(text);
      breaks ??= paragraphBreaks(text);
      const near = countryOfBooks(text, countries, f.span.start, breaks);
      if (near) set(near, `is the government "${w.subject.name}" speaks for`, w.subject.basis);
      continue;
    }
    // "Berlin expects its economy to grow 0.2%", "Beijing has set a growth target of around 5%": a
    // capital standing for its government owns none of its economy's growth; the country does,
    // as the text writes it. (Not prices: "Tokyo's core CPI rose 2.8%" is the city's.)
    const capitalOf = economy && !CITY_PRICES.test(m.label ?? '') ? CAPITAL_COUNTRIES.get(w.subject.name) : undefined;
    if (capitalOf) {
      countries ??= countriesIn(text);
      const near = economyNear(economyMentions(text, countries, capitalOf, economyMemo), f.span.start);
      set(near ?? { name: capitalOf, start: w.subject.span.start, end: w.subject.span.end }, `is the country whose government "${w.subject.name}" stands for`, w.subject.basis);
    }
  }

  // A place written as a market ("India revenue rose 22.6%", "Sales in North America dropped
  // 22%", "the Nordic market area grew 5%") that owns a company's measure in a company's story
  // is one of the company's markets: the measure is the story's company's. Not a place that
  // acts ("Kenya spent 27% of its budget", "Zimbabwe earned $33m") or is written with 's
  // ("Brazil's debt"), nor what a country owes or holds (debt, reserves) or an economy's measure
  // (rates, trade); costs are the company's too ("capex in Mexico fell 8%"). The story's company
  // is an organisation a sentence of its opening is about, never a person.
  // The market carried on as the topic ("… the India market area grew 31%. Free cash flow was
  // SEK 8.9bn") is still the company's business there: its results and cash after it are the company's.
  let company: Referent | null | undefined;
  for (const [f, w] of work) {
    if (!w.subject || !w.metric || economies.has(f) || !isPlaceName(w.subject.name) || !writtenAsMarket(text, w.subject.span)) continue;
    // ("In Brazil, where the bank has 110 million clients, its loans grew 41%": a place after the
    // "In" that opens its sentence is where the company's book or volume is, in its story; so is
    // a company's volume in a place, "US volume growth would be above 35%".)
    // (Only with the company in the sentence, "its", "the bank": "In Brazil, public debt rose to 78%
    // of GDP" is the country's.)
    const opensIn = w.metric.metric.category !== 'rate' && whereBefore(text, w.subject.span.start) && starts[sentenceIndex(starts, w.subject.span.start)] === w.subject.span.start - 3
      && COMPANY_IN_SENTENCE.test(text.slice(w.subject.span.end, f.span.start));
    if (!MARKET_METRICS.has(w.metric.metric.category) && (w.subject.basis !== 'topic' || w.metric.metric.category !== 'cash') && !opensIn && !marketVolume(w.metric.cue)) continue;
    if (company === undefined) company = storyCompany() ?? null;
    if (!company || company.start > f.span.start) continue;
    w.why.push(`subject: "${company.name}", the company the story is about, owns its measure in "${w.subject.name}", one of its markets`);
    w.subject = { name: company.name, span: { start: company.start, end: company.end }, basis: 'topic' };
  }

  /** Measures a part of a company may hold as its own: the price it is sold for, a stake in it, its value. */
  const PART_MAY_OWN: ReadonlySet<string> = new Set(['deal-value', 'stake', 'market-value']);
  // A part of a company ("By segment, Networks sales fell 6%", "the Intelligent Cloud segment
  // posted revenue of …") owns none of its results: the company the text is about does.
  const isPart = (span: { readonly start: number; readonly end: number }): boolean => writtenAsPart(text, span, starts[sentenceIndex(starts, span.start)]!);
  const partOwner = (f: Figure): Referent | undefined => {
    if (company === undefined) company = storyCompany() ?? null;
    for (const c of [companyTopic(sentenceIndex(starts, f.span.start)), company ?? undefined]) {
      if (c && c.start < f.span.start && !isPart(c)) return c;
    }
    return undefined;
  };
  for (const [f, w] of work) {
    // (Carried on as the topic, a part is no owner of any figure.)
    // ("Surgical Solutions segment revenue increased …, driven by price increases of 3%", "our
    // Snacks segment, partly offset by currency translation of $4.1 million": a part named with
    // its part noun owns none of the figures of its sentence; a deal's, a stake's or a value's
    // may be its own.)
    if (!w.subject || !w.metric || isPlaceName(w.subject.name)) continue;
    if (!(MARKET_METRICS.has(w.metric.metric.category) || w.subject.basis === 'topic' || (!PART_MAY_OWN.has(w.metric.metric.category) && partNounAfter(text, w.subject.span)))) continue;
    if (!isPart(w.subject.span)) continue;
    const owner = partOwner(f);
    if (!owner || owner.name === w.subject.name) continue;
    w.why.push(`subject: "${w.subject.name}" is a part of "${owner.name}", whose results it reports`);
    w.subject = { name: owner.name, span: { start: owner.start, end: owner.end }, basis: 'topic' };
  }

  // A central bank carried on as the topic, or as "it", owns none of a company's results: "The
  // Federal Reserve cut rates three times last year. Net interest income fell 3%", "The Riksbank
  // cut its rate. … It targets a return on equity of 15%" are the bank's the story is about,
  // named in its opening (not a central bank itself, whose own profit a story may report).
  for (const [f, w] of work) {
    if (!w.subject || !w.metric || (w.subject.basis !== 'topic' && w.subject.basis !== 'pronoun') || !COMPANY_RESULTS.has(w.metric.metric.category) && !COMPANY_RATIO_ROWS.has(w.metric.cue?.row.id ?? '')) continue;
    if (!centralBankEconomy(w.subject.name)) continue;
    if (company === undefined) company = storyCompany() ?? null;
    if (!company || company.start > f.span.start || company.name === w.subject.name || centralBankEconomy(company.name)) continue;
    w.why.push(`subject: "${company.name}", the company the story is about, owns its results; "${w.subject.name}" is a central bank`);
    w.subject = { name: company.name, span: { start: company.start, end: company.end }, basis: 'topic' };
  }

  // A fine carried on as the topic, or as "it", is the fined one's, named by a verb of fining a
  // sentence or two before: "The FCA fined Ardent Bank £42.7 million. The penalty would have been
  // £61 million" (not the regulator's, nor the country of its name).
  let fined: { readonly subject: AboutSubject; readonly sentence: number } | undefined;
  for (const f of amounts) {
    const w = work.get(f);
    if (!w?.subject || w.metric?.metric.category !== 'fine') continue;
    const sentence = sentenceIndex(starts, f.span.start);
    if (w.subject.basis !== 'topic' && w.subject.basis !== 'pronoun') {
      if (w.metric.cue?.row.id === 'fine.verb') fined = { subject: w.subject, sentence };
      continue;
    }
    if (!fined || sentence === fined.sentence || sentence - fined.sentence > 2 || fined.subject.name === w.subject.name) continue;
    w.why.push(`subject: "${fined.subject.name}" was fined a sentence or two before; "${w.subject.name}" is carried on`);
    w.subject = { name: fined.subject.name, span: fined.subject.span, basis: 'topic' };
  }

  // A figure written again, or corrected to, measures what the first one did (restated.ts).
  takeRestated(text, amounts, work);

  // In a call transcript the company holding the call owns what its speakers report: "we" and
  // "our" are it, and the people thanked or asked ("Thanks, Tom.", "Maria, on the margin …"),
  // the speaker lines' names and firms and the title's words own nothing (transcript.ts). Not
  // a rate: "the fed funds rate", "¥145 to the dollar" are no company's.
  const call = readTranscript(text);
  // A result with no period found is for the quarter or half the call's title names ("Valdoria
  // Pharma SE (VLDR) Q3 2025 Earnings Call Transcript"): each speaker's turn opens a paragraph,
  // past which no period is carried. Not the base of a change ("up from 5% to 7% previously"),
  // nor a balance or a dividend, which are no results of a period.
  const titled = call && periodsRead.find((p): p is ResolvedPeriod => isResolvedPeriod(p) && call.onTitle(p.span.start));
  const titleDays = titled ? (Date.parse(titled.end) - Date.parse(titled.start)) / 86_400_000 : 0;
  if (titled && titleDays >= 80 && titleDays <= 190) {
    for (const f of amounts) {
      const w = work.get(f);
      const category = w?.metric?.metric.category;
      if (!w || w.period || !category || !FLOW_METRICS.has(category) || category === 'dividend' || w.change?.role === 'base') continue;
      w.period = { start: titled.start, end: titled.end, text: titled.text, span: { start: titled.span.start, end: titled.span.end }, basis: 'reported' };
      w.why.push(`period: "${titled.text}", the period the call's title names`);
    }
  }
  if (call?.company) {
    const { name, start, end } = call.company;
    for (const f of amounts) {
      const w = work.get(f);
      const sub = w?.subject;
      if (!w || sub?.name === name) continue;
      const speaks = !!sub && (call.onHeading(sub.span.start) || isVocative(text, sub.name, sub.span.start) || call.speakerWord(sub.name.split(' ')[0]!));
      if (w.metric?.metric.category === 'rate') {
        // (A rate's speaker owns it no more than the company does.)
        if (speaks) w.subject = undefined;
        continue;
      }
      if (sub ? !(sub.basis === 'topic' || speaks) : w.metric?.metric.category === 'price') continue;
      w.why.push(`subject: "${name}" holds the call${sub ? `; "${sub.name}" speaks, is spoken to or heads a line` : ''}`);
      w.subject = { name, span: { start, end }, basis: 'topic' };
    }
  }

  // "$96.1 million, $88.7 million and $102.3 million for 2025, 2024 and 2023, respectively".
  matchRespectively(text, periodsRead, work);
  // Cells of a table laid out in plain text take their column's header.
  matchTableColumns(text, periodsRead, work, () => {
    if (company === undefined) company = storyCompany() ?? null;
    return company ?? undefined;
  });
  // Rows of the wire's results tables ("Shr 42 cts vs 37 cts") take the period of the line heading them.
  matchWireRows(text, periodsRead, work, referenceISO);

  return figures.map((f) => {
    if (f.kind === 'period') return f;
    const w = work.get(f) ?? { why: [] };
    const about: Record<string, unknown> = {};
    // Always a metric: `other` when no words tie one to the figure.
    about.metric = w.metric?.metric ?? OTHER_METRIC;
    if (w.subject) about.subject = w.subject;
    if (w.change && w.change.role !== 'base') about.direction = w.change.group.direction;
    if (w.change) about.change = changeOf(w.change.group, w.change.role);
    else if (w.column) {
      about.direction = w.column.direction;
      about.change = w.column;
    }
    if (w.period) about.period = w.period;
    if (f.kind === 'money' && f.equivalentOf) about.equivalentOf = spanOf(f.equivalentOf);
    about.why = w.why;
    // A new figure, not a changed one; extract() freezes every figure once, at the end.
    return { ...f, about: about as unknown as About };
  });
}

function changeOf(g: ChangeGroup, role: ChangeRole): AboutChange {
  const out: { -readonly [K in keyof AboutChange]: AboutChange[K] } = {
    role,
    direction: g.direction,
    cue: { text: g.result ? `${g.cue.text} … ${g.result}` : g.cue.text, span: { start: g.cue.start, end: g.cue.end } },
  };
  for (const [f, r] of g.members) if (!out[r]) out[r] = spanOf(f.span);
  return out;
}

/** Securities a capitalised word before names by currency or kind, not by owner: "Ecu eurobond", "Senior Notes". */
const KIND_NAMED: ReadonlySet<string> = new Set(['eurobond', 'eurobonds', 'notes']);

/**
 * "called for Ambry to raise its dividend … and to lift its margin", "urged Orrin to cut its
 * costs": "its" after "NAME to VERB" stands for that name, the infinitive's subject, not the
 * clause's. Undefined when the pronoun is not so placed.
 */
function infinitiveSubject(tokens: readonly Tok[], cands: readonly Candidate[], owner: Candidate): Referent | undefined {
  if (!owner.pronoun || !owner.possessive || tokens[owner.from - 2]?.lower !== 'to' || !isVerb(tokens[owner.from - 1]?.lower ?? '')) return undefined;
  let to = owner.from - 2;
  // A second infinitive joined by "and": the first one's subject ("… to raise its dividend, and to lift its margin").
  if (tokens[to - 1]?.lower === 'and' || (tokens[to - 1]?.lower === ',' && tokens[to - 2]?.lower === 'and')) {
    let k = to - 2;
    while (k > 0 && k > to - 20 && !(tokens[k]!.lower === 'to' && cands.some((c) => c.to === k && c.mention))) k--;
    if (k <= 0 || k <= to - 20) return undefined;
    to = k;
  }
  // (Not an agent after "by": "a proposal by Acme to acquire its stock" is the target's stock.)
  const c = cands.find((x) => x.to === to && x.mention && !x.person && x.mention.kind !== 'place' && tokens[x.from - 1]?.lower !== 'by');
  return c && { name: c.mention!.name, start: c.mention!.start, end: c.mention!.end, plural: c.mention!.kind === 'group' };
}

/** Measures of a deal or a security: a name written right before them after "a" is where or what kind, not whose ("a Hong Kong IPO"). */
const DEAL_CATEGORIES: ReadonlySet<string> = new Set(['deal-value', 'debt']);

/** Share words that name a stake by the shares held: "Barrow shares, or 8.2 pct". */
const STAKE_SHARE_WORDS: ReadonlySet<string> = new Set(['shares', 'share', 'stock', 'common shares', 'common stock']);

/** How many tokens back from a figure its subject is looked for in long clauses (tables). */
const SUBJECT_WINDOW = 80;

/** Words that open a clause of time, cause or contrast inside a sentence: "after Britain voted", "as investors sold". */
const CLAUSE_SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'as', 'because', 'since', 'when', 'while', 'until', 'although', 'though', 'if', 'once']);

/**
 * The clause `clause` opens, after its comma and perhaps a word of {@link CLAUSE_SUBORDINATORS},
 * with a gerund, which has no subject of its own: ", before recovering to close down 3.2%",
 * ", sending its shares up 4%".
 */
function opensWithGerund(tokens: readonly Tok[], clause: number): boolean {
  let j = tokens.findIndex((t) => t.clause === clause);
  if (j < 0) return false;
  if (tokens[j]!.text === ',') j++;
  if (CLAUSE_SUBORDINATORS.has(tokens[j]?.lower ?? '')) j++;
  const t = tokens[j];
  // (Not one of telling, ", as saying the loan would be …": what is said has owners of its own.)
  return !!t && t.kind === 'word' && !t.cap && t.lower.length > 4 && t.lower.endsWith('ing') && !TELLING_GERUNDS.has(t.lower);
}

/** Gerunds of telling, whose clause reports what another said. */
const TELLING_GERUNDS: ReadonlySet<string> = new Set(['saying', 'adding', 'noting', 'citing', 'arguing', 'explaining', 'warning', 'telling', 'claiming']);

/**
 * The main clause's subject in `list`: its first name, when no preposition governs it and no word
 * of {@link CLAUSE_SUBORDINATORS} comes right before it ("London's FTSE 100 index tumbled … after
 * Britain voted": the FTSE 100).
 */
const mainClauseSubject = (tokens: readonly Tok[], list: readonly Candidate[]): Candidate | undefined => {
  const c = list[0];
  // (An organisation's name after a place's possessive may read as a person's title: "London's FTSE 100".)
  return c && !c.oblique && !!c.mention && (!c.person || c.mention.kind === 'org') && !CLAUSE_SUBORDINATORS.has(tokens[c.from - 1]?.lower ?? '') ? c : undefined;
};

/**
 * "Asda, whose sales fell 5.8%", "Velmora, whose net debt stood at €31bn": when the clause of the
 * figure at `at` opens with "whose" right after a comma and a name (no person, no place), that
 * name; the walk back stays in the figure's clause and within {@link SUBJECT_WINDOW} tokens.
 */
function whoseAntecedent(tokens: readonly Tok[], cands: readonly Candidate[], at: number): Candidate | undefined {
  const clause = tokens[at]!.clause;
  for (let k = at - 1; k >= Math.max(1, at - SUBJECT_WINDOW) && tokens[k]!.clause === clause; k--) {
    const t = tokens[k]!;
    // (The relative clause ends at its comma: not "Halcyon, whose managing partner is X, said it
    // bought shares at prices ranging from …".)
    if ((t.kind === 'figure' && t.figure!.kind !== 'period') || t.text === ',') return undefined;
    if (t.lower !== 'whose') continue;
    // ("Liedtke, whose company is involved in a $10.3 billion dispute": the company's, not the man's.)
    if (tokens[k - 1]!.text !== ',' || COMPANY_NOUNS.has(tokens[k + 1]?.lower ?? '')) return undefined;
    return cands.find((c) => c.to === k - 1 && !!c.mention && !c.person && c.mention.kind !== 'person' && c.mention.kind !== 'place' && !c.pronoun);
  }
  return undefined;
}

/** The parts of a year a results story reports: a quarter or half of the year a full-year guidance is for shows the story is of that year. */
const PART_ANAPHORS: readonly Anaphor[] = ['quarter', 'half'];

function attributeSentence(
  text: string,
  tokens: readonly Tok[],
  cands: readonly Candidate[],
  discourse: Discourse,
  s: number,
  previous: (level: boolean) => EarlierPeriod | undefined,
  work: Map<Figure, WorkAbout>,
  carried: () => MetricFound | undefined,
  perShare: () => MetricFound | undefined,
  latestBefore: (at: number, granularity?: Anaphor, ended?: string) => ResolvedPeriod | undefined,
  yearHolding: (at: number, part: { readonly start: string; readonly end: string }) => ResolvedPeriod | undefined,
  reported: Reported,
  expected: () => MetricFound | undefined,
  yearAfter: (f: Figure, s: number) => ResolvedPeriod | undefined,
): void {
  const cues = metricCues(tokens);
  const cueAt = new Map<number, CueMatch<MetricRow>>();
  const cueEndingAt = new Map<number, CueMatch<MetricRow>>();
  for (const c of cues) {
    cueAt.set(c.from, c);
    cueEndingAt.set(c.to, c);
  }
  const groups = findChanges(tokens);
  const index = new Map<Figure, number>();
  const amounts: Figure[] = [];
  const byStart = new Map<number, Figure>();
  tokens.forEach((t, i) => {
    if (!t.figure) return;
    index.set(t.figure, i);
    if (t.figure.kind !== 'period') {
      amounts.push(t.figure);
      byStart.set(t.figure.span.start, t.figure);
    }
  });

  // Stated equivalents share everything; a change group's members are related too.
  const partner = new Map<Figure, Figure>();
  for (const a of amounts) {
    const e = equivalentSpan(a);
    const b = e && byStart.get(e.start);
    if (b && b !== a && isEquivalent(a, b)) partner.set(a, b);
  }
  const groupOf = new Map<Figure, { group: ChangeGroup; role: ChangeRole }>();
  for (const g of groups) for (const [f, role] of g.members) groupOf.set(f, { group: g, role });
  for (const [a, b] of partner) if (!groupOf.has(a) && groupOf.has(b)) groupOf.set(a, groupOf.get(b)!);
  // Two ends of a range the recognisers left apart ("$17 billion to $17.5 billion") share
  // everything too, unless they are the base and target of a change ("from $5m to $6m").
  for (let i = 0; i + 2 < tokens.length; i++) {
    const a = tokens[i]!.figure, b = tokens[i + 2]!.figure;
    if (!a || !b || a.kind === 'period' || a.kind !== b.kind || partner.has(a) || partner.has(b) || groupOf.has(a) || groupOf.has(b)) continue;
    const joiner = tokens[i + 1]!.lower || tokens[i + 1]!.text;
    const between = tokens[i - 1]?.lower === 'between' && joiner === 'and';
    if (joiner === 'to' || joiner === '-' || joiner === '–' || between) {
      partner.set(a, b);
      partner.set(b, a);
    }
  }
  // "$1.19 billion, or $1.07 per share", "34p, or 4.1 per cent": the same thing said twice,
  // so one does not stand between the other and its period or metric.
  const orPair = new Map<Figure, Figure>();
  for (let i = 0; i + 3 < tokens.length; i++) {
    const a = tokens[i]!, b = tokens[i + 3]!;
    if (a.figure && b.figure && a.figure.kind !== 'period' && b.figure.kind !== 'period' && tokens[i + 1]!.text === ',' && tokens[i + 2]!.lower === 'or') {
      orPair.set(a.figure, b.figure);
      orPair.set(b.figure, a.figure);
    }
  }
  // "inflation averaging 2.0% in 2025 and 1.6% in 2026": figures listed each with its period
  // are one list; a later one reads the measure of the first past the others.
  const listedWith = new Map<Figure, Set<Figure>>();
  for (const b of amounts) {
    const i = index.get(b)!;
    if (i < 4) continue;
    const p = tokens[i - 2]!.figure, a = tokens[i - 4]!.figure;
    if (!a || !p || p.kind !== 'period' || a.kind !== b.kind) continue;
    const joiner = tokens[i - 1]!, prep = tokens[i - 3]!.lower;
    if (!(joiner.lower === 'and' || joiner.text === ',') || !(prep === 'in' || prep === 'for')) continue;
    listedWith.set(b, new Set([a, ...(listedWith.get(a) ?? [])]));
  }
  const relatedTo = (f: Figure) => (g: Figure): boolean =>
    partner.get(f) === g || orPair.get(f) === g || (groupOf.has(f) && groupOf.get(f)!.group === groupOf.get(g)?.group) || !!listedWith.get(f)?.has(g);
  const afterOf = (i: number): number => {
    const f = tokens[i]!.figure!;
    const p = partner.get(f);
    if (!p) return i + 1;
    const pi = index.get(p)!;
    if (pi < i || pi - i > 4) return i + 1;
    return tokens[pi + 1] && (tokens[pi + 1]!.text === ')' || tokens[pi + 1]!.text === ']') ? pi + 2 : pi + 1;
  };
  const isChangeWord = (i: number): boolean => changeCuesAt(tokens, i).length > 0;

  // Candidates by clause (in order) and by end token.
  const byClause = new Map<number, Candidate[]>();
  const byTo = new Map<number, Candidate[]>();
  for (const c of cands) {
    (byClause.get(c.clause) ?? byClause.set(c.clause, []).get(c.clause)!).push(c);
    (byTo.get(c.to) ?? byTo.set(c.to, []).get(c.to)!).push(c);
  }
  // Subject of each clause, resolved; `before.get(n)`: the last subject of a clause before n.
  const before = new Map<number, { ref: Referent; cand: Candidate }>();
  let latest: { ref: Referent; cand: Candidate } | undefined;
  let earlier: Referent | undefined;
  for (const [clause, list] of byClause) {
    if (latest) before.set(clause, latest);
    const c = pickSubject(list);
    const ref = c && resolve(c, earlier ?? antecedentBefore(cands, c), discourse, s);
    if (c && ref) {
      latest = { ref, cand: c };
      if (!c.pronoun || !earlier) earlier = ref;
    }
  }
  const lastTokenClause = tokens[tokens.length - 1]?.clause ?? 0;
  const earlierSubject = (clause: number): { ref: Referent; cand: Candidate } | undefined => {
    if (before.has(clause)) return before.get(clause);
    // A clause without candidates: the latest subject of any clause before it.
    // ("… tumbled 8.7% after Britain voted to leave, before recovering to close down 3.2%": a
    // clause of a gerund has the subject of the main clause, not of a clause of time inside it.)
    const gerund = opensWithGerund(tokens, clause);
    let best: { ref: Referent; cand: Candidate } | undefined;
    for (const [c, list] of byClause) {
      if (c >= clause || c > lastTokenClause) break;
      let p = (gerund ? mainClauseSubject(tokens, list) : undefined) ?? pickSubject(list);
      // ("Britain's finance minister Rachel Reeves announced …, and said contributions would rise by 1.2 percentage points")
      if (p) p = governmentPlace(tokens, cands, p) ?? p;
      const ref = p && resolve(p, best?.ref ?? antecedentBefore(cands, p), discourse, s);
      if (p && ref) best = { ref, cand: p };
    }
    before.set(clause, best!);
    return best;
  };

  // The clauses with a forecast word, found in one pass when a carried period is first asked for.
  let forecasts: Set<number> | undefined;
  // "said annual pre-tax profit fell 22% … Revenue for the year to 31 December slipped 4%": a
  // measure called annual, with no period found for it, is for the year-long period written next,
  // later in its sentence or in the sentence after. The span is that of "annual".
  // (Only a result that moves, "annual profit fell 22%", "cut its annual profit forecast by 15%",
  // and a year told as the one reported, not "last year's" nor "later this year": "an annual
  // dividend of 15 cts, down from 25 cts last year", "boost annual sales to $165m from last year's
  // $98m", "could cut annual revenue needed by $20m … later this year" name no such year.)
  const annualAhead = (f: Figure, metric: MetricFound | undefined, role: string | undefined): FoundPeriod | undefined => {
    const cueFrom = metric?.cue?.from;
    const word = cueFrom === undefined ? undefined : tokens[cueFrom - 1];
    if (word?.lower !== 'annual' || !ANNUAL_RESULTS.has(metric!.metric.category) || (role !== 'amount' && role !== 'target')) return undefined;
    const p = yearAfter(f, s);
    if (!p || NOT_REPORTED_YEAR.test(p.text) || LATER_BEFORE.test(text.slice(Math.max(0, p.span.start - 8), p.span.start))) return undefined;
    // (A result reported is of a year that has ended: "reported a 23% fall in annual net profit …
    // and warned that margins would shrink in fiscal 2025" names the year to come; a forecast,
    // "cut its annual profit forecast by 15%", may be of one.)
    if (reported.until && p.end > reported.until && !FORECAST_WORDS.has(tokens[metric!.cue!.to]?.lower ?? '')) return undefined;
    return {
      period: { start: p.start, end: p.end, text: word.text, span: { start: word.start, end: word.end }, basis: 'full-year' },
      figure: p,
      why: `period: "${p.text}", the year written next, is the year of the "${word.text}" measure`,
    };
  };
  // "reported a 9% drop in quarterly revenue … and trimmed its 2024 margin target", "an estimate
  // of Rs 3,650 crore for quarterly profit" after "FY26": a measure called quarterly is of a
  // quarter, the nearest one written before it, when the period found for it is longer or none.
  const quarterlyOf = (f: Figure, metric: MetricFound | undefined, found: FoundPeriod | undefined): FoundPeriod | undefined => {
    const cueFrom = metric?.cue?.from;
    const word = cueFrom === undefined ? undefined : tokens[cueFrom - 1];
    // (Not a dividend paid each quarter: "declared a quarterly dividend of 10 cts".)
    if (word?.lower !== 'quarterly' || !QUARTERLY_MEASURES.has(metric!.metric.category) || (found && (monthsSpanned(found.period) ?? 0) <= 3)) return undefined;
    const q = latestBefore(f.span.start, 'quarter');
    return q && {
      period: { start: q.start, end: q.end, text: q.text, span: { start: q.span.start, end: q.span.end }, basis: 'reported' },
      figure: q,
      why: `period: "${q.text}", the latest quarter written before, is the period of the "${word.text}" measure`,
    };
  };
  const forecastClause = (clause: number): boolean => {
    if (!forecasts) {
      forecasts = new Set();
      // (Not analysts' forecasts a result is set against: "rose 7 pct to $6.9 billion, slightly
      // below forecasts of $7.0 billion" is a result of the period reported.)
      for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k]!;
        // ("Spending is set to total 2.56 trillion rand": "set to" looks ahead too.)
        if (t.kind === 'word' && (FORECAST_WORDS.has(t.lower) || (t.lower === 'set' && tokens[k + 1]?.lower === 'to')) && !consensusAt(tokens, k)) forecasts.add(t.clause);
      }
    }
    return forecasts.has(clause);
  };
  // The quarter a measure called quarterly was given in this sentence (see `quarterlyOf`).
  let sentenceQuarter: FoundPeriod | undefined;
  for (const f of amounts) {
    if (work.has(f) && partner.has(f)) continue;
    const at = index.get(f)!;
    const after = afterOf(at);
    const clause = tokens[at]!.clause;
    const why: string[] = [];
    const related = relatedTo(f);
    const change = groupOf.get(f);

    // metric
    const metricFound = ratioToSales(text, f, adjustForUnit(f, findMetric({ text, tokens, cues, cueAt, cueEndingAt, at, after, related, isChangeWord }), tokens, at), tokens, at, cueEndingAt);
    let metric = orderedPayment(text, f, moneyMarketRate(text, f, bookedGain(text, f, preferredDividend(f, stakeOfShares(f, metricFound, !!change, tokens, at), !!change, tokens, at), tokens, at), tokens, at), tokens, at);
    // ("He expects Brent to average $66 in the third quarter", "expects gold to reach $3,700": a
    // forecast of a commodity is of its price, though no unit is written.)
    if (!metric && f.kind === 'money' && !f.per) {
      const good = forecastGood(tokens, cues, at);
      if (good) {
        const span = { start: tokens[good.from]!.start, end: tokens[good.to - 1]!.end };
        metric = { metric: { category: 'price', label: text.slice(span.start, span.end), span }, cue: good, why: `metric: a forecast of "${text.slice(span.start, span.end)}" → price` };
      }
    }

    // subject
    let subject: AboutSubject | undefined;
    const earlierOne = earlierSubject(clause);
    const earlierRef = earlierOne?.ref;
    const cue = metric?.cue;
    // ("Copper prices averaged $4.35": the commodity written before the price words too.)
    const commodity = cue?.row.id === 'price' ? cueEndingAt.get(cue.from) : undefined;
    // ("Analysts said gold is poised to rise to $2,500 an ounce": a price per unit with no cue of
    // its own is the price of the commodity its clause names before it, outside a company's story,
    // where "its iron ore sold for US$108 a tonne" is the company's price.)
    const ofClause = !cue && metric?.metric.category === 'price' && !companyAround(cands, at, discourse) ? commodityBefore(cues, tokens, cands, at) : undefined;
    // ("The dollar index slipped 0.3%": a currency index moves as a currency does.)
    const moved = cue?.row.linkedOnly || cue?.phrase === 'dollar index' ? movedThing(tokens, cues, cands, cue) : commodity?.row.id === 'price.commodity' ? movedThing(tokens, cues, cands, commodity)
      : ofClause ? movedThing(tokens, cues, cands, ofClause) : undefined;
    // ("The bank sees gold averaging $2,750 an ounce", "He expects Brent to average $66": the
    // commodity a forecast is of owns its price, not the one who forecasts.)
    const forecastOf = !moved && metric?.metric.category === 'price' ? forecastGood(tokens, cues, at) : undefined;
    if (forecastOf) {
      subject = wordsSubject(text, tokens, forecastOf.from, forecastOf.to);
      why.push(`subject: "${subject.name}" is the commodity a forecast before the figure is of`);
    }
    if (moved) {
      // 0. a currency or commodity that moves owns its rate or price: "the crown strengthened 0.7%"
      // ("Brent crude futures dropped 1.8%": bare "futures" takes the words of the commodity before it.)
      let first = moved.from;
      if (moved.phrase === 'futures') while (first > moved.from - 3 && tokens[first - 1]?.kind === 'word' && tokens[first - 1]!.clause === tokens[moved.from]!.clause && (tokens[first - 1]!.cap || cueEndingAt.get(first)?.row.category === 'price')) first--;
      subject = wordsSubject(text, tokens, first, moved.to);
      why.push(`subject: "${subject.name}" is the currency or commodity that moved`);
    }
    if (!subject && change && (change.role === 'amount' || change.role === 'target')) {
      // 0b. a commodity written right before its move: "with spot gold down 0.4% at $2,345",
      // "three-month copper rose 0.8%", whatever the figure's metric came from.
      // (Not after a name or pronoun of its clause: "the price it received for iron ore dropped".)
      const written = cueEndingAt.get(change.group.from);
      const before = written?.row.id === 'price.commodity' && written.phrase !== 'futures' ? movedThing(tokens, cues, cands, written) : undefined;
      if (before) {
        subject = wordsSubject(text, tokens, before.from, before.to);
        why.push(`subject: "${subject.name}" is the commodity written right before its move`);
      }
    }
    // (A traded contract that moves is a price too: "the benchmark palm oil contract gained 57 ringgit".)
    const contractPrice = metric?.metric.category === 'price' && (cue?.phrase === 'contract' || cue?.phrase === 'contracts');
    if (!subject && change && (change.role === 'amount' || change.role === 'target') && (metric?.metric.category === 'price' || !metric?.cue) && (unitPriceMove(change.group) || contractPrice)) {
      // 0c. a commodity that opens the clause of a price's move, past the words that qualify it:
      // "arabica coffee on ICE fell 2.2%", "raw sugar settled 0.31 cent lower", "the most-active
      // wheat contract was down 7 cents" (not after a name of the clause: "Acme's copper price";
      // nor for a move of another measure: "copper output fell 4%").
      const named = commodityBefore(cues, tokens, cands, at);
      // ("Arabica coffee futures in New York lost 1.7%": bare "futures" right after its commodity are the commodity's.)
      const head = named?.phrase === 'futures' ? cueEndingAt.get(named.from) : undefined;
      const thing = named && named.phrase !== 'futures' ? movedThing(tokens, cues, cands, named) : head?.row.id === 'price.commodity' ? movedThing(tokens, cues, cands, head) : undefined;
      if (thing) {
        // (With "futures", past the capitalised words that qualify the commodity: "Arabica coffee futures".)
        let first = thing.from;
        if (head) while (first > thing.from - 3 && tokens[first - 1]?.kind === 'word' && tokens[first - 1]!.clause === tokens[thing.from]!.clause && tokens[first - 1]!.cap) first--;
        subject = wordsSubject(text, tokens, first, head ? named!.to : thing.to);
        why.push(`subject: "${subject.name}" is the commodity its clause names before the move`);
      }
    }
    const indexNounMove = f.kind === 'percent' && tokens[after]?.kind === 'word' && tokens[after + 1]?.lower === 'in' && isChangeWord(after);
    const indexOwns = f.kind === 'percent' && tokens[at - 1]?.possessive === true && INDEX_NOUNS_LOWER.has(tokens[at - 1]!.lower);
    /** Rule 0d found the index: "a 0.4% drop in the STOXX Europe 600 energy index". */
    let indexNamed = false;
    if (!subject && (indexNounMove || indexOwns)) {
      // 0d. a stock index's move: a move noun right after the percentage and "in" the index
      // ("compared with a 12.4% rise in the Nifty Bank index", "a 1.1% fall in the Topix"), or
      // "index's" right before it ("outperforming the benchmark Topix index's 0.4% gain"): the
      // index's, not the clause's company's.
      // (A name ending in a company word the text also writes in lower case, "the Nifty Bank" after
      // "the bank's shares", is read as a description: its words are the index's name all the same.)
      const named = (x: Candidate): AboutSubject | undefined => x.mention
        ? { name: x.mention.name, span: { start: x.mention.start, end: x.mention.end }, basis: 'clause' }
        : x.pronoun?.description && x.to - x.from >= 2 && tokens[x.from]!.lower === 'the' ? wordsSubject(text, tokens, x.from + 1, x.to) : undefined;
      for (const x of cands) {
        if (x.clause !== clause || !(indexOwns ? x.to === at - 1 : x.from > after + 1 && x.from <= after + 4 && tokens.slice(after + 2, x.from).every((u) => u.kind === 'word' && !u.cap))) continue;
        const n = named(x);
        if (n && movesAsIndex(text, n)) {
          subject = n;
          why.push(`subject: "${n.name}" is the stock index that moved`);
          indexNamed = true;
          break;
        }
      }
    }
    if (!subject && f.kind === 'money') {
      // 0e. the one ordered to pay it: "The court ordered Telstra to pay a A$100 million penalty".
      const payer = orderedPayer(tokens, cands, at);
      const ref = payer && resolve(payer, payer.pronoun ? discourse.topic : undefined, discourse, s);
      if (payer && ref) {
        subject = toSubject(ref, 'clause', payer);
        why.push(`subject: "${ref.name}" is the one ordered to pay it`);
      }
    }
    if (cue && !subject) {
      // 1. possessive on the metric: "ZTE's revenue", "its revenues", "sales at Apple"
      let owner: Candidate | undefined;
      let across = false;
      // ("Germany's 10-year yield": a term written between the owner and the measure is looked past.)
      let term = 0;
      for (let d = 0; d <= 4 && !owner; d++) {
        if (d > 0 && TERM_UNIT_WORDS.has(tokens[cue.from - d - term]?.lower ?? '') && tokens[cue.from - d - term - 1]?.text === '-' && tokens[cue.from - d - term - 2]?.kind === 'number') term += 2;
        const end = cue.from - d - term;
        // ("its first-half operating income", "Acme's 2024 revenue": a period between says which.)
        if (d > 0 && tokens[end]?.kind !== 'word' && tokens[end]?.figure?.kind !== 'period' && !(term > 0 && tokens[end]?.kind === 'number' && tokens[end + 1]?.text === '-')) break;
        // (The period must be the owner's next word: it is looked past once.)
        if (across) break;
        if (tokens[end]?.kind === 'figure') across = true;
        // A possessive, or a name written right before the metric: "Huawei Revenues Hit $107B" (not
        // before a security named by its currency or kind: "Ecu eurobond", "Euroyen notes", "Senior Notes").
        // (Nor a name after "a" before a deal: "in a Hong Kong initial public offering", "a Nasdaq
        // listing" say where it is listed, not whose it is; "won a $2.2 billion Navy contract", the
        // customer: the clause's subject won it.)
        // (Across a period only a name or a bare "its": not a description, "Its Mercury unit's first-quarter sales".)
        owner = byTo.get(end)?.find((c) => ((c.possessive && !(across && c.pronoun?.description)) || (d === 0 && c.mention && !c.oblique && !KIND_NAMED.has(cue.phrase) && !(DEAL_CATEGORIES.has(cue.row.category) && afterIndefinite(tokens, c.from)))) && c.clause === tokens[cue.from]!.clause);
      }
      // ("Cairnbio's U.S. shares", "its Japanese sales": a place between a possessive and the
      // metric says where; the possessor owns it.)
      if (owner && !owner.possessive && owner.mention?.kind === 'place') {
        const place = owner;
        owner = byTo.get(place.from)?.find((c) => c.possessive && c.clause === place.clause) ?? place;
      }
      // ("holds 1,120,000 Barrow shares, or 8.2 pct": a name right before the shares of a stake says
      // whose shares they are; the holder, the clause's subject, owns the stake.)
      if (owner && !owner.possessive && metric!.metric.category === 'stake' && STAKE_SHARE_WORDS.has(cue.phrase)) owner = undefined;
      // "raised his earnings estimates for Acme": an analyst's view of a company's measure.
      if (owner && (isPersonalPronoun(owner) || owner.person) && companyOnly(tokens, metric)) owner = undefined;
      // ("as realised LNG prices fell 18%": the price the company got for the good, not the good's market.)
      if (owner && !owner.possessive && metric!.metric.category === 'price' && OWN_PRICE_WORDS.has(tokens[owner.from - 1]?.lower ?? '')) owner = undefined;
      // ("a 7% fall in cash earnings at rival Tasman Banking": a word of how it relates may stand between.)
      if (!owner && tokens[cue.to]?.lower === 'at') {
        const from = DESCRIPTORS.has(tokens[cue.to + 1]?.lower ?? '') && !tokens[cue.to + 1]!.cap ? cue.to + 2 : cue.to + 1;
        owner = cands.find((c) => c.from === from);
      }
      // "upgraded 500 mln dlrs of debt of Navistar", "the revenue of the Acme group": a name right after "of".
      // (Not a name that describes a noun after it, "sales of Cabbage Patch dolls" (a plural may
      // be a verb too: "models"), nor what a deal
      // buys, "the acquisition of Hilton International": the buyer owns the price.)
      // (Nor the company a stake is held in: "owns 59.9% of the share capital of Acme" is the holder's.)
      if (!owner && tokens[cue.to]?.lower === 'of' && cue.row.category !== 'deal-value' && cue.row.category !== 'stake') {
        owner = cands.find((c) => c.from === cue.to + 1 && c.mention && !c.person && c.mention.kind !== 'place' && c.clause === tokens[cue.from]!.clause && !(tokens[c.to]?.kind === 'word' && !tokens[c.to]!.cap && !isFunctionWord(tokens[c.to]!.lower) && !(isVerb(tokens[c.to]!.lower) && !tokens[c.to]!.lower.endsWith('s'))));
      }
      let object: Candidate | undefined;
      if (cue.row.subjectAfter) object = nameAfter(tokens, cands, cue.to);
      // "the deal values Cairnbio at $5.6 billion", "investors valued the company at": the one valued.
      // (With its 's too: "values Cobalt's equity at $11.6 billion".)
      else if (cue.row.category === 'market-value' && VALUED_BETWEEN.has(cue.phrase)) object = cands.find((c) => c.from > cue.from && c.to < cue.to && !!c.mention && !c.pronoun && !c.person);
      // "a penalty of Rs 1.3 crore on the lender", "fines of $5m against Acme": the one named after the figure pays it.
      else if (cue.row.category === 'fine' && cue.to <= at && (tokens[after]?.lower === 'on' || tokens[after]?.lower === 'against')) object = nameAfter(tokens, cands, after + 1);
      // "a 2.42 billion euro fine against Google": so does the one named after a fine written after its amount.
      // (A name only: "the $10.3 billion judgment against it" leaves the pronoun to the rules below.)
      else if (cue.row.category === 'fine' && cue.from === after && (tokens[cue.to]?.lower === 'on' || tokens[cue.to]?.lower === 'against')) {
        const named = nameAfter(tokens, cands, cue.to + 1);
        object = named?.mention ? named : undefined;
      }
      owner = object ?? owner;
      // "The regulator fined it", "fined the group": the one fined is what the story is about, not the clause's subject.
      const ref = owner && resolve(owner, object?.pronoun ? discourse.topic : infinitiveSubject(tokens, cands, owner) ?? clauseSubjectBefore(cands, owner) ?? earlierRef ?? antecedentBefore(cands, owner), discourse, s);
      if (owner && ref) {
        subject = toSubject(ref, 'possessive', owner);
        why.push(`subject: "${ref.name}" owns the metric words`);
      }
    }
    if (!subject) {
      // 1a. a name written with 's right before the figure: "Mack Trucks Inc's 140 mln dlrs of debt",
      // also past words of a deal's stage: "Aldermatt's proposed 11.5 billion franc takeover".
      let end = at;
      while (end > at - 3 && tokens[end - 1]?.kind === 'word' && DEAL_STATES.has(tokens[end - 1]!.lower)) end--;
      // (Also a description before a target: "above the central bank's 2% target" is the bank's,
      // named before, not the clause's subject's.)
      const owner = byTo.get(end)?.find((c) => c.possessive && c.mention && !c.person && c.mention.kind !== 'place' && c.clause === clause)
        ?? byTo.get(end)?.find((c) => c.possessive && c.pronoun?.description && c.clause === clause && isBareTarget(text, f.span));
      // (A description takes the name before it in its sentence, "the company's 4% target" after
      // "Acme's sales rose 5%", but "the bank" the name written with "Bank": "the central bank's".)
      const namedHead = !!owner?.pronoun && NAMED_HEADS.has(owner.pronoun.text.slice(owner.pronoun.text.lastIndexOf(' ') + 1).toLowerCase());
      const ref = owner && resolve(owner, owner.pronoun && !namedHead ? antecedentBefore(cands, owner) : undefined, discourse, s);
      if (owner && ref) {
        subject = toSubject(ref, 'possessive', owner);
        why.push(`subject: "${ref.name}" is written with 's before the figure`);
      }
    }
    if (!subject) {
      // 1b. a country's adjective on the metric words, or on the noun a change verb follows:
      // "Philippine inflation", "West German exports fell". An economy's rate is always the
      // country's; other measures only outside a company's story ("Acme said Japanese sales
      // rose" is Acme's sales in Japan).
      // ("Euro zone growth was trimmed by 0.2 percentage point to 0.8%": past the auxiliary of a
      // passive or perfect verb, for the move's amount and the level it reached.)
      let head = cue ? cue.from : change && change.group.from > at - SUBJECT_WINDOW && change.group.from < at && (change.role === 'amount' || change.role === 'target') ? change.group.from : -1;
      if (!cue && head > 0 && AUXILIARIES.has(tokens[head - 1]!.lower)) head--;
      const country = head > 0 ? countryBefore(tokens, head) : undefined;
      // (A place's growth is its economy's, in any story: "Euro zone growth was trimmed".)
      const growth = !cue && head > 0 && tokens[head - 1]!.lower === 'growth';
      if (country && (metric?.metric.category === 'rate' || growth || !companyAround(cands, at, discourse))) {
        subject = toSubject(country, 'possessive');
        why.push(`subject: "${country.name}" is the country of "${text.slice(country.start, country.end)}", written on the measure`);
      }
    }
    if (!subject && cue && isEconomyMeasure(metric?.metric)) {
      // 1b'. the place written right after an economy's measure and "in": "Inflation in the euro
      // zone rose to 2.2%", "unemployment in the 20-nation bloc", "inflation in the country".
      const place = placeAfterMeasure(tokens, cue.to, discourse.placeBefore);
      if (place) {
        subject = toSubject(place, 'possessive');
        why.push(`subject: "${place.name}" is the place written after the measure "${cue.phrase}"`);
      }
    }
    if (!subject && tokens[at - 1]?.lower === 'at') {
      // 1c. a name written right before "at" and the figure: "followed by Samsung at 17% and
      // Xiaomi at 13%", "with Norway at 2.1%": each listed name owns its figure.
      const c = byTo.get(at - 1)?.find((x) => x.mention && x.clause === clause && (!x.oblique || tokens[x.from - 1]?.lower === 'by'));
      const ref = c && resolve(c, earlierRef ?? antecedentBefore(cands, c), discourse, s);
      if (c && ref) {
        subject = toSubject(ref, 'clause', c);
        why.push(`subject: "${ref.name}" is written right before "at" and the figure`);
      }
    }
    if (!subject && change && (change.role === 'amount' || change.role === 'target')) {
      // 1d. "with Acme up 1.7% at 81,300 won", "with Commonwealth Bank rising 0.9%": the name after
      // "with" is the subject of the move right after it.
      const c = withMover(tokens, cands, change.group.from, at);
      const ref = c && resolve(c, undefined, discourse, s);
      if (c && ref) {
        subject = toSubject(ref, 'clause', c);
        why.push(`subject: "${ref.name}" is named after "with" right before its move`);
      }
    }
    if (!subject && !cue && change?.role === 'amount' && change.group.from === at + 1 && tokens[change.group.to]?.lower === 'in') {
      // 1d'. "underperforming a 0.3% gain in the benchmark KOSPI": a stock index named after the
      // change noun and "in" owns the move (not the clause's subject, whose shares moved before).
      const c = nameAfter(tokens, cands, change.group.to + 1);
      if (c?.mention && isStockIndex(c.mention.name)) {
        subject = toSubject({ name: c.mention.name, start: c.mention.start, end: c.mention.end, plural: false }, 'clause', c);
        why.push(`subject: "${c.mention.name}" is the index named after "${change.group.cue.text} in"`);
      }
    }
    if (!subject) {
      // 1e. "…, the biggest riser in the FTSE 100, which was up 0.4%", "bought Globex, which had
      // sales of $5bn": a figure in a short relative clause with no subject of its own measures
      // the organisation the clause describes, written right before its comma.
      const c = describedByRelative(tokens, cands, byTo, at);
      const ref = c && resolve(c, undefined, discourse, s);
      if (c && ref) {
        subject = toSubject(ref, 'clause', c);
        why.push(`subject: "${ref.name}" is what the ", which …" clause of the figure describes`);
      }
    }
    if (!subject && cue) {
      // 1f. "agreed to buy Oostmeer NV for €41.20 a share, valuing the company at €6.8bn": what a
      // deal values, written as a description or "it", is the company it buys.
      const c = valuedTarget(tokens, cands, cue);
      const ref = c && resolve(c, undefined, discourse, s);
      if (c && ref) {
        subject = toSubject(ref, 'clause', c);
        why.push(`subject: "${ref.name}" is the company the deal buys, which "${cue.phrase}" values`);
      }
    }
    if (!subject) {
      // 1g. "winning market share from Asda, whose sales fell 5.8%": the figure's clause opens with
      // "whose" after a name and a comma; the measure is that name's, not a source's named after it.
      const c = whoseAntecedent(tokens, cands, at);
      const ref = c && resolve(c, undefined, discourse, s);
      if (c && ref) {
        subject = toSubject(ref, 'clause', c);
        why.push(`subject: "${ref.name}" is the name whose measure the figure's relative clause gives`);
      }
    }
    if (!subject) {
      // 2. the clause's subject before the figure. Names after an earlier, unrelated figure of
      // the clause are this figure's ("… After Nokia Did Same and Nokia Reels In $3.5B").
      let from = Math.max(0, at - SUBJECT_WINDOW);
      for (let k = at - 1; k >= from && tokens[k]!.clause === clause; k--) {
        const g = tokens[k]!.figure;
        if (g && g.kind !== 'period' && !related(g)) {
          from = k + 1;
          break;
        }
      }
      const list = byClause.get(clause) ?? [];
      const inClause: Candidate[] = [];
      for (const x of list) {
        if (x.to > at) break;
        inClause.push(x);
      }
      const near = inClause.filter((x) => x.from >= from);
      let c = pickSubject(near) ?? pickSubject(inClause.filter((x, n) => n === 0 || x.from >= at - SUBJECT_WINDOW));
      // A person who says something is its source, not its owner: the name in what is said
      // ("… said Acme's sales fell"; not whom it is told to, "told Reuters"), else an
      // organisation before the speaker, else the topic.
      if (c && isSpeaker(tokens, c)) {
        const speaker = c;
        c = pickSubject(inClause.filter((x) => x.from > speaker.to && !x.addressee)) ?? cands.find((x) => x.mention && x.mention.kind !== 'person' && x.to <= speaker.from && !isSpeaker(tokens, x));
        if (!c && discourse.topic) c = undefined;
        else c ??= speaker;
      }
      // "In Chicago, Mayor Brandon Johnson faces a budget gap of $982 million": an official or a
      // public body speaks for the place named before it, whose budget it is.
      if (c) c = governmentPlace(tokens, cands, c) ?? c;
      // "Analyst Jane Roe raised her estimate to $2.10 a share": a person owns no company's measure.
      if (c && (c.person || isPersonalPronoun(c)) && companyOnly(tokens, metric)) c = undefined;
      // ("… below Wall Street expectations, even though sales in its fourth quarter rose 3.8%": "it",
      // "its" never stand for a person or a market's source, the subject of an earlier clause as they may be.)
      const earlierOwner = earlierOne?.cand.person && c?.pronoun && !c.pronoun.plural && !isPersonalPronoun(c) ? undefined : earlierRef;
      const ref = c && resolve(c, earlierOwner ?? antecedentBefore(cands, c), discourse, s);
      if (c && ref) {
        subject = toSubject(ref, 'clause', c);
        why.push(`subject: "${ref.name}" is the subject of the figure's clause`);
      }
    }
    // 2a'. "kept its 'buy' rating on State Bank of India with a target price of ₹1,000": an analyst's
    // target is of the stock named after "on" before it in the clause.
    const rated = !subject && isPriceTarget(tokens, metric) ? ratedCompany(tokens, byClause.get(clause) ?? [], at) : undefined;
    const ratedRef = rated && resolve(rated, undefined, discourse, s);
    if (rated && ratedRef) {
      subject = toSubject(ratedRef, 'clause', rated);
      why.push(`subject: "${ratedRef.name}" is the stock named after "on" before an analyst's target`);
    }
    if (!subject && !earlierOne) {
      // 2b. a reporting verb after the figure: "…, Litware said"; else a name after "of"/"in"
      // when nothing else is free: "The market value of Coho Winery fell 15%".
      // ("Prices in Scotland rose 4.1%, Nationwide said": the place the measure is of, written
      // right after its words, owns it, not the source that reports it.)
      const oblique = pickOblique(tokens, (byClause.get(clause) ?? []).filter((x) => x.to <= at));
      const placeOfMeasure = oblique?.mention?.kind === 'place' && !!metric?.cue && metric.cue.to === oblique.from - 1 && tokens[oblique.from - 1]?.lower === 'in';
      const c =
        (placeOfMeasure ? oblique : undefined) ??
        reportingSubject(tokens, cands, at) ??
        cands.find((x) => x.mention && x.from === after + 1 && tokens[after]?.lower === 'at') ??
        oblique;
      const ref = c && resolve(c, undefined, discourse, s);
      if (c && ref) {
        subject = toSubject(ref, 'clause', c);
        why.push(`subject: "${ref.name}" is named by a reporting verb or after "of"/"in"`);
      }
    }
    // A person who spoke in an earlier clause ("Chief executive Dana Oakes said sales rose 3%,
    // while online sales jumped 11%") is the source of this figure too, not its owner.
    const earlierSpeaker = !!earlierOne?.cand.mention && (isSpeaker(tokens, earlierOne.cand) || (!!earlierOne.cand.person && companyOnly(tokens, metric)));
    if (!subject && earlierOne && !(earlierSpeaker && discourse.topic)) {
      // 3. an earlier clause's subject
      subject = toSubject(earlierOne.ref, 'sentence', earlierOne.cand);
      why.push(`subject: "${earlierOne.ref.name}" is the subject of an earlier clause`);
    }
    // ("Rivera made $19.5m in 2025. … Local television revenue fell 12%": a company's measure is
    // no person's; when the topic is a person, the organisation named last before is meant.)
    const organisation = !subject && discourse.topic && companyOnly(tokens, metric) && discourse.isPerson?.(discourse.topic) ? discourse.organisationBefore?.(f.span.start) : undefined;
    if (!subject && organisation) {
      subject = { name: organisation.name, span: { start: organisation.start, end: organisation.end }, basis: 'topic' };
      why.push(`subject: "${organisation.name}" is the organisation named last before; "${discourse.topic!.name}", what the preceding sentences are about, is a person`);
    }
    if (!subject && discourse.topic) {
      // 4. the topic of the text so far
      subject = { name: discourse.topic.name, span: { start: discourse.topic.start, end: discourse.topic.end }, basis: 'topic' };
      why.push(`subject: "${discourse.topic.name}" is what the preceding sentences are about`);
    }

    // A nationality read as a name ("British" of "British oil exports rose") is its country's.
    const country = subject && DEMONYM_COUNTRIES_WRITTEN.get(subject.name);
    if (subject && country) {
      why.push(`subject: "${subject.name}" is the adjective of ${country}`);
      subject = { ...subject, name: country };
    }

    // An acronym stands for the full name written before it: "RBNZ" for "Reserve Bank of New Zealand".
    if (subject && isAcronymName(subject.name)) {
      const full = acronymExpander(text)(subject.name, subject.span.start);
      if (full) {
        why.push(`subject: "${subject.name}" abbreviates "${text.slice(full.start, full.end)}"`);
        subject = { ...subject, name: text.slice(full.start, full.end), span: full };
      }
    }
    // A full name written with its acronym in brackets ("Taiwan Semiconductor Manufacturing Co.
    // (TSMC)") is named with both: the story calls it by either.
    const defined = subject && !isAcronymName(subject.name) ? definedAcronym(text, subject.name, subject.span.end) : undefined;
    if (subject && defined) subject = { ...subject, name: `${subject.name} (${defined})` };

    // A stock index that moves ("the Nikkei ended up 1.6%", "the Shanghai Composite index inched
    // up 0.2%") moves by the prices of its shares: with no metric words of its own, a price.
    // (A move's amount: a level in percent, "rose only to 53.9 pct", is no stock index's.)
    const verbMove = !!change && change.role === 'amount' && change.group.rows.every((r) => r.form !== 'noun');
    let indexMove = false;
    // (Or a noun of its move that names the index after "in": "underperforming a 0.4% drop in the STOXX Europe 600".)
    if (!metric && (verbMove || indexNamed) && (subject?.basis === 'clause' || subject?.basis === 'pronoun' || (!!subject && whichMovedAfter(text, subject.span.end, f.span.start))) && movesAsIndex(text, subject!)) {
      indexMove = true;
      metric = { metric: { category: 'price' }, why: `metric: "${subject.name}" is a stock index that moved → price (the prices of its shares)` };
    } else if (!metric && verbMove && f.kind === 'percent' && (f.unit ?? 'percent') === 'percent' && reported.session && subject?.basis === 'clause' && !isPlaceName(subject.name) && f.span.start > reported.session.span.end) {
      // In a market report (its lead names the trading day), a company that moves by a percentage
      // with no measure named moved by its share price: "Sony Group added 2.7%", "Antofagasta slid 3.9%".
      metric = { metric: { category: 'price' }, why: `metric: "${subject.name}" moved by a percentage in a market report, with no metric words → price (its shares)` };
    } else if (!metric && verbMove && f.kind === 'percent' && (f.unit ?? 'percent') === 'percent' && subject?.basis === 'clause' && !isPlaceName(subject.name)) {
      // After a move of shares in its sentence, a company that moves by a percentage with no
      // measure named moved by its share price too, on the same day: "Larkspur shares jumped 22%,
      // while Corvid fell 5.4%", "rose as much as 7.8% before closing 5.2% up".
      const shares = shareMoveBefore(amounts, f, work);
      if (shares) metric = { ...shares, why: `metric: "${subject.name}" moved by a percentage after a move of shares in its sentence ("${shares.cue!.phrase}") → price (its shares)` };
    }

    // change
    if (change) why.push(`change: ${change.role} of "${change.group.cue.text}" → ${change.group.direction} (${change.group.rows.map((r) => r.id).join(', ')}: ${change.group.rows[0]!.reason})`);

    // period
    // (A stock dividend, "adjusted for a 10 pct stock dividend in May 1986", is an event, not results.)
    // (A company's volumes, "Capacity grew 3.7%", "Deliveries fell 4%", are results of the period too.)
    // (So is a measure without a money name that a verb says moved: "Guest traffic rose 1.6%",
    // "its market share rose to 14.4% from 13.8%": it moved over the period reported.)
    // (So is a price averaged over the period, "the realised gold price averaged $3,960 an ounce".)
    // (A market share, not a holding: "raised its stake in Acme to 9%" is no result of a period.)
    const marketShare = metric?.metric.category === 'stake' && (metric.cue?.row.id === 'stake.share' || /\bmarket\b/.test(metric.cue?.phrase ?? ''));
    // (A move with no metric words yet, which it takes from the figure before it later: "while Cloud
    // Software grew 3% to SEK 14.0 billion"; not a price's move to an amount without a scale, "Hutchison
    // 1.50 dlrs to 54.50 on Friday".)
    const unnamedMove = !metric && (f.kind === 'percent' || (f.kind === 'money' && !!f.scale));
    const movedOverPeriod = !!change && change.role !== 'base' && (unnamedMove || metric?.metric.category === 'other' || marketShare);
    // (A count of contracts traded, a deal word that metric.ts read as other, is an exchange's volume of the period.)
    const contractsTraded = metric?.metric.category === 'other' && metric.cue?.row.id === 'deal-value';
    // (An economy's inflation, output or jobs that a verb says moved, "Services inflation accelerated
    // to 5.0%" a paragraph after "rose to 3.8% in July", moved over the month or quarter reported
    // too; not a forecast, "inflation is forecast at seven pct", nor a level, "hovering around 4%".)
    const economyMoved = !!metric && isEconomyMeasure(metric.metric) && !!change && change.role !== 'base' && change.group.rows.every((r) => r.form === 'verb') && !outlookBefore(tokens, at);
    const averaged = metric?.metric.category === 'price' && averagedBefore(tokens, at);
    // (Orders taken, "Orders increased 11% to 21.0 billion euros", are a result of the period too.)
    const ordersTaken = metric?.metric.category === 'deal-value' && metric.cue?.row.id === 'deal-value' && ORDER_INTAKE_PHRASES.has(metric.cue.phrase ?? '');
    const result = !!metric && (FLOW_METRICS.has(metric.metric.category) || COMPANY_VOLUME_ROWS.has(metric.cue?.row.id ?? '') || contractsTraded || PERIOD_RESULT_ROWS.has(metric.cue?.row.id ?? '') || averaged || economyMoved || ordersTaken);
    // (A price written as averaged or realised, "the average basket price it received was 24,300
    // rand an ounce, down 9%", and the amount of its change: not "would go up by 30 crowns … to an
    // average of 1,665 crowns", a market's price.)
    const averagedPrice = metric?.metric.category === 'price' && (averagedBefore(tokens, at, true) || (!!change && change.role === 'amount' && [...change.group.members].some(([g, role]) => role === 'target' && index.has(g) && averagedBefore(tokens, index.get(g)!, true))));
    // (A price, exchange rate, yield or stock index that moves, "Nvidia slumped 6.4% to $112.80",
    // "the euro fell 0.4% to $1.1508", is a move of the trading day, not a result of the period
    // reported: it takes the lead's session day, when there is one, and carries no result's period.)
    // (With no metric words yet, only in a market report: "Unilever Plc's increasing 29.9 pct to
    // 50.17p" in a results story is a dividend per share.)
    // (A market's level with no change of its own, "settled up $2.21, or 3.1%", "Sterling was flat at
    // $1.3425", is the day's too.)
    // (Nor a price averaged or realised over the period, "the average basket price it received
    // was 24,300 rand an ounce, down 9%": the period reported's, not the day's.)
    const marketMove = averagedPrice ? false : change ? change.role !== 'base' && (metric ? isMarketMetric(metric) : !!reported.session && priceMoveGroup(f, change.group)) : !!metric && isMarketMetric(metric) && (marketLevel(metric) || restatesBefore(tokens, at));
    const flow = (result || (movedOverPeriod && !marketMove)) && !(metric?.cue && tokens[metric.cue.from - 1]?.lower === 'stock');
    // (Not a move still to come, "food prices would rise by 9.3 pct", "could fall as low as 135
    // yen", nor one whose clause names its own day before it, "the yield closed Monday at 7.84 pct".)
    // (In a results story, only a move of its shares or of a stock index takes the day: "Shares
    // rose 2.3% to 1,041 pence", "the benchmark Nifty 50 index edged down 0.2%".)
    // (So does a yield or exchange rate that moved: "The yield on the 10-year note rose 3 basis
    // points to 3.68%" in a story of a rate decision dated that day.)
    // (Not a yield a valuation gives, "The equivalent yield moved out by 10 basis points to 5.9%":
    // a result of the period reported.)
    const tradedRate = metric?.metric.category === 'rate' && !!metric.cue && isMarketMetric(metric) && !VALUATION_YIELD_WORDS.has(tokens[metric.cue.from - 1]?.lower ?? '');
    const day = reported.session ?? (indexMove || tradedRate || SHARE_PRICE_PHRASES.has(metric?.cue?.phrase ?? '') ? reported.storyDay : undefined);
    // (A move in the lead itself, before its weekday, is that day's too: "The dollar fell 0.5%
    // against a basket of currencies on Wednesday"; not "up 0.50 cents from Monday", its base.)
    const session = marketMove && day && (f.span.start > day.span.end || (day === reported.session && onDayAfter(tokens, at, day)) || tradingDayAfter(tokens, at, day)) && !OWN_SPAN_AFTER.test(text.slice(f.span.end, f.span.end + 40))
      && !outlookBefore(tokens, at) && !dayBefore(tokens, at, day) ? day : undefined;
    // A forecast takes the period of the forecast before it, if any; other figures the one results were reported for.
    // (An interim or final dividend a company "will pay" is declared on the results reported, not
    // a forecast: "It will pay an interim dividend of 1.32p" after "expects … for 2025" is the half's.)
    const declared = metric?.metric.category === 'dividend' && declaredDividendIn(tokens, clause) && !forecastVerbIn(tokens, clause);
    // (An economy's move takes only the period an economy's move before it was reported for.)
    const slot = economyMoved ? reported.economy : (flow && reported.ahead && forecastClause(clause) && !declared && reported.ahead) || (reported.aside?.sentence === s ? reported.aside : reported.past);
    // A figure compared with ("against a loss of $146 million") is another period's: none is carried to it.
    const carries = flow && !!slot && s - slot.sentence <= REPORTED_LOOKBACK && !isComparedWith(tokens, at);
    const fullYear = widenToFullYear(text, tokens, at, after, (part) => yearHolding(f.span.start, part), findPeriod({
      text, tokens, at, after, role: change?.role, related, previous: previous(!flow && !marketMove), latest: (g) => latestBefore(f.span.start, g, outlookBefore(tokens, at) ? undefined : reported.until), reported: carries ? slot.period : undefined, ahead: reported.ahead?.forecast ? reported.ahead.period : undefined,
      isBase: (g) => groupOf.get(g)?.role === 'base' && partner.get(f) !== g, result: flow && !!metric && metric.metric.category !== 'cash', session, move: marketMove && (!!change || restatesBefore(tokens, at) || tradedAtLevel(metric)), forecast: forecastClause(clause) || outlookBefore(tokens, at),
      undatedShareMove: marketMove && !day && !!reported.past && SHARE_PRICE_PHRASES.has(metric?.cue?.phrase ?? ''),
      fundFlow: metric?.cue?.row.id === 'other.fund-flows',
      ...(reported.until ? { until: reported.until } : {}),
    }), reported.fiscalStart);
    const linked = guidanceOverStaleYear(text, tokens, at, after, fullYear, reported.until, reported.fiscalStart, (start, end) => PART_ANAPHORS.some((g) => { const p = latestBefore(f.span.start, g); return !!p && p.start >= start && p.end <= end; })) ?? revisedForecastPeriod(tokens, at, change, work) ?? guidanceYear(text, tokens, at, after, reported.until, reported.fiscalStart) ?? annualAhead(f, metric, change?.role);
    // (A result already reported, not a forecast: "climbed to A$142.8 million from A$122.1 million".)
    // (A base without metric words of its own, "…, up from 20 crowns", is of its target's measure
    // and period, which may not be known yet: "bringing the total for the year to 21 crowns".)
    const resultBase = change?.role === 'base' && (!metric || metric.metric.category === 'other') && [...change.group.members].some(([g, role]) => {
      const target = work.get(g);
      if (role !== 'target' || !target?.period) return false;
      // (A target with no metric yet only when it is a total: "Woolworth eased to 813p from 830p" is a share price.)
      return target.metric ? !MARKET_CATEGORIES.has(target.metric.metric.category) : isTotalOf(tokens, index.get(g)!);
    });
    // (Not a base followed by words of its own time the recognisers read as no period: "from 1.94
    // billion in the third", "from 2.10 billion at the end of the first quarter".)
    const ownTime = OWN_TIME_AFTER.has(tokens[after]?.lower ?? '');
    const reportedResult = (flow && result && !MARKET_CATEGORIES.has(metric?.metric.category ?? '') || resultBase) && !ownTime && !forecastClause(clause) && !!reported.until;
    const plain = yearBeforeLevel(linked, comparedLevel(tokens, at, change, work)) ?? yearOnYearBase(f, change, linked, work, reportedResult ? reported.until : undefined, metric?.metric.category) ?? linked ?? totalPeriod(f, amounts, work, tokens, at);
    const own = quarterlyOf(f, metric, plain);
    if (own) sentenceQuarter = own;
    // ("said quarterly net profit rose 7.8% to AED 2.6 billion, and its revenue reached 13.9 billion
    // dirhams": a result later in the sentence that writes no period of its own is of that quarter
    // too, not of the longer period the text reported before.)
    // (Nor the base of a change, another period's: "… target to 8.5% from 9.2%".)
    const sameQuarter = !own && sentenceQuarter && metric && QUARTERLY_MEASURES.has(metric.metric.category) && change?.role !== 'base'
      // (Nor one whose sentence writes a period for it: "… and trimmed its 2024 margin target to 8.5%".)
      && plain?.period.basis !== 'adjacent' && plain?.period.basis !== 'clause' && plain?.period.basis !== 'sentence' && (!plain || (monthsSpanned(plain.period) ?? 0) > 3)
      ? { ...sentenceQuarter, why: `${sentenceQuarter.why}, the quarterly measure before it in the sentence` } : undefined;
    // ("said revenue would top €1bn next season": a season told relative to now is the figure's
    // own period, which no calendar fixes; it takes no other.)
    const found = RELATIVE_SEASON_AFTER.test(text.slice(f.span.end, f.span.end + 40)) ? undefined : own ?? sameQuarter ?? plain;
    const basis = found?.period.basis;
    // Only a period results were reported for carries: not a comparison ("$96 million a year
    // earlier", "below the $9.5 billion of the previous quarter").
    if (
      // (Such a moved measure takes the period carried; it sets none: "its market share rose to
      // 14% in October" does not make October the period of the results after it.)
      (flow && result || (!!found && STATED_SPAN.test(found.period.text))) && change?.role !== 'base' && (basis === 'adjacent' || basis === 'anaphora' || basis === 'clause' || basis === 'sentence') && reportingSpan(found!.period)
      && !BACKWARD.test(found!.period.text) && !isComparedWith(tokens, at)
      // (Nor a figure a record is measured from: "the largest one month fall in shipments since a
      // 5.1 pct drop in December, 1974. Unfilled orders fell 0.6 pct" is January's.)
      && !SINCE_FIGURE_BEFORE.test(text.slice(Math.max(0, f.span.start - 16), f.span.start))
      // (Nor one in a clause of contrast: "…, although its margin in the second half was stable at 1.72%".)
      && !inConcession(tokens, at)
      // ("Net income was SEK 3.8 billion, compared with a loss of SEK 30.5 billion in the third
      // quarter of 2024, when it booked a SEK 31.9 billion charge": the year before stays a comparison.)
      && !(reported.past && s - reported.past.sentence <= REPORTED_LOOKBACK && isYearBeforeOf(found!.period, reported.past.period))
      && !(reported.aside && s - reported.aside.sentence <= REPORTED_LOOKBACK && isYearBeforeOf(found!.period, reported.aside.period))
    ) {
      const entry = { period: found!.period, sentence: s, first: s };
      if (economyMoved) reported.economy = entry;
      else if (reported.until && found!.period.end > reported.until) reported.ahead = { ...entry, forecast: forecastClause(clause) };
      // ("Pretax profit for the six months to June 30 was £3.61 billion … The margin widened to
      // 3.04% in the second quarter from 2.96% in the first. [¶] Impairment charges fell to £212
      // million": a part of the period reported is an aside; the figures after it, past its
      // sentence, are still the half's.)
      // (So is a part that opens its sentence, "Third-quarter net income alone was $1.3 billion"
      // in a nine-month story: the blind annotators keep the story's period after it.)
      // (Not a part named as one before and referred back to again after a headline that named the
      // whole last, "Q4 net profit …; FY25 revenue crosses ₹10 lakh crore [¶] … for the
      // January-March quarter. [¶] Revenue for the quarter rose 10.5%": the story's own period,
      // which the figures after it keep.)
      else if (reported.past && s - reported.past.sentence <= REPORTED_LOOKBACK && isPartOf(found!.period, reported.past.period)
        && !(basis === 'anaphora' && !!reported.headline?.(reported.past.first ?? reported.past.sentence) && reported.aside && reported.aside.period.start === found!.period.start && reported.aside.period.end === found!.period.end)) {
        reported.past.sentence = s;
        reported.aside = entry;
      } else reported.past = entry;
    } else if (carries && basis === 'reported') {
      // A figure that took the carried period keeps it going for the sentences after.
      slot.sentence = s;
    }
    // (The link stage's `period` on money figures follows rules 1 and 3 without the exceptions
    // for bases, days and weeks; the rules here extend it to percentages and to other clauses.)
    const period = found?.period;
    if (found) why.push(found.why);

    if (metric) why.unshift(metric.why);
    const entry = { metric, subject, change, period, why };
    work.set(f, entry);
    const p = partner.get(f);
    if (p && !work.has(p)) work.set(p, { ...entry, why: [...why, 'shared with its stated equivalent'] });
  }

  shareFields({ amounts, work, tokens, index, partner, carried, subjectMetric: () => subjectMetric(text, tokens), perShare, expected });

  // In a company's story a place or region owns none of the company's results: "Revenue in the
  // U.S. climbed 41%", "Asia, Oceania and Africa grew 3.9%", "U.S. tariffs cost the company
  // €580m" are the company's, earned or spent there. (After sharing: a listed figure's metric
  // may come from the one before it.)
  // A region of the world carried on as the topic ("Europe rose 1%. Operating profit dropped 15%",
  // "… a wet June in western Europe weighed on sales. Net debt stood at …") owns no measure of
  // a company's at all: it has no economy of its own to report.
  for (const f of amounts) {
    const w = work.get(f);
    const sub = w?.subject;
    const carried = sub?.basis === 'topic' && isContinentList(sub.name);
    if (!w || !sub || (sub.basis !== 'clause' && sub.basis !== 'sentence' && !carried) || !w.metric || !(MARKET_METRICS.has(w.metric.metric.category) || companyVolume(tokens, w.metric.cue) || (carried && w.metric.metric.category !== 'rate')) || !isPlaceName(sub.name)) continue;
    // Where sales were made: a place after "in", "outside", "across", or a region of the world.
    if (!carried && !whereBefore(text, sub.span.start) && !isContinentList(sub.name)) continue;
    const topic = discourse.companyTopic?.(carried);
    if (!topic) continue;
    w.why.push(`subject: "${sub.name}" is where the result was made; the story is about "${topic.name}"`);
    w.subject = { name: topic.name, span: { start: topic.start, end: topic.end }, basis: 'topic' };
  }

}

/**
 * The base of a revised forecast is a forecast for the same period as its target: "lowered its
 * operating profit forecast for the year ending March 2027 to ¥1.9 trillion from ¥2.4 trillion",
 * "raised its 2026 outlook to $6.10 a share from $5.75". Only when no period of its own was found;
 * the forecast noun is looked for in the cue's clause, after the cue and before the base (a
 * bounded window).
 */
function revisedForecastPeriod(tokens: readonly Tok[], at: number, change: { group: ChangeGroup; role: ChangeRole } | undefined, work: ReadonlyMap<Figure, WorkAbout>): FoundPeriod | undefined {
  if (change?.role !== 'base') return undefined;
  const { group } = change;
  const clause = tokens[group.from]!.clause;
  let forecast = false;
  // (The verb's object: after the cue, before the base; "beat estimates and rose to $5bn from $4bn" revises nothing.)
  // ("… for 2026, down from a previous range of €2.6bn to €3bn": the estimate the base was, named before it.)
  for (let k = group.to; k < at && k < group.to + 24 && !forecast; k++) forecast = tokens[k]!.clause === clause && (FORECAST_NOUNS.has(tokens[k]!.lower) || (PRIOR_NOUNS.has(tokens[k]!.lower) && tokens[k + 1]?.lower === 'of'));
  // ("now expects 2025 revenue of $61.5 billion to $63.5 billion, up from $58 billion to $61
  // billion": a verb of forecasting before the change in its clause, and a forecast level of
  // the base's kind; not "expects 1987 earnings to rise 15% from the $9.1 million recorded",
  // the past result a rise is measured from, nor "compared with a current 30%".)
  const base = tokens[at]!.figure;
  const level = [...group.members].some(([g, role]) => role === 'target' && g.kind === base?.kind);
  // (Only an adverb's change, "…, up from": "expects revenue to rise to $5bn in 2026 from $4bn"
  // measures the rise from today's level.)
  const adverb = CHANGE_ADVERBS.has(group.cue.text.toLowerCase());
  if (!forecast && level && adverb && !NOT_FORECAST_BEFORE.has(tokens[at - 1]?.lower ?? '')) {
    for (let k = group.from - 1; k >= 0 && k >= group.from - 24 && !forecast && tokens[k]!.clause === clause; k--) forecast = tokens[k]!.kind === 'word' && FORECASTING_VERBS.has(tokens[k]!.lower);
  }
  // ("raised its 2024 revenue guidance to growth of 6-8% from 4-6%": a noun of change after the
  // forecast a verb revises; not "guidance assumes growth of 5% from …", which revises nothing.)
  let revised = false;
  if (!forecast && tokens[at]!.clause === clause) {
    for (let k = group.from - 1; k >= 0 && k >= group.from - 12 && !revised && tokens[k]!.clause === clause; k--) {
      if (!FORECAST_NOUNS.has(tokens[k]!.lower)) continue;
      for (let v = k - 1; v >= 0 && v >= k - 5 && !revised && tokens[v]!.clause === clause; v--) revised = REVISING_VERBS.has(tokens[v]!.lower);
    }
  }
  if (!forecast && !revised) return undefined;
  // (The target; after a revised forecast also a growth rate revised from another: "to growth of 6-8% from 4-6%".)
  for (const [g, role] of group.members) {
    const p = role === 'target' || (revised && role === 'amount' && g.kind === base?.kind) ? work.get(g)?.period : undefined;
    if (p) return { period: { ...p, basis: 'shared' }, why: `period: "${p.text}" of the forecast it revises ("${group.cue.text}" … to …): a forecast for the same period` };
  }
  return undefined;
}

/** `p`'s dates a year back: whole months stay whole ("2025-02-28" ends February 2024 on the 29th), other spans keep their days. */
function yearBackOf(p: AboutPeriod): { start: string; end: string } {
  const iv = { start: parseISODate(p.start), end: parseISODate(p.end) };
  const back = wholeMonths(iv) !== undefined ? shiftMonths(iv, -12) : { start: addMonths(iv.start, -12), end: addMonths(iv.end, -12) };
  return { start: toISO(back.start), end: toISO(back.end) };
}

/** An ISO date as year, month and day. */
const parseISODate = (iso: string): YMD => ({ y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) });

/** How far back, in tokens, the figure a comparison is set against may be ("23.7%, compared with 17.1%"). */
const COMPARED_REACH = 12;

/**
 * The period of the level a figure is set against: the level its change reached ("climbed to Rs
 * 256 from Rs 233"), or the figure before it that it is compared with ("a margin of 23.7%,
 * compared with 17.1%"), when that one has a period.
 */
function comparedLevel(tokens: readonly Tok[], at: number, change: { group: ChangeGroup; role: ChangeRole } | undefined, work: ReadonlyMap<Figure, WorkAbout>): AboutPeriod | undefined {
  if (change?.role === 'base') {
    for (const [g, role] of change.group.members) if (role === 'target' && work.get(g)?.period) return work.get(g)!.period;
    return undefined;
  }
  if (change || !isComparedWith(tokens, at)) return undefined;
  const kind = tokens[at]!.figure?.kind;
  for (let k = at - 1; k >= 0 && k >= at - COMPARED_REACH; k--) {
    const g = tokens[k]!.figure;
    // (Not a base itself: "to 7.8% in February from 8.3% in January, compared with 7.9% a year
    // earlier" sets the last against the level, not against January.)
    if (g && g.kind === kind) return work.get(g)?.change?.role === 'base' ? undefined : work.get(g)?.period;
  }
  return undefined;
}

/**
 * A figure set against a level and written with "a year earlier" right after it ("climbed to Rs
 * 256 from Rs 233 a year earlier", "a margin of 23.7%, compared with 17.1% a year ago") is of the
 * level's period, a year back: the level's period is what the sentence told of, while the anaphor
 * alone may have been read against another period named since ("its 2025 capex forecast").
 */
function yearBeforeLevel(found: FoundPeriod | undefined, level: AboutPeriod | undefined): FoundPeriod | undefined {
  // (Not a level whose own period is an anaphor read against the latest one named, "Revenue for
  // the quarter was …": the recogniser read "the same quarter last year" against the same.)
  if (!found || !level || level.basis === 'anaphora' || (found.period.basis !== 'adjacent' && found.period.basis !== 'clause') || !YEAR_AGO_TEXT.test(found.period.text) || YEAR_AGO_TEXT.test(level.text)) return undefined;
  const { start, end } = yearBackOf(level);
  if (start === found.period.start && end === found.period.end) return undefined;
  return { period: { ...found.period, start, end }, why: `${found.why}, a year before the period of the level it is set against ("${level.text}")` };
}

/**
 * The base of a year's growth by a percentage ("Profit for the year ended March rose 28% from
 * 874 billion yen", "net profit of 285 billion yen, up 11% from 256.8 billion yen"): the year
 * before the level's, when the base has no period of its own or only took the level's. (A
 * forecast revised, "raised its forecast to ¥320 billion from ¥280 billion", moves by no
 * percentage and keeps its target's year.)
 *
 * With or without a percentage, the base of a result whose year, half or quarter has ended by
 * the date `reportedBy` (a result reported, in no forecast's clause) is the same period a year
 * before: "net profit for the year to June 30 climbed to A$142.8 million from A$122.1 million",
 * "net income fell to $1.54 billion in the fourth quarter from $1.66 billion", "first quarter
 * net income rose 24 pct to 12.4 mln dlrs from 10.0 mln dlrs" (results are told year on year).
 * `baseMetric` is the base's category: a margin's percentage is such a result too.
 */
function yearOnYearBase(base: Figure, change: { group: ChangeGroup; role: ChangeRole } | undefined, found: FoundPeriod | undefined, work: ReadonlyMap<Figure, WorkAbout>, reportedBy?: string, baseMetric?: string): FoundPeriod | undefined {
  if (change?.role !== 'base') return undefined;
  let grew = false;
  let level: AboutPeriod | undefined;
  for (const [g, role] of change.group.members) {
    if (role === 'amount' && g.kind === 'percent') grew = true;
    if (role === 'target' || role === 'amount') level ??= work.get(g)?.period;
  }
  if (!level) return undefined;
  const months = monthsSpanned(level);
  const ended = !!reportedBy && level.end <= reportedBy && (months === 3 || months === 6 || months === 12) && !REVISING_VERBS.has(change.group.cue.text.toLowerCase());
  // (Not a level dated by a comparison, "risen 129 pct from the comparable fiscal 1986 period".)
  if (!((grew && months === 12) || ended) || isComparisonText(level.text)) return undefined;
  // (Only a level of money: "3.5 pct growth in 1987 against the 6.5 pct forecast" compares rates;
  // or a margin, a result's ratio told year on year as its money is: "Gross margin shrank to
  // 35.4% from 39.8%" after the quarter's results.)
  const margin = base.kind === 'percent' && baseMetric === 'margin';
  if ((base.kind !== 'money' && !margin) || (found && (!CARRIED_BASES.has(found.period.basis) || found.period.start !== level.start || found.period.end !== level.end))) return undefined;
  const { start, end } = yearBackOf(level);
  return { period: { ...level, start, end, basis: 'shared' }, why: `period: the base of a year's growth is the year before "${level.text}"` };
}

/**
 * "a final dividend of 14 crowns per share, bringing the total for the year to 21 crowns": the
 * total adds up the period of the figure before it. (Found here, not with the other shared
 * fields, so that the base after it, "up from 20 crowns", is of the year before.)
 */
function totalPeriod(f: Figure, amounts: readonly Figure[], work: ReadonlyMap<Figure, WorkAbout>, tokens: readonly Tok[], at: number): FoundPeriod | undefined {
  // (The cheap test first: finding the figure before is a search of the sentence's figures.)
  if (!isTotalOf(tokens, at)) return undefined;
  const before = amounts[amounts.indexOf(f) - 1];
  const period = before && before.kind === f.kind && work.get(before)?.change?.role !== 'base' ? work.get(before)?.period : undefined;
  if (!period) return undefined;
  return { period: { ...period, basis: 'shared' }, why: `period: the period of "${before!.text}", which the total adds up` };
}

/** Measures of a market, whose level is of a day, not of a period reported: "eased to 813p from 830p". */
const MARKET_CATEGORIES: ReadonlySet<string> = new Set(['price', 'rate', 'stake']);
/** Words after a base that open a time of its own: "from 1.94 billion in the third", "at the end of". */
const OWN_TIME_AFTER: ReadonlySet<string> = new Set(['in', 'at', 'during', 'over', 'for', 'as']);

/** How a base may have come by the level's period without naming one: from its sentence or the periods before. */
const CARRIED_BASES: ReadonlySet<string> = new Set(['sentence', 'previous-sentence', 'earlier-sentence', 'reported']);

/** The words of tokens [from, to) as the subject: a currency or commodity named in the clause. */
function wordsSubject(text: string, tokens: readonly Tok[], from: number, to: number): AboutSubject {
  const span = { start: tokens[from]!.start, end: tokens[to - 1]!.end };
  return { name: text.slice(span.start, span.end), span, basis: 'clause' };
}

/** Quote marks around a defined term. */
const DEFINED_QUOTES: ReadonlySet<string> = new Set(['"', '\u201c', '\u201d']);

/**
 * 'Acme Corp. (the "Company")', 'Acme, Inc. ("Acme" or the "Company")': the organisation a
 * filing defines as "the Company" (within a few tokens after the name's end), else undefined.
 */
function definedCompany(tokens: readonly Tok[], cands: readonly Candidate[]): Candidate | undefined {
  for (const c of cands) {
    if (!c.mention || c.person || c.mention.kind === 'place') continue;
    let k = c.to;
    // (", Inc." after the name)
    for (let n = 0; n < 3 && tokens[k] && tokens[k]!.text !== '('; n++) k++;
    if (tokens[k]?.text !== '(') continue;
    for (let j = k + 1; j < tokens.length && j <= k + 8; j++) {
      const t = tokens[j]!;
      if (t.text === ')') break;
      if (t.lower === 'company' && DEFINED_QUOTES.has(tokens[j - 1]?.text ?? '') && DEFINED_QUOTES.has(tokens[j + 1]?.text ?? '')) return c;
    }
  }
  return undefined;
}
