/**
 * Minor units (decimal places) of a currency, from the platform's ICU data:
 * USD 2, JPY 0, KWD 3, ITL 0. Unknown but well-formed codes get ICU's default of 2.
 */
const cache = new Map<string, number>();

export function minorUnits(currency: string): number {
  let digits = cache.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    cache.set(currency, digits);
  }
  return digits;
}
