/**
 * Small helpers on top of `resolve/decimal.ts` that conversion needs: decimal strings from
 * JavaScript numbers (rates arrive as numbers), and division to a number of significant
 * digits (a rate of 0.0001449 needs more places than one of 6.9).
 */
import { divideDecimal, isDecimal, normalizeDecimal } from '../resolve/decimal';

/** Significant digits every computed rate carries. */
export const RATE_DIGITS = 12;

/**
 * The decimal string of a finite number, as JavaScript prints its shortest round-trip form
 * (`6.868` → `"6.868"`, `1e-7` → `"0.0000001"`). No binary noise is added or removed.
 */
export function numberToDecimal(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  const s = String(n);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return normalizeDecimal(s);
  const [, sign, int, frac = '', expText] = m;
  const exp = Number(expText);
  const digits = int! + frac;
  const point = int!.length + exp; // position of the decimal point within `digits`
  let out: string;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return normalizeDecimal(sign + out);
}

/** A number or decimal string given by a caller, as a canonical decimal string; throws naming `name`. */
export function toDecimalInput(v: unknown, name: string): string {
  if (typeof v === 'number') return numberToDecimal(v);
  if (typeof v === 'string' && isDecimal(v.trim())) return normalizeDecimal(v.trim());
  throw new TypeError(`${name} must be a number or a decimal string, got ${JSON.stringify(v)}`);
}

/** Position of the first significant digit: 6.9 → 0, 0.00014 → -4, 1234 → 3. */
function magnitude(s: string): number {
  const body = s.replace('-', '');
  const dot = body.indexOf('.');
  const int = dot < 0 ? body : body.slice(0, dot);
  if (/[1-9]/.test(int)) return int.replace(/^0+/, '').length - 1;
  const frac = dot < 0 ? '' : body.slice(dot + 1);
  const first = frac.search(/[1-9]/);
  return first < 0 ? 0 : -(first + 1);
}

/** `a / b` rounded half away from zero to `sig` significant digits. */
export function divideSignificant(a: string, b: string, sig = RATE_DIGITS): string {
  // Estimate the quotient's magnitude from the operands, then divide with one spare place.
  const estimate = magnitude(a) - magnitude(b);
  const places = Math.max(0, sig - estimate);
  const rough = divideDecimal(a, b, places + 1);
  const digits = Math.max(0, sig - 1 - magnitude(rough));
  return divideDecimal(a, b, digits);
}
