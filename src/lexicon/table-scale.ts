/** Words of results tables. Data only. */

/**
 * A row label about one share or unit ("Diluted EPS", "Dividends per share", "Book value per
 * ADS"): its amounts are written in full even under an "(in millions)" header.
 */
export const PER_SHARE_ROW = /\bper\s+(?:diluted\s+|basic\s+|ordinary\s+|common\s+)?(?:share|ads|adr|unit|barrel|boe|tonne|ton|ounce)\b|\beps\b|\bdividends?\b|\bshare\s+price\b/;
