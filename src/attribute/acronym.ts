/**
 * An acronym subject stands for the full name written earlier: "RBNZ" after "the Reserve Bank
 * of New Zealand", "ECB" after "the European Central Bank". The full name is the most specific
 * mention, so it is the one given. Read only when a subject is an acronym; the text before
 * each use is searched once per acronym, and at most REACH back.
 */

import { isNameSuffix } from './entities';
import { DEMONYM_COUNTRIES, DEMONYM_COUNTRY_NAMES } from '../lexicon/demonyms';

/** Lower-case words inside a name that give no letter: "Bank of England", "Bank for International Settlements". */
const SKIPPED = new Set(['of', 'and', 'for', 'the', 'de', '&']);

export const isAcronymName = (name: string): boolean => {
  if (name.length < 2 || name.length > 6) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    // ("H&M", "P&G", "M&S": an ampersand between two capitals, for the "&" of the full name.)
    if (c === 38 && i > 0 && i < name.length - 1 && name.charCodeAt(i - 1) !== 38) continue;
    if (c < 65 || c > 90) return false;
  }
  return true;
};

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWordChar = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57) || c === 38 || c === 39 || c === 45 || c === 46;

/** The word starting at `i`: its end (trailing `.`, `'`, `-` left out). */
function wordEnd(text: string, i: number): number {
  let e = i;
  while (e < text.length && isWordChar(text.charCodeAt(e))) e++;
  while (e > i && (text[e - 1] === '.' || text[e - 1] === "'" || text[e - 1] === '-')) e--;
  return e;
}

/** Spaces only from `i`: the index of the next non-space, or -1 when anything else comes first. */
function afterSpaces(text: string, i: number): number {
  if (text.charCodeAt(i) !== 32) return -1;
  while (text.charCodeAt(i) === 32) i++;
  return i;
}

/**
 * How far before a use as a subject an acronym's full name is looked for: the same story,
 * and a bound on the work for a text of many acronyms.
 */
const REACH = 20_000;
/** Words skipped in a row inside a name ("Bank of the West"): more is no name. */
const MAX_SKIPPED = 2;

/** The full name `acronym` abbreviates, first written in `[from, to)`: its span, or undefined. */
function firstExpansion(text: string, written: string, from: number, to: number): { start: number; end: number } | undefined {
  // The letters only: "H&M" is the H and M of "Hennes & Mauritz", whose "&" is skipped.
  const acronym = written.replace(/&/g, '');
  const head = acronym[0]!;
  for (let i = text.indexOf(head, from); i >= 0 && i < to; i = text.indexOf(head, i + 1)) {
    if (i > 0 && isWordChar(text.charCodeAt(i - 1))) continue;
    let k = 0, at = i, lastEnd = -1, skipped = 0;
    for (;;) {
      const e = wordEnd(text, at);
      if (e === at) break;
      const w = text.slice(at, e);
      const cap = w.charCodeAt(0) >= 65 && w.charCodeAt(0) <= 90;
      if (k > 0 && k < acronym.length && SKIPPED.has(w.toLowerCase()) && ++skipped <= MAX_SKIPPED) {
        // skipped: "of", "and"
      } else if (k < acronym.length && cap && w[0] === acronym[k]) {
        skipped = 0;
        k++;
        // ("the European Central Bank's 2% target": a possessive ends the name, and its 's is no part of it.)
        const possessive = /['’]s$/.test(w);
        lastEnd = possessive ? e - 2 : e;
        if (possessive) break;
      } else {
        // The name must end here: a capitalised word going on with it is another name (a company
        // ending is not: "Deccan Telecom Services Ltd" for "DTS").
        if (k === acronym.length && cap && !isNameSuffix(w.toLowerCase())) k = -1;
        break;
      }
      const n = afterSpaces(text, e);
      if (n < 0) break;
      at = n;
    }
    if (k === acronym.length && lastEnd > i && lastEnd - i > acronym.length) return { start: i, end: lastEnd };
  }
  return undefined;
}

type Expander = (acronym: string, before: number) => { start: number; end: number } | undefined;
/** The expander of the document being read (one at a time). */
let last: { text: string; expander: Expander } | undefined;

/**
 * Per document: the text before each acronym's use is searched once, in order (a name found
 * is kept; where none was, a later use searches only the text since, at most REACH back).
 */
export function acronymExpander(text: string): Expander {
  if (last?.text === text) return last.expander;
  const found = new Map<string, { searched: number; span?: { start: number; end: number } }>();
  const expander: Expander = (acronym, before) => {
    let state = found.get(acronym);
    if (!state) found.set(acronym, (state = { searched: 0 }));
    if (!state.span && before > state.searched) {
      state.span = firstExpansion(text, acronym, Math.max(state.searched, before - REACH), before);
      state.searched = before;
    }
    const f = state.span;
    return f && f.end <= before ? f : undefined;
  };
  last = { text, expander };
  return expander;
}

/** Capitals and at most one lower-case letter: "TSMC", "DoT". */
function isAcronymShape(a: string): boolean {
  let caps = 0;
  for (let k = 0; k < a.length; k++) {
    const c = a.charCodeAt(k);
    if (c >= 65 && c <= 90) caps++;
    else if (!(c >= 97 && c <= 122)) return false;
  }
  return caps >= 2 && caps >= a.length - 1;
}

/** Longest short name in brackets: "(Petrobras)". */
const SHORT_NAME_MAX = 12;

/** Words in brackets after a company that are no name of it: the wire, the place. */
const NOT_SHORT_NAMES: ReadonlySet<string> = new Set(['Reuters', 'Bloomberg', 'Dow', 'Jones', 'Nasdaq', 'Nyse', 'Holdings', 'Group', 'Company', 'Listed', 'Unlisted', 'Private']);

/**
 * "Saudi Arabian Oil Co (Aramco)", "Petroleos Mexicanos (Pemex)", "Petroleo Brasileiro SA
 * (Petrobras)": the short name a story goes on to use, defined in brackets right after the
 * full one, as Latin American and Gulf news names state companies. One capitalised word of
 * at least four letters, no place.
 */
function shortName(text: string, end: number, open: number, word: string): string | undefined {
  if (word.length < 4 || word.length > SHORT_NAME_MAX) return undefined;
  const first = word.charCodeAt(0);
  if (first < 65 || first > 90) return undefined;
  for (let k = 1; k < word.length; k++) if (!(word.charCodeAt(k) >= 97 && word.charCodeAt(k) <= 122)) return undefined;
  if (NOT_SHORT_NAMES.has(word) || DEMONYM_COUNTRY_NAMES.has(word) || DEMONYM_COUNTRIES.has(word.toLowerCase())) return undefined;
  // The story goes on to use it: written again after the bracket.
  if (text.indexOf(word, open + word.length + 2) < 0) return undefined;
  const gap = text.slice(end, open).replace(/[ .,]/g, '');
  if (gap.length > 0 && !COMPANY_ENDINGS.test(gap)) return undefined;
  return word;
}

const COMPANY_ENDINGS = /^(Co|Corp|Inc|Ltd|Plc|plc|AG|SA|AB|NV|SE|Oyj|ASA|KK|Bhd|LLC|SAB|PJSC|QPSC|QSC|SAOG)$/;

/** Most characters between a name's end and the bracket of its acronym: a company ending ("Co.", ", Ltd."). */
const ACRONYM_GAP = 12;

/**
 * "Taiwan Semiconductor Manufacturing Co. (TSMC)", "the Department of Telecommunications (DoT)":
 * the acronym a text defines in brackets right after a name ending at `end` (past a company
 * ending), when it starts with the name's first letter; else undefined. Stories name the
 * company by that acronym from then on, so a subject gives both ("… Co (TSMC)").
 */
export function definedAcronym(text: string, name: string, end: number): string | undefined {
  let i = end;
  const limit = Math.min(text.length, end + ACRONYM_GAP);
  while (i < limit && text[i] !== '(') {
    const c = text.charCodeAt(i);
    if (!(isLetter(c) || c === 32 || c === 46 || c === 44)) return undefined;
    i++;
  }
  if (text[i] !== '(') return undefined;
  const close = text.indexOf(')', i + 1);
  if (close < 0 || close - i - 1 < 2 || close - i - 1 > SHORT_NAME_MAX) return undefined;
  const acronym = text.slice(i + 1, close);
  if (close - i - 1 > 6 || !isAcronymShape(acronym)) return shortName(text, end, i, acronym);
  // Capitals, a lower-case letter allowed inside ("DoT", "NTTDocomo" is no acronym): 2-6 letters, first and last capital.
  let caps = 0;
  for (let k = 0; k < acronym.length; k++) {
    const c = acronym.charCodeAt(k);
    if (c >= 65 && c <= 90) caps++;
    else if (!(c >= 97 && c <= 122)) return undefined;
  }
  if (caps < 2 || acronym[0] !== name[0] || caps < acronym.length - 1) return undefined;
  // The letters between the name and its bracket are a company ending or nothing ("Co.", "Ltd"), not more words.
  const gap = text.slice(end, i).replace(/[ .,]/g, '');
  if (gap.length > 0 && !/^(Co|Corp|Inc|Ltd|Plc|plc|AG|SA|AB|NV|SE|Oyj|ASA|KK|Bhd|LLC)$/.test(gap)) return undefined;
  return acronym;
}
