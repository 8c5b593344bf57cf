/** Shared helpers of the checks: written precision, display rounding, change cues. */
import { compareDecimal, roundDecimal, shiftDecimal } from '../resolve/decimal';

const abs = (s: string): string => (s.startsWith('-') ? s.slice(1) : s);

/**
 * Half a unit in the last digit the text wrote: "$5.2bn" → 50000000, "27%" → 0.5,
 * "2.5%" → 0.05. The digits of the numeral in `text` times a power of ten must give
 * `exact`; when they do not (a number in words, a fraction), the figure counts as exact.
 */
export function halfUlp(text: string, exact: string): string {
  const numeral = /\d(?:[\d,.'’\u00a0\u202f ]*\d)?/.exec(text)?.[0];
  if (!numeral) return '0';
  const digits = numeral.replace(/\D/g, '');
  const target = abs(exact);
  for (let k = -8; k <= 15; k++) if (compareDecimal(shiftDecimal(digits, k), target) === 0) return shiftDecimal('5', k - 1);
  return '0';
}

/** A rate or ratio for messages: 2 decimals from 1 up, else 3 significant digits. */
export function show(s: string): string {
  const a = abs(s);
  if (compareDecimal(a, '1') >= 0) return roundDecimal(s, 2);
  const first = a.replace(/^0\.?/, '').search(/[1-9]/);
  return roundDecimal(s, Math.max(0, first) + 3);
}

/** A percentage for messages: at most 1 decimal. */
export const showPercent = (s: string): string => roundDecimal(s, 1);

export const UP = /\b(?:rose|rise|rises|rising|risen|increased?|increases|increasing|grew|grow|grows|growing|growth|gain(?:ed|s)?|jump(?:ed|s)?|climb(?:ed|s)?|surged?|surges|soar(?:ed|s)?|up|advanced?|advances|higher|expand(?:ed|s)?|rebound(?:ed|s)?)\b/i;
export const DOWN = /\b(?:fell|fall|falls|falling|drop(?:ped|s)?|declined?|declines|declining|decreased?|decreases|slid|slide|slump(?:ed|s)?|plunged?|plunges|tumbled?|tumbles|sank|sink|down|lower|shrank|shrink|shrunk|contract(?:ed|s)?|slipped|slip|dipped|dip|retreat(?:ed|s)?)\b/i;

/** An amount for messages: `CNY 53.97 billion`, `USD 420 million`, `EUR 1,250.50`. */
export function showAmount(currency: string | null, exact: string): string {
  const a = abs(exact);
  const [unit, shiftBy] = compareDecimal(a, '1000000000') >= 0 ? [' billion', -9] : compareDecimal(a, '1000000') >= 0 ? [' million', -6] : ['', 0];
  const n = roundDecimal(shiftDecimal(exact, shiftBy), 2);
  return `${currency ?? ''} ${n}${unit}`.trim();
}
