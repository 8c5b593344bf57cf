/**
 * Nouns of a company's parts and markets, written right after a name: the words that tell a
 * segment ("the Motion segment") or a market ("the India market area") from an owner of results.
 */

/** Nouns of a part of a company written right after its name: "the Motion segment", "its Azure business". Not "subsidiary": a company of its own. */
export const PART_NOUNS: ReadonlySet<string> = new Set(['segment', 'segments', 'division', 'divisions', 'business', 'businesses', 'arm', 'franchise']);

/** Nouns of where a company sells, after a place ("the India market area", "the Brazil operations"), some of them verbs too ("to market"). */
export const MARKET_NOUNS: ReadonlySet<string> = new Set(['market', 'markets', 'business', 'businesses', 'operations', 'segment', 'region', 'area', 'division', 'unit']);

/**
 * Words that rank a company among its peers before the noun of its trade: "Japan's biggest fund
 * manager", "the second-largest asset manager" (a word after them is a noun, even one that is a
 * verb too: "fund"). Hyphenated ranks ("second-largest", "third-biggest") end in one of them.
 */
export const RANK_WORDS: ReadonlySet<string> = new Set(['biggest', 'largest', 'top', 'leading', 'oldest', 'smallest', 'richest', 'best-known', 'fastest-growing']);

/** Words before a name that make it another company, not a part: "rival Beta saw revenue fall". */
export const RIVAL_WORDS: ReadonlySet<string> = new Set(['rival', 'rivals', 'peer', 'peers', 'competitor', 'competitors']);

/**
 * Last words of a division's name that begins with its company's first word: "ITV Studios",
 * "Sony Pictures", "Britannia Digital" in a story about ITV plc, Sony Group or Britannia
 * Broadcasting. The division owns the figures of its own clause, but the story goes on about the
 * company (attribute/index.ts: no topic). Not a club's or a brand's second word ("Manchester City").
 */
export const DIVISION_NAME_TAILS: ReadonlySet<string> = new Set(['studios', 'studio', 'pictures', 'music', 'records', 'entertainment', 'networks', 'network', 'sports', 'games',
  'publishing', 'television', 'tv', 'digital', 'films', 'animation', 'interactive', 'news', 'radio', 'streaming', 'live', 'parks', 'resorts', 'advertising']);

/**
 * Second words of companies named after their country's adjective: "American Airlines",
 * "American Express", "Korean Air", "Swiss Re", "Indian Oil", "Russian Railways". After a
 * nationality, one of these (capitalised) makes the nationality the name's first word, not a
 * description of it ("German carmaker Volkswagen").
 */
export const NATIONAL_NAME_TAILS: ReadonlySet<string> = new Set(['airlines', 'airline', 'airways', 'air', 'express', 'railways', 'railway', 'petroleum', 'oil',
  'electric', 'tower', 'water', 'mobile', 'telecom', 're', 'motors', 'tobacco', 'shipping', 'steel']);
