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

/**
 * Words of what a deal does to a measure, before "to" and the measure: "9% accretive to earnings
 * per share", "a 3% dilution to EPS" (attribute/metric.ts reads the measure after "to").
 */
export const ACCRETION_WORDS: ReadonlySet<string> = new Set(['accretive', 'dilutive', 'accretion', 'dilution']);

/**
 * Verbs and nouns of an offer, right before a sum with no scale: "Redmarsh had earlier offered
 * 660 pence", "Starling's January proposal of $25" — what is offered for one share
 * (attribute/metric.ts `adjustForUnit`; a company is bid for in millions or billions).
 */
export const OFFER_VERBS: ReadonlySet<string> = new Set(['offered', 'offering', 'offers', 'offer', 'bid', 'bids', 'bidding']);
export const OFFER_NOUNS: ReadonlySet<string> = new Set([
  'offer', 'offers', 'bid', 'bids', 'approach', 'approaches', 'proposal', 'proposals', 'counter-offer', 'counteroffer', 'counterbid', 'counter-bid',
]);

/**
 * Nouns of a party's role in a deal, written right before its name: "from partner Heimdal", "sold
 * to rival Osprey", "a bid from suitor Corlett". After "from", "to", "by" and the like such a name
 * is another party, no subject of the clause (attribute/subject.ts).
 */
export const PARTY_ROLES: ReadonlySet<string> = new Set([
  'partner', 'partners', 'rival', 'rivals', 'peer', 'competitor', 'parent', 'buyer', 'bidder', 'suitor', 'acquirer',
]);
// (Not "investor" or "shareholder": often a person who owns what the sentence goes on to say, "a
// bid from investor Theodore Cross, owner of six pct of the shares".)

/** Nouns that name a deal as a whole, whose enterprise value is the deal's: "The transaction has a total enterprise value of $9.1 billion". */
export const WHOLE_DEAL_NOUNS: ReadonlySet<string> = new Set(['deal', 'transaction', 'acquisition', 'merger', 'takeover', 'offer', 'bid', 'purchase', 'buyout', 'sale']);
