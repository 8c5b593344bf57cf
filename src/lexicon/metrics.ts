/**
 * Metric cue words: what a figure measures. Data only, one row per rule; `attribute/metric.ts`
 * reads them. Categories are the closed list of the attribution gold format
 * (`ATTRIBUTION.md`). To teach the library a new phrasing, add a phrase to a row (or a row).
 *
 * Phrases are lower case, words separated by one space, matched as whole words and longest
 * first ("net loss per share" beats "net loss", "market share" beats "share"). A `*` stands
 * for one to three words: "share of the * market" reads "share of the Japanese car market".
 */
import { INTERBANK_RATES } from './interbank-rates';

export const METRIC_CATEGORIES = [
  'revenue', 'profit', 'loss', 'ebitda', 'eps', 'dividend', 'margin', 'cost', 'debt', 'cash', 'assets',
  'market-value', 'deal-value', 'price', 'fine', 'tax', 'stake', 'rate', 'other',
] as const;

export type MetricCategory = (typeof METRIC_CATEGORIES)[number];

export interface MetricRow {
  /** Stable id, printed in `about.why`. */
  readonly id: string;
  readonly category: MetricCategory;
  /** Lower-case phrases; a phrase may be a verb ("acquire") when the verb names the measure. */
  readonly phrases: readonly string[];
  /** Only when written right before the figure ("Net 5.3 mln", "Shr 1.20 dlrs"): too vague elsewhere. */
  readonly adjacentOnly?: boolean;
  /** Only as the subject the figure is linked to ("the dollar fell 2% to 149 yen"): elsewhere the word is no measure ("sales in dollar terms"). */
  readonly linkedOnly?: boolean;
  /**
   * Only tied to the figure, before it ("fees of 2 pct", "fees total 1-3/4 pct") or as the noun it
   * modifies ("a 25 basis point fee"): a fee elsewhere in its clause may be one paid to another.
   */
  readonly tiedOnly?: boolean;
  /** Words that cancel the cue when written right before it: "in cash" is how a deal is paid. */
  readonly notAfter?: readonly string[];
  /** Words that cancel the cue when written right after it: "settle at $3.54" is where a price closed. */
  readonly notBefore?: readonly string[];
  /** The name right after the cue owns the figure, not the clause's subject: "regulators fined Acme $5m". */
  readonly subjectAfter?: boolean;
  /** Only linked through a change word ("gold eased 0.4%"): "bought Fourth Coffee for $1.5bn" names no price of coffee. */
  readonly viaChange?: boolean;
  /** Only right after a verb of cutting: "would cut 7% of its workforce" (not "unemployment of 8.2% of the workforce", a rate). */
  readonly afterCut?: boolean;
  /** Only for a percentage followed by "of": "holds 19% of the group" is a stake; "holds $5bn in cash", "inflation held at 2%" are not. */
  readonly percentOf?: boolean;
  /**
   * With `percentOf`: the category the cue names when tied to a percentage with no "of" after it
   * ("the fund returned 8.4%", "a 10.3% return": a fund's return; "return 50% of profit" is a payout).
   */
  readonly tiedElse?: MetricCategory;
  /** Only written right after a percentage: "a 24% share" is a stake; elsewhere "share" is a unit of stock ("$1.20 a share"). */
  readonly afterPercent?: boolean;
  /** A percentage only through a change word: "premiums rose 25%" is revenue, "premiums of 60% over the offer price" are no sales. */
  readonly percentViaChange?: boolean;
  /** Only for a money figure: "closed at $4.45" is a price, "funds opened at 6-3/8 pct" a rate. */
  readonly moneyOnly?: boolean;
  /** Only for a money figure, scaled or not: "a $98 million debut" is a film's takings, "a 38% debut pop" a share price's move. */
  readonly moneyFigure?: boolean;
  /** Only for a money figure with a scale word: "a £100m move" is a transfer, "a $2 move" a price's. */
  readonly scaledMoney?: boolean;
  /** Only for a percentage: "deliveries fell 4%" counts vehicles, but "deliveries fell the six-cent limit" are futures, whose move is a price. */
  readonly percentOnly?: boolean;
  /**
   * The first word of these phrases also begins company names ("Personal Computer", "National
   * Westminster", "Standard Oil"): it never keeps a capitalised word from being read as a name.
   */
  readonly nameSafe?: boolean;
  /** Only written right after the figure, perhaps past a comma: "a $60 million Series A", "Fieldnote, $120 million, Series B". */
  readonly afterFigure?: boolean;
  /**
   * Only when a company is written right before the cue (past "was", "is now", "last"): a name,
   * "it", "which", or a company noun ("the developer is valued at"). "orders valued at" is no company's worth.
   */
  readonly companyBefore?: boolean;
  /** Only in lower case, or opening the sentence: a capitalised word inside one is a name's ("Penn Traffic"). */
  readonly lowerOnly?: boolean;
  /** Phrases that name no measure and hide the cues inside them ("at constant exchange rates" names no rate). */
  readonly skip?: boolean;
  /** Only when the word before is no measure's word: "its U.S. growth forecast" (not "its revenue growth forecast", growth of the revenue). */
  readonly bareOnly?: boolean;
  /** Why these words mean this category. */
  readonly reason: string;
}


/** A lender's loans that are not being repaid: "non-performing loans", "NPLs". */
const BAD_LOANS: readonly string[] = ['non-performing loans', 'nonperforming loans', 'non-performing loan', 'nonperforming loan', 'npls', 'npl'];

/** The letters of a startup's funding rounds: "Series A" to "Series H". */
const SERIES_LETTERS: readonly string[] = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

export const METRIC_ROWS: readonly MetricRow[] = [
  // revenue
  // A government's or fund's receipts are the money it takes in ("receipts rose 11% to $3.6 trillion");
  // depositary and warehouse receipts are securities and documents, a building society's net receipts
  // its deposits, and "receipts for" bonds a security.
  { id: 'revenue.receipts', category: 'revenue', notAfter: ['depositary', 'depository', 'warehouse', 'deposit', 'trust', 'export', 'society', 'societies', 'net', 'retail'], notBefore: ['for'], phrases: ['receipts', 'total receipts'], reason: 'money a government takes in: its revenue' },
  { id: 'revenue', category: 'revenue', phrases: ['revenue', 'revenues', 'sales', 'net sales', 'turnover', 'rev', 'revs', 'top line', 'top-line', 'billings', 'operating revenue', 'operating revenues', 'total revenue', 'gross sales', 'bookings',
    // "organic growth slowed to 2.1%": sales growth without acquisitions and currencies
    'organic growth', 'organic sales', 'organic sales growth', 'organic revenue', 'organic revenue growth',
    // ("posted a 5% organic decline": the move of such sales, named by its basis alone)
    'organic decline', 'organic fall', 'organic drop', 'organic increase', 'organic rise', 'organic gain',
    // "postpaid ARPU rose 2.9%": an operator's revenue per user or account, not a name
    'arpu', 'arpus', 'arpa',
    // an airline's revenue per available seat mile or kilometre, all or passenger only ("RASM rose 3.2%")
    'rasm', 'prasm', 'trasm', 'rask', 'prask',
    // a hotel's revenue per available or occupied room, a cruise line's per passenger day ("RevPAR rose 4.2%")
    'revpar', 'trevpar', 'revpor', 'revpac',
    // a Nigerian or Ghanaian bank's "gross earnings": all its income before costs
    'gross earnings',
    // a bank's fees are its revenue, not a profit, though written "income"
    // (no phrase opens with "commission" or "insurance": words that open a phrase are never names)
    'fee income', 'net fee income', 'net commission income', 'fee and commission income', 'net fee and commission income', 'non-interest income', 'noninterest income',
    // … and so is its net interest income, the other half of a bank's revenue ("NII rose 5% to £6.7bn")
    'net interest income', 'net interest revenue', 'nii', 'net interest income after provisions',
    // … and a British or European bank's "total income" is both together, its top line ("Total income rose 8% to £13.9bn")
    'total income', 'total operating income', 'net operating income',
    // a software company's recurring revenue and its run rate: "ARR grew to $38m", "a revenue run rate of $1bn"
    // (before "rate", which would read "run rate" as an interest rate)
    'arr', 'annual recurring revenue', 'annualised recurring revenue', 'annualized recurring revenue', 'recurring revenue', 'run rate', 'run-rate', 'revenue run rate', 'revenue run-rate',
    'annualised revenue run rate', 'annualized revenue run rate', 'annual revenue run rate', 'annualised run rate', 'annualized run rate', 'run-rate revenue', 'annualised revenue', 'annualized revenue',
    // the share of last year's recurring revenue a software company keeps from the same customers,
    // a ratio of revenue ("net revenue retention was 118%", "a dollar-based net retention rate of
    // 121%"; before "rate", which would read it as an interest rate)
    'net revenue retention', 'net revenue retention rate', 'gross revenue retention', 'gross revenue retention rate', 'net retention', 'net retention rate',
    'dollar-based net retention', 'dollar-based net retention rate', 'net dollar retention', 'net dollar retention rate', 'dollar-based net expansion rate', 'net expansion rate',
    'gross retention', 'gross retention rate', 'nrr', 'grr', 'ndr',
    // a retailer's comparable sales, as headlines shorten them: "China comps down 4%", "comp sales rose 3%"
    'comps', 'comp sales', 'comp-store sales', 'comparable-store sales',
    // a landlord's rents taken in are its revenue, not a profit ("Like-for-like rental income grew 4.2%")
    'rental income', 'net rental income', 'gross rental income', 'rental revenue', 'rental revenues'], reason: 'money coming in from selling: revenue, sales, turnover' },
  // A sports club's income streams are its revenue, not a profit: "broadcasting income of £253m",
  // "Commercial income hit a record €360 million", "matchday income rose 11%". (Their first words
  // also begin names: "Commercial Metals", "Gate Gourmet".)
  { id: 'revenue.club-income', category: 'revenue', nameSafe: true, phrases: ['broadcasting income', 'broadcast income', 'media income', 'commercial income', 'matchday income', 'match-day income', 'match day income', 'sponsorship income', 'gate receipts'], reason: "a club's broadcasting, commercial and matchday income: its revenue" },
  // A film's takings at cinemas are its distributor's revenue: "grossed $122 million over the
  // weekend", "box office receipts rose 14%", "domestic ticket sales stand at $4.6 billion",
  // "took in $38 million" (money taken in, whoever takes it, is revenue).
  // (Also a film's later weekends and its running totals: "fell 58% in its second weekend", "its
  // worldwide gross to $1.1 billion", "lifting its domestic total to $118 million".)
  { id: 'revenue.box-office', category: 'revenue', nameSafe: true, phrases: ['grossed', 'box office', 'box-office', 'box office sales', 'box office receipts', 'box office takings', 'ticket sales', 'opening weekend',
    'opening-weekend', 'second weekend', 'third weekend', 'fourth weekend', 'second-weekend', 'grosses', 'worldwide gross', 'global gross', 'domestic gross', 'international gross', 'overseas gross', 'lifetime gross',
    'domestic total', 'worldwide total', 'global total', 'international total', 'overseas total', 'worldwide haul', 'global haul',
    // "took in $38.2 million at U.S. and Canadian cinemas", "weekend takings" (not "raked in", which
    // as often tells what a share offer raised)
    'took in', 'takings',
    // "forecast a domestic opening of $120 million to $135 million", "a worldwide debut of $310 million"
    'domestic opening of', 'worldwide opening of', 'global opening of', 'worldwide debut of', 'global debut of', 'domestic debut of'], reason: "a film's takings at cinemas: its revenue" },
  // "a $310 million worldwide opening", "a $41 million domestic debut": an amount of money written
  // right before an opening is what a film or show took in it (a listing's debut moves a share
  // price by a percentage, "rose 20% in its debut"; a scaled amount right before a bare "debut" is
  // read in attribute/metric.ts, as "debut" is price.debut's word).
  { id: 'revenue.opening', category: 'revenue', afterFigure: true, moneyFigure: true, phrases: ['opening', 'worldwide debut', 'global debut', 'domestic debut', 'worldwide opening', 'global opening', 'domestic opening', 'weekend debut', 'weekend opening', 'opening-weekend', 'opening weekend'], reason: "what a film or show took in its first days: its revenue" },
  // A bank's or fund manager's trading revenue and the fees it earns are its revenue, not a cost ("investment
  // banking fees slipped 3%", "performance fees more than doubled", "fixed income trading up 17%").
  { id: 'revenue.bank-fees', category: 'revenue', percentViaChange: true, phrases: ['investment banking fees', 'investment banking revenue', 'investment banking revenues', 'fee revenue', 'fee revenues', 'fees and commissions', 'fixed income trading', 'fixed-income trading', 'fixed income revenue', 'ficc', 'ficc trading', 'equity trading'], reason: "a bank's trading revenue and the fees it earns: its revenue" },
  // A percentage only as their change: "management and underwriting fees are 50 basis points" is
  // what a bond issuer pays, not a bank's revenue.
  // (The first words also open names: "Advisory Board", "Performance Food", "Wealth Partners".)
  { id: 'revenue.bank-fees-names', category: 'revenue', nameSafe: true, percentViaChange: true, phrases: ['advisory fees', 'performance fees', 'asset management fees', 'wealth management fees', 'brokerage fees',
    // a fund manager's own fee lines ("Base fees grew 14%", "net management fees increased 8%")
    'management fees', 'net management fees', 'base fees', 'investment advisory fees',
    // an exchange's, custodian's or card network's fee lines ("clearing and transaction fees of $1.35bn")
    'clearing fees', 'clearing and transaction fees', 'trading fees', 'custody fees', 'listing fees', 'market data fees', 'interchange fees',
    'trading revenue', 'trading revenues', 'markets revenue', 'markets revenues', 'equities trading', 'equities revenue', 'equities revenues',
    // Asian banks' word for it: "trading income rose 11%"
    'trading income', 'net trading income'], reason: "a bank's trading revenue and the fees it earns: its revenue" },
  // An insurer's premiums are its sales; a percentage only as their change ("premiums of 20% to 36%" over a price are no sales).
  { id: 'revenue.premiums', category: 'revenue', percentViaChange: true, phrases: ['premiums', 'written premiums', 'gross written premiums', 'net written premiums', 'gross premiums', 'premium income', 'net premiums earned',
    // the other word order of the same measure: "Net premiums written rose 4.2%", "gross premiums written of $9bn"
    'premiums written', 'net premiums written', 'gross premiums written',
    // a life insurer's sales measures ("annualised new premium rose 12%"; not a share's "premium")
    'annualised new premium', 'annualized new premium', 'annualised new premiums', 'annualized new premiums', 'new business premiums', 'single premiums', 'regular premiums', 'gross premium income', 'annualised premium equivalent', 'annualized premium equivalent', 'ape'], reason: "an insurer's premiums: its revenue" },
  // profit
  { id: 'profit', category: 'profit', phrases: ['profit', 'profits', 'net profit', 'operating profit', 'pretax profit', 'pre-tax profit', 'gross profit', 'net income', 'operating income', 'pretax income', 'pre-tax income', 'income', 'earnings', 'net earnings', 'operating earnings', 'ebit', 'ebita', 'adjusted ebita', 'bottom line', 'profit attributable', 'net profits',
    // "Statutory profit before tax of £86m" (British, Indian and African reports): the profit, not the tax
    'profit before tax', 'profit before taxes', 'profit before taxation', 'profits before tax', 'income before taxes', 'income before income taxes', 'earnings before taxes',
    'profit after tax', 'profits after tax', 'headline earnings', 'net profit after tax', 'net profit before tax', 'earnings before interest and tax', 'earnings before interest and taxes',
    // written after the amount a unit earned: "its crush business earned A$76 million before interest and tax" (EBIT, not the tax)
    'before interest and tax', 'before interest and taxes',
    // "a net result of €412m" (continental European reports): the profit
    'net result', 'net results', 'operating result', 'result before tax',
    // Australian banks' headline "cash profit" / "cash earnings" (before the "cash" of a cash pile)
    'cash profit', 'cash profits', 'cash earnings', 'cash net profit',
    // a REIT's or landlord's earnings measures: "core funds from operations rose 7%", "AFFO of $412m",
    // "same-store NOI grew 5.9%", "EPRA earnings fell 2%" (a bank's bare "net operating income" is its revenue) (per share, they are eps)
    'funds from operations', 'core funds from operations', 'adjusted funds from operations', 'ffo', 'core ffo', 'affo', 'normalized ffo', 'normalised ffo',
    'same-store net operating income', 'same-property net operating income', 'noi', 'same-store noi', 'same-property noi', 'epra earnings'], reason: 'what is left after costs: profit, income, earnings, EBIT' },
  { id: 'profit.gain', category: 'profit', phrases: ['extraordinary gain', 'extraordinary gains', 'pretax gain', 'pre-tax gain', 'after-tax gain', 'aftertax gain',
    'one-time gain', 'one-time gains', 'one-off gain', 'one-off gains', 'disposal gain', 'gain on disposal', 'nonrecurring gain', 'non-recurring gain', 'special gain', 'gain on the sale', 'gain on sale', 'gains on the sale', 'gain from the sale',
    'gains on sales', 'gains from sales', 'inventory gain', 'inventory gains', 'inventory holding gain', 'inventory holding gains'], reason: 'a gain booked on a sale or a one-off item is income' },
  { id: 'profit.verb', category: 'profit', phrases: ['earned'], reason: 'a verb of earning names a profit ("the unit earned $2bn")' },
  // (Not after an article: "clients withdrew a net £4.2bn" says the amount is net of flows both ways.)
  { id: 'profit.net-adjacent', category: 'profit', phrases: ['net', 'oper net', 'net inc'], adjacentOnly: true, notAfter: ['a'], reason: 'newswire tables write net profit as "Net 5.3 mln"' },
  // loss
  { id: 'loss', category: 'loss', phrases: ['loss', 'losses', 'net loss', 'net losses', 'operating loss', 'pretax loss', 'pre-tax loss', 'gross loss', 'red ink', 'loss attributable', 'loss before tax', 'loss after tax', 'loss before interest and tax', 'loss before interest and taxes'], reason: 'any loss' },
  // ebitda
  { id: 'ebitda', category: 'ebitda', phrases: ['ebitda', 'adjusted ebitda', 'ebitdar', 'core earnings before interest',
    // "cash EBITDA" is EBITDA with non-cash items taken out, not cash held; Australian lenders
    // report "cash EBTDA" (before tax, depreciation and amortisation, after interest)
    'cash ebitda', 'adjusted cash ebitda', 'ebtda', 'cash ebtda',
    // spelled out, as Latin American and African results write it before "(EBITDA)": not a tax
    'earnings before interest, taxes, depreciation and amortization', 'earnings before interest, taxes, depreciation and amortisation',
    'earnings before interest, tax, depreciation and amortization', 'earnings before interest, tax, depreciation and amortisation',
    'earnings before interest, taxes, depreciation, and amortization', 'earnings before interest, tax, depreciation, and amortisation'], reason: 'earnings before interest, tax, depreciation and amortisation' },
  // Operators report EBITDA after leases ("EBITDAaL", "EBITDA AL") and cable groups OIBDA.
  { id: 'ebitda.operators', category: 'ebitda', phrases: ['ebitdaal', 'adjusted ebitdaal', 'ebitda al', 'adjusted ebitda al', 'ebitda after leases', 'oibda', 'adjusted oibda'], reason: "an operator's EBITDA after lease costs, or operating income before depreciation and amortisation" },
  // eps
  { id: 'eps', category: 'eps', phrases: ['earnings per share', 'eps', 'loss per share', 'profit per share', 'diluted earnings per share', 'income per share', 'net loss per share', 'net income per share', 'shr', 'oper shr', 'shr profit', 'shr loss',
    // the wire's rows of operating results per share: "Oper shr loss 14 cts vs profit nine cts"
    'oper shr profit', 'oper shr loss',
    // US results per diluted or basic share: "Earnings per diluted share were $2.22"
    'earnings per diluted share', 'net earnings per diluted share', 'net income per diluted share', 'income per diluted share', 'adjusted earnings per diluted share',
    'loss per diluted share', 'net loss per diluted share', 'earnings per basic share', 'net income per basic share',
    // South Africa's headline earnings per share (HEPS)
    'headline earnings per share', 'heps',
    // "per share results rose 43 pct to 233 cents", "per-share earnings of $1.10"
    'per share results', 'per-share results', 'per share earnings', 'per-share earnings', 'per share profit', 'per-share profit', 'per share loss', 'per-share loss',
    // a profit measure with its own modifier, then "per share" ("Operating earnings per share rose 12%"):
    // read whole, or "operating earnings" alone would make it a profit
    'operating earnings per share', 'adjusted earnings per share', 'core earnings per share', 'underlying earnings per share', 'basic earnings per share', 'net earnings per share',
    'operating profit per share', 'adjusted profit per share', 'net profit per share', 'adjusted net income per share', 'operating eps', 'adjusted eps', 'core eps', 'underlying eps',
    // a REIT's earnings per share or per unit
    'ffo per share', 'core ffo per share', 'affo per share', 'ffo per unit', 'affo per unit', 'ffo per security', 'epra earnings per share', 'epra eps',
    // spelled out: "a 4.5% rise in funds from operations per security"
    'funds from operations per share', 'funds from operations per unit', 'funds from operations per security'], reason: 'earnings or loss per share' },
  // dividend
  { id: 'dividend', category: 'dividend', phrases: ['dividend', 'dividends', 'payout', 'payouts', 'total payout', 'total payouts', 'div', 'qtly div', 'final dividend', 'interim dividend', 'special dividend',
    // a trust's payout per unit; Brazil's "interest on capital", paid to shareholders like a dividend
    'distribution per unit', 'distributions per unit', 'dpu', 'interest on capital', 'interest on equity',
    // a REIT's or trust's payout: "distributions of 19.0 cents", "a special distribution of 50 cts per share"
    'distributions', 'distribution per security', 'distributions per security', 'special distribution', 'quarterly distribution', 'interim distribution', 'final distribution', 'annual distribution'], reason: 'money paid out to shareholders' },
  // A share of profit paid out: "it will distribute 80% of its 2024 net profit to shareholders",
  // "plans to pay out 60% of earnings" (the payout ratio; only a percentage "of" something).
  { id: 'dividend.payout-share', category: 'dividend', percentOf: true, percentOnly: true, phrases: ['distribute', 'distributes', 'distributed', 'distributing', 'pay out', 'pays out', 'paid out', 'paying out'], reason: 'a share of profit paid out to shareholders: the payout' },
  // "plans to return 50% of profit to shareholders", as Japanese companies state their total payout
  // ratio; with no "of" after the percentage, what a fund or portfolio earned ("a 10.3% return",
  // "returning 14.6%": `other`). Not "in return for".
  { id: 'dividend.payout-return', category: 'dividend', percentOf: true, tiedElse: 'other', percentOnly: true, notAfter: ['in'], phrases: ['return', 'returns', 'returning'], reason: 'a share of profit returned to shareholders: the payout; without "of", a fund\'s return' },
  // margin
  { id: 'margin', category: 'margin', phrases: ['margin', 'margins', 'gross margin', 'operating margin', 'profit margin', 'net margin', 'ebitda margin', 'ebit margin',
    // a bank's net interest margin, as analysts abbreviate it
    'nim', 'nims',
    // a refiner's gross refining margin, as Indian refiners abbreviate it: "its GRM averaged $5.90 a
    // barrel" (not "refining" itself, which names companies: "Sun Refining and Marketing Co")
    'grm', 'grms',
    // a carmaker's operating profit over its revenue: "a return on sales of 2% to 4%"
    'return on sales', 'operating return on sales', 'ebit return on sales',
    // a fund manager's fees over the assets it manages, in basis points: "the average fee rate slipped
    // 0.6 basis points to 38.2 bps" (a result of the period, like the fee margin; not an interest rate)
    'fee rate', 'fee rates', 'average fee rate', 'revenue yield', 'management fee rate', 'effective fee rate',
    // a retailer's gross profit over its sales, as US retailers name it: "the gross profit rate rose 43 basis points"
    'gross profit rate', 'gross margin rate', 'merchandise margin', 'merchandise margins', 'product margin', 'product margins'], reason: 'profit as a share of revenue' },
  // "taking gearing to 16.8%", "net gearing of 22%": net debt over equity, a ratio of the balance sheet.
  { id: 'other.gearing', category: 'other', phrases: ['gearing', 'net gearing', 'gearing ratio', 'debt-to-equity ratio', 'net debt to equity',
    // a landlord's or homebuilder's borrowing against its property or capital: "loan-to-value fell to 31.9%", "a debt-to-capital ratio of 9.8%"
    'loan-to-value', 'loan-to-value ratio', 'loan to value', 'loan to value ratio', 'ltv', 'ltv ratio', 'net ltv', 'debt-to-capital ratio', 'net debt-to-capital ratio', 'debt-to-total capital ratio'], reason: 'net debt over equity, or over property or capital: a ratio, none of the money measures' },
  // "occupancy slipped to 95.8%", "a vacancy rate of 12.9%", "the cancellation rate fell to 14%": the share of
  // space let or of sales undone, none of the money measures and no interest rate.
  { id: 'other.clinical-rates', category: 'other', percentOnly: true, phrases: ['response rate', 'response rates', 'overall response rate', 'objective response rate', 'complete response rate', 'survival rate', 'survival rates', 'remission rate', 'remission rates', 'cure rate', 'cure rates', 'mortality rate', 'mortality rates', 'death rate', 'death rates', 'infection rate', 'infection rates', 'readmission rate', 'readmission rates', 'vaccination rate', 'vaccination rates'], reason: "a trial's or a health system's share of patients: a ratio, none of the money measures" },
  { id: 'other.property-ratios', category: 'other', percentOnly: true, phrases: ['occupancy', 'occupancy rate', 'occupancy rates', 'leased occupancy', 'portfolio occupancy', 'vacancy', 'vacancy rate', 'vacancy rates', 'vacancies', 'cancellation rate', 'cancellation rates', 'reservation rate', 'sales rate'], reason: 'the share of space let or empty, or of sales cancelled: a ratio, none of the money measures' },
  // cost
  { id: 'cost', category: 'cost', phrases: ['tariff costs', 'tariff cost', 'tariff-related costs', 'inventory writedown', 'inventory writedowns', 'inventory write-down', 'inventory write-downs', 'inventory charge', 'inventory charges', 'retention bonuses', 'retention bonus', 'severance costs', 'severance pay', 'severance payments', 'cost', 'costs', 'expense', 'expenses', 'charge', 'charges', 'write-down', 'write-downs', 'writedown', 'writedowns', 'write-off', 'write-offs', 'writeoff', 'impairment', 'impairments', 'capex', 'capital expenditure', 'capital expenditures', 'capital spending', 'capital budget', 'capex budget', 'spending', 'outlays', 'outlay', 'provision', 'provisions', 'aisc', 'all-in sustaining cost', 'all-in sustaining costs', 'restructuring charge', 'opex', 'operating expenses',
    // pay in shares, an expense however it is paid (not the "compensation" of a settlement)
    'stock-based compensation', 'share-based compensation', 'equity-based compensation', 'stock compensation', 'equity compensation', 'stock-based compensation expense', 'share-based compensation expense', 'compensation expense', 'compensation expenses', 'sbc', 'wage bill', 'payroll', 'player payroll', 'team payroll', 'fuel bill', 'fuel bills', 'spend', 'spends', 'spent', 'to spend', 'costing',
    'wrote down', 'write down', 'writes down', 'writing down', 'wrote off', 'write off', 'writes off', 'writing off',
    // "the job cuts would save $1.4bn a year": costs saved
    'save', 'saves', 'cost savings', 'cost saving', 'cost cuts', 'cost reductions',
    // written as one hyphened word before its noun: "a £3bn cost-savings programme", "a €500m cost-cutting plan"
    'cost-savings', 'cost-saving', 'cost-cutting',
    // an airline's cost per available seat mile or kilometre ("CASM-ex fell 2%", "CASK rose 4%")
    'casm', 'casm-ex', 'cask', 'cask-ex',
    'annual savings'], reason: 'money going out: costs, expenses, charges, write-downs, capex' },
  // A government's spending and what its debt costs it: "total expenditure is budgeted at Rs 53.5
  // lakh crore", "interest payments are projected at Sh1.09 trillion", "a record 122.3 trillion yen
  // budget" (a budget's amount is what it plans to spend; "budget deficit" and the like are below).
  // (Not "interest payments on 68 billion dlrs of debt": what follows "on" is the debt they are paid on.)
  { id: 'cost.public', category: 'cost', notBefore: ['on'], phrases: ['expenditure', 'expenditures', 'total expenditure',
    'interest payments', 'interest payment', 'net interest payments', 'interest costs', 'interest bill', 'debt interest', 'debt service', 'debt servicing', 'debt-servicing costs', 'debt servicing costs', 'debt service costs',
    'interest payments on the * debt', 'interest on the * debt', 'interest on the debt', 'interest payments on the debt',
    'spending plan', 'spending plans'], reason: "a government's spending and the interest it pays: money going out" },
  // (A word that opens company names too, "Budget Rent a Car": it may still be a name. Only tied to
  // its figure, and a percentage only as its change: "the budget forecast of eight pct" for
  // inflation is no spending.)
  { id: 'cost.budget', category: 'cost', nameSafe: true, tiedOnly: true, percentViaChange: true, phrases: ['budget', 'budgets'], reason: "a budget's amount: what it plans to spend" },
  // A government's balance: "a deficit of 4.4% of GDP", "a primary surplus of 1.6 trillion pesos",
  // "its budget gap grew to $1.15 billion", "fiscal headroom of £22 billion". None of the closed
  // list's measures (not a company's loss, nor money owed).
  // A country's trade: "China's exports grew 8.1%", "imports fell 0.2%" (no company's revenue or
  // cost, and no growth of the whole economy).
  { id: 'other.trade', category: 'other', lowerOnly: true, phrases: ['exports', 'imports', 'export growth', 'import growth', 'shipments abroad'], reason: "a country's trade in goods and services: none of the money measures" },
  { id: 'other.fiscal-balance', category: 'other', phrases: ['deficit', 'deficits', 'budget deficit', 'budget deficits', 'fiscal deficit',
    'surplus', 'budget surplus', 'fiscal surplus', 'shortfall', 'budget shortfall', 'budget gap', 'budget hole', 'financing gap', 'funding gap', 'fiscal gap',
    'headroom', 'fiscal headroom', 'fiscal space'], reason: "a government's budget balance or its margin against its fiscal rules: none of the money measures" },
  // A bank's provisions for bad loans are a cost, though they name "losses": "provisions for credit losses
  // fell to $1.8bn", "loan-loss provisions", "net charge-offs of $1.5bn", "credit costs were ¥41bn".
  { id: 'cost.credit', category: 'cost', phrases: ['provisions for credit losses', 'provision for credit losses', 'provisions for loan losses', 'provision for loan losses', 'provisions for loan and lease losses', 'provision for loan and lease losses',
    'credit loss provisions', 'credit loss provision', 'loan loss provisions', 'loan loss provision', 'loan-loss provisions', 'loan-loss provision', 'credit impairment charge', 'credit impairment charges', 'loan impairment charges', 'loan impairment charge',
    'credit costs', 'credit cost', 'net charge-offs', 'charge-offs', 'net charge offs', 'net write-offs', 'expected credit losses', 'expected credit loss', 'bad loan provisions', 'bad-loan provisions', 'provisions and contingencies',
    // Singapore and Hong Kong banks write "allowances": "allowances for credit losses rose to S$187m"
    'allowances for credit losses', 'allowance for credit losses', 'allowances for credit and other losses', 'credit allowances'], reason: 'what a bank sets aside or writes off for bad loans: a cost' },
  // A bank's or insurer's cost ratios: "the cost-to-income ratio improved to 49.8%", "an expense ratio of 27%",
  // also written with a colon or a slash ("the cost:income ratio", "its cost/income ratio")
  // (its costs as a share of income or premiums; not the "income" inside the word).
  { id: 'cost.ratio', category: 'cost', phrases: ['cost-to-income ratio', 'cost-to-income', 'cost-income ratio', 'cost-income', 'cost to income ratio', 'cost income ratio', 'cost-to-income ratios', 'cost-income ratios', 'efficiency ratio', 'expense ratio', 'cost ratio', 'cost-to-assets ratio', 'cost to assets ratio',
    'cost:income ratio', 'cost:income', 'cost/income ratio', 'cost/income', 'cost:income ratios', 'cost/income ratios'], reason: "a bank's or insurer's costs as a share of its income or premiums" },
  // "Player wages totalled €573 million", "salaries of $2.1bn": pay is a cost; in money only ("wages
  // rose 3.2%" in an economy story is no company's cost).
  { id: 'cost.pay', category: 'cost', moneyFigure: true, phrases: ['wages', 'salaries', 'player wages', 'wages and salaries', 'salary costs', 'wage costs', 'player salaries'], reason: 'pay for staff or players: a cost' },
  // "average hourly earnings rose 0.4%": workers' pay in a jobs report, not a company's profit.
  // (Not "weekly earnings": "Weekly" opens the names of papers, "Defence Weekly said"; nor before
  // "for" or "per": "average earnings for panamax carriers" are ships' hire, "… per share" a company's.)
  { id: 'other.pay', category: 'other', notBefore: ['per', 'for'], phrases: ['hourly earnings', 'average hourly earnings', 'average weekly earnings', 'average earnings', 'regular pay', 'total pay', 'wage growth', 'pay growth',
    // one worker's pay, not a payroll: "Top hourly wages will rise to $31.50", "average weekly wages rose to £730",
    // "the minimum wage rises to $16.90", "a starting salary of £31,049", "a 4.5% pay rise"
    'hourly wage', 'hourly wages', 'average wage', 'average wages', 'average weekly wages', 'average hourly wage', 'average hourly wages', 'average salary', 'average salaries',
    'median salary', 'starting salary', 'starting salaries', 'minimum wage', 'minimum wages', 'living wage', 'national living wage', 'real living wage',
    'pay rise', 'pay rises', 'pay raise', 'pay raises', 'pay award', 'pay awards', 'pay offer', 'pay offers', 'pay increase', 'pay increases', 'pay settlement'],
  reason: "workers' pay in a jobs report, not a company's cost or profit" },
  // "median household income was $80,610", "real disposable income fell 1.2%": a household's
  // income over a period, a result of it as a company's profit is, but no company's profit.
  { id: 'other.household-income', category: 'other', notBefore: ['per'], phrases: ['household income', 'household incomes', 'median household income', 'disposable income', 'disposable incomes', 'real disposable income', 'household disposable income',
    'real household disposable income', 'personal income', 'personal incomes'], reason: "a household's income over a period, not a company's profit" },
  // "would cut about 7% of its workforce", "shed 12% of staff": a share of a company's people cut,
  // counted in heads (only after "of" and a verb of cutting: "staff costs rose 4%" is a cost, and
  // "unemployment rose to 8.2% of the workforce" a rate, read by their own rows).
  { id: 'other.workforce', category: 'other', percentOf: true, afterCut: true, phrases: ['workforce', 'work force', 'global workforce', 'staff', 'employees', 'headcount', 'jobs', 'workers', 'employee base'], reason: "a share of a company's workforce: people, none of the money measures" },
  // "traders see a 60% chance of a cut", "a 75 percent probability of a hike": odds
  // that something happens, not a rate, price or share of anything (only right after the figure:
  // "little chance of a rise above 6-3/4 pct" is a rate).
  { id: 'other.odds', category: 'other', percentOnly: true, afterFigure: true, phrases: ['chance', 'chances', 'probability', 'probabilities', 'likelihood', 'odds'], reason: 'the odds that something happens: none of the money measures' },
  // "aiming for savings of DKK 8 billion a year": costs cut (not a saver's: "depositors withdrew savings of $2bn")
  { id: 'cost.savings', category: 'cost', notAfter: ['withdrew', 'withdraw', 'withdrawn', 'their', 'his', 'her', 'household', 'personal', 'retirement', 'life'], phrases: ['savings of'], reason: 'costs cut' },
  // "Fees total two pct, with 1-1/4 pct for selling": what a bond issue pays its banks
  { id: 'cost.fees', category: 'cost', tiedOnly: true, notBefore: ['income', 'revenue', 'revenues'], phrases: ['fees', 'fee', 'selling concession'], reason: 'fees paid are a cost' },
  // "set aside another 480 million zlotys for legal risk": a provision, the verb right before the
  // amount ("set aside 20% of their acreage" is no cost).
  // Operators' capex: "capital additions", and capex as a share of revenue ("capex intensity").
  // Korean companies' word for capex: "raised its facility investment plan to 29 trillion won".
  // (An operator's spending plan over years: "a $111 billion investment plan for 2025-2029", "capital
  // investment of about £8.3 billion", "a five-year capital plan of $13.8 billion": capex, not a deal.)
  { id: 'cost.capex', category: 'cost', phrases: ['capital additions', 'capex intensity', 'capital intensity', 'facility investment', 'facility investments', 'facilities investment',
    'capital investment', 'capital investments', 'investment plan', 'investment plans', 'investment programme', 'investment program', 'capital plan', 'capital plans', 'capital programme', 'capital program', 'investment budget'], reason: "an operator's capital expenditure, or its ratio to revenue" },
  // "takes 9.6 billion crown hit on U.S. offshore projects", "a $2 billion hit from the writedown":
  // an amount of money before "hit" is a charge.
  { id: 'cost.hit', category: 'cost', afterFigure: true, moneyFigure: true, phrases: ['hit'], reason: 'a hit to the accounts: a charge, a cost' },
  { id: 'cost.set-aside', category: 'cost', adjacentOnly: true, percentViaChange: true, phrases: ['set aside', 'sets aside', 'setting aside'], reason: 'money set aside is a provision, a cost' },
  // debt
  { id: 'debt', category: 'debt', phrases: ['credit card balances', 'credit card debt', 'debt', 'debts', 'net debt', 'borrowing', 'borrowings', 'loan', 'loans', 'liabilities', 'bonds', 'bond', 'credit facility', 'credit line', 'debt load', 'indebtedness', 'tranche', 'tranches', 'fixed income securities', 'fixed-income securities',
    'term loan', 'term loans', 'bridge loan', 'bridge loans', 'bridge facility', 'syndicated loan', 'revolving credit facility', 'revolving credit',
    'notes', 'hybrid note', 'hybrid notes', 'hybrid bond', 'hybrid bonds', 'debenture', 'debentures', 'eurobond', 'eurobonds',
    // Islamic bonds, as Gulf, Egyptian, Turkish and Malaysian issuers sell them ("$2 billion in sukuk")
    'sukuk', 'sukuks',

    // banks' capital securities: "a CHF 450m perpetual Additional Tier 1 note", "AT1 bonds"
    'perpetual bond', 'perpetual bonds', 'perpetual note', 'perpetual notes', 'perpetuals', 'at1', 'at1s', 'covered bond', 'covered bonds',
    // a debt ratio ("the debt-to-GDP ratio rose to 43%")
    'debt-to-gdp', 'debt-to-gdp ratio', 'debt ratio', 'debt-to-gdp ratios',
    // debt service as a share of exports: "the debt service ratio widened to 33.2 pct"
    'debt service ratio', 'debt-service ratio'], reason: 'money owed' },
  // The IMF's lending to a country: "a $7 billion Extended Fund Facility", "a disbursement of about
  // $1 billion", "a 36-month Stand-By Arrangement of $3 billion": a loan, money the country owes.
  // (Their first words open names too, "Extended Stay", "Rapid Global": they may still be names.)
  { id: 'debt.imf', category: 'debt', nameSafe: true, phrases: ['extended fund facility', 'extended credit facility', 'stand-by arrangement', 'standby arrangement', 'stand-by credit facility', 'extended arrangement', 'flexible credit line', 'precautionary and liquidity line', 'rapid financing instrument', 'resilience and sustainability facility'], reason: "the IMF's loan programmes: money the borrower owes" },
  { id: 'debt.programme', category: 'debt', phrases: ['loan programme', 'loan program', 'bailout programme', 'bailout program', 'bailout loan', 'bailout loans', 'disbursement', 'disbursements'], reason: "a lender's loan programme and its payouts: money the borrower owes" },
  // British government bonds ("sell £300bn of gilts"); not the young sows of a hog market report
  // ("barrows and gilts rose $1"). (Not "Treasury": a word that opens a phrase is never a name.)
  // What a debt office or borrower sells: "€400 billion of gross issuance", "a $100m note issuance
  // facility". (Not "the issuance of 45% of the stock": what is issued then names it.)
  { id: 'debt.issuance', category: 'debt', notBefore: ['of'], notAfter: ['share', 'stock', 'equity'], phrases: ['issuance', 'gross issuance', 'net issuance'], reason: 'securities sold to borrow are money owed' },
  { id: 'debt.gilts', category: 'debt', notAfter: ['and', 'barrows'], phrases: ['gilts', 'gilt'], reason: 'British government bonds are money owed' },
  // "the government will borrow Rs 6.6 lakh crore", "agreed to borrow up to 150 billion yen",
  // "Americans owed $1.23 trillion on their credit cards": the verb right before the amount.
  { id: 'debt.borrow', category: 'debt', adjacentOnly: true, phrases: ['borrow', 'borrows', 'borrowed', 'owe', 'owes', 'owed', 'owing'], reason: 'money borrowed or owed is debt' },
  // Bank notes are money in circulation, not money owed ("notes and coin", "notes in circulation").
  { id: 'other.banknotes', category: 'other', phrases: ['notes in circulation', 'notes and coin', 'notes and coins', 'note circulation', 'notes issued'], reason: 'bank notes: money in circulation' },
  // A country's money stock ("The money stock stood at 231.8 billion marks", "money supply rose 2.1
  // billion dlrs"): money held in the economy, not a company's stock nor its cash. (Not the
  // aggregates' codes, M1 or M-3: written capitalised, they would cut names such as "West German M3".)
  { id: 'other.money-supply', category: 'other', moneyOnly: true, phrases: ['money supply', 'money stock', 'monetary base', 'broad money', 'narrow money'], reason: "an economy's money stock: money in circulation and deposits" },
  // cash
  { id: 'cash', category: 'cash', notAfter: ['in', 'all', 'and'], phrases: ['cash', 'cash flow', 'free cash flow', 'operating cash flow', 'cash pile', 'cash reserves',
    // a gold miner's cash with the metal it holds ("Cash and bullion rose by A$412 million"): not a price of gold
    'cash and bullion', 'cash and gold'], reason: 'cash held or generated' },
  // "ended the quarter with $6.3 billion in liquidity", "total liquidity of $18bn": cash and undrawn credit lines.
  { id: 'cash.liquidity', category: 'cash', phrases: ['liquidity', 'total liquidity', 'available liquidity', 'net liquidity'], reason: 'cash and undrawn credit a company can draw on' },
  // "ended the quarter with $3.1bn in cash and short-term investments": holdings, even after "in".
  { id: 'cash.holdings', category: 'cash', phrases: ['cash and equivalents', 'cash and cash equivalents', 'cash and short-term investments', 'cash and investments', 'cash and marketable securities', 'cash and short-term deposits', 'cash on hand',
    // "cash proceeds from the warrants": cash coming in, not a deal's value
    'cash proceeds'], reason: 'cash and near-cash held' },
  // A blank-check company's cash held for its merger: "Harbor Lane holds $245 million in its trust
  // account". (nameSafe: "Bankers Trust", "Royal Trust" stay names.)
  { id: 'cash.trust-account', category: 'cash', nameSafe: true, phrases: ['trust account', 'trust accounts'], reason: 'cash and near-cash held' },
  // assets
  // (A market's homes for sale are no one's holding: "U.S. housing inventory rose 5%".)
  { id: 'assets.inventory', category: 'assets', notAfter: ['housing', 'home', 'homes', 'property', 'car', 'vehicle'], phrases: ['inventory', 'inventories'], reason: 'goods a company holds' },
  // A bank's lending is what it holds, not what it owes: "the loan book grew 9.8%", "gross loans and advances rose to R1.2 trillion".
  { id: 'assets.loan-book', category: 'assets', phrases: ['loan book', 'loan books', 'loan portfolio', 'loan portfolios', 'loans and advances', 'gross loans and advances', 'net loans and advances', 'loans and advances to customers', 'gross loans', 'net loans'], reason: "a bank's loans: what it holds" },
  { id: 'assets', category: 'assets', phrases: ['assets', 'total assets', 'net assets', 'assets under management', 'aum',
    // an insurer's or fund's invested portfolio ("£95 billion of invested assets"; not the verb "invested")
    'invested assets', 'assets under administration', 'assets under management and administration', 'deposits', 'reserves', 'foreign reserves', 'book value', 'shareholders equity',
    // a fund manager's assets as Australians write them ("funds under management rose to A$118bn"), and
    // a landlord's or fund's net worth per share ("a 1.8% fall in net asset value per share")
    'funds under management', 'fum', 'net asset value', 'net asset value per share', 'nav', 'nav per share', 'net tangible assets', 'net tangible assets per share', 'nta per share'], reason: 'what is owned or held' },
  // market value
  { id: 'market-value', category: 'market-value', phrases: ['market value', 'market capitalisation', 'market capitalization', 'market cap', 'valuation', 'market worth', 'enterprise value', 'valuing', 'last valued at', 'value * at', 'values * at', 'valued * at',
    'values * at', 'valued * at', 'valuing * at',
    // a funding round's "$620 million post-money", "a $1.8 billion pre-money valuation"
    'post-money', 'pre-money', 'post-money valuation', 'pre-money valuation',
    // a landlord's property portfolio: "the value of its portfolio edged up 0.4%", "the portfolio was valued at £10.2bn", "revaluations fell A$402m"
    'value of its portfolio', 'value of the portfolio', 'value of its * portfolio', 'value of the * portfolio', 'portfolio value', 'portfolio valuation', 'property valuation', 'property valuations',
    'portfolio was valued at', 'portfolio is valued at', 'property revaluations', 'property revaluation', 'portfolio revaluation'], reason: 'what a company or its property is worth' },
  // "Quillon was valued at $700 million", "the developer is now valued at $27bn", "the €1.2bn it was
  // valued at": what a company is worth, only when a company is what is valued ("valued * at" needs
  // a word between; "orders valued at $9bn", "exports were valued at $34m" are not a company's worth).
  // (Also "the club is now worth $4.7 billion", "Acme was worth $2bn": what a company or a team is
  // worth; "a deal worth $5bn", "shares worth $1m" are not a company's worth.)
  // "Investors lost ₹31 lakh crore in wealth", "investor wealth rose by ₹5 lakh crore": Indian
  // market reports' name for the market value of listed shares (tied; not a sovereign wealth fund,
  // a household's wealth or wealth management).
  { id: 'market-value.investor-wealth', category: 'market-value', tiedOnly: true, phrases: ['wealth'],
    notAfter: ['sovereign', 'household', 'households', 'personal', 'private', 'national', 'net', 'combined', 'his', 'her', 'their', 'family'],
    notBefore: ['fund', 'funds', 'management', 'manager', 'managers', 'tax', 'taxes', 'gap', 'inequality', 'effect'], reason: 'the market value of the shares investors hold' },
  { id: 'market-value.valued-at', category: 'market-value', companyBefore: true, phrases: ['valued at', 'worth'], reason: 'what a company is worth' },
  // deal value
  // A league's or a tournament's rights sold to broadcasters and streamers: "paid ₹7,500 crore for
  // media rights". (Their first words also end names: "Norvik Media said", "Orbis TV", "Kestrel Broadcasting".)
  { id: 'deal-value.media-rights', category: 'deal-value', nameSafe: true, phrases: ['media rights', 'broadcast rights', 'broadcasting rights', 'tv rights', 'television rights', 'streaming rights'], reason: 'rights to show a sport or a show, bought or sold: a deal' },
  { id: 'deal-value', category: 'deal-value', phrases: ['deal', 'deals', 'acquisition', 'acquisitions', 'merger', 'takeover', 'buyout', 'contract', 'contracts', 'order', 'orders', 'investment', 'investments', 'funding', 'funding round', 'bid', 'winning bid', 'winning bids', 'offer', 'tender offer', 'counter-offer', 'counteroffer', 'counterbid', 'counter-bid', 'purchase', 'sale', 'transaction', 'agreement', 'agreements', 'pact', 'pacts', 'financing', 'joint venture', 'tender', 'offering', 'offerings', 'equity offering', 'share offering', 'rights issue',
    'rights deal', 'rights deals', 'rights fee', 'rights fees', 'rights package', 'naming rights', 'transfer fee', 'ipo', 'initial public offering', 'ipos', 'initial public offerings', 'package', 'bailout', 'stimulus', 'grant', 'loan package', 'milestone', 'milestones', 'milestone payment', 'milestone payments', 'sales milestones', 'upfront payment',
    // a drug licence's terms: "$150 million upfront and up to $1.5 billion in milestones"
    'upfront', 'up-front', 'upfront payments', 'up-front payment', 'licensing deal', 'licensing deals', 'licensing agreement', 'licence deal', 'license deal',
    // "lift gross proceeds to $994 million": what an offering or a sale brings in
    'proceeds', 'gross proceeds', 'net proceeds',
    // orders taken and not yet delivered: "the backlog stood at $6.1bn", "a forward order book of £2.3bn"
    'backlog', 'backlogs', 'order book', 'order books', 'forward order book', 'orderbook', 'order backlog', 'order intake', 'new orders', 'net orders',
    // a software company's backlog: revenue contracted and not yet recognised ("RPO rose 37% to
    // $63.3 billion", "current remaining performance obligation was $29.4 billion")
    'remaining performance obligations', 'remaining performance obligation', 'current remaining performance obligations', 'current remaining performance obligation',
    'rpo', 'rpos', 'crpo', 'current rpo', 'contracted backlog'],
    // ("a £58m increase in financing costs", "transaction costs of $40m": what a deal or its funding costs is a cost.)
    notBefore: ['costs', 'cost'], reason: 'the value of a deal: acquisition, merger, contract, order, investment, funding' },
  // A footballer's transfer, in money right before it: "agreed a £100m transfer for the winger".
  { id: 'deal-value.transfer', category: 'deal-value', afterFigure: true, moneyFigure: true, phrases: ['transfer', 'transfer deal'], reason: "a player's transfer between clubs: a deal's value" },
  // A transfer's fee told as a record, and the add-ons on top of it: "a club-record fee of £65m
  // plus £5m in add-ons". (Their first words also begin names: "the Paris Club", "Record Plc".)
  { id: 'deal-value.fee-record', category: 'deal-value', nameSafe: true, phrases: ['record fee', 'club-record fee', 'club record fee', 'add-ons', 'add-on payments'], reason: "a player's record fee and its add-ons: a deal's value" },
  // The same transfer as a move, in scaled money right before it: "completed a £100m move", "a
  // £45m switch to Harbour City" (not a price's "$2 move" on the day).
  { id: 'deal-value.move', category: 'deal-value', afterFigure: true, scaledMoney: true, phrases: ['move', 'switch'], reason: "a player's move between clubs, in millions: a deal's value" },
  // A listing's size and a takeover approach, in money, right after it: "halted the $37 billion
  // listing of its fintech affiliate", "rejected a $45 billion approach from a rival" (not "costs
  // could approach $2.3 billion", nor a bond's "10,000 dlrs and listing is in Luxembourg").
  { id: 'deal-value.listing', category: 'deal-value', moneyFigure: true, afterFigure: true, phrases: ['listing', 'listings', 'flotation', 'share listing', 'stock market listing', 'approach', 'takeover approach', 'buyout approach'], reason: "the size of a share listing or of a takeover approach: a deal's value" },
  // The parts of a deal's price, in money: "including A$600m in deferred payments", "the cash
  // component of €2.8bn", "the total consideration of 29.5 mln stg" (not "a 4.3 pct cut in the
  // cash portion of the payments"; nor "under consideration", "a major consideration").
  { id: 'deal-value.parts', category: 'deal-value', moneyFigure: true, notAfter: ['under', 'into', 'major', 'important', 'serious', 'careful', 'further', 'its', 'their', 'his', 'her'],
    phrases: ['deferred payment', 'deferred payments', 'deferred consideration', 'contingent payment', 'contingent payments', 'contingent consideration', 'earn-out', 'earn-outs', 'earnout', 'earnouts',
      'consideration', 'cash consideration', 'total consideration', 'cash component', 'cash portion', 'cash element', 'stock component', 'share component', 'upfront cash'], reason: "a part of a deal's price" },
  // (Not after "for": "1-1/4 pct for selling and 5/8 pct for management" is a bond's fee split.)
  { id: 'deal-value.verb', category: 'deal-value', notAfter: ['for'], phrases: ['acquire', 'acquires', 'acquired', 'acquiring', 'buy', 'buys', 'bought', 'buying', 'purchased', 'sell', 'sells', 'sold', 'selling', 'invest', 'invests', 'invested', 'investing', 'raised funding', 'won a contract', 'awarded'], reason: 'a verb of buying, selling or investing names a deal' },
  // A startup's funding rounds: "raised $85 million in a Series C round", "a $60 million Series A",
  // "Fieldnote, $120 million, Series B". The bare letter only right after the figure (a comma between):
  // elsewhere "Series A" is also a class of securities ("Series A preferred stock", "50 cts on Series A").
  { id: 'deal-value.series', category: 'deal-value', afterFigure: true, phrases: SERIES_LETTERS.map((l) => `series ${l}`), reason: 'a startup\'s funding round: money invested' },
  { id: 'deal-value.series-round', category: 'deal-value', phrases: SERIES_LETTERS.flatMap((l) => ['round', 'funding', 'funding round', 'financing', 'financing round', 'investment', 'extension', 'raise'].map((w) => `series ${l} ${w}`)), reason: 'a startup\'s funding round: money invested' },
  // "a $900,000 seed round", "a round led by Northgate", "a €300 million cheque" (what one investor put in).
  // (The first words also open names: "Venture Partners", "Seed Capital".)
  { id: 'deal-value.round', category: 'deal-value', nameSafe: true, phrases: ['seed round', 'seed funding', 'seed financing', 'pre-seed', 'pre-seed round', 'round led by', 'round of funding', 'round of financing', 'financing round', 'fundraising', 'fundraise',
    'venture funding', 'venture capital', 'venture investment', 'cheque', 'pre-ipo round', 'bridge round', 'down round', 'up round', 'extension round'], reason: 'a startup\'s funding round: money invested' },
  // "closed a 650 million reais ($118 million) round at a valuation of 4.2 billion reais": "round"
  // alone right after an amount of money (past its stated equivalent) is the round's size, not
  // the valuation named later in the clause.
  // (Not "a 1.5 billion dlr round of customer repurchase agreements": a round of something else.)
  { id: 'deal-value.round-after', category: 'deal-value', afterFigure: true, moneyFigure: true, notBefore: ['of'], phrases: ['round'], reason: 'a startup\'s funding round: money invested' },
  // "the state fund, which put in 500 million yuan": money an investor put into a company (the verb right before the amount).
  { id: 'deal-value.put-in', category: 'deal-value', adjacentOnly: true, phrases: ['put in', 'puts in', 'putting in', 'poured in', 'pumped in', 'injected'], reason: 'money an investor put into a company' },
  // "the unit could fetch $2 billion": what a sale would bring (the verb right before the amount; "crude fetches a premium of 80 cents" is a price).
  { id: 'deal-value.fetch', category: 'deal-value', adjacentOnly: true, phrases: ['fetch', 'fetches', 'fetched'], reason: 'what a sale would bring' },
  // "Quillmark raised $400 million", "plans to raise $1 billion": money raised from investors or lenders (the verb right before the amount).
  { id: 'deal-value.raised', category: 'deal-value', adjacentOnly: true, phrases: ['raised', 'raises', 'raise', 'raising'], reason: 'money raised from investors or lenders: a funding round, an offering' },
  // price
  // "home values rose 0.4%", "property values"
  // (Also a housing market's or a builder's price over a month, quarter or year: "the median existing home
  // price jumped 4% to $407,200", "the average selling price rose 2% to £362,000".)
  { id: 'price.names', category: 'price', nameSafe: true, phrases: ['home value', 'home values', 'property values',
    'home price', 'home prices', 'house price', 'house prices', 'median home price', 'median sale price', 'median sales price', 'median existing home price', 'median existing-home price',
    'median new home price', 'average house price', 'average home price', 'average selling price', 'average sales price', 'average sale price', 'average price of a home', 'new home prices', 'asking prices',
    // "the median price of a new home sold in January was $412,500" (the homes sold are what is priced, no deal)
    'median price of a home', 'median price of a new home', 'median price of an existing home', 'average price of a new home', 'median price of homes sold', 'median price of a * home sold', 'median price of a home sold'], reason: 'the price of a home' },
  // "a bottle of milk sells for £1.65", "the computer will sell for about 2,200 dlrs": what a good
  // costs (a scaled sum sold for is a deal's: "agreed to sell for 40 mln dlrs its unit", metric.ts).
  { id: 'price.sells-for', category: 'price', phrases: ['sells for', 'sell for', 'selling for', 'sells at', 'sell at', 'selling at'], reason: 'what a good sells for: its price' },
  { id: 'price', category: 'price', notAfter: ['in', 'and'], notBefore: ['exchange', 'exchanges', 'split', 'splits'], phrases: ['price', 'prices', 'share price', 'asp', 'asps', 'stock price', 'shares', 'stock', 'priced', 'price tag', 'list price', 'fare', 'fares', 'rent', 'rents', 'crude',
    // a hotel's average price of a room a night ("the average daily rate climbed 1.1% to $182.40"),
    // and tickets ("season tickets will rise 6%"; "ticket sales" are revenue)
    'average daily rate', 'average daily rates', 'average daily room rate', 'average room rate', 'average room rates', 'room rate', 'room rates', 'average rate per room',
    'ticket', 'tickets', 'season tickets', 'season ticket', 'ticket price', 'ticket prices', 'average ticket price', 'average ticket prices',
    // "the game retails at $69.99"
    'retails at', 'retail at', 'retailing at', 'retails for', 'retail for', 'retailing for',
    // "the $5 meal deal": what a set menu costs
    'meal deal', 'meal deals', 'value meal', 'value meals',
    // "the median dwelling value rose 0.6%", "tuition and fees average $11,610"
    'dwelling value', 'dwelling values', 'tuition', 'tuition fees',
    // what an insurer charges, which insurance stories call rates: "personal auto rates up 11%",
    // "reinsurance rates rose 5% at the renewals"
    'premium rates', 'renewal rates', 'reinsurance rates', 'insurance rates', 'auto rates', 'auto insurance rates', 'catastrophe rates', 'property catastrophe rates', 'reinsurance pricing', 'insurance pricing', 'renewal pricing', 'renewal price increases', 'rate increases on renewals',
    // rents as landlords and surveyors write them: "like-for-like rental values rose 3.6%", "organic rental growth of 4.1%", "ERV growth"
    'rental value', 'rental values', 'estimated rental value', 'estimated rental values', 'erv', 'rental growth', 'rent growth', 'rental rates', 'rental rate', 'asking rents', 'average rent', 'average rents',
    // "the 90-day VWAP of $18.75": an average share price
    'vwap', 'volume-weighted average price', 'volume weighted average price',
    // "above its marketed range of $20 to $22": the range an offering's shares were marketed at (not an "indicated range" of a coupon)
    'marketed range',
    // "29.6% above the offer price", "the IPO price of HK$27.80", "its closing price": what one share
    // was offered, issued or last traded at (longer than the deal's "offer", "offering", "ipo")
    'offer price', 'offer prices', 'offering price', 'issue price', 'ipo price', 'listing price', 'closing price', 'closing prices', 'price range'], reason: 'a price: of a share, a good or a unit' },
  // "the average loaded freight rate fell 21% to $2,396 per FEU", "charter rates doubled": what a
  // ship or box costs to hire is a price, not an interest or exchange rate.
  // (nameSafe: "Tarvik Shipping", "Charter Communications", "Stone Container Corp" stay names.)
  { id: 'price.freight', category: 'price', nameSafe: true, phrases: ['freight rate', 'freight rates', 'charter rate', 'charter rates', 'time-charter rate', 'time-charter rates', 'container rates', 'shipping rates', 'container freight rates'], reason: 'the price of hiring a ship or moving a container' },
  // "a 12% rise in electricity tariffs", "energy bills will fall 7%", "water rates will
  // increase 4.5%": what a utility charges its customers is a price, not a tax or an interest rate.
  // (nameSafe: "Power Corp", "Electric Boat", "Water Corporation" stay names.)
  { id: 'price.utility', category: 'price', nameSafe: true, phrases: ['electricity tariff', 'electricity tariffs', 'power tariff', 'power tariffs', 'energy tariff', 'energy tariffs', 'gas tariffs', 'water tariffs',
    'electricity rates', 'electric rates', 'power rates', 'utility rates', 'water rates', 'gas rates',
    'electricity bill', 'electricity bills', 'power bill', 'power bills', 'energy bill', 'energy bills', 'utility bill', 'utility bills', 'water bill', 'water bills', 'gas bill', 'gas bills', 'heating bills',
    // (First words that open no other measure only: every first word of a name-safe row may be a name.)
    'monthly bill', 'monthly bills', 'energy price cap'], reason: 'what a utility charges its customers' },
  // A route's rate: "the rate from Shanghai to Rotterdam slipped 5% to $2,030" (places, not numbers, between).
  { id: 'price.route-rate', category: 'price', phrases: ['rate from * to', 'rates from * to'], reason: 'the price of moving a container or cargo on a route' },
  // "Nimbus soars 68% in Nasdaq debut", "fell 12% in their trading debut": a listing's first day moves its share price
  // (not "a $500m debut bond", "its debut offering": a first issue of securities).
  { id: 'price.debut', category: 'price', notBefore: ['bond', 'bonds', 'note', 'notes', 'issue', 'sukuk', 'offering', 'deal', 'album', 'film', 'season', 'loan', 'dollar', 'euro'], phrases: ['debut', 'trading debut', 'market debut', 'stock market debut'], reason: 'a listing\'s first day of trading moves its share price' },
  // "is trading at 25 dlrs a share", "closed at 67.20 marks": where a stock or a good traded.
  // ("compared with Monday's close of 71.40 francs": a session's close, right before its price.)
  { id: 'price.traded', category: 'price', adjacentOnly: true, moneyOnly: true, phrases: ['traded at', 'closed at', 'opened at', 'quoted at', 'changed hands at', 'settled at', 'close of'],
    reason: 'where a stock or a good traded: its price' },
  // "the base model starts at $999", "retails for £1,299": what a thing sold by the unit costs a
  // buyer, right before its price ("sells for $449.99": attribute/metric.ts, `sellsFor`).
  { id: 'price.retail', category: 'price', adjacentOnly: true, moneyOnly: true, phrases: ['retails for', 'retail for', 'retails at', 'retailing at', 'retailing for', 'starts at', 'starting at'],
    reason: 'what a thing sold by the unit costs a buyer: its price' },
  // The same with a first word that also opens names ("Texaco Trading and Transport").
  { id: 'price.trading', category: 'price', adjacentOnly: true, moneyOnly: true, nameSafe: true, phrases: ['trading at', 'trades at', 'trade at', 'closing at'], reason: 'where a stock or a good traded: its price' },
  // "the bottom of an indicative range of HK$27.80 to HK$32.60": the range an offering's shares are
  // marketed at (money only: "an indicative range of 5.25% to 5.5%" is a bond's coupon).
  { id: 'price.range', category: 'price', moneyFigure: true, phrases: ['indicative range', 'indicative price range', 'indicated range', 'indicated price range'], reason: 'the range of prices a share offering is marketed at' },
  // "a 32% premium to Friday's close", "a premium of 24% to the undisturbed price", "at a discount of 21%":
  // what an offer or a new share's price is above or below a share price (tied: "a premium brand" elsewhere names nothing);
  // "discounts of 50% on large orders": what buyers pay below a list price.
  { id: 'price.premium', category: 'price', tiedOnly: true, phrases: ['premium', 'discount', 'discounts'], reason: 'an offer or issue price above or below a share price' },
  // "a target price of ₹1,000, implying an upside of 22%", "sees a potential downside of 15%": how
  // far an analyst's target is above or below the share price (tied: "the upside risks" name nothing).
  { id: 'price.upside', category: 'price', tiedOnly: true, phrases: ['upside', 'downside', 'upside potential', 'downside potential'], reason: "how far an analyst's target is above or below the share price" },
  // "raised its price target on chipmaker Veltrix to $310": the company after "on" owns the target.
  { id: 'price.target', category: 'price', subjectAfter: true, phrases: ['price target on', 'price target for', 'price targets on', 'price objective on'], reason: 'an analyst\'s target for a share price: the company named after it owns it' },
  // fine
  // "U.S. tariffs cost it about €1.3 billion", "tariffs will cost Toyota ¥1.45 trillion": the one
  // the tariffs cost owns the cost, not the country that levies them.
  { id: 'cost.tariffs', category: 'cost', subjectAfter: true, phrases: ['tariffs cost', 'tariffs would cost', 'tariffs will cost', 'tariffs could cost', 'tariffs to cost', 'tariffs may cost', 'tariffs might cost',
    'duties cost', 'duties would cost', 'duties will cost', 'levies cost', 'levies would cost', 'levies will cost'], reason: 'what tariffs or duties cost the one named after the verb' },
  { id: 'fine.verb', category: 'fine', subjectAfter: true, phrases: ['fined', 'penalised', 'penalized'], reason: 'a verb of fining: the one fined owns the fine' },
  { id: 'fine', category: 'fine', phrases: ['fine', 'fines', 'penalty', 'penalties', 'settlement', 'settlements', 'damages', 'civil penalty', 'sanction', 'compensation'], reason: 'money paid for wrongdoing: fines, penalties, settlements' },
  // Money a court or regulator makes a wrongdoer hand over or pay besides a fine: "$41 million in
  // restitution", "disgorgement of $12.3 million plus prejudgment interest", "forfeiture of $580
  // million", "a $35 million civil monetary penalty". (Not the EC's export restitution, a subsidy
  // quoted per tonne; nor a farm loan's crop forfeitures.)
  { id: 'fine.restitution', category: 'fine', notAfter: ['export', 'pre-fixed', 'prefixed', 'maximum', 'the', 'a'], phrases: ['restitution'], reason: 'money a court orders paid back to victims' },
  { id: 'fine.court', category: 'fine', notAfter: ['loan', 'crop'], phrases: ['disgorgement', 'disgorge', 'disgorged',
    'prejudgment interest', 'pre-judgment interest', 'forfeiture', 'forfeitures', 'civil monetary penalty', 'civil monetary penalties', 'punitive damages', 'compensatory damages', 'treble damages'], reason: 'money a court or regulator orders paid or handed over for wrongdoing' },
  // A money judgment and a jury's or tribunal's award: "a 9.13 billion dlr judgment", "a $2.1
  // billion verdict", "a two mln dlr libel award" (tied: "in our judgment" names none; a bare
  // "award" is as often a contract's or a grant's).
  { id: 'fine.award', category: 'fine', tiedOnly: true, notAfter: ['declaratory', 'summary', 'directed'],
    phrases: ['jury award', 'damages award', 'arbitration award', 'arbitral award', 'libel award', 'punitive award', 'punitive awards', 'judgment', 'judgement', 'money judgment', 'verdict', 'jury verdict'], reason: 'money a court or jury orders paid: damages' },
  // "agreed to settle for $5m" (not "futures settle at $3.54", "settled down 2 cents": where a price closed);
  // "agreed to pay $185 million to resolve a sanctions investigation" (what is resolved is a case against it,
  // not "resolve the liquidity shortfall").
  { id: 'fine.settle', category: 'fine', notBefore: ['at', 'up', 'down', 'higher', 'lower', 'unchanged', 'steady', 'flat', 'near'], phrases: ['settle',
    'resolve claims', 'resolve allegations', 'resolve charges', 'resolve * claims', 'resolve * allegations', 'resolve * charges', 'resolve * investigation', 'resolve * investigations', 'resolve * probe',
    'resolve * probes', 'resolve * lawsuit', 'resolve * lawsuits', 'resolve * case', 'resolve * cases', 'resolve * litigation', 'resolve * inquiry', 'resolve * dispute'], reason: 'money paid to settle a claim' },
  // "settled with the FTC for $25 million", "settled the lawsuit for $9m": money only (a wage claim
  // "settled for 23.5 pct"), and not a futures price's close ("settling with gains of 18.5 cents").
  { id: 'fine.settled', category: 'fine', moneyFigure: true, notBefore: ['gains', 'gain', 'losses', 'loss', 'a', 'an', 'small', 'modest', 'slight', 'sharp', 'higher', 'lower'],
    phrases: ['settled with', 'settles with', 'settled for', 'settles for', 'settled * claims', 'settled * charges', 'settled * allegations', 'settled * lawsuit',
      'settled * lawsuits', 'settled * case', 'settled * suit', 'settles * claims', 'settles * charges', 'settles * lawsuit'], reason: 'money paid to settle a claim' },
  // tax
  // "the £12,570 personal allowance", "the standard deduction", "employer national insurance contributions"
  { id: 'tax.names', category: 'tax', nameSafe: true, phrases: ['personal allowance', 'personal allowances', 'personal savings allowance', 'standard deduction', 'national insurance', 'national insurance contributions', 'basic exemption limit'], reason: 'what a tax leaves out, or a payroll tax' },
  { id: 'tax', category: 'tax', phrases: [
    // what a tax starts above or leaves out: "a tax-free allowance of £1,000", "the oil depletion allowance", "the higher-rate threshold"
    // (Phrases whose first word begins company names are in tax.names.)
    'taxed', 'tax-free allowance', 'depletion allowance', 'higher-rate threshold', 'tax threshold', 'tax thresholds', 'income tax threshold', 'income tax thresholds', 'exemption limit', 'tds threshold',
    'tax', 'taxes', 'tax rate', 'tax revenue', 'tax revenues', 'tax receipts', 'tax collections',
    // a tax named before its receipts: "Corporate tax receipts were $230 billion", "VAT receipts rose 6%"
    'corporate tax receipts', 'income tax receipts', 'vat receipts', 'customs receipts', 'corporate tax revenue', 'income tax revenue', 'tax take', 'tariff', 'tariffs', 'duty', 'duties', 'levy', 'levies', 'vat', 'income tax', 'income tax rate', 'income tax rates', 'corporate tax', 'corporate tax rate', 'tax rates', 'tax bill', 'gst', 'gst collections', 'gst revenue', 'gst revenues', 'gst receipts', 'vat revenue', 'vat revenues', 'goods and services tax', 'sales tax', 'tax credit', 'tax credits', 'investment tax credit', 'investment tax credits',
    // a country's taxes as a share of its economy: "raise the tax-to-GDP ratio to 13%"
    'tax-to-gdp', 'tax-to-gdp ratio', 'tax-to-gdp ratios',
    // an income tax's bands: "the lowest marginal rate falls to 15% from 16%"
    'marginal rate', 'marginal rates', 'marginal tax rate', 'marginal tax rates',
    // British income tax's bands by name: "the 20% basic rate", "the higher-rate band", "the top rate of tax"
    // (not "a higher rate" or "an additional rate cut" alone, which may be interest)
    // households' own taxes: "Council tax rose 5.2%" (so "Council" there is no name)
    'council tax', 'council tax bill', 'council tax bills', 'stamp duty', 'inheritance tax', 'capital gains tax', 'property tax', 'property taxes',
    'basic rate', 'basic-rate', 'higher-rate', 'additional-rate', 'basic rate of tax', 'higher rate of tax', 'higher rate of income tax', 'additional rate of tax', 'additional rate of income tax', 'top rate of tax', 'top rate of income tax', 'tax band', 'tax bands', 'income tax band', 'income tax bands'], reason: 'taxes, tariffs and duties' },
  // What a state charges on the ore mined: "Quebec's mining royalty of 4%" (a royalty alone is
  // often a private one: "a four pct net smelter return royalty"). Name-safe: "Kroon Mining
  // reported" keeps its name.
  { id: 'tax.royalty', category: 'tax', nameSafe: true, phrases: ['mining royalty', 'mining royalties'], reason: 'a royalty on mining: what the state takes of the ore mined' },
  // stake
  { id: 'stake', category: 'stake', phrases: ['stake', 'stakes', 'holding', 'holdings', 'shareholding', 'market share', 'share of the market', 'share of the * market', 'share of * market', 'share of the * markets', 'share of * markets',
    // "its share of worldwide RAN revenue", "share of global smartphone shipments": a vendor's share of a
    // world market, told by the market's takings (not "a share of group revenue", a part of its own).
    'share of worldwide * revenue', 'share of global * revenue', 'share of worldwide revenue', 'share of global revenue',
    'share of worldwide * sales', 'share of global * sales', 'share of worldwide * shipments', 'share of global * shipments',
    'share of the worldwide * market', 'share of the global * market', 'ownership', 'owns', 'owned', 'interest in', 'equity stake', 'voting rights'], reason: 'a holding, or a share of a market' },
  // "Gold eased 0.4%", "copper advanced 1.1% to $9,960": a commodity that moves is its price.
  { id: 'price.commodity', category: 'price', linkedOnly: true, viaChange: true, phrases: ['gold', 'spot gold', 'bullion', 'silver', 'copper', 'platinum', 'palladium', 'aluminium', 'aluminum', 'nickel', 'zinc', 'iron ore', 'oil', 'brent', 'wti', 'natural gas', 'wheat', 'corn', 'soybeans', 'coffee', 'cocoa', 'sugar', 'cotton', 'futures',
    'tin', 'cobalt', 'lithium', 'uranium', 'palm oil', 'soyoil', 'soybean oil', 'soymeal', 'rubber', 'canola', 'rapeseed', 'barley', 'rice',
    'arabica', 'robusta', 'diesel', 'gasoline', 'heating oil', 'coal', 'lumber', 'oil futures', 'brent futures', 'gold futures', 'copper futures',
    'gasoil', 'gas oil', 'jet fuel', 'fuel oil', 'naphtha', 'alumina', 'coking coal', 'thermal coal', 'oats', 'soybean meal', 'live cattle', 'lean hogs', 'feeder cattle',
    'orange juice', 'molybdenum', 'rhodium', 'milling wheat', 'rough rice', 'lng', 'liquefied natural gas', 'lpg',
    // miners' and farmers' goods: "the May soybean contract settled up 14 cents", "spodumene prices
    // have fallen 80%", "hot-rolled coil dropped to €610 a tonne"
    'soybean', 'spodumene', 'lithium carbonate', 'lithium hydroxide', 'potash', 'urea', 'manganese', 'vanadium', 'graphite',
    'rebar', 'hot-rolled coil', 'iron ore fines', 'pig iron', 'nickel pig iron'], reason: 'a commodity that moves (or its futures): its price' },
  // Crypto-assets trade like commodities: "Bitcoin rose 4%", "ether is down 11% this year" move
  // by their price (a stablecoin's market value or a token's volume is read by other rows).
  // (Not after "in" or "of": "open interest in bitcoin futures fell 9%" is the open interest's move.)
  { id: 'price.crypto', category: 'price', linkedOnly: true, viaChange: true, notAfter: ['in', 'of'], phrases: ['bitcoin', 'ether', 'ethereum', 'solana', 'xrp', 'dogecoin', 'litecoin', 'cardano',
    'cryptocurrency', 'the cryptocurrency', 'bitcoin futures', 'ether futures',
    // "BTC slipped 2%", "the token plunged 60%", "Its FTT token collapsed 75%", "the memecoin jumped 10%"
    'btc', 'eth', 'token', 'memecoin', 'altcoin', 'shiba inu', 'polkadot', 'chainlink', 'toncoin', 'bnb'], reason: 'a crypto-asset that moves: its price' },
  // "bitcoin dominance rose to 65%": one crypto-asset's share of the whole market's worth.
  { id: 'stake.dominance', category: 'stake', tiedOnly: true, percentOnly: true, phrases: ['dominance', 'market dominance'], reason: "an asset's share of its whole market: a market share" },
  // A blockchain's own measures are no money measure: "the network hash rate climbed 4%" (no interest
  // rate), "open interest in bitcoin futures fell 9% to $58 billion" (contracts outstanding, not a
  // price), "total value locked rose 20%" (what users deposited, counted at market prices).
  { id: 'other.crypto-network', category: 'other', phrases: ['hash rate', 'hashrate', 'hash power', 'hashpower', 'difficulty adjustment', 'total value locked', 'tvl'], reason: "a blockchain's computing power or a protocol's deposits: none of the money measures" },
  // (The first words also open names: "Home Shopping Network", "Open Joint Stock Company", "Mining Corp";
  // "Total" opens many measures already, and is no name before them.)
  { id: 'other.crypto-network-names', category: 'other', nameSafe: true, phrases: ['network difficulty', 'mining difficulty', 'open interest', 'open interest in * futures', 'open interest in * options'],
    reason: "a blockchain's mining difficulty, a derivatives market's open contracts or a protocol's deposits: none of the money measures" },
  // "led the market with a 24% share", "a 9% share in the venture": a share of a market or a company.
  { id: 'stake.share', category: 'stake', afterPercent: true, phrases: ['share'], reason: 'a percentage share: of a market, or of a company' },
  // "a 9.9% position in the dairy group": a holding (elsewhere a "cash position" is no stake).
  { id: 'stake.position', category: 'stake', afterPercent: true, phrases: ['position'], reason: 'a percentage position: a holding in a company' },
  // "will control about 36% of the company", "built up 6.2% of the utility": verbs of holding shares, for percentages.
  { id: 'stake.verb', category: 'stake', percentOf: true, phrases: ['own', 'control', 'controls', 'controlled', 'controlling', 'hold', 'holds', 'held', 'built up', 'builds up', 'building up', 'amassed', 'accumulated'], reason: 'a verb of holding shares names a stake' },
  // "about 4.8 pct of its issued share capital": a part of a company's capital is a stake (a capital of 20 mln marks is not).
  { id: 'stake.capital', category: 'stake', percentOf: true, phrases: ['share capital', 'issued share capital', 'ordinary share capital', 'issued ordinary share capital', 'voting power'], reason: 'a percentage of a company\'s share capital is a holding' },
  // other: buybacks are neither a price nor a deal, and outrank the "stock" or "shares" they buy
  { id: 'other.traffic', category: 'other', phrases: ['revenue passenger miles', 'revenue passenger mile', 'revenue passenger kilometres', 'revenue passenger kilometers', 'revenue passenger km', 'revenue ton miles', 'revenue tonne kilometres', 'available seat miles', 'available seat kilometres', 'available seat kilometers', 'load factor', 'passenger load factor', 'passenger traffic',
    // a carrier's counts: "carloads declined 5%", "average daily volume dropped 12%"
    'passenger numbers', 'carloads', 'carloadings', 'revenue ton-miles', 'average daily volume',
    // a railway's operating costs as a share of its revenue: "its operating ratio improved 210 basis points to 61.2%"
    'operating ratio', 'operating ratios', 'adjusted operating ratio'], reason: 'an airline\'s traffic and capacity: "revenue passenger miles" count passengers flown, not money' },
  // "traffic grew 3% to 119.4 million passengers": a carrier's traffic, in lower case only (a
  // capitalised "Traffic" is a name's: "Penn Traffic Co").
  { id: 'other.carrier-traffic', category: 'other', nameSafe: true, lowerOnly: true, phrases: ['traffic'], reason: "a carrier's traffic: passengers or freight carried, not money" },
  // Devices shipped and customers lost are counts, not money: "shipments fell 1%", "churn improved to 0.9%".
  { id: 'other.units', category: 'other', phrases: ['shipments', 'unit shipments', 'smartphone shipments', 'churn', 'churn rate', 'monthly churn', 'postpaid churn'], reason: 'devices shipped or the share of customers lost: volumes, not money' },
  // "paying subscribers rose 9%", "streaming hours rose 9 per cent", "monthly active users grew 14%":
  // an operator's or a streamer's audience, counted, not money (a percentage only: "subscription
  // revenue" is revenue, and an amount is no count).
  // (Not "users" alone: "16 pct lower for industrial users" is a price. A name may open with one of
  // these words: "China Daily", "Daily Express".)
  { id: 'other.audience', category: 'other', percentOnly: true, nameSafe: true, phrases: ['subscribers', 'paying subscribers', 'paid subscribers', 'premium subscribers', 'subscriber base', 'subscriber numbers',
    'subscriptions', 'paid subscriptions', 'net additions', 'net adds', 'active users', 'monthly active users', 'daily active users', 'streaming hours', 'viewing hours', 'hours streamed',
    'hours watched', 'viewers', 'viewership', 'listeners'], reason: "an operator's or a streamer's audience: a count of people or hours, not money" },
  // "Store traffic increased 2.4%", "a 4% drop in transactions", "the average ticket was up 0.8%": a
  // retailer's or restaurant's visits and spend per visit, which make up its comparable sales.
  // (Not "traffic" alone: "91.8 pct of Penn Traffic" names a company.) "transactions" in a row of its own:
  // "cash transactions", "on the transactions" are deals and payments, not visits.
  { id: 'other.retail-transactions', category: 'other', nameSafe: true, notAfter: ['cash', 'the', 'these', 'those', 'both', 'two', 'such', 'of', 'its', 'their', 'all', 'financial', 'related', 'similar', 'recent'], phrases: ['transactions', 'comparable transactions'], reason: "a retailer's or restaurant's count of sales made: part of its comparable sales" },
  { id: 'other.retail-traffic', category: 'other', nameSafe: true, phrases: ['store traffic', 'guest traffic', 'customer traffic', 'foot traffic', 'restaurant traffic', 'footfall', 'customer numbers', 'customer count', 'customer counts', 'guest counts', 'customer visits', 'average ticket', 'average check', 'average spend', 'average basket', 'basket size', 'average transaction size', 'spend per customer',
    // "units per transaction declined 2%", "spending per customer up 3.4%", "average unit retail increased 4%"
    'units per transaction', 'items per transaction', 'units per basket', 'items per basket', 'spending per customer', 'spend per visit', 'average unit retail', 'average order value', 'average transaction value'], reason: "a retailer's visits and spend per visit: the parts of its comparable sales" },
  // Carmakers, planemakers, airlines, shippers and mills count what they make, move and deliver:
  // "Deliveries fell 4%", "Capacity grew 3.7%", "Volumes rose 4.2%", "crude steel output rose 3.1%"
  // are volumes, not money (and, opening a sentence, no names).
  // A money amount is no volume ("a $333m production contract", "deliveries fell the six-cent
  // limit"), so only percentages read these words.
  // "BYD sold 1.11 million vehicles in the quarter, down 2%": a count of vehicles or units sold
  // is a volume, not a deal (`#` is the count).
  { id: 'other.units-sold', category: 'other', percentOnly: true, phrases: ['sold # vehicles', 'sold # cars', 'sold # units', 'sold # evs', 'sells # vehicles', 'sold # aircraft', 'sold # trucks',
    'shipped # vehicles', 'shipped # units', 'delivered # vehicles', 'delivered # cars', 'delivered # aircraft', 'delivered # jets', 'delivered # planes'], reason: 'a count of vehicles or units sold or delivered: a volume, not a deal' },
  // A payment firm's, marketplace's or exchange's volume of money handled is no revenue and no
  // deal: "total payment volume of $437bn", "GMV of $32.7bn", "total transaction volume grew 32%
  // to A$8.4bn", "trading volume fell 30% to $1.1trn" (money and percentages both).
  { id: 'other.money-volumes', category: 'other', phrases: ['gmv', 'gross merchandise volume', 'gross merchandise value', 'tpv', 'total payment volume', 'total payments volume',
    'payment volume', 'payments volume', 'ttv', 'total transaction volume', 'transaction volume', 'transaction volumes', 'gtv', 'gross transaction value', 'gross transaction volume',
    'trading volume', 'trading volumes', 'spot trading volume', 'notional volume', 'processed volume', 'cross-border volume', 'purchase volume'], reason: 'money handled or traded for others: a volume, not revenue or a deal' },
  { id: 'other.volumes', category: 'other', percentOnly: true, notBefore: ['contract', 'contracts', 'cost', 'costs', 'value', 'values'], phrases: ['deliveries', 'capacity', 'volume', 'volumes', 'sales volume', 'sales volumes', 'output', 'production', 'crude steel', 'crude steel output',
    // a housebuilder's homes handed over: "completions would fall by 12 per cent"
    'completions', 'home completions', 'legal completions',
    // a drinks maker's cases sold on by its distributors: "depletions declined 3%"
    'depletions', 'depletion trends'], reason: 'units delivered, made or carried, or the capacity to carry them: volumes, not money' },
  // A housing market's transactions and building, counted in homes: "existing home sales rose 3.4%",
  // "housing starts fell 6.9%", "mortgage approvals fell 4%". (nameSafe: "Home Depot", "New York",
  // "Mortgage Bankers Association", "Alaska Housing Finance" stay names.)
  { id: 'other.housing', category: 'other', percentOnly: true, nameSafe: true, phrases: ['home sales', 'existing home sales', 'existing-home sales', 'new home sales', 'new-home sales', 'pending home sales', 'home resales', 'housing starts', 'starts', 'building permits', 'permits', 'mortgage approvals', 'approvals', 'housing transactions', 'property transactions'], reason: 'homes sold, started or approved: counts, not money' },
  // A bank's or insurer's capital, liquidity and asset-quality ratios, and its returns on equity or assets,
  // are none of the money measures: "the CET1 ratio rose 30 basis points to 15.1%", "a Solvency II ratio
  // of 212%", "return on tangible equity of 14.3%" (not the "assets" in "return on assets", nor a "rate").
  { id: 'other.bank-ratios', category: 'other', phrases: ['cet1', 'cet1 ratio', 'cet-1 ratio', 'cet 1 ratio', 'cet1 capital ratio', 'total capital ratio', 'leverage ratio', 'capital ratio', 'capital ratios', 'capital adequacy ratio', 'core tier 1 ratio', 'core tier one ratio', 'capitalisation ratio', 'capitalization ratio', 'sst ratio',
    'liquidity coverage ratio', 'net stable funding ratio', 'provision coverage ratio', 'provision coverage', 'bad loan ratio', 'bad-loan ratio', 'npl ratio', 'non-performing loan ratio', 'nonperforming loan ratio', 'gross npa', 'gross npas', 'net npa', 'net npas', 'gross npa ratio', 'net npa ratio',
    // ("Gross non-performing assets improved to 1.62 per cent of gross advances": the NPA ratio, not assets held.)
    'gross non-performing assets', 'net non-performing assets', 'gross nonperforming assets', 'net nonperforming assets', 'gross non-performing assets ratio', 'net non-performing assets ratio',
    'credit-deposit ratio', 'loan-to-deposit ratio', 'loan-deposit ratio'], reason: "a bank's or insurer's capital, liquidity or asset-quality ratio: none of the money measures" },
  // A lender's bad loans are loans it holds, like its loan book, not money it owes: "non-performing
  // loans totalled $968 million at year-end". (As a share of its book, "non-performing loans stood
  // at 3.8% of the book", they are its asset-quality ratio: `attribute/metric.ts` reads a
  // percentage of them as `other`.)
  { id: 'assets.bad-loans', category: 'assets', phrases: BAD_LOANS, reason: "a lender's bad loans: loans it holds, not money it owes" },
  // Its returns on equity or assets are none of the money measures either, but they are results
  // of a period ("return on equity was 19.2%" in a nine-month report is the nine months').
  { id: 'other.returns', category: 'other', phrases: ['return on equity', 'return on tangible equity', 'return on average equity', 'return on average tangible equity', 'return on assets', 'return on average assets', 'rote', 'roe', 'roa', 'rorwa', 'return on risk-weighted assets', 'core return on equity'],
    reason: "a bank's or insurer's return on equity or assets: a result of the period, none of the money measures" },
  // (The first words also open names: "Common Wealth", "Swiss Re", and "Solvency II" is a rulebook.)
  { id: 'other.bank-ratios-names', category: 'other', nameSafe: true, phrases: ['common equity tier 1', 'common equity tier one', 'common equity tier 1 ratio', 'tier 1 ratio', 'tier one ratio', 'tier 1 capital ratio',
    'solvency ratio', 'solvency ii ratio', 'solvency ii capitalisation ratio', 'solvency ii capitalization ratio', 'swiss solvency test ratio'], reason: "a bank's or insurer's capital ratio: none of the money measures" },
  // An insurer's underwriting ratios are none of the money measures, but like a margin they are
  // results of a period: "the combined ratio improved 1.1 points to 84.3%" is the quarter's.
  { id: 'other.insurance-ratios', category: 'other', phrases: ['combined ratio', 'combined ratios', 'combined operating ratio', 'underlying combined ratio', 'undiscounted combined ratio', 'discounted combined ratio',
    'loss ratio', 'loss ratios', 'claims ratio', 'underlying loss ratio', 'attritional loss ratio', 'underwriting ratio', 'investment return', 'investment returns', 'net investment return'], reason: "an insurer's claims and costs as a share of its premiums, or its return on investments: a result of the period, none of the money measures" },
  // A fund manager's flows are no money measure of the closed list, but results of a period:
  // "net inflows of $205 billion in the third quarter", "net outflows were £2.9bn".
  { id: 'other.fund-flows', category: 'other', phrases: ['inflows', 'outflows', 'net inflows', 'net outflows', 'net flows', 'net new money', 'net new assets', 'net new business', 'net client cash flows', 'client inflows', 'client outflows',
    // "clients withdrew a net £4.2bn", "redemptions of $3bn"
    'withdrew a net', 'pulled a net', 'redemptions', 'net redemptions'], reason: "money clients put into or took out of a fund manager's funds over a period: a result, none of the money measures" },
  // A pension scheme's assets against its liabilities: none of the money measures ("the funding
  // ratio rose to 125.4%", "its funded status improved to 78%"; not the "funding" of a deal).
  { id: 'other.pension-funding', category: 'other', phrases: ['funding ratio', 'funding ratios', 'funded ratio', 'funding level', 'funding levels', 'funded status', 'funding position', 'solvency level'], reason: "a pension scheme's assets as a share of its liabilities: none of the money measures" },
  // What a fund or portfolio earned, as a percentage: "the fund returned 8.4%", "an annualised return
  // of 11.3%" (tied to it only; "return", "returns" alone are dividend.payout-share's, whose
  // `tiedElse` reads "a 10.3% return" so and "return 50% of profit" as a payout).
  { id: 'other.fund-return', category: 'other', tiedOnly: true, percentOnly: true, phrases: ['returned', 'annualised return', 'annualized return', 'annualised returns', 'annualized returns', 'total return', 'net return', 'investment return'],
    reason: 'what a fund or portfolio earned over a period: none of the money measures' },
  // A fund manager's or fund's size, right after a verb of managing it: "which manages £38 billion",
  // "Brightwater, which oversees $940 billion" (money only: "manages to cut 5%" names no assets; not
  // "managed", "manage": banks "lead manage a 1.2 billion franc issue").
  { id: 'assets.managed', category: 'assets', adjacentOnly: true, moneyFigure: true, phrases: ['manages', 'oversees', 'oversee', 'oversaw', 'overseeing'], reason: 'the money a manager manages: its assets' },
  // People's titles that hold a measure's word: "chief investment officer Rachel Ng said" names no
  // investment (nor "chief revenue officer", "head of sales" a revenue).
  { id: 'titles', category: 'other', skip: true, phrases: ['chief investment officer', 'investment officer', 'deputy chief investment officer', 'chief revenue officer', 'head of investments', 'head of investment', 'investment director', 'investment chief', 'head of sales', 'sales director', 'chief financial officer'], reason: "a person's title, not a measure" },
  // What a fund charges, tied to it: "had charged 0.25% since its launch", "charges a 2% management fee".
  { id: 'cost.charged', category: 'cost', adjacentOnly: true, percentOnly: true, phrases: ['charged', 'charges', 'charging', 'charge'], reason: 'a fee a fund charges its investors: a cost' },
  // Products and businesses named by "investment": "net inflows into its investment trusts totalled",
  // "tax-free investment accounts": a kind of fund, not the value of an investment made.
  { id: 'investment-products', category: 'other', skip: true, phrases: ['investment trust', 'investment trusts', 'investment fund', 'investment funds', 'investment account', 'investment accounts', 'investment products', 'investment product', 'investment strategies', 'investment strategy', 'investment vehicle', 'investment vehicles', 'investment portfolio', 'investment portfolios'], reason: 'a kind of fund or account, not an investment made' },
  // A life insurer's measures of the business it wrote: results of a period, none of the money
  // measures ("value of new business grew 17% in the half", "new business profit rose 9%").
  { id: 'other.life-results', category: 'other', phrases: ['value of new business', 'new business value', 'new business profit', 'new business profits', 'vonb', 'vnb', 'nbv', 'new business contractual service margin',
    'free surplus generation', 'operating capital generation', 'capital generation'], reason: "a life insurer's value or profit of new business, or the capital its business generates: a result of the period, none of the money measures" },
  { id: 'other.buyback', category: 'other', phrases: ['buyback', 'buybacks', 'share buyback', 'stock buyback', 'bought back', 'buy back', 'buys back', 'buying back', 'repurchase', 'repurchases', 'repurchased', 'share repurchase', 'share repurchases', 'stock repurchase'], reason: 'a company buying back its own shares' },
  // rate
  { id: 'rate.currency', category: 'rate', phrases: ['dollar', 'euro', 'yen', 'sterling', 'pound', 'franc', 'yuan', 'renminbi', 'rupee', 'rupiah', 'ringgit', 'peso', 'rouble', 'ruble', 'lira', 'rand', 'greenback', 'loonie', 'crown', 'krona', 'krone', 'zloty', 'forint', 'shekel', 'baht', 'dinar', 'dirham', 'hryvnia', 'naira', 'cedi', 'shilling', 'real', 'kwacha', 'birr', 'kwanza', 'riyal', 'rial', 'koruna', 'leu', 'tenge', 'taka', 'dong', 'kyat'], linkedOnly: true, notAfter: ['a', 'per', 'one'], reason: 'a currency that moves: its exchange rate' },
  // "the standard variable rate averages 7.3%", "savings rates", "fixed rates"
  // "a cost of equity of 6.0%", "a weighted average cost of capital of 7.5%": a required return is a rate, not a cost.
  { id: 'rate.cost-of-capital', category: 'rate', percentOnly: true, phrases: ['cost of equity', 'cost of capital', 'cost of debt', 'weighted average cost of capital', 'wacc'], reason: 'the return investors or lenders require, a rate' },
  { id: 'rate.names', category: 'rate', nameSafe: true, phrases: ['standard variable rate', 'savings rate', 'savings rates', 'fixed rate', 'fixed rates'], reason: 'a rate a lender or saver pays' },
  // An economy's growth as forecasters write it: "the IMF raised its U.S. growth forecast for 2023
  // to 2.1%", "cut its growth outlook to 1.5%" (after a measure's word, the growth is that measure's).
  { id: 'rate.growth-forecast', category: 'rate', bareOnly: true, phrases: ['growth forecast', 'growth forecasts', 'growth outlook', 'growth projection', 'growth projections', 'growth estimate', 'growth estimates'], reason: "a forecast of an economy's growth, a rate" },
  { id: 'rate', category: 'rate', phrases: ['rate', 'rates', 'interest rate', 'interest rates', 'inflation', 'unemployment', 'jobless rate', 'unemployment rate', 'growth rate', 'economic growth', 'gdp', 'gross domestic product', 'gnp', 'gross national product', 'real gnp', 'national income', 'net material product', 'economy', 'exchange rate', 'yield', 'yields', 'yielding', 'discount rate', 'prime rate', 'base rate', 'mortgage rate', 'mortgage rates', 'tracker rate', 'tracker rates', 'coupon', 'coupons', 'spread', 'spreads', 'credit spread', 'credit spreads', 'inflation rate', 'consumer prices', 'cpi', 'consumer price index', 'producer price index', 'retail price index', 'wholesale price index', 'cost of living index', 'annualised growth', 'annualized growth', 'annualised rate', 'annualized rate', 'real growth', 'real gdp', 'real gross domestic product', ...INTERBANK_RATES, 'bear interest', 'bears interest', 'bearing interest', 'accrue interest', 'accrues interest', 'interest at',
    // "price thoughts in the 6.75% area", "initial price talk of 155 bps": a new bond's yield or spread guidance
    'price talk', 'initial price talk', 'price thoughts', 'initial price thoughts',
    // Household borrowing and saving: "the average purchase APR", "a two-year fix at 4.79%", "easy-access accounts paying 4.6% AER"
    // (Phrases whose first word begins company names are in rate.names.)
    'apr', 'aprs', 'aer', 'apy', 'apys', 'annual percentage yield', 'annual percentage rate', 'two-year fix', 'three-year fix', 'five-year fix', 'ten-year fix', 'two-year fixes', 'five-year fixes',
    'mortgage deal', 'mortgage deals', 'fixed-rate deal', 'fixed-rate deals', 'svr', 'easy-access rate',
    // "the U-6 measure of underemployment climbed to 8.1%": a labour market rate
    'underemployment',
    // price indexes are inflation, not the price of a good: "PCE prices rose 2.7%", "producer prices fell 1.9%",
    // "the HICP", "China's one-year LPR" (loan prime rate), "the dollar index dipped 0.2%"
    'producer prices', 'pce', 'pce prices', 'core pce', 'pce price index', 'hicp', 'ppi', 'core cpi', 'import prices', 'export prices', 'wholesale prices',
    'lpr', 'dollar index', 'exchange rates',
    // A central bank's target and the world economy's growth: "the federal funds target range to
    // 4.75%-5.00%", "the 1.5%-4.5% target range", "cut its global growth forecast to 2.8%"
    'federal funds', 'fed funds', 'target range', 'inflation target', 'global growth'],
    reason: 'a rate: interest, inflation, unemployment, growth of an economy, exchange rates' },
  // "fixed income" is a class of securities and a bank's bond trading, never an income; a measure of
  // its own ("fixed income trading", "fixed-income securities") is read by its row first.
  // "a margin of 3.43% on total assets", "the gross margin on client assets": what a margin or
  // return is measured on, not the measure (the head before "on" names it).
  { id: 'on-assets', category: 'other', skip: true, nameSafe: true, phrases: ['on assets', 'on * assets'], reason: 'the base a margin or return is measured on, not a measure' },
  // "gross margin on home sales narrowed to 18%", "revenue from home sales rose 4%": the sales are what
  // the margin or revenue is earned on, not the measure (the head before them names it).
  // Goods "on sale" are in the shops, no deal: "the console went on sale in March and took $850
  // million", "in its first three days on sale" (not "gains on sale of property").
  { id: 'on-sale', category: 'other', skip: true, phrases: ['go on sale', 'goes on sale', 'went on sale', 'going on sale', 'gone on sale', 'days on sale', 'weeks on sale', 'months on sale', 'day on sale', 'week on sale', 'month on sale'], reason: 'goods in the shops, not a deal' },
  { id: 'on-home-sales', category: 'other', skip: true, phrases: ['on home sales', 'from home sales', 'on house sales', 'from house sales'], reason: 'the base a margin or revenue is measured on, not a measure' },
  // "rents on renewed leases were 6.2% higher on a cash basis": how a figure is counted, not cash.
  { id: 'cash-basis', category: 'other', skip: true, phrases: ['cash basis', 'a cash basis', 'cash-basis', 'cash-on-cash basis'], reason: 'how a figure is counted, not a measure of cash' },
  // An offence named with a measure's word: "fined for bid rigging", "a price-fixing cartel".
  { id: 'offences', category: 'other', skip: true, phrases: ['bid rigging', 'bid-rigging', 'price fixing', 'price-fixing', 'price rigging', 'rate rigging', 'rate-rigging', 'market rigging'], reason: 'an offence a fine punishes, not a measure' },
  { id: 'fixed-income', category: 'other', skip: true, phrases: ['fixed income', 'fixed-income'], reason: 'a class of securities, not an income' },
  // "earnings per share before purchase price allocation of €10.40": an acquisition's accounting
  // adjustment a measure is stated before or after, not a price.
  { id: 'ppa', category: 'other', skip: true, phrases: ['purchase price allocation', 'purchase price allocations', 'purchase-price allocation', 'purchase accounting'], reason: 'an accounting adjustment a result is stated before or after, not a measure' },
  // "sales rose 7% at constant exchange rates to CHF 30.9bn": how a company restates a result.
  // ("would amount to about 29.6 pence at current exchange rates": how an amount is converted, not a rate.)
  { id: 'restated', category: 'other', skip: true, phrases: ['constant exchange rates', 'constant exchange rate', 'constant rates', 'constant currency', 'constant currencies', 'constant-currency',
    'at current exchange rates', 'at current exchange rate', 'at prevailing exchange rates', 'at prevailing exchange rate'], reason: 'how a result is restated, not a measure' },
];

/**
 * A company's orders taken over a period, a result of that period like its sales: "Orders
 * increased 11% to 21.0 billion euros" in a quarterly report (not "an order for 20 jets", one
 * deal, nor a backlog, a level at a day).
 */
export const ORDER_INTAKE_PHRASES: ReadonlySet<string> = new Set(['orders', 'order intake', 'new orders', 'net orders', 'incoming orders', 'orders received', 'order entry']);

/**
 * Things sold by the unit: the verb "cost" after one names its price, not money going out ("a
 * premium edition costs $99.99", "day tickets will cost from Dh375", "rooms cost $429 a night").
 */
export const PRICED_THINGS: ReadonlySet<string> = new Set([
  'ticket', 'tickets', 'pass', 'passes', 'edition', 'editions', 'subscription', 'subscriptions', 'membership', 'memberships',
  'seat', 'seats', 'room', 'rooms', 'suite', 'suites', 'package', 'packages', 'tier', 'plan', 'plans', 'version', 'versions',
  'console', 'consoles', 'admission', 'entry', 'cabin', 'cabins', 'villa', 'villas', 'menu', 'meal', 'meals',
  // a shop's goods on the shelf: "a gallon of milk cost $4.05", "eggs now cost $6.23 a dozen", "most items cost under £5"
  'item', 'items', 'product', 'products', 'eggs', 'milk', 'bread', 'loaf', 'coffee', 'latte', 'lattes', 'burger', 'burgers',
  'sandwich', 'sandwiches', 'drink', 'drinks', 'bottle', 'bottles', 'pint', 'pints', 'groceries', 'basket',
]);

/** Words between a thing sold by the unit and "cost": "tickets will now cost", "passes typically cost". */
export const PRICED_THING_GAP: ReadonlySet<string> = new Set(['will', 'would', 'could', 'can', 'now', 'typically', 'usually', 'only', 'still', 'each', 'also', 'then', 'already']);

/** Units a per-unit money figure can be "per" that make it a price (`$60 a barrel`). */
export const PRICE_UNITS: ReadonlySet<string> = new Set([
  'barrel', 'bbl', 'tonne', 'ton', 'tons', 'tonnes', 'ounce', 'oz', 'pound', 'lb', 'kilo', 'kg', 'kilogram', 'gallon', 'litre', 'liter',
  'bushel', 'dozen', 'unit', 'megawatt hour', 'mwh', 'kwh', 'night', 'month', 'year', 'hour', 'head', 'seat', 'device', 'user', 'subscriber', 'square foot', 'sq ft',
  // Energy and bulk units: "$3.54 per mmBtu", "78 pence a therm", "€31.40 per megawatt hour" (read as its first
  // word), "$3.54 per million British thermal units", "$5.42 per boe", "$89 per wmt", "A$2,310/oz", "US$18/t".
  'therm', 'mmbtu', 'btu', 'mcf', 'boe', 'megawatt', 'mw', 'million', 'cwt', 'carat', 't', 'wmt', 'dmt', 'dmtu',
  // "$1.65 per thousand cubic feet" (read as its first word)
  'thousand',
  // Containers: "$2,480 per FEU", "$1,350 per TEU".
  'feu', 'teu', 'container',
  // Chips, memory and software sold by the unit: "about $30,000 per wafer", "$0.12 per gigabyte",
  // "$40,000 a GPU", "$30 per license".
  'wafer', 'chip', 'gpu', 'gigabyte', 'gb', 'terabyte', 'tb', 'license', 'licence',
  // Floor space and land: "averaging $58.75 per square foot", "€14 per square metre" (read as its
  // first word), "£40 psf", "A$1,200 per sqm", "$9,000 an acre".
  'square', 'sq', 'sqm', 'psf', 'acre', 'hectare',
  // Farm units: "228 reais per arroba" (Brazilian cattle), "NZ$10.15 per kgMS" (milk solids),
  // "370 rupees per quintal" (Indian cane), "per bale" (cotton), "per bag" (coffee), "per hectolitre".
  'arroba', 'kgms', 'quintal', 'bale', 'bag', 'sack', 'hectolitre', 'hectoliter', 'hl', 'bu',
  // Crypto-assets by the coin, and what a network charges or a miner earns by the unit: "an average
  // of $95,972 per bitcoin", "$0.04 per token", "$1.10 per transfer", "$45 per petahash per day".
  'coin', 'token', 'bitcoin', 'btc', 'ether', 'eth', 'sol', 'nft', 'transaction', 'transfer', 'trade', 'petahash', 'terahash', 'exahash',
]);

/**
 * Nouns of a forecast: what "raised its 2026 outlook to …" revises; a plan too ("cut its 2025
 * capital expenditure plan to ₺4 billion from ₺6.5 billion": both are the plan for 2025).
 */
export const FORECAST_NOUNS: ReadonlySet<string> = new Set(['forecast', 'forecasts', 'outlook', 'guidance', 'target', 'targets', 'estimate', 'estimates', 'projection', 'projections', 'plan', 'plans']);

/** Deal cues that name an offer for shares: with a sum of no scale ("a 375p agreed bid") what one share is offered. */
export const OFFER_PHRASES: ReadonlySet<string> = new Set(['offer', 'tender offer', 'counter-offer', 'counteroffer', 'counterbid', 'counter-bid', 'bid', 'takeover', 'buyout']);

/** Nouns of an earlier or other estimate: a figure after "a previous range of", "its projection of" restates the figure before it, so no cue nearby names it. */
export const PRIOR_NOUNS: ReadonlySet<string> = new Set(['range', 'projection', 'projections', 'guidance', 'forecast', 'outlook', 'estimate', 'target', 'view', 'expectation', 'expectations']);

/** Words that make such a noun an earlier one: "a previous range", "initial guidance". */
export const PRIOR_ADJECTIVES: ReadonlySet<string> = new Set(['previous', 'earlier', 'prior', 'original', 'initial', 'early', 'old', 'former']);

/** Things valued in "valuing the deal at …" that are not a company: their own metric. */
export const VALUED_THINGS: ReadonlyMap<string, MetricCategory> = new Map([
  ['deal', 'deal-value'], ['transaction', 'deal-value'], ['offer', 'deal-value'], ['bid', 'deal-value'], ['acquisition', 'deal-value'], ['merger', 'deal-value'], ['takeover', 'deal-value'],
  ['shares', 'price'], ['share', 'price'], ['stock', 'price'], ['warrants', 'price'],
]);

/**
 * Participles after a comma that tell a market move as the effect of what the sentence reported
 * before it: "forecast first-quarter sales below estimates, sending its shares down 8.4%".
 */
export const MOVE_EFFECT_WORDS: ReadonlySet<string> = new Set(['sending', 'pushing', 'driving', 'knocking', 'lifting', 'dragging', 'taking', 'leaving']);

/**
 * Participles after a comma that open a clause telling another figure as the result of the one
 * before: "up 3.2% at $104.15, bringing their gain over the past 12 months to 27%" (the 12
 * months are the 27%'s, not the day's move).
 */
export const RESULT_PARTICIPLES: ReadonlySet<string> = new Set([...MOVE_EFFECT_WORDS, 'bringing', 'giving', 'putting']);

/** Words opening a clause of cause or effect after a comma: ", helped by price increases" says why, not what. */
export const CAUSE_WORDS: ReadonlySet<string> = new Set(['helped', 'driven', 'boosted', 'hit', 'hurt', 'led', 'weighed', 'dragged', 'thanks', 'due', 'reflecting', 'owing', 'aided', 'supported', 'lifted', 'fuelled', 'fueled', 'spurred', 'pressured',
  // … or of effect: ", lifting quarterly revenue by 3%" says what followed, of another measure.
  'lifting', 'boosting', 'pushing', 'dragging', 'hurting', 'weighing', 'denting', 'squeezing', 'eroding', 'trimming']);

/** Debt cues of traded bonds: a percentage tied to them is a yield. */
export const BOND_WORDS: ReadonlySet<string> = new Set(['sukuk', 'sukuks', 'bond', 'bonds', 'gilt', 'gilts', 'tranche', 'tranches', 'notes', 'hybrid note', 'hybrid notes', 'hybrid bond', 'hybrid bonds', 'debenture', 'debentures', 'eurobond', 'eurobonds',
  // banks' capital securities: "redeem £1 billion of 8.5% AT1s" is their coupon
  'perpetual bond', 'perpetual bonds', 'perpetual note', 'perpetual notes', 'perpetuals', 'at1', 'at1s', 'covered bond', 'covered bonds']);

/** Nouns after a bond cue that count bonds sold or held, not their yield: "municipal bond issuance fell 11%". */
export const BOND_VOLUME_NOUNS: ReadonlySet<string> = new Set(['issuance', 'issues', 'issue', 'sales', 'supply', 'offerings', 'redemptions', 'purchases', 'buying', 'holdings', 'inflows', 'outflows', 'volumes', 'volume']);

/**
 * Government bonds named by their market's own word, written between a nationality and the
 * measure: "French OAT yields", "Italian BTP yields", "Japanese JGB yields", "German Bund yields".
 */
export const SOVEREIGN_BOND_NAMES: ReadonlySet<string> = new Set(['oat', 'oats', 'btp', 'btps', 'bund', 'bunds', 'jgb', 'jgbs', 'bono', 'bonos', 'gilt', 'gilts', 'treasury', 'treasuries']);

/**
 * A REIT's funds from operations: written as an amount with no scale ("expected FFO of 61 cents",
 * "core FFO of $1.12"), it is per share, as REITs report it (a whole FFO is in millions).
 */
export const FFO_PHRASES: ReadonlySet<string> = new Set(['funds from operations', 'core funds from operations', 'adjusted funds from operations', 'ffo', 'core ffo', 'affo', 'normalized ffo', 'normalised ffo']);

/** Price cues that name a company's shares: a percentage of them is a stake. */
export const SHARE_WORDS: ReadonlySet<string> = new Set(['shares', 'stock']);

/** Kinds of shares written between a count and "shares": "96,500 common shares". */
export const SHARE_KINDS: ReadonlySet<string> = new Set(['common', 'ordinary', 'preferred', 'voting', 'new', 'outstanding']);

/**
 * Words right before a commodity's price that make it the company's own, not the market's:
 * "its realised gas price dropped 29%", "as realized LNG prices fell 18%", "their average
 * realised oil price", "average selling prices for hot-rolled coil dropped".
 */
export const OWN_PRICE_WORDS: ReadonlySet<string> = new Set(['its', 'their', 'realised', 'realized', 'selling']);

/**
 * The first words of the commodities of the `price.commodity` row ("corn", "soybean", "gold"): a
 * month right before one names a futures contract ("May corn rose 3 cents", "December gold").
 */
export const COMMODITY_FIRST_WORDS: ReadonlySet<string> = new Set(METRIC_ROWS.find((r) => r.id === 'price.commodity')!.phrases.map((p) => p.split(' ')[0]!));

/**
 * Commodities written in capitals ("LNG prices fell 18%", "LPG imports"): goods, never the owner
 * of a figure (the price path reads "LNG rose 4%" as the good's own move). Lower case.
 */
export const COMMODITY_ACRONYMS: ReadonlySet<string> = new Set(['lng', 'lpg']);

/**
 * Prices a company charges over a period, not traded on a day: "the average fare per kilometre
 * rose 3% to 5.12 rupees" in a quarter's results, "rents rose 4%", "ASP fell 2%" (phrases of the
 * `price` row that attribute/index.ts keeps from a market's moves).
 */
export const CHARGED_PRICE_PHRASES: ReadonlySet<string> = new Set(['fare', 'fares', 'rent', 'rents', 'average rent', 'average rents', 'tuition', 'tuition fees', 'asp', 'asps', 'list price',
  'rental value', 'rental values', 'estimated rental value', 'estimated rental values', 'erv', 'rental growth', 'rent growth', 'rental rates', 'rental rate', 'asking rents']);

/**
 * Verbs of taking away after which "off" names what the figure is taken from: "tariffs wiped
 * €1.1bn off its operating income", "shaved $40m off quarterly profit".
 */
export const TAKING_OFF: ReadonlySet<string> = new Set([
  'wipe', 'wipes', 'wiped', 'wiping', 'shave', 'shaves', 'shaved', 'shaving', 'knock', 'knocks', 'knocked', 'knocking',
  'take', 'takes', 'took', 'taken', 'taking', 'lop', 'lops', 'lopped', 'lopping', 'slice', 'slices', 'sliced', 'slicing',
]);

/** Words between a currency's name and its level in another currency: "the dollar will average 150 yen", "the euro at 1.08 dollars". */
export const LEVEL_BEFORE_AMOUNT: ReadonlySet<string> = new Set(['will', 'would', 'to', 'average', 'averages', 'averaged', 'averaging', 'at', 'of']);

/**
 * Verbs that close a span of trading, between a traded good and its move: "bitcoin ended May up
 * 11%", "oil finished the week down 3%", "gold closed the session 1% higher".
 */
export const SPAN_CLOSING_VERBS: ReadonlySet<string> = new Set(['ended', 'ends', 'ending', 'finished', 'finishes', 'finishing', 'closed', 'closes', 'closing']);

/** Spans of trading such a verb closes when they are no period figure: "the week", "the session", "the day". */
export const TRADING_SPANS: ReadonlySet<string> = new Set(['week', 'session', 'day', 'month', 'quarter', 'year', 'half']);

/**
 * Words of a level a traded good held without a move: "ether was flat at $2,430", "gold was little
 * changed at $2,330" say where its price stood, as a move would.
 */
export const HELD_LEVEL_WORDS: ReadonlySet<string> = new Set(['flat', 'steady', 'unchanged', 'stable', 'changed']);
