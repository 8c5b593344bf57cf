/**
 * The country a text is about, for measures only a country has. "Gross domestic product rose
 * 0.8 pct, the Central Statistical Office said": the office reports Britain's GDP, it does not
 * own it. A reader names the country, so when an economy's measure would go to a government
 * body, the country the text names first takes it instead.
 */
import { DEMONYM_COUNTRIES, DEMONYM_COUNTRY_NAMES } from '../lexicon/demonyms';
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

/** Measures of a whole economy: its output, prices, jobs. */
const ECONOMY_MEASURE = /\b(?:gdp|gnp|gross (?:domestic|national) product|inflation|unemployment|jobless|economy|economic growth|real growth|consumer prices|(?:consumer|producer|retail|wholesale) price index|cpi|cost of living)\b/;

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
  return (countryPattern = new RegExp(`(?<![\\p{L}.])(?:${escaped.join('|')})(?![\\p{L}])`, 'u'));
};

export interface Found { readonly name: string; readonly start: number; readonly end: number }

/**
 * The first country the text names (as a name or an adjective), with its span. An adjective is
 * its country ("Dutch" → Netherlands); an abbreviation stays as written ("U.S.", "U.K."), as the
 * subject of a figure is written.
 */
export function firstCountry(text: string): Found | undefined {
  const m = writtenCountries().exec(text);
  const w = m?.[0];
  return m && w ? { name: w.includes('.') ? w : DEMONYM_COUNTRIES.get(w.toLowerCase()) ?? w, start: m.index, end: m.index + w.length } : undefined;
}
