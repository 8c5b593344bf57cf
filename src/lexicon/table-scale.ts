/** Words of results tables. Data only. */

/**
 * A row label about one share or unit ("Diluted EPS", "Dividends per share", "Book value per
 * ADS", and the "Basic" and "Diluted" rows under an "Earnings per share" heading): its amounts
 * are written in full even under an "(in millions)" header. ("Dividends paid" is a total.)
 */
export const PER_SHARE_ROW = /\bper\s+(?:diluted\s+|basic\s+|ordinary\s+|common\s+)?(?:share|ads|adr|unit|barrel|boe|tonne|ton|ounce)\b|\beps\b|\bdividends?\s+(?:declared\s+)?per\b|\bshare\s+price\b|^\s*(?:basic|diluted)\b/;
