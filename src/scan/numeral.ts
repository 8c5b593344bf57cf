/**
 * Reads a digit token in the formats writers use: `1,234.56`, `1.234,56` (European),
 * `1 234,56` (NBSP/thin-space groups), `1'234.50` (Swiss), Indian `1,23,45,678`. When a
 * token reads two ways (`3.350`: 3.35 or 3350), the document's own style decides and the
 * reading carries a note.
 */
import { normalizeDecimal } from '../resolve/decimal';

/** How a document writes its numbers, judged from its unambiguous numerals. */
export type NumberStyle = 'en' | 'eu';

export interface Numeral {
  /** Exact decimal string. */
  readonly value: string;
  /** Set when the format was ambiguous and `style` chose the reading. */
  readonly ambiguous?: string;
  /** Digits after the decimal separator (0 for integers). */
  readonly fractionDigits: number;
}

const GROUP_SPACES = /[\u00a0\u202f\u2009'\u2019]/g;

/** Drops NBSP, thin-space and apostrophe group marks; returns the same string when there are none. */
function stripGroupMarks(token: string): string {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x27 || c === 0x2019) return token.replace(GROUP_SPACES, '');
  }
  return token;
}

const isGrouped3 = (groups: readonly string[]): boolean =>
  groups[0]!.length >= 1 && groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3);

/** Indian lakh/crore grouping: 1,23,45,678 (a leading 1–2 digits, pairs, then a final three). */
const isIndianGrouped = (groups: readonly string[]): boolean =>
  groups.length >= 3 && groups[0]!.length >= 1 && groups[0]!.length <= 2 &&
  groups.slice(1, -1).every((g) => g.length === 2) && groups[groups.length - 1]!.length === 3;

const make = (intDigits: string, frac: string, ambiguous?: string): Numeral => {
  const value = normalizeDecimal(frac ? `${intDigits || '0'}.${frac}` : intDigits || '0');
  return ambiguous ? { value, ambiguous, fractionDigits: frac.length } : { value, fractionDigits: frac.length };
};

/** What a single numeral says about the document's style, if anything. */
export function styleEvidence(token: string): NumberStyle | undefined {
  // Most numerals have no separator or one: decide those without allocating.
  const shape = separatorShape(token);
  if (shape === NO_SEPARATOR) return undefined;
  if (shape >= 0) {
    const digitsAfter = token.length - shape - 1;
    if (digitsAfter === 3) return undefined;
    return token.charCodeAt(shape) === 0x2e ? 'en' : 'eu';
  }
  const t = stripGroupMarks(token);
  const lastComma = t.lastIndexOf(','), lastDot = t.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) return lastDot > lastComma ? 'en' : 'eu';
  if (lastComma >= 0) {
    const groups = t.split(',');
    if (groups.length > 2) return 'en';
    return groups[1]!.length === 3 ? undefined : 'eu';
  }
  if (lastDot >= 0) {
    const groups = t.split('.');
    if (groups.length > 2) return 'eu';
    return groups[1]!.length === 3 ? undefined : 'en';
  }
  return undefined;
}

/** Four digits from 1900 to 2099: a number a reader may take for a year ("£m 2023", "2024 %"). */
export const isYearDigits = (s: string): boolean => s.length === 4 && isDigits(s) && s >= '1900' && s <= '2099';

/** True for a non-empty run of ASCII digits. */
export function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

const NO_SEPARATOR = -1;
const COMPLEX = -2;

/**
 * -1 when `s` is all digits, the index of its one "," or "." when it has exactly one (with
 * digits on both sides), else -2.
 */
function separatorShape(s: string): number {
  let at = NO_SEPARATOR;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) continue;
    if ((c === 0x2c || c === 0x2e) && at === NO_SEPARATOR && i > 0 && i < s.length - 1) { at = i; continue; }
    return COMPLEX;
  }
  return at;
}

/** Reads a number token; undefined when the separators fit no number format ("1.2.3"). */
export function parseNumeral(token: string, style: NumberStyle | (() => NumberStyle) = 'en'): Numeral | undefined {
  const shape = separatorShape(token);
  if (shape === NO_SEPARATOR) return { value: token.length > 1 && token[0] === '0' ? normalizeDecimal(token) : token, fractionDigits: 0 };
  // One separator, digits on both sides: "1.5", "2,5", "1,500", "3.350". No splitting needed.
  if (shape >= 0) return oneSeparator(token, token.slice(0, shape), token.slice(shape + 1), token[shape]!, false, style);
  const t = stripGroupMarks(token);
  const hadGroupMarks = t.length !== token.length;
  if (t.startsWith('.')) return /^\.\d+$/.test(t) ? make('0', t.slice(1)) : undefined;
  const lastComma = t.lastIndexOf(','), lastDot = t.lastIndexOf('.');
  if (lastComma < 0 && lastDot < 0) return make(t, '');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimalSep = lastDot > lastComma ? '.' : ',';
    const groupSep = decimalSep === '.' ? ',' : '.';
    const cut = Math.max(lastComma, lastDot);
    const intPart = t.slice(0, cut), frac = t.slice(cut + 1);
    if (intPart.includes(decimalSep)) return undefined;
    const groups = intPart.split(groupSep);
    if (!isGrouped3(groups) && !isIndianGrouped(groups)) return undefined;
    return make(groups.join(''), frac);
  }
  const sep = lastComma >= 0 ? ',' : '.';
  const groups = t.split(sep);
  if (groups.length > 2) {
    // Repeated separator: only grouping makes sense.
    return isGrouped3(groups) || (sep === ',' && isIndianGrouped(groups)) ? make(groups.join(''), '') : undefined;
  }
  return oneSeparator(token, groups[0]!, groups[1]!, sep, hadGroupMarks, style);
}

/**
 * A numeral with one "," or ".": a decimal separator, unless three digits follow a short
 * integer part ("1,500", "3.350"), when it may group thousands and the document's style decides.
 */
function oneSeparator(token: string, intPart: string, frac: string, sep: string, hadGroupMarks: boolean, style: NumberStyle | (() => NumberStyle)): Numeral {
  const groupingFits = frac.length === 3 && intPart.length >= 1 && intPart.length <= 3 && intPart !== '0';
  if (!groupingFits || hadGroupMarks) return make(intPart, frac);
  // The separator English uses for grouping is the one Europe uses for decimals, and vice versa.
  const groupingIsNatural = (sep === ',') === ((typeof style === 'function' ? style() : style) === 'en');
  if (groupingIsNatural) {
    return sep === ',' ? make(intPart + frac, '') : make(intPart + frac, '', `"${token}" read as ${intPart}${frac}: the text groups thousands with "."`);
  }
  return sep === '.' ? make(intPart, frac) : make(intPart, frac, `"${token}" read as ${intPart}.${frac}: the text uses a decimal comma`);
}
