/**
 * Abbreviations that earnings releases and calls write in capitals but that name a measure, a
 * unit, an accounting basis or a comparison, never an owner: "GAAP net income", "NII rose",
 * "up 9% YoY", "9.4 GWh". Attribution's name finder reads them as common words, so they are
 * never a figure's subject. Written as the text writes them (case matters: "SEC" is a name,
 * "sec" is not on this list); a "Non-" before one ("Non-GAAP") is read the same way.
 */
export const MEASURE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // accounting bases and comparisons
  'GAAP', 'IFRS', 'YoY', 'QoQ', 'MoM', 'YTD', 'TTM', 'LTM', 'NTM', 'CAGR', 'FX', 'LFL',
  // banks' measures
  'NII', 'NIM', 'CET1', 'RWA', 'RWAs', 'ROE', 'ROTE', 'ROA', 'ROIC', 'NPL', 'NPLs', 'NCO', 'NCOs', 'LCR', 'AUM', 'AuM',
  'NPA', 'NPAs', 'GNPA', 'NNPA', 'PCR', 'CASA', 'AT1', 'AT1s', 'NSFR', 'MREL', 'TLAC', 'CCyB', 'SCB', 'ECL', 'DPU', 'RoTE', 'RoE',
  // insurers' measures
  'VNB', 'APE', 'GWP', 'SST', 'VONB', 'NBV', 'CSM', 'BVPS', 'NWP', 'NPE',
  // insurers' lines of business, written as their measures' qualifiers ("the P-C combined ratio")
  'P&C', 'P-C', 'L&H',
  // governments' bonds by their names: the kind of debt a country sells, not its owner ("a new
  // 10-year BTP bond", "JGB yields rose", "€4bn of OATs", "TIPS breakevens")
  'BTP', 'BTPs', 'OAT', 'OATs', 'JGB', 'JGBs', 'TIPS', 'Bund', 'Bunds', 'Bonos', 'BTAN', 'CCTeu',
  // benchmark rates: what a margin moves with, not an owner ("as SORA fell", "lower Hibor")
  'SORA', 'HIBOR', 'Hibor', 'SOFR', 'SONIA', 'EURIBOR', 'Euribor', 'TONA', 'MCLR',
  // table headings of a change, and amounts in a currency's millions or billions ("DKKm", "EURbn")
  'Chg', 'chg', 'EURm', 'EURbn', 'USDm', 'USDbn', 'GBPm', 'GBPbn', 'CHFm', 'CHFbn', 'SEKm', 'SEKbn', 'NOKm', 'NOKbn', 'DKKm', 'DKKbn',
  'HKDm', 'HKDbn', 'SGDm', 'SGDbn', 'JPYbn', 'INRm', 'PLNm', 'PLNbn', 'HUFbn', 'AUDm', 'CADm',
  // operating measures
  'ARR', 'MRR', 'ARPU', 'ACV', 'TCV', 'ASP', 'ASPs', 'FCF', 'OCF', 'KPI', 'KPIs', 'SG&A', 'R&D', 'COGS', 'EBITDA', 'EBIT', 'EPS', 'DPS',
  // telecom and tech results: EBITDA after leases, EBITA, operating income before D&A, capex and
  // opex written in capitals, revenue per account or per paying user; and deals ("before M&A")
  'EBITDAaL', 'EBITDAAL', 'EBITA', 'EBITDAR', 'OIBDA', 'CAPEX', 'OPEX', 'ARPA', 'ARPPU', 'M&A',
  // landlords' and REITs' measures: "EPRA earnings per share", "FFO rose", "NOI grew", "LTV of 38%", "NTA per share", "ERV growth"
  'EPRA', 'FFO', 'AFFO', 'NOI', 'LTV', 'NTA', 'NAV', 'ERV', 'REIT', 'REITs', 'NLA', 'GFA', 'WALE', 'WAULT',
  // a class of office space, not an owner: "Grade A office rents in Central fell 7%"
  'Grade',
  // a council tax band, not an owner: "£2,280 for a Band D home"
  'Band',
  // energy units
  'GWh', 'MWh', 'kWh', 'TWh', 'GW', 'MW',
  // radio bands, line speeds, data and network kinds: what spectrum or a plan is, not its owner
  // ("the auction of 3.6 GHz spectrum raised …", "a 500 Mbps plan", "FTTH connections rose 12%")
  'GHz', 'MHz', 'kHz', 'Gbps', 'Mbps', 'GB', 'TB', 'LTE', 'FTTH', 'FTTP', 'FTTC', 'FWA', 'OTT', 'SVOD', 'AVOD', 'VoD',
  // technology and startup terms: "an AI coding assistant", "the medical imaging AI startup's valuation",
  // "a SaaS firm", "EV makers" (a company's name may still end in one: "Parallax AI" is read as "Parallax")
  'AI', 'GenAI', 'SaaS', 'API', 'GPU', 'LLM', 'EV', 'VC', 'IoT', 'SPAC', 'B2B', 'B2C', 'D2C', 'DTC', 'ESG',
  // payments, brokers' and asset managers' measures and products: "GMV rose 23%", "TPV of $437bn",
  // "ADV hit a record", "ETF inflows", "EBITDA before ESOP costs", "a BNPL lender", "P2P volume"
  'GMV', 'GTV', 'TPV', 'TTV', 'ADV', 'AUA', 'AuA', 'NNM', 'NNA', 'EBTDA', 'ESOP', 'ESOPs', 'ETF', 'ETFs', 'ETP', 'ETPs', 'BNPL', 'P2P',
  // savers' tax-free accounts and funds' legal forms, where money goes, never an owner: "a surge of
  // retail money into tax-free NISA accounts", "ISA season", "rollovers into IRAs", "UCITS funds"
  'NISA', 'ISA', 'ISAs', 'SIPP', 'SIPPs', 'IRA', 'IRAs', 'UCITS', 'OEIC', 'OEICs', 'SICAV', 'SICAVs', 'MMF', 'MMFs',
  // calls' growth bases and software backlogs: "up 11% at CER" (constant exchange rates), "RPO grew
  // 25%", "current RPO", "cRPO", net and gross revenue retention, "G&A should be flat"
  'CER', 'RPO', 'RPOs', 'cRPO', 'NRR', 'GRR', 'G&A',
  // miners' costs and goods: all-in sustaining costs, C1 cash costs, platinum group metals, free on
  // board, hot-rolled coil ("AISC rose 9%", "the PGM basket price", "FOB exports rose")
  'AISC', 'AIC', 'C1', 'PGM', 'PGMs', 'FOB', 'HRC',
  // airlines' unit measures: revenue and cost per available seat mile or kilometre, seat and
  // passenger miles ("PRASM rose 1.1%", "CASM-ex fell 2%", "RPKs grew 9%"); none owns a figure
  'RASM', 'PRASM', 'TRASM', 'CASM', 'CASM-ex', 'RASK', 'PRASK', 'CASK', 'ASM', 'ASMs', 'ASK', 'ASKs', 'RPM', 'RPMs', 'RPK', 'RPKs',
  // hotels' and cruise lines' unit measures: revenue per available room, total revenue per
  // available room, per occupied room, per passenger cruise day ("RevPAR grew 4.5%")
  'RevPAR', 'REVPAR', 'TRevPAR', 'RevPOR', 'RevPAC',
  // shippers', railways' and oil and gas producers' units: containers, tonnage, ton-miles, gas
  // and barrels of oil equivalent ("six 17,000 TEU ships worth $1.1bn", "RTMs fell 3%", "Bcf")
  'TEU', 'TEUs', 'FEU', 'FFE', 'DWT', 'RTM', 'RTMs', 'GTM', 'GTMs', 'MMBtu', 'MMbtu', 'Bcf', 'MMcf', 'Mcf', 'BOE', 'Boe', 'MMBOE', 'MMboe', 'MMbbl', 'Mtpa', 'MTPA',
  // refiners' and producers' measures: gross refining margin, official selling price, lease
  // operating expense, depletion ("GRM of $14.1 a barrel", "Aramco raised the OSP", "LOE per Boe")
  'GRM', 'GRMs', 'OSP', 'OSPs', 'LOE', 'DD&A', 'EBITDAX',
  // time zones after a clock time in market reports: "$3,512.40 per ounce by 1:45 p.m. ET", "at 0930 GMT"
  'ET', 'EST', 'EDT', 'CT', 'CST', 'CDT', 'PT', 'PST', 'PDT', 'GMT', 'UTC', 'BST', 'CET', 'CEST', 'JST', 'HKT', 'SGT', 'AEST', 'AEDT',
]);

/** `word` (as written) is such an abbreviation, perhaps after "Non-" / "non-". */
export function isMeasureAbbreviation(word: string): boolean {
  if (MEASURE_ABBREVIATIONS.has(word)) return true;
  return (word.startsWith('Non-') || word.startsWith('non-')) && MEASURE_ABBREVIATIONS.has(word.slice(4));
}

/**
 * Chemical symbols that give an ore's grade right after a percentage ("the benchmark 62% Fe
 * index", "1.2% Cu", "6% Li2O"): the metal, never an owner. Only there: "Santa Fe" is a name.
 */
export const GRADE_SYMBOLS: ReadonlySet<string> = new Set(['Fe', 'Cu', 'Ni', 'Zn', 'Pb', 'Au', 'Ag', 'Pt', 'Pd', 'Mn', 'Li2O', 'Co', 'Mo', 'Sn', 'V2O5', 'U3O8', 'P2O5', 'K2O']);

/**
 * Credit-rating grades of S&P and Fitch ("affirmed its BBB+ rating", "cut to CCC-"): a grade,
 * never an owner. Read as one only with a sign glued after it or a word of rating next.
 */
export const RATING_GRADES: ReadonlySet<string> = new Set(['AAA', 'AA', 'BBB', 'BB', 'CCC', 'CC']);
/** Words after a grade that show it is one: "a BBB rating", "AA-rated debt". */
export const RATING_GRADE_NEXT: ReadonlySet<string> = new Set(['rating', 'ratings', 'rated', 'grade', 'category', 'territory']);
