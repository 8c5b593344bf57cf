/**
 * Market research and price-tracking firms: they count another's shipments, shares and prices
 * ("Lenovo held 25% of the market, IDC said", "DRAM prices rose 40%, TrendForce said",
 * "according to market tracker DRAMeXchange") and own none of those figures. Lower case, whole
 * names; `attribute/subject.ts` reads them with its stock indexes and data providers.
 */
export const MARKET_RESEARCH_FIRMS: readonly string[] = [
  'idc', 'gartner', 'canalys', 'counterpoint', 'counterpoint research', 'trendforce', 'dramexchange', 'omdia', 'techinsights',
  'strategy analytics', 'ihs markit', 'yole', 'yole group', 'yole développement', 'sensor tower', 'circana', 'npd', 'the npd group',
  'mercury research', 'jon peddie research', 'wsts', 'semi', 'knometa research', 'display supply chain consultants', 'dsc',
  'lseg smartestimate', 'smartestimate', 'visible alpha', 'lseg i/b/e/s', 'i/b/e/s',
];

/**
 * National statistics agencies by the names and acronyms the press writes (Latin America, Africa,
 * the Middle East, Europe), with the country whose figures they count ("inflation was 5.2%,
 * statistics agency IBGE said" is Brazil's). Lower case; `attribute/index.ts` reads them.
 */
export const STATISTICS_AGENCIES: ReadonlyMap<string, string> = new Map([
  ['ibge', 'Brazil'], ['inegi', 'Mexico'], ['indec', 'Argentina'], ['dane', 'Colombia'], ['inei', 'Peru'], ['capmas', 'Egypt'],
  ['turkstat', 'Turkey'], ['turkish statistical institute', 'Turkey'], ['gastat', 'Saudi Arabia'], ['general authority for statistics', 'Saudi Arabia'],
  ['knbs', 'Kenya'], ['kenya national bureau of statistics', 'Kenya'], ['stats sa', 'South Africa'], ['statistics south africa', 'South Africa'],
  ['ghana statistical service', 'Ghana'], ['uganda bureau of statistics', 'Uganda'], ['national bureau of statistics of china', 'China'],
  // Europe's, whose short names carry no word of statistics ("Destatis said", "according to Eurostat").
  ['eurostat', 'euro zone'], ['destatis', 'Germany'], ['insee', 'France'], ['istat', 'Italy'], ['rosstat', 'Russia'],
  ['statistics canada', 'Canada'], ['statcan', 'Canada'], ['stats nz', 'New Zealand'], ['statistics new zealand', 'New Zealand'],
  ['statistics korea', 'South Korea'], ['statistics sweden', 'Sweden'], ['statistics norway', 'Norway'], ['statistics denmark', 'Denmark'],
  ['statistics finland', 'Finland'], ['statistics netherlands', 'Netherlands'], ['statistik austria', 'Austria'],
  // Farm statistics offices, which count their own country's farms and crops ("cash receipts are
  // forecast to fall 2.5%, the Economic Research Service said" are U.S. farms').
  ['economic research service', 'U.S.'], ['national agricultural statistics service', 'U.S.'], ['nass', 'U.S.'],
  ['abares', 'Australia'], ['australian bureau of agricultural and resource economics and sciences', 'Australia'],
  ['australian bureau of agricultural and resource economics', 'Australia'], ['conab', 'Brazil'],
  ['malaysian palm oil board', 'Malaysia'], ['mpob', 'Malaysia'],
]);

/**
 * Nouns of analysts' numbers after "Street" alone, the press's name for the analysts who cover
 * a stock ("beat Street estimates", "below Street expectations"): "Street" there names no one.
 * ("Wall Street" and "Dalal Street" before them stay names.) Lower case.
 */
export const STREET_ESTIMATE_NOUNS: ReadonlySet<string> = new Set([
  'estimate', 'estimates', 'expectation', 'expectations', 'forecast', 'forecasts', 'consensus', 'projections', 'view', 'views',
]);

/**
 * Stock exchanges written as where shares list or trade ("opened at $31.50 on the Nasdaq",
 * "debuted on the NYSE"): after "on" they are a venue, not an owner. Lower case, whole names;
 * a name ending in "Stock Exchange" needs no row ("on the London Stock Exchange").
 * `attribute/subject.ts` reads them.
 */
export const STOCK_EXCHANGES: ReadonlySet<string> = new Set([
  'nasdaq', 'nyse', 'nyse american', 'nyse arca', 'amex', 'cboe', 'lse', 'aim', 'euronext', 'euronext paris', 'euronext amsterdam',
  'xetra', 'asx', 'tsx', 'tsx venture', 'tsxv', 'hkex', 'sgx', 'bse', 'nse', 'jse', 'b3', 'bursa malaysia', 'idx', 'set',
]);
