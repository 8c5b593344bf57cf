/**
 * Exact decimal arithmetic on plain strings ("39.4" × 10⁹ = "39400000000", never
 * 39399999999.999996). Values are canonical decimal strings: optional "-", no exponent,
 * no leading zeros, no trailing fractional zeros.
 */

interface Scaled {
  /** The digits as an integer. */
  readonly units: bigint;
  /** How many of those digits are after the decimal point. */
  readonly scale: number;
}

const DECIMAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** True when `s` is a plain decimal numeral (`-12.50`, `.5`, `7`). */
export const isDecimal = (s: string): boolean => DECIMAL.test(s);

function toScaled(s: string): Scaled {
  if (!DECIMAL.test(s)) throw new RangeError(`not a decimal number: ${JSON.stringify(s)}`);
  const negative = s.startsWith('-');
  const body = negative ? s.slice(1) : s;
  const dot = body.indexOf('.');
  const intPart = dot < 0 ? body : body.slice(0, dot);
  const fracPart = dot < 0 ? '' : body.slice(dot + 1);
  const units = BigInt((intPart || '0') + fracPart);
  return { units: negative ? -units : units, scale: fracPart.length };
}

function fromScaled({ units, scale }: Scaled): string {
  const negative = units < 0n;
  let digits = (negative ? -units : units).toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    digits = canonicalPlain(`${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`)!;
  }
  return negative && digits !== '0' ? `-${digits}` : digits;
}

/**
 * Canonical form of a plain numeral (`^\d+(?:\.\d+)?$`: digits, at most one point with digits
 * on both sides), or undefined when `s` is not one. One pass over the characters: every
 * number a text states goes through here, and the regular expressions this replaced were
 * a third of the cost of reading one.
 */
function canonicalPlain(s: string): string | undefined {
  const n = s.length;
  let dot = -1;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2e) {
      if (dot >= 0 || i === 0 || i === n - 1) return undefined;
      dot = i;
    } else if (c < 0x30 || c > 0x39) return undefined;
  }
  if (n === 0) return undefined;
  // Leading zeros go, but one digit stays before the point ("007" → "7", "0.5" stays).
  const intEnd = dot < 0 ? n : dot;
  let from = 0;
  while (from < intEnd - 1 && s.charCodeAt(from) === 0x30) from++;
  // Trailing zeros after the point go, and the point with them when nothing is left.
  let to = n;
  if (dot >= 0) {
    while (to > dot + 1 && s.charCodeAt(to - 1) === 0x30) to--;
    if (to === dot + 1) to = dot;
  }
  return from === 0 && to === n ? s : s.slice(from, to);
}

/** Canonical form of a decimal string: `"007.50"` → `"7.5"`. */
export function normalizeDecimal(s: string): string {
  return canonicalPlain(s) ?? fromScaled(toScaled(s));
}

/** Multiplies by 10^places (places may be negative): `shiftDecimal("39.4", 9)` → `"39400000000"`. */
export function shiftDecimal(s: string, places: number): string {
  // Fast path for the common case (a plain non-negative numeral): move the point in the string.
  if (places >= -64 && places <= 64 && canonicalPlain(s) !== undefined) {
    const dot = s.indexOf('.');
    const int = dot < 0 ? s : s.slice(0, dot), frac = dot < 0 ? '' : s.slice(dot + 1);
    if (places >= 0) {
      if (frac.length <= places) return canonicalPlain(int + frac + '0'.repeat(places - frac.length))!;
      return canonicalPlain(`${int}${frac.slice(0, places)}.${frac.slice(places)}`)!;
    }
    // Left: cents to units ("12" → "0.12", "21.5" → "0.215").
    const left = -places;
    if (int.length > left) return canonicalPlain(`${int.slice(0, int.length - left)}.${int.slice(int.length - left)}${frac}`)!;
    return canonicalPlain(`0.${'0'.repeat(left - int.length)}${int}${frac}`)!;
  }
  const v = toScaled(s);
  if (places >= 0) {
    const drop = Math.min(places, v.scale);
    return fromScaled({ units: v.units * 10n ** BigInt(places - drop), scale: v.scale - drop });
  }
  return fromScaled({ units: v.units, scale: v.scale - places });
}

export function addDecimal(a: string, b: string): string {
  const x = toScaled(a), y = toScaled(b);
  const scale = Math.max(x.scale, y.scale);
  return fromScaled({ units: x.units * 10n ** BigInt(scale - x.scale) + y.units * 10n ** BigInt(scale - y.scale), scale });
}

export function multiplyDecimal(a: string, b: string): string {
  const x = toScaled(a), y = toScaled(b);
  return fromScaled({ units: x.units * y.units, scale: x.scale + y.scale });
}

/**
 * Divides to `digits` places after the point, rounding half away from zero.
 * Division is the one operation that cannot be exact, so the precision is explicit.
 */
export function divideDecimal(a: string, b: string, digits = 12): string {
  const x = toScaled(a), y = toScaled(b);
  if (y.units === 0n) throw new RangeError('division by zero');
  // a/b = (xu / 10^xs) / (yu / 10^ys) = xu * 10^(ys - xs) / yu
  const shift = BigInt(digits + 1 + y.scale - x.scale);
  let num = x.units, den = y.units;
  if (shift >= 0n) num *= 10n ** shift;
  else den *= 10n ** -shift;
  let q = num / den; // truncated, digits + 1 places
  const negative = q < 0n;
  if (negative) q = -q;
  q = (q + 5n) / 10n;
  return fromScaled({ units: negative ? -q : q, scale: digits });
}

/** Rounds half away from zero to `digits` places. */
export function roundDecimal(s: string, digits: number): string {
  const v = toScaled(s);
  if (v.scale <= digits) return fromScaled(v);
  const negative = v.units < 0n;
  const abs = negative ? -v.units : v.units;
  const q = (abs / 10n ** BigInt(v.scale - digits - 1) + 5n) / 10n;
  return fromScaled({ units: negative ? -q : q, scale: digits });
}

export const negateDecimal = (s: string): string => (s.startsWith('-') ? s.slice(1) : s === '0' ? s : `-${s}`);

/** Compares two decimals: -1, 0 or 1. */
export function compareDecimal(a: string, b: string): number {
  // Plain numerals in canonical form compare as strings: the longer whole part is larger,
  // then digit by digit, a missing fractional digit counting as 0.
  const ca = canonicalPlain(a), cb = canonicalPlain(b);
  if (ca !== undefined && cb !== undefined) {
    const da = ca.indexOf('.'), db = cb.indexOf('.');
    const ia = da < 0 ? ca.length : da, ib = db < 0 ? cb.length : db;
    if (ia !== ib) return ia < ib ? -1 : 1;
    for (let k = 0; k < ia; k++) {
      const x = ca.charCodeAt(k), y = cb.charCodeAt(k);
      if (x !== y) return x < y ? -1 : 1;
    }
    const fa = da < 0 ? 0 : ca.length - da - 1, fb = db < 0 ? 0 : cb.length - db - 1;
    for (let k = 0; k < fa || k < fb; k++) {
      const x = k < fa ? ca.charCodeAt(da + 1 + k) : 0x30, y = k < fb ? cb.charCodeAt(db + 1 + k) : 0x30;
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  }
  const x = toScaled(a), y = toScaled(b);
  const scale = Math.max(x.scale, y.scale);
  const l = x.units * 10n ** BigInt(scale - x.scale), r = y.units * 10n ** BigInt(scale - y.scale);
  return l < r ? -1 : l > r ? 1 : 0;
}

/** The nearest double: exact decimal strings give the correctly rounded number. */
export const decimalToNumber = (s: string): number => Number(s);

// Rates arrive as JavaScript numbers and need division to significant digits, not places.

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
