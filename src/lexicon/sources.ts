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
  // crypto-market data and blockchain analytics firms: "the crypto market's value climbed to $3.7
  // trillion, according to CoinGecko", "hackers stole $2.2 billion last year, Chainalysis said"
  'coingecko', 'coinmarketcap', 'kaiko', 'glassnode', 'chainalysis', 'defillama', 'cryptoquant', 'coinglass', 'farside investors', 'coin metrics', 'messari', 'elliptic', 'trm labs',
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
  // The offices that publish the U.S., British and Australian data series, by the names the press
  // writes ("Retail sales slipped 0.1%, the Commerce Department said" are the U.S.'s).
  ['commerce department', 'U.S.'], ['labor department', 'U.S.'], ['bureau of labor statistics', 'U.S.'], ['bureau of economic analysis', 'U.S.'],
  ['census bureau', 'U.S.'], ['office for national statistics', 'Britain'], ['ons', 'Britain'], ['australian bureau of statistics', 'Australia'],
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

/**
 * Central banks by the names and acronyms the press writes, with the economy whose prices, output
 * and jobs they watch: "The European Central Bank kept its rate at 2% … Inflation stood at 2.2%"
 * is the euro zone's inflation, the bank's only its rate. Lower case; the economy as the press
 * names it ("U.S.", "euro zone"). Names of the form "Reserve Bank of India", "Central Bank of
 * Nigeria" are read by rule (`attribute/country.ts`); "Bank of X" is not, since many are lenders
 * ("Bank of China", "Bank of Ireland", "National Bank of Greece").
 */
export const CENTRAL_BANKS: ReadonlyMap<string, string> = new Map([
  ['federal reserve', 'U.S.'], ['fed', 'U.S.'], ['u.s. federal reserve', 'U.S.'], ['federal reserve board', 'U.S.'], ['u.s. fed', 'U.S.'],
  ['european central bank', 'euro zone'], ['ecb', 'euro zone'],
  ['bank of japan', 'Japan'], ['boj', 'Japan'], ['bank of england', 'Britain'], ['boe', 'Britain'],
  ['bank of canada', 'Canada'], ['boc', 'Canada'], ['bank of korea', 'South Korea'], ['bok', 'South Korea'],
  ['bank of mexico', 'Mexico'], ['banxico', 'Mexico'], ['bank of israel', 'Israel'], ['bank of russia', 'Russia'],
  ['bank of thailand', 'Thailand'], ['bot', 'Thailand'], ['bank indonesia', 'Indonesia'], ['bank negara malaysia', 'Malaysia'], ['bank negara', 'Malaysia'],
  ['bangko sentral ng pilipinas', 'Philippines'], ['bsp', 'Philippines'], ['swiss national bank', 'Switzerland'], ['snb', 'Switzerland'],
  ["people's bank of china", 'China'], ['people’s bank of china', 'China'], ['pboc', 'China'], ['riksbank', 'Sweden'], ['norges bank', 'Norway'],
  ['czech national bank', 'Czech Republic'], ['national bank of poland', 'Poland'], ['nbp', 'Poland'], ['national bank of hungary', 'Hungary'],
  ['magyar nemzeti bank', 'Hungary'], ['south african reserve bank', 'South Africa'], ['sarb', 'South Africa'], ['rba', 'Australia'],
  ['rbi', 'India'], ['rbnz', 'New Zealand'], ['cbrt', 'Turkey'], ['banco central do brasil', 'Brazil'], ['copom', 'Brazil'],
]);
