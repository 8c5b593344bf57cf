/**
 * Words of results tables' row labels about one share or unit ("Diluted EPS", "Dividends per
 * share", "Book value per ADS", and the "Basic" and "Diluted" rows under an "Earnings per share"
 * heading): their amounts are written in full even under an "(in millions)" header ("Dividends
 * paid" is a total). Data only; recognise/money/table-scale.ts reads a label with them.
 */

/** What "per" is followed by in such a label: "per share", "per ADS", "per barrel". */
export const PER_ROW_UNITS: ReadonlySet<string> = new Set(['share', 'ads', 'adr', 'unit', 'barrel', 'boe', 'tonne', 'ton', 'ounce']);
/** A class of share between "per" and its unit: "per diluted share". */
export const PER_ROW_SHARE_CLASSES: ReadonlySet<string> = new Set(['diluted', 'basic', 'ordinary', 'common']);
/** Words that open a label under an "Earnings per share" heading: "Basic", "Diluted". */
export const PER_ROW_OPENERS: ReadonlySet<string> = new Set(['basic', 'diluted']);
