/**
 * The country a text is about, for measures only a country has. "Gross domestic product rose
 * 0.8 pct, the Central Statistical Office said": the office reports Britain's GDP, it does not
 * own it. A reader names the country, so when an economy's measure would go to a government
 * body, the country the text names first takes it instead.
 */
import { DEMONYM_COUNTRIES, DEMONYM_COUNTRY_NAMES } from '../lexicon/demonyms';
import { CENTRAL_BANKS } from '../lexicon/sources';
import type { AboutMetric } from './types';
import { BODY_HEADS, isPlaceAbbreviation, isPlaceWord } from './words';

/** A government body: "Central Statistical Office", "Finance Ministry", "Ministry of Finance", "Office for National Statistics". */
export function isGovernmentBody(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  if (BODY_HEADS.has(words[words.length - 1]!)) return true;
  for (let i = 0; i + 2 < words.length; i++) if (BODY_HEADS.has(words[i]!) && (words[i + 1] === 'of' || words[i + 1] === 'for')) return true;
  return false;
}

/**
 * A statistics office: "National Bureau of Statistics", "Census Bureau", "Central Statistical
 * Office". It counts a country's home prices, investment and sales as well as its GDP, and owns
 * none of them.
 */
export const isStatisticsBody = (name: string): boolean => /\b(?:statistics|statistical|census)\b/i.test(name) && isGovernmentBody(name);

/**
 * "The RBI raised its forecast, after the economy grew 8.2%": "the economy" is the country's,
 * whatever organisation the clause names (a country named as the subject keeps it).
 */
export const theEconomy = (text: string, metric: AboutMetric, subject: string): boolean =>
  metric.label?.toLowerCase() === 'economy' && !!metric.span && /\bthe\s$/i.test(text.slice(Math.max(0, metric.span.start - 4), metric.span.start))
  && !DEMONYM_COUNTRY_NAMES.has(subject) && !DEMONYM_COUNTRIES.has(subject.toLowerCase());

/** The labels of an economy's headline measures, which no company has ("wage inflation" may be one's cost). */
const NATIONAL_LABELS: ReadonlySet<string> = new Set(['inflation', 'inflation rate', 'consumer prices', 'cpi', 'consumer price index', 'gdp', 'gross domestic product', 'economic growth', 'unemployment', 'unemployment rate', 'jobless rate']);
/** What may stand right before such a label: a sentence's start or a word saying which print ("Annual inflation", "and core CPI"). Matched on a short slice: linear. */
const NATIONAL_BEFORE = /(?:^|[.!?"“:;]\s*|\b(?:annual|headline|core|monthly|underlying|the|and|while|as|with|but|year-on-year|twelve-month|12-month|annualised|annualized)\s+)$/i;

/**
 * "Zenora Bank … Annual inflation climbed to 29.9% in January": an economy's headline measure
 * carried over from a company the story is about is the country's, not the company's (a
 * country already named as the subject keeps it).
 */
export const nationalMeasureOfTopic = (text: string, metric: AboutMetric | undefined, subject: string): boolean =>
  isEconomyMeasure(metric) && !!metric!.span && NATIONAL_LABELS.has(metric!.label!.toLowerCase())
  && NATIONAL_BEFORE.test(text.slice(Math.max(0, metric!.span.start - 24), metric!.span.start))
  && !DEMONYM_COUNTRY_NAMES.has(subject) && !DEMONYM_COUNTRIES.has(subject.toLowerCase())
  // (Nor a place the lexicon knows: "Hong Kong", "U.S." stay.)
  && !isPlaceAbbreviation(subject) && !isPlaceWord(subject.toLowerCase());

/** Whether the name ending at `end` reports what follows: "the National Bureau of Statistics said …" (not "… cut its budget"). */
export const reportsAt = (text: string, end: number): boolean => /^\s+(?:said|says|showed|shows|reported|reports|estimated|estimates)\b/.test(text.slice(end, end + 16));

/**
 * Whether the name ending at `end` reports or foresees what it is said of: "the Treasury said",
 * "the Office for Budget Responsibility forecast that borrowing would reach …" (not "… will sell").
 */
export const foreseesAt = (text: string, end: number): boolean =>
  reportsAt(text, end) || /^\s+(?:forecast|forecasts|projected|projects|expects|expected|predicted|predicts)\b/.test(text.slice(end, end + 16));

/** Last words of a government's fiscal bodies that {@link isGovernmentBody} does not read: "the Treasury", "National Treasury", "the Exchequer". */
const FISCAL_BODY_HEADS: ReadonlySet<string> = new Set(['treasury', 'exchequer']);

/** Words of a body that keeps or counts a government's books: "Finance Ministry", "Congressional Budget Office", "Commerce Department". */
const FISCAL_BODY_WORDS = /\b(?:ministry|government|department|budget|finance|fiscal|treasury|revenue|tax|taxation|bureau|statistics)\b/;

/**
 * A government's body that keeps or reports its books: "Congressional Budget Office", "Office for
 * Budget Responsibility", "Finance Ministry", "Treasury". (Not any name ending in a body's word:
 * "Arabian Auto Agency" is a company, the "Commission" of the EC no country's.)
 */
export function isFiscalBody(name: string): boolean {
  const lower = name.toLowerCase();
  const last = lower.split(/\s+/).pop()!;
  return FISCAL_BODY_HEADS.has(last) || (isGovernmentBody(name) && FISCAL_BODY_WORDS.test(lower));
}

/** A government's books: its budget balance, borrowing, debt, taxes and spending. */
const FISCAL_MEASURE = /\b(?:deficits?|surplus(?:es)?|borrowing|debt|budget|tax(?:es)?|revenues?|receipts|spending|outlays|expenditure|capex|gap|headroom)\b/;

/**
 * A measure of a government's books ("public sector borrowing", "budget deficit", "tax revenue"):
 * reported or forecast by a fiscal body ("…, the Treasury said", "the CBO estimated"), it is the
 * country's, as an economy's measure is.
 */
export const isFiscalMeasure = (metric: AboutMetric | undefined): boolean =>
  !!metric && !!metric.label && (metric.category === 'other' || metric.category === 'debt' || metric.category === 'tax' || metric.category === 'cost' || metric.category === 'revenue') && FISCAL_MEASURE.test(metric.label.toLowerCase());

/** Measures of a whole economy: its output, prices, jobs. */
const ECONOMY_MEASURE = /\b(?:gdp|gnp|gross (?:domestic|national) product|inflation|unemployment|jobless|economy|economic growth|real growth|global growth|growth (?:forecasts?|outlook|projections?|estimates?)|consumer prices|(?:consumer|producer|retail|wholesale) price index|cpi|cost of living)\b/;

export const isEconomyMeasure = (metric: AboutMetric | undefined): boolean =>
  !!metric && metric.category === 'rate' && !!metric.label && ECONOMY_MEASURE.test(metric.label.toLowerCase());

/** Country names and nationality adjectives, longest first, as written (capitalised). */
let countryPattern: RegExp | undefined;
const writtenCountries = (): RegExp => {
  if (countryPattern) return countryPattern;
  const cap = (s: string): string => s.replace(/(^|\s)\S/g, (x) => x.toUpperCase());
  const words = [...DEMONYM_COUNTRIES.keys()].map(cap).concat([...DEMONYM_COUNTRY_NAMES], ['U.S.', 'U.K.']);
  const escaped = [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.]/g, '\\.'));
  // A fixed list of literal alternatives: matching stays linear.
  // Global, for countriesIn's walk: each reader sets lastIndex first.
  return (countryPattern = new RegExp(`(?<![\\p{L}.])(?:${escaped.join('|')})(?![\\p{L}])`, 'gu'));
};

export interface Found { readonly name: string; readonly start: number; readonly end: number }

/**
 * The countries the text names, in order ("Britain's finance minister …", "South Africa's"), as
 * {@link firstCountry} reads each: for the country nearest before a figure.
 */
export function countriesIn(text: string): Found[] {
  const re = writtenCountries();
  re.lastIndex = 0;
  const out: Found[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const w = m[0], end = m.index + w.length;
    // Not a word of another name or a currency: "Inter-American Development Bank", "U.S. Dlrs".
    if (text[m.index - 1] === '-' || CURRENCY_AFTER.test(text.slice(end, end + 9))) continue;
    // (Nor the adjective of a region: "a North American banker", "Latin American debt".)
    if (REGION_HEAD_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    out.push({ name: w.includes('.') ? w : DEMONYM_COUNTRIES.get(w.toLowerCase()) ?? w, start: m.index, end });
  }
  return out;
}

/** A compass or region word right before a country's adjective, making a region's: "North American", "Latin American" (a slice of a few characters). */
const REGION_HEAD_BEFORE = /(?:^|[^\p{L}])(?:North|South|Latin|Central)\s$/u;

/** A currency's word right after a country's: "U.S. dollars", "Australian dlrs" (a slice of a few characters: linear). */
const CURRENCY_AFTER = /^\s(?:dollars?|dlrs?|cents?)\b/i;

/**
 * The country whose books a fiscal body reports at text offset `at`: the one named last before
 * it in its paragraph ("In Argentina, the Treasury posted …"), else the first one the text names
 * before it (the story's).
 */
export function countryOfBooks(text: string, countries: readonly Found[], at: number, breaks: readonly number[] = paragraphBreaks(text)): Found | undefined {
  // (Both by halving, over lists in text order: a long story of many budgets stays linear.)
  const near = countries[lastBefore(countries.length, (i) => countries[i]!.end <= at)];
  const para = breaks[lastBefore(breaks.length, (i) => breaks[i]! < at)] ?? -1;
  if (near && near.start > para) return near;
  return countries[0] && countries[0].end <= at ? countries[0] : undefined;
}

/** The offsets of the text's paragraph breaks ("\n\n"), in order: found once, for {@link countryOfBooks}. */
export function paragraphBreaks(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('\n\n'); i >= 0; i = text.indexOf('\n\n', i + 1)) out.push(i);
  return out;
}

/** The last index below `n` for which `ok` holds, `ok` holding for a prefix of the indexes; -1 for none. */
function lastBefore(n: number, ok: (i: number) => boolean): number {
  let lo = 0, hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ok(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The first country the text names (as a name or an adjective), with its span. An adjective is
 * its country ("Dutch" → Netherlands); an abbreviation stays as written ("U.S.", "U.K."), as the
 * subject of a figure is written.
 */
export function firstCountry(text: string): Found | undefined {
  const re = writtenCountries();
  re.lastIndex = 0;
  const m = re.exec(text);
  const w = m?.[0];
  return m && w ? { name: w.includes('.') ? w : DEMONYM_COUNTRIES.get(w.toLowerCase()) ?? w, start: m.index, end: m.index + w.length } : undefined;
}

/** "Reserve Bank of India", "Central Bank of the Republic of Turkey": a central bank named with its country. */
const BANK_OF_COUNTRY = /^(?:reserve|central)\s+bank\s+of\s+(?:the\s+(?:republic\s+of\s+)?)?(\S.*)$/i;

/**
 * The economy a central bank watches, by its name ("European Central Bank" → "euro zone", "Reserve
 * Bank of Australia" → "Australia"), if the name is a central bank's. The bank owns its policy
 * rate and its target; the economy owns the inflation, output and jobs figures of its story.
 */
export function centralBankEconomy(name: string): string | undefined {
  const plain = name.replace(/^the\s+/i, '');
  const known = CENTRAL_BANKS.get(plain.toLowerCase());
  if (known) return known;
  const country = BANK_OF_COUNTRY.exec(plain)?.[1];
  return country && DEMONYM_COUNTRY_NAMES.has(country) ? country : undefined;
}

/**
 * Data series of a whole economy that a central bank watches and never owns: "Retail sales
 * slipped 0.1%", "payrolls rose by 64,000" in a story about the Fed are the country's.
 */
const NATIONAL_SERIES = /\b(?:retail sales|wage growth|industrial (?:output|production)|factory (?:output|orders)|manufacturing output|exports|imports|trade (?:surplus|deficit|balance|gap)|current account|payrolls|housing starts|home sales|house prices|home prices|consumer spending|household spending|wages|hourly earnings|producer prices|import prices|durable goods)\b/;

/** Whether the metric's words, with the few written right before them ("Retail" of "Retail sales"), name a {@link NATIONAL_SERIES} (a short slice: linear). */
export const isNationalSeries = (text: string, metric: AboutMetric | undefined): boolean =>
  !!metric?.label && NATIONAL_SERIES.test(`${metric.span ? text.slice(Math.max(0, metric.span.start - 16), metric.span.start) : ''}${metric.label}`.toLowerCase());

/** Other names the press writes for an economy named in {@link CENTRAL_BANKS} ("United States" for "U.S."), as {@link countriesIn} reads them. */
const ECONOMY_ALIASES: ReadonlyMap<string, readonly string[]> = new Map([['U.S.', ['United States']], ['Britain', ['U.K.', 'United Kingdom']], ['South Korea', ['Korea']]]);

/** The currency union as written: "euro zone", "eurozone", "euro area" (a fixed pattern: linear). */
const CURRENCY_UNION_WRITTEN = /\b(?:euro[- ]?zone|euro area)\b/gi;

/**
 * Where the text writes the economy `economy` (a name of {@link CENTRAL_BANKS}): its mentions in
 * text order, found once per economy (`memo`), so a figure takes the one nearest before it.
 */
export function economyMentions(text: string, countries: readonly Found[], economy: string, memo: Map<string, Found[]>): Found[] {
  const had = memo.get(economy);
  if (had) return had;
  const out: Found[] = [];
  if (economy === 'euro zone') {
    CURRENCY_UNION_WRITTEN.lastIndex = 0;
    for (let m = CURRENCY_UNION_WRITTEN.exec(text); m; m = CURRENCY_UNION_WRITTEN.exec(text)) out.push({ name: m[0], start: m.index, end: m.index + m[0].length });
  } else {
    const names = [economy, ...(ECONOMY_ALIASES.get(economy) ?? [])];
    for (const c of countries) if (names.includes(c.name)) out.push(c);
  }
  memo.set(economy, out);
  return out;
}

/** The mention of {@link economyMentions} nearest before offset `at`, else the first after it. */
export function economyNear(mentions: readonly Found[], at: number): Found | undefined {
  const i = lastBefore(mentions.length, (k) => mentions[k]!.end <= at);
  return mentions[i] ?? mentions[0];
}
