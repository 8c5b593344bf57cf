/**
 * Words of the section headings of filings and press releases ("Management's Discussion and
 * Analysis", "Liquidity and Capital Resources", "Financial Highlights"): capitalised in a
 * heading, they name no company, and the figures under them are the filer's.
 */
export const SECTION_HEADING_WORDS: ReadonlySet<string> = new Set(['discussion', 'analysis', 'liquidity', 'overview', 'highlights']);
