/**
 * Words of the section headings of filings and press releases ("Management's Discussion and
 * Analysis", "Liquidity and Capital Resources", "Financial Highlights"): capitalised in a
 * heading, they name no company, and the figures under them are the filer's.
 */
export const SECTION_HEADING_WORDS: ReadonlySet<string> = new Set(['discussion', 'analysis', 'liquidity', 'overview', 'highlights']);

/**
 * Adverbs a story opens a sentence with before a comma, not ending in "-ly" ("Worldwide, the film
 * has grossed …", "Overall, revenue rose 3%", "Elsewhere, Orbis fell 2%"): they name no one.
 */
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set([
  'worldwide', 'overall', 'meanwhile', 'elsewhere', 'still', 'however', 'nationwide', 'abroad', 'domestically',
  'internationally', 'globally', 'altogether', 'otherwise', 'instead', 'likewise', 'together', 'overseas',
]);
