/**
 * Words of takeover stories, for attribution's subjects (`attribute/deal.ts`). Data only.
 */

/**
 * Words of a deal's stage or kind between its owner's possessive and the figure: "Aldermatt's
 * proposed 11.5 billion franc takeover", "Orrin's sweetened $31-a-share offer".
 */
export const DEAL_STATES: ReadonlySet<string> = new Set([
  'proposed', 'planned', 'agreed', 'rival', 'latest', 'sweetened', 'revised', 'improved', 'increased', 'raised', 'enhanced',
  'initial', 'original', 'earlier', 'previous', 'new', 'final', 'unsolicited', 'hostile', 'possible', 'potential', 'mooted',
  'indicative', 'recommended', 'all-cash', 'all-stock', 'cash', 'higher', 'lower', 'reduced', 'competing', 'counter',
]);

/** Verbs whose object is the company a deal buys: "agreed to buy Oostmeer NV". */
export const BUYING_VERBS: ReadonlySet<string> = new Set([
  'buy', 'buys', 'bought', 'buying', 'acquire', 'acquires', 'acquired', 'acquiring', 'purchase', 'purchases', 'purchased', 'purchasing',
]);

/** Verbs that take a company private: "take Shinoda Seiki private". */
export const TAKING_VERBS: ReadonlySet<string> = new Set(['take', 'takes', 'took', 'taking', 'taken']);

/** Nouns of a deal whose "for"/"of" names the company bought: "a cash offer for Tressel Foods", "the takeover of Sonvik". */
export const DEAL_NOUNS: ReadonlySet<string> = new Set([
  'offer', 'offers', 'bid', 'bids', 'approach', 'proposal', 'counter-offer', 'counteroffer', 'counterbid', 'counter-bid',
  'takeover', 'acquisition', 'purchase', 'buyout', 'deal',
]);

/** Words of what a merger makes, which is no company bought: "valuing the combined company at $20bn". */
export const MERGED_WORDS: ReadonlySet<string> = new Set(['combined', 'merged', 'enlarged', 'joint', 'new']);
