/**
 * What may follow a dateline's place ("SYDNEY: ", "TORONTO, May 4 -", "LAGOS — "): its date,
 * its wire, or the dash or colon before the story. Read by the currency of a bare dollar
 * (resolve/currency.ts) and by attribution, where a dateline owns nothing.
 */
export const DATELINE_ENDS: ReadonlySet<string> = new Set([',', '(', ':', '-', '--', '\u2013', '\u2014']);
