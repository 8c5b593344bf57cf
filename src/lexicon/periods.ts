/**
 * Period words, as data: month and weekday names, ordinal words, units and the modifiers
 * that make a period relative. The recognisers in `src/recognise/period/` read these tables;
 * adding a spelling is adding a row here.
 */
import { ORDINAL_WORDS } from './number-words';

/** Month names and abbreviations → month number 1–12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1],
  ['february', 2], ['feb', 2], ['febr', 2],
  ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4],
  ['may', 5],
  ['june', 6], ['jun', 6],
  ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8],
  ['september', 9], ['sep', 9], ['sept', 9],
  ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

/**
 * Month words that are also common English words or names ("may", "march", "Jan"): alone
 * they need a temporal context (a day, a year, "in", "last") to count as a month.
 */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'mar', 'jan', 'jun', 'sep', 'dec']);

/** Weekday names → ISO weekday (1 = Monday … 7 = Sunday). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['mon', 1],
  ['tuesday', 2], ['tue', 2], ['tues', 2],
  ['wednesday', 3], ['wed', 3], ['weds', 3],
  ['thursday', 4], ['thu', 4], ['thur', 4], ['thurs', 4],
  ['friday', 5], ['fri', 5],
  ['saturday', 6], ['sat', 6],
  ['sunday', 7], ['sun', 7],
]);

/** Weekday abbreviations that are ordinary words alone ("sun", "sat", "wed"). */
export const AMBIGUOUS_WEEKDAYS: ReadonlySet<string> = new Set(['mon', 'tue', 'tues', 'wed', 'weds', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);

/**
 * Ordinal words 1–31 ("first" … "thirty-first" is built from tens + units at read time). A
 * Map, not an object: token text is never an internalised string, and keyed object lookups
 * with such keys are several times slower than a Map's.
 */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ...Object.entries(ORDINAL_WORDS),
  ['twentieth', 20], ['thirtieth', 30],
]);

/** Tens that combine with an ordinal unit word ("twenty-first", "thirty first"). */
export const ORDINAL_TENS: ReadonlyMap<string, number> = new Map([['twenty', 20], ['thirty', 30]]);

/** Suffixes glued to a numeral to make an ordinal ("3rd", "21st"). */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

export type PeriodUnit = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year';

/** Unit words (singular and plural, with common abbreviations) → unit. */
export const UNITS: ReadonlyMap<string, PeriodUnit> = new Map([
  ['day', 'day'], ['days', 'day'],
  ['week', 'week'], ['weeks', 'week'], ['wk', 'week'], ['wks', 'week'],
  ['month', 'month'], ['months', 'month'], ['mo', 'month'], ['mos', 'month'], ['mth', 'month'], ['mths', 'month'],
  ['quarter', 'quarter'], ['quarters', 'quarter'], ['qtr', 'quarter'], ['qtrs', 'quarter'],
  ['year', 'year'], ['years', 'year'], ['yr', 'year'], ['yrs', 'year'],
]);

/** Words that name a quarter after an ordinal ("third quarter", "3rd qtr"). */
export const QUARTER_WORDS: ReadonlySet<string> = new Set(['quarter', 'qtr', 'quarters', 'qtrs']);

/**
 * Words glued by a hyphen after "quarter"/"half" that make it a step of a rate, not a period:
 * "its first quarter-point cut", "a second half-percentage-point rise".
 */
export const RATE_STEP_WORDS: ReadonlySet<string> = new Set(['point', 'points', 'percentage', 'percent', 'pct']);

/**
 * Words that may follow "for the second quarter running" when "running" ends the count: the
 * clause goes on ("..., and", "as", "despite"). Any other word makes "running" an adjective
 * of a noun: "first quarter running costs" is a dated quarter.
 */
export const AFTER_COUNTED_RUNNING: ReadonlySet<string> = new Set([
  'and', 'but', 'or', 'as', 'while', 'after', 'despite', 'with', 'amid', 'when', 'since', 'because', 'although', 'though',
  'on', 'in', 'at', 'to', 'for', 'that', 'which', 'according', 'said', 'says',
]);

/** Words that name a half-year after an ordinal ("first half", "second-half"). */
export const HALF_WORDS: ReadonlySet<string> = new Set(['half', 'halves']);

/**
 * Modifiers that place a unit relative to the reference date: offset in units
 * ("last year" → -1, "this quarter" → 0, "next month" → +1).
 */
export const RELATIVE_MODIFIERS: ReadonlyMap<string, number> = new Map([
  ['this', 0], ['current', 0], ['present', 0],
  ['last', -1], ['past', -1],
  ['next', 1], ['coming', 1], ['upcoming', 1],
]);

/**
 * Modifiers that refer back to a period already mentioned ("the previous quarter", "the
 * following year"); with nothing to refer to they fall back to the reference date.
 */
export const ANAPHORIC_MODIFIERS: ReadonlyMap<string, number> = new Map([
  ['previous', -1], ['prior', -1], ['preceding', -1],
  ['following', 1], ['subsequent', 1], ['succeeding', 1],
]);

/** Words after a period length that mark its end date ("nine months ended Sept 30"). */
export const ENDING_WORDS: ReadonlySet<string> = new Set(['ended', 'ending', 'to', 'through', 'thru', 'till', 'until']);

/**
 * Words after "before" that make a pay or price gross of them, not a time: "£30,000 a year
 * before tax", "$90,000 a year before bonuses" (anaphora.ts). The "a year" there is a rate.
 */
export const GROSS_OF: ReadonlySet<string> = new Set(['tax', 'taxes', 'deductions', 'bonus', 'bonuses', 'overtime', 'commission', 'commissions', 'expenses', 'fees', 'inflation']);

/**
 * After "the year before", words that make "before" a preposition with an object ("since the
 * start of the year before Monday", "the year before the merger"), not an adverb.
 */
export const PREPOSITION_OBJECT_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i',
]);

/**
 * Words that make the period after a figure the base of a comparison ("up from $4bn in the first
 * quarter", "compared with 1.3 billion in the first quarter"): that period is not what later
 * anaphora ("a year earlier", "the same quarter of 2018") refer back to. "from" only with a
 * number between it and the period.
 */
export const COMPARISON_BASE_WORDS: ReadonlySet<string> = new Set(['compared', 'against', 'versus', 'vs', 'from']);

/**
 * Words of a record before "since" ("the highest since May 2016", "its lowest level since
 * 2021"): the period after it only dates the record, and an anaphor later never refers to it.
 */
export const RECORD_WORDS: ReadonlySet<string> = new Set(['highest', 'lowest', 'biggest', 'largest', 'smallest', 'strongest', 'weakest', 'best', 'worst',
  'fastest', 'slowest', 'steepest', 'sharpest', 'most', 'least', 'fewest', 'first', 'cheapest', 'dearest']);

/** Words that introduce the new level of a change, not its base: "fell from a year earlier to 161,266 in May". */
export const COMPARISON_TARGET_WORDS: ReadonlySet<string> = new Set(['to', 'at', 'reaching', 'totalled', 'totaled', 'was', 'were', 'is']);

/**
 * Words that state a fiscal year's end after its label ("fiscal 2024 ended June 30, 2024",
 * "FY2024 (ending June 30)", "fiscal 2024, which ends June 30"). Unlike ENDING_WORDS, no
 * "to"/"through": "from fiscal 1986 to March 1987" runs between two points.
 */
export const FISCAL_END_WORDS: ReadonlySet<string> = new Set(['ended', 'ending', 'ends']);

/**
 * Words that state a fiscal year's first day after it ("the fiscal year beginning April 1",
 * "fiscal 2026, which began on Oct. 1"), with whether the start is the nearest one (present
 * or coming: "starts") or the latest (past: "began").
 */
export const FISCAL_START_WORDS: ReadonlyMap<string, boolean> = new Map([
  ['beginning', true], ['starting', true], ['begins', true], ['starts', true], ['commencing', true], ['commences', true],
  ['began', false], ['started', false], ['commenced', false],
]);

/** Words before a unit that make it a rate, not a period: "1,800 tonnes a month until June", "5 dlrs per year to 1990". */
export const RATE_BEFORE_UNIT: ReadonlySet<string> = new Set(['a', 'an', 'per', 'each', 'every']);

/** Words before "a"/"an" that keep "a year to June" a period ("rose 4% in a year to end-June"). */
export const PERIOD_BEFORE_ARTICLE: ReadonlySet<string> = new Set(['in', 'for', 'over', 'during', 'within']);

/** Words that join the two ends of a range ("July 13 to 15", "from May through June"). */
export const RANGE_JOINERS: ReadonlySet<string> = new Set(['to', 'through', 'thru', 'till', 'til', 'until', 'and']);

/** Dash characters that join a range ("July 13-15", "1960 – 1961"). */
export const RANGE_DASHES: ReadonlySet<string> = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '~']);

/** Words after a 4-digit number that make it a quantity or a time, not a year ("2000 tonnes", "1500 GMT"). */
export const NOT_YEAR_AFTER: ReadonlySet<string> = new Set([
  'gmt', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'bst', 'cet', 'jst', 'utc', 'hrs', 'hours', 'hour', 'h', 'local', 'am', 'pm',
  'tonnes', 'tonne', 'tons', 'ton', 'shares', 'share', 'barrels', 'barrel', 'bpd', 'units', 'unit', 'employees', 'workers',
  'people', 'persons', 'cars', 'vehicles', 'acres', 'hectares', 'miles', 'mile', 'km', 'kms', 'kilometres', 'kilometers',
  'metres', 'meters', 'feet', 'ft', 'kg', 'kgs', 'lbs', 'pounds', 'ounces', 'oz', 'bushels', 'bales', 'bags', 'points', 'pts',
  'point', 'dlrs', 'dollars', 'dlr', 'cts', 'cents', 'mln', 'bln', 'billion', 'million', 'thousand', 'pct', 'percent', 'stg', 'yen',
  'marks', 'francs', 'lire', 'guilders', 'crowns', 'pesos', 'rupees', 'yuan', 'euros', 'mw', 'kw', 'gw', 'mhz', 'ghz', 'cc',
  'members', 'jobs', 'stores', 'branches', 'outlets', 'homes', 'houses', 'contracts', 'lots', 'tons', 'copies', 'pages',
  'rpm', 'dwt', 'grt', 'mt', 'ppm', 'calories', 'sq', 'square', 'cubic', 'times', 'seats', 'rooms', 'beds', 'loans',
  'accounts', 'customers', 'subscribers', 'users', 'lines', 'sites', 'plants', 'mines', 'wells', 'rigs', 'ships', 'vessels',
  'aircraft', 'planes', 'jets', 'trucks', 'tractors', 'machines', 'series', 'model', 'edition', 'baht', 'rand',
  'patients', 'students', 'participants', 'volunteers', 'residents', 'troops', 'soldiers', 'refugees', 'visitors', 'tourists',
]);

/**
 * Possessives before a year and "accounts" that make them a company's books for that year ("a
 * provision of £150 million in its 2025 accounts"), not a count of accounts ("2000 accounts").
 */
export const BOOKS_OWNERS: ReadonlySet<string> = new Set(['its', 'their', 'our']);

/**
 * The start of a company's first period, in an aside at a range's start: "from inception (May 5,
 * 2019) through December 31, 2019", "from July 14, 2020 (date of inception) to …".
 */
export const INCEPTION_WORDS: ReadonlySet<string> = new Set(['inception', 'commencement', 'formation', 'incorporation']);

/**
 * Unit nouns after a year that refer back ("the 1985 quarter", "the same 2020 period"); not
 * "half", which more often starts a noun ("the 2019 half marathon").
 */
export const YEAR_UNIT_NOUNS: ReadonlySet<string> = new Set(['period', 'quarter', 'qtr']);

/** Words before a dotted version number ("version 3.10.12", "v 5.17.11", "firmware 2.1.18"). */
export const VERSION_WORDS: ReadonlySet<string> = new Set(['version', 'ver', 'v', 'release', 'build', 'firmware', 'update', 'patch']);

/** Capitalised words before a dotted date that leave it a date ("On 17.05.11", "Dated 1.2.19"). */
export const DOTTED_DATE_CUES: ReadonlySet<string> = new Set(['on', 'dated', 'of', 'from', 'until', 'since', 'by', 'to', 'before', 'after', 'through', 'effective', 'date', 'due', 'as', 'at', 'between', 'for', 'ended', 'ending']);

/** Marks between the cells of a flattened table row. */
export const CELL_MARKS: ReadonlySet<string> = new Set(['|', '(', ')', '\u2014', '\u2013', '-']);

/** Words before a 4-digit number that make it a label, not a year ("Windows 2000", "flight 1500", "route 2020"). */
export const NOT_YEAR_BEFORE: ReadonlySet<string> = new Set([
  'windows', 'version', 'v', 'model', 'item', 'items', 'flight', 'no', 'nos', 'number', 'num', 'room', 'page', 'pages', 'route',
  'highway', 'boeing', 'airbus', 'suite', 'box', 'unit', 'lot', 'code', 'case', 'file', 'rule', 'section', 'article', 'chapter',
  'form', 'iso', 'bus', 'street', 'st', 'avenue', 'ave', 'road', 'rd', 'apt', 'floor', 'pin', 'zip', 'ext', 'tel', 'phone',
  'fax', 'id', 'account', 'invoice', 'order', 'ticket', 'seat', 'gate', 'platform', 'series', 'type', 'class', 'mark', 'mk',
  'sp', 'index', 'dow', 'nikkei', 'ftse', 'dax', 'level', 'levels', 'system', 'systems', 'interstate', 'channel', 'station',
  'building', 'block', 'plot', 'patent', 'part', 'serial', 'ref', 'reference', 'catalogue', 'catalog', 'batch', 'sku',
  // Indexes and products named with a number: "the Russell 2000", "Office 2019", "Agenda 2063".
  'russell', 'wilshire', 'office', 'autocad', 'server', 'studio', 'agenda', 'expo',
  'asu', 'asus',
  // Numbered acts: "Regulation 1/2003", "Directive 2009/138".
  'regulation', 'directive',
]);

/**
 * Words before a "2016-02" that make it a numbered rule or ruling, not a year and month
 * ("ASU 2016-02", "Accounting Standards Update 2018-07", "Notice 2020-23"); before a bare year
 * they say nothing ("in its trading update 2023 sales were flat").
 */
export const NUMBERED_LABEL_BEFORE: ReadonlySet<string> = new Set(['update', 'notice']);

/** Abbreviations of "number" whose full stop comes before a label's number ("ASU No. 2020-04"). */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(['no', 'nos', 'num', 'nr']);

/**
 * Words before a 4-digit number that usually make it a quantity ("at 1500", "about 2000",
 * "over 1900", "than 2050"). Financial text compares with years after the same words ("up
 * 5% over 2019", "higher than 2020", "below 1986 levels", "at 1986 year-end"), so a number
 * after one of these is still a year when the phrase ends after it or a YEAR_CONTEXT_AFTER
 * word follows ("over 1986 levels").
 */
export const QUANTITY_CUES: ReadonlySet<string> = new Set([
  'at', 'around', 'about', 'approximately', 'approx', 'nearly', 'some', 'over', 'under', 'above', 'below', 'than', 'only',
  'total', 'totalling', 'totaling', 'exceed', 'exceeds', 'exceeding', 'almost', 'roughly',
]);

/**
 * Words before "the 90s" (with no apostrophe) that make it a level, not a decade: "rose into
 * the 70s", "a price near the 50s".
 */
export const DECADE_LEVEL_BEFORE: ReadonlySet<string> = new Set([
  'into', 'to', 'toward', 'towards', 'near', 'above', 'below', 'under', 'over', 'around', 'about', 'than', 'within',
  // "temperatures were in the 30s", "it was in the 50s": a level stated with a copula.
  'was', 'were', 'is', 'are', 'be', 'been', 'being', 'remain', 'remains', 'remained', 'stay', 'stays', 'stayed',
]);

/**
 * Words of a sentence before "the 90s" that make it a temperature, a price or an age: "highs in
 * the 80s", "the stock traded in the 40s", "readings in the 60s".
 */
export const DECADE_LEVEL_CUES: ReadonlySet<string> = new Set([
  'temperature', 'temperatures', 'highs', 'lows', 'reading', 'readings', 'degree', 'degrees', 'weather',
  'price', 'prices', 'priced', 'stock', 'stocks', 'share', 'shares', 'yield', 'yields', 'bid', 'bids', 'traded', 'trading',
  'valued', 'index', 'score', 'scores', 'scored', 'cents', 'dlrs', 'dollars', 'rate', 'rates', 'percent', 'pct', 'age', 'aged',
  'ages', 'speed', 'speeds', 'mph', 'bonds', 'notes', 'level', 'levels', 'cost', 'costs', 'worth',
  // "gross margin in the mid-70s": a margin's level
  'margin', 'margins',
]);

/**
 * Units after "the 60s" that make it a temperature, a price or a rate: "in the 50s F", "the 30s
 * degrees", "growth in the mid-30s percent", "a margin in the low 40s percentage range".
 */
export const DECADE_LEVEL_AFTER: ReadonlySet<string> = new Set(['f', 'c', 'fahrenheit', 'celsius', 'degrees', 'cents', 'dlrs', 'dollars', 'percent', 'pct', 'percentage', 'per']);

/** Quantity words before "than" ("more than 2000"): the number after is a count, not a year. */
export const COUNT_COMPARATIVES: ReadonlySet<string> = new Set(['more', 'less', 'fewer', 'other', 'greater']);

/** Words after a year that keep it a year after a quantity cue ("over 1986 levels", "at 1986 year-end"). */
export const YEAR_CONTEXT_AFTER: ReadonlySet<string> = new Set([
  'level', 'levels', 'year', 'year-end', 'yearend', 'and', 'or', 'to', 'through', 'as', 'when', 'while', 'because', 'but',
  'results', 'figures', 'earnings', 'sales', 'profit', 'profits', 'revenue', 'revenues', 'output', 'production', 'average',
  'peak', 'values', 'value', 'volumes', 'total', 'totals', 'season', 'crop', 'harvest', 'fiscal', 'calendar', 'first', 'second',
  'third', 'fourth', 'final', 'in', 'on', 'for', 'with', 'despite', 'after', 'before', 'amid', 'mainly', 'largely', 'due',
]);

/** Words before a lone month name ("in May", "since March", "end of June") that make it a month. */
export const MONTH_CUES = new Set([
  'in', 'during', 'since', 'until', 'till', 'by', 'early', 'late', 'mid', 'from', 'through', 'thru', 'last', 'next', 'this',
  'of', 'before', 'after', 'end', 'beginning', 'start', 'between', 'coming', 'past', 'throughout',
  // a month a span ends or begins with: "Brent ended May with a loss of 1%", "prices began June higher"
  'ended', 'ending', 'began',
]);

/** Words hyphened before a month name that make it one: "mid-May", "end-June", "early-March". */
export const HYPHENED_MONTH_PARTS: ReadonlySet<string> = new Set(['mid', 'early', 'late', 'end']);

/** Words that join months in a list or range ("March to May", "jan or feb"). */
export const LIST_JOINERS = new Set(['to', 'through', 'thru', 'till', 'until', 'and', 'or', '-', '\u2013', ',']);

/** Words before a spelled-out year that make it one ("in nineteen ninety six"). */
export const SPELLED_YEAR_CUES = new Set(['in', 'since', 'during', 'of', 'until', 'till', 'by', 'year', 'from', 'before', 'after', 'through']);

/** Words a count can measure time in: the units and "fortnight(s)" ("a fortnight ago", "3 days ago"). */
export const TIME_UNIT_WORDS: ReadonlySet<string> = new Set([...UNITS.keys(), 'fortnight', 'fortnights']);

/** Words after a short number that can continue a period ("13 to 15 July", "20 of next month", "2 upcoming weeks"). */
export const NUMBER_FOLLOWERS = new Set(['of', 'to', 'through', 'thru', 'till', 'until', 'and', 'upcoming', 'coming', 'next', 'this', 'current', 'last', 'previous', 'the', 'in', 'a', 'ad', 'fortnight', 'fortnights', 'q', 'h']);
export const WEEKDAY_PLURALS = new Set(['mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays']);

/** Words before "in N days" that make it a span, not a landing day ("the lowest in 10 days"). */
export const SPAN_BEFORE_IN: ReadonlySet<string> = new Set([
  'time', 'lowest', 'highest', 'low', 'high', 'first', 'best', 'worst', 'biggest', 'largest', 'smallest', 'weakest',
  'strongest', 'level', 'rise', 'fall', 'gain', 'drop', 'decline',
]);

/**
 * Nouns after a year-less numeric date that make it the name of an event ("the 9/11
 * attacks"): the date names what happened then, and without its year it would be resolved
 * to the wrong one. Not "hearing" or "meeting": "a March 5 hearing" is when it is held.
 */
export const EVENT_AFTER_DATE: ReadonlySet<string> = new Set([
  'attack', 'attacks', 'attackers', 'riot', 'riots', 'rioters', 'insurrection', 'hijackers', 'bombing', 'bombings', 'bombers',
  'terrorists', 'era', 'generation', 'memorial', 'victims', 'survivors',
]);
/**
 * After "the" and a year-less month-first date, nouns that make the three a body's name: "the
 * Jan. 6 committee", "the Sept. 11 commission"; with the nouns of EVENT_AFTER_DATE ("the Jan. 6
 * attack"). Not before a noun of a sitting: "the March 5 committee meeting" is when it meets.
 */
export const BODY_AFTER_DATE: ReadonlySet<string> = new Set(['committee', 'commission', 'inquiry', 'panel']);
export const SITTING_NOUNS: ReadonlySet<string> = new Set(['meeting', 'meetings', 'session', 'sessions', 'hearing', 'hearings', 'vote', 'deadline', 'date']);

/** Words around "8/10", "3/1" that make it a score, a rating or odds, not a date ("rated it 8/10", "a 3/1 favourite"). */
export const RATING_BEFORE: ReadonlySet<string> = new Set(['rated', 'rates', 'rating', 'scored', 'scores', 'score', 'graded', 'odds', 'ranked', 'marks']);
export const ODDS_AFTER: ReadonlySet<string> = new Set(['favourite', 'favorite', 'favourites', 'favorites', 'shot', 'odds', 'outsider', 'chance']);

/**
 * Words of a game's report: a "first quarter" or "second half" with no year in a sentence
 * holding one of these is a part of the game, not of the year ("scored 15 points in the
 * first quarter"). Only words that financial text does not use: not "goal", "penalty" or
 * "overtime" (as in overtime pay).
 */
export const GAME_CUES: ReadonlySet<string> = new Set([
  'scored', 'scoring', 'outscored', 'touchdown', 'touchdowns', 'quarterback', 'inning', 'innings', 'halftime',
  'fumble', 'interception', 'kickoff', 'striker', 'goalkeeper', 'equaliser', 'equalizer',
  'referee', 'buzzer', 'wicket', 'wickets', 'pitcher', 'homered',
  // a football match's players and moments ("the midfielder came on in the second half", "a goalless first half")
  'midfielder', 'defender', 'winger', 'substitute', 'goalscorer', 'goalless', 'touchline',
]);

/**
 * A game's units, game words only after a number ("a 40-yard run", "for 12 yards", "11
 * rebounds"; not "rail yards", nor "M&A rebounds in third quarter").
 */
export const GAME_UNITS: ReadonlySet<string> = new Set(['yard', 'yards', 'rebounds', 'assists', 'goals']);

/** Words of money and percentages: with one of these, a game's sentence speaks of results too. */
export const RESULT_CUES: ReadonlySet<string> = new Set([
  'percent', 'pct', 'cent', 'cents', 'dollars', 'dlrs', 'euros', 'yen', 'yuan', 'rupees', 'mln', 'bln', 'million', 'billion',
  'revenue', 'revenues', 'sales', 'profit', 'profits', 'earnings', 'results', 'loss', 'losses', 'income', 'dividend', 'shares',
  'growth', 'output', 'production', 'economy', 'gdp',
]);

/**
 * Before "in three days": words of what is still to come ("will", "expects", "due") make it
 * the day ahead; words of what happened ("rose", "was", "the second") make it a span the thing
 * happened in. Words ending in "-ed" count as past unless listed here as future ("expected").
 */
export const FUTURE_CUES: ReadonlySet<string> = new Set([
  'will', 'would', 'shall', 'should', 'could', 'can', 'may', 'might', 'must', 'll', 'expects', 'expected', 'expect', 'expecting',
  'hopes', 'hope', 'hoped', 'plans', 'plan', 'planned', 'intends', 'intend', 'intended', 'aims', 'due', 'scheduled', 'set',
  'going', 'anticipated', 'anticipates', 'predicted', 'predicts', 'forecast', 'forecasts', 'projected', 'estimated', 'proposed',
  'wants', 'needed', 'needs', 'requires', 'required', 'when', 'once', 'until', 'unless', 'if',
]);
export const PAST_SPAN_CUES: ReadonlySet<string> = new Set([
  'was', 'were', 'had', 'has', 'have', 'did', 'rose', 'fell', 'grew', 'sold', 'won', 'made', 'took', 'came', 'hit', 'cut', 'paid',
  'lost', 'saw', 'went', 'became', 'bought', 'began', 'ran', 'shot', 'slid', 'sank', 'soared', 'drove', 'gave', 'got', 'led', 'kept',
  'brought', 'held', 'left', 'met', 'spent', 'built', 'laid', 'dug', 'found', 'sent', 'wrote', 'drew', 'flew', 'rode', 'swam',
  'fought', 'caught', 'taught', 'struck', 'stood', 'threw', 'broke', 'froze', 'wore', 'fed', 'beat', 'second', 'third', 'fourth',
  'fifth', 'biggest', 'largest', 'highest', 'lowest', 'most', 'worst', 'best',
]);

/**
 * Words of goods to be moved before a date without its year ("for shipment May 1-10", "for
 * delivery in April", "cargoes loading in April"): a market's trade is for the coming dates.
 */
export const DELIVERY_BEFORE: ReadonlySet<string> = new Set(['delivery', 'deliveries', 'loading', 'arrival', 'shipment', 'shipments']);

/**
 * Words after "for" and a month that name the futures contract a commodity is quoted for:
 * "Gold futures for April delivery eased 0.3%", "Brent for December settlement rose 40 cents".
 * The phrase sits between the good and its move; the move is still the good's price.
 */
export const CONTRACT_TERM_WORDS: ReadonlySet<string> = new Set([...DELIVERY_BEFORE, 'settlement', 'expiry']);

/**
 * Plurals of goods moved, which count what a company moved when it owns them ("Lumora's December
 * deliveries rose", written in January): after a possessive they make no futures or cargo month.
 */
export const GOODS_MOVED_PLURALS: ReadonlySet<string> = new Set(['deliveries', 'shipments', 'loadings', 'arrivals']);

/**
 * Words after a month without its year that make it a futures or cargo month, always the coming
 * one ("Brent for November delivery", "the September contract", "cargoes for October loading",
 * "465 June calls"): a market quotes what is still to be delivered. The words of goods to be
 * moved, and their plurals and the words of contracts.
 */
export const CONTRACT_MONTH_AFTER: ReadonlySet<string> = new Set([
  ...DELIVERY_BEFORE, 'loadings', 'arrivals', 'contract', 'contracts', 'futures', 'calls', 'puts', 'options',
]);

/**
 * Goods and benchmarks quoted by futures month, written right before "for" and a month without
 * its year ("Brent crude for March traded at $77.80", "WTI for February settled at $72",
 * "U.S. crude futures for June"): the contract month, always the coming one.
 */
export const FUTURES_GOODS: ReadonlySet<string> = new Set([
  'brent', 'wti', 'crude', 'oil', 'futures', 'gasoline', 'gasoil', 'diesel', 'gold', 'silver', 'copper', 'platinum', 'palladium',
  'aluminium', 'aluminum', 'nickel', 'zinc', 'wheat', 'corn', 'soybeans', 'soyoil', 'soymeal', 'sugar', 'coffee', 'cocoa', 'cotton',
  'cattle', 'hogs', 'arabica', 'robusta', 'rbob', 'ulsd', 'ttf', 'jkm',
]);

/**
 * Quantities of a good, written a few words before it, that make "for" and a month the month
 * they were counted in, not a futures month ("imports of crude oil for December rose 3%").
 */
export const GOODS_QUANTITY_NOUNS: ReadonlySet<string> = new Set([
  'imports', 'exports', 'production', 'output', 'demand', 'consumption', 'sales', 'shipments', 'inventories', 'stocks', 'supplies',
  'supply', 'purchases', 'deliveries', 'throughput', 'runs', 'liftings', 'loadings', 'arrivals', 'use', 'usage', 'volumes', 'reserves',
]);
/** How many tokens before a good such a word of its quantity may be: "imports of U.S. crude oil for December" (periods and attribution both look this far). */
export const GOODS_QUANTITY_REACH = 8;

/**
 * Nouns after a month that name a document or an event by it, of what has been ("below a
 * December forecast", "the February budget", "the December pact"): however the sentence speaks
 * of the future, the month is the latest one.
 */
export const PAST_MONTH_AFTER: ReadonlySet<string> = new Set([
  'forecast', 'forecasts', 'budget', 'pact', 'agreement', 'accord', 'devaluation', 'statement', 'report', 'survey', 'figures', 'data', 'estimate', 'estimates', 'reading', 'decision',
]);

/** Words of results after a bare "1H"/"2H" that make it a half-year, not hours: "1H net profit", "2H margin". */
export const HALF_RESULT_WORDS: ReadonlySet<string> = new Set([
  'net', 'profit', 'profits', 'revenue', 'revenues', 'sales', 'results', 'earnings', 'loss', 'losses', 'margin', 'margins',
  'eps', 'ebitda', 'ebit', 'operating', 'pretax', 'dividend', 'guidance', 'outlook',
]);

/**
 * Nouns after "nine-month" that make it the months of results so far, not a length ("nine-month
 * profit", "the nine-month total"; not "a nine-month high" nor "a nine-month delay").
 */
export const MONTHS_SO_FAR_NOUNS: ReadonlySet<string> = new Set([...HALF_RESULT_WORDS, 'total', 'totals', 'period', 'figures', 'performance']);

/**
 * Words of results and money that make "in the nine months" of a sentence the months of results
 * so far even with no period named before it ("10 cts a share in the quarter and 25 cts in the
 * nine months"). Not percentages: "if during the three months the trader … a one pct premium".
 */
export const SO_FAR_CUES: ReadonlySet<string> = new Set([
  ...HALF_RESULT_WORDS, 'income', 'cts', 'cent', 'cents', 'dlrs', 'dollars', 'euros', 'yen', 'pounds', 'mln', 'bln', 'million', 'billion', 'quarter', 'qtr',
]);

/**
 * Words after "the nine months" that make it a length or a period of its own, not the months of
 * results so far: "the nine months to September" (read whole elsewhere), "the six months since
 * the merger", "the three months before the vote", "the six months that followed".
 */
export const NOT_SO_FAR_AFTER: ReadonlySet<string> = new Set([
  'to', 'ended', 'ending', 'through', 'thru', 'till', 'until', 'of', 'before', 'after', 'earlier', 'ago', 'later', 'since',
  'old', 'following', 'preceding', 'prior', 'leading', 'that', 'which', 'when', 'it', 'we', 'they', 'he', 'she', 'remaining', 'left',
]);

/**
 * Capitalised words after a weekday that make the pair a title, not a day: newspapers ("the
 * Sunday Times", "the Sunday Telegraph"). Matched case-sensitively: "on Sunday times were hard"
 * stays a day.
 */
export const WEEKDAY_TITLE_AFTER: ReadonlySet<string> = new Set([
  'Times', 'Telegraph', 'Mirror', 'Express', 'Post', 'Herald', 'Tribune', 'Independent', 'Observer', 'Mail', 'People', 'Sport', 'Star',
  'Age', 'Journal', 'Gazette', 'Chronicle', 'Magazine', 'Edition', 'Supplement',
]);
/**
 * Verbs told in the present after "which" or "that" that schedule what they name, so the day
 * or month after them is the coming one: "fiscal 2027, which starts July 1", "Finnish rival
 * Nokkala, which reports on Thursday", "the central bank, which meets in March".
 */
export const SCHEDULED_PRESENT: ReadonlySet<string> = new Set(['starts', 'begins', 'reports', 'publishes', 'releases', 'announces', 'meets']);

/**
 * Verbs of a fixture told in the present, which schedule the day or month after them with no
 * "which" before: "The Celtics host the Knicks on Sunday", "United face Arsenal on Saturday",
 * "the teams meet again in March", "OPEC ministers meet on Thursday".
 */
export const FIXTURE_PRESENT: ReadonlySet<string> = new Set(['play', 'plays', 'host', 'hosts', 'face', 'faces', 'meet']);
/**
 * Words before such a verb that make it no schedule: a past or an infinitive ("did not play on
 * Sunday", "agreed to meet on Friday", "didn't face"), or a noun's determiner or preposition
 * ("a host of", "at face value on Friday", "in play on Monday", "the meet on Saturday").
 */
export const FIXTURE_NOT_AFTER: ReadonlySet<string> = new Set([
  'to', 'not', 'never', 'did', 't', 'nt', 'a', 'an', 'the', 'this', 'his', 'her', 'its', 'their', 'our', 'my', 'your',
  'in', 'at', 'of', 'for', 'on', 'by', 'with', 'fair', 'power', 'track', 'swim',
]);

/** "Saturday Night Live", "Monday Night Football": a weekday, "Night" and another capitalised word make a show's name. */
export const WEEKDAY_SHOW_WORDS: ReadonlySet<string> = new Set(['Night', 'Morning']);

/**
 * Words around "Monday to Friday" that make it opening or working hours, a week's recurring
 * schedule, not one span of days: "open Tuesday to Sunday", "trading hours, Monday through
 * Thursday", "banks will work from Saturday to Thursday". A clock time nearby ("9am", "10:00",
 * "1800 local time") is read as one too.
 */
export const SCHEDULE_CUES: ReadonlySet<string> = new Set([
  'open', 'opens', 'opening', 'closed', 'closes', 'hours', 'daily', 'operate', 'operates', 'operating', 'work', 'works', 'working',
  'time', 'am', 'pm', 'a.m', 'p.m', 'noon', 'midnight', 'weekdays', 'weekly', 'staffed', 'timetable', 'schedule', 'shifts', 'classes',
  'sessions', 'served', 'serves', 'serving', 'available', 'usually', 'normally', 'typically', 'gmt', 'est', 'edt', 'bst', 'cet',
]);
/** How far before and after a weekday range schedule cues are looked for, in tokens. */
export const SCHEDULE_REACH = 8;

/** Days named relative to today, by their offset in days. */
export const DAY_WORDS: ReadonlyMap<string, number> = new Map([['today', 0], ['tomorrow', 1], ['yesterday', -1]]);

/** Before "N days from …", words that make it a span that starts there, not the day it ends on ("for 12 months from April 1"). */
export const SPAN_BEFORE_COUNT: ReadonlySet<string> = new Set(['for', 'over', 'the', 'during', 'within', 'in', 'of', 'next', 'past', 'first', 'last', 'throughout']);

/** A period that names the year before the one just told of: "a year earlier", "the year-ago quarter", "the prior-year period", "the same period last year". */
export const YEAR_AGO_TEXT = /\b(?:a year (?:earlier|ago|before)|year[- ](?:earlier|ago)|prior[- ]year|same \w+ (?:a year (?:earlier|ago)|last year))\b/i;

/**
 * A season told relative to now right after an amount ("would top €1bn next season", "lost £120m
 * last season"), which no calendar fixes (a league's season may be a calendar year or run across
 * two): the amount's own period, so it takes no other period of its sentence. (Not "the previous
 * season", which refers back to a season named before and is read.)
 */
export const RELATIVE_SEASON_AFTER = /^\s*(?:(?:in|for|during|over)\s+)?(?:the\s+)?(?:next|last|this|coming|current|past)\s+season\b/i;

/** A period written as a comparison: "the year-earlier period", "a month earlier", "the prior-year quarter". */
export const COMPARISON_PERIOD_TEXT = /\b(?:year[- ](?:earlier|ago)|earlier period|a year (?:earlier|ago|before)|a (?:month|quarter) (?:earlier|before|previously)|prior[- ]year|previous year|last year's)\b/i;
/**
 * A period named as the one before another: "down from 40% in the prior quarter". A base, never
 * what a later "in the quarter" refers back to (that is the quarter the story reports).
 */
export const PREVIOUS_PERIOD_TEXT = /\b(?:prior|previous|preceding) (?:quarter|qtr|month|half|period)\b/i;
/** A period named as the same one of another year: "the same quarter", "the corresponding period". */
export const SAME_PERIOD_TEXT = /\b(?:same (?:period|quarter|time)|corresponding period)\b/i;

/**
 * Words that may follow "in 1881" or "5 Oct 98" and leave the number a year: the clause goes on
 * (a count would take its noun). Case-sensitive: lower case only.
 */
export const CLAUSE_GOES_ON: ReadonlySet<string> = new Set([
  'and', 'by', 'when', 'as', 'but', 'after', 'before', 'with', 'the', 'to', 'at', 'in', 'on', 'for', 'that', 'which', 'was', 'were',
  'he', 'she', 'it', 'they', 'under', 'during', 'until', 'while', 'from', 'near', 'outside', 'off',
]);

/**
 * The first month assumed for a fiscal year written across two calendar years ("1986/87",
 * "FY2025-26") when the text states no calendar: April, as in India, Britain, Japan and Canada.
 */
export const SPLIT_YEAR_START = 4;

/**
 * Countries whose fiscal (financial) year runs July to June, by currency: a fiscal year written
 * across two years ("the 2025-26 financial year", "fiscal 1986/87") in a text about one of them
 * starts in July, not in {@link SPLIT_YEAR_START}'s April; so does a fiscal label before the text
 * states a calendar ("the 2026 financial year" is July 2025 to June 2026).
 */
export const JULY_FISCAL_CURRENCIES: ReadonlySet<string> = new Set(['AUD', 'PKR', 'EGP', 'KES', 'BDT', 'UGX', 'TZS']);

/**
 * Countries whose companies and government all keep an April-to-March year named by the year it
 * ends in, by currency: in a text about one of them a fiscal label ("FY27", "fiscal 2026", "Q1
 * FY27") is that year ("FY27" is April 2026 to March 2027), unless the text states another.
 * (Japan's companies keep the same year but name it either way, so Japan is not listed.)
 */
export const APRIL_FISCAL_CURRENCIES: ReadonlySet<string> = new Set(['INR']);

/**
 * Scale words of the Indian numbering system: a text that counts money in them and names no
 * place is read as Indian for its fiscal labels ("₹19,407 crore … FY25" is April 2024 to March 2025).
 */
export const INDIAN_UNIT_WORDS: ReadonlySet<string> = new Set(['crore', 'crores', 'lakh', 'lakhs']);

/**
 * The first month and day of a tax year written across two calendar years ("the 2025-26 tax
 * year", "tax year 2025/26"): the British one, 6 April to 5 April, which is the tax year the
 * English-language press writes that way (an American tax year is a calendar year, "tax year 2025").
 */
export const SPLIT_TAX_YEAR_START = { m: 4, d: 6 } as const;

/** Words after "fiscal year" that bound it: "beginning April 1", "ending March", "which starts in April". */
export const YEAR_BOUND_WORDS: ReadonlySet<string> = new Set(['beginning', 'begins', 'began', 'starting', 'starts', 'started', 'ending', 'ends', 'ended', 'which', 'that', 'to', 'through', 'thru', 'commencing', 'from']);

/**
 * Nouns of a forecast that a month or day written before them dates: "in line with its February
 * forecast", "above the January outlook" (when the forecast was made, not a period of figures).
 */
export const FORECAST_NOUNS: ReadonlySet<string> = new Set(['forecast', 'forecasts', 'outlook', 'outlooks', 'guidance', 'estimate', 'estimates', 'projection', 'projections']);

/** Verbs of forecasting that open a clause whose period is still to come: "forecast net profit of 90 billion yen for the year to March". */
export const FORECAST_VERBS: ReadonlySet<string> = new Set(['forecast', 'forecasts', 'forecasting', 'projects', 'projected', 'predicts', 'predicted', 'sees', 'expects', 'targets', 'guided']);
/** Words before such a verb that make the forecast one of the past: "had forecast", "originally projected". */
export const FORECAST_PAST_BEFORE: ReadonlySet<string> = new Set(['had', 'originally', 'initially', 'previously', 'earlier', 'once']);
/** Past tenses of results that end the look back from "for" to a verb of forecasting: "… reported net profit of … for". */
export const RESULT_PAST_VERBS: ReadonlySet<string> = new Set(['said', 'reported', 'posted', 'earned', 'made', 'was', 'were', 'had', 'rose', 'fell', 'grew', 'booked', 'recorded', 'achieved', 'logged', 'beat', 'missed']);

/**
 * Participles of forecasting: a month or day after one and "in", right after a figure, is when
 * the forecast was made ("wider than the A$26.9 billion projected in December"), unlike a
 * result's ("the 633.5 mln reported in February", which dates the figure).
 */
export const FORECAST_PARTICIPLES: ReadonlySet<string> = new Set(['projected', 'forecast', 'estimated', 'predicted']);

/**
 * Verbs of publishing data: a month or day right after one is when it came out ("data released
 * last month showed"). Not "issued", which dates what was issued ("the paper issued in January
 * raised 159.6 mln francs", "building permits issued in November rose").
 */
export const RELEASE_VERBS: ReadonlySet<string> = new Set(['released', 'published']);

/** Words of public finance: a fiscal year written after them is a government's ("the federal deficit for the fiscal year ending March 31"). */
export const PUBLIC_FINANCE_WORDS: ReadonlySet<string> = new Set(['federal', 'government', 'budget', 'deficit', 'deficits', 'treasury', 'ministry']);

/**
 * A government's balances: a split year a few words after one is a fiscal year ("a deficit of
 * A$37.8 billion for 2025-26"), not two calendar years as a season's is ("the 2025-26 season").
 */
export const BUDGET_BALANCE_WORDS: ReadonlySet<string> = new Set(['budget', 'deficit', 'deficits', 'surplus', 'surpluses', 'borrowing']);

/**
 * Words that may follow "the final quarter" when it is a period: function words, and the
 * nouns of results ("the final quarter results"). Any other noun makes a phrase of its own
 * ("the final quarter mile", "the final quarter century").
 */
export const AFTER_FINAL_QUARTER: ReadonlySet<string> = new Set([
  'in', 'on', 'and', 'or', 'for', 'as', 'when', 'while', 'to', 'at', 'from', 'than', 'compared', 'versus', 'vs', 'after',
  'before', 'last', 'this', 'that', 'which', 'with', 'but', 'amid', 'due', 'despite', 'because', 'was', 'were', 'is',
  'will', 'would', 'could', 'should', 'has', 'had', 'rose', 'fell', 'grew', 'ended', 'ending', 'of', 'a', 'the',
  'results', 'profit', 'profits', 'sales', 'earnings', 'revenue', 'revenues', 'loss', 'losses', 'growth',
]);

/** Measures that "from" after them names the source of: "revenue from operations", "cash from operations", "income from continuing operations". */
export const MEASURES_FROM: ReadonlySet<string> = new Set(['revenue', 'revenues', 'income', 'sales', 'earnings', 'profit', 'profits', 'cash', 'proceeds', 'loss', 'losses']);

/** Words after "fiscal" that leave it a noun: "forecast for the current fiscal to 7.3%", "this fiscal as well". */
export const FISCAL_NOUN_NEXT: ReadonlySet<string> = new Set([
  'to', 'from', 'and', 'or', 'at', 'is', 'was', 'will', 'would', 'should', 'could', 'may', 'against', 'compared', 'versus', 'vs',
  'as', 'when', 'while', 'amid', 'despite', 'on', 'with', 'after', 'but', 'by', 'in', 'than', 'so', 'itself', 'too', 'also',
  'ending', 'ended',
]);

/**
 * Words of {@link MONTH_MEASURES} that are never a verb's base form, so that "May" before them is
 * the month, not the modal: "May exports included …", "China May sales rose" ("may trade",
 * "may profit" and "may traffic" stay verbs).
 */
export const NOUN_ONLY_MEASURES: ReadonlySet<string> = new Set([
  'revenue', 'revenues', 'sales', 'exports', 'imports', 'output', 'production', 'deliveries', 'shipments', 'orders', 'inflation',
  'loans', 'bookings', 'volumes', 'cpi', 'ppi', 'pmi',
]);

/**
 * Nouns of a move or a measure that "for" and a capitalised "May"/"March" follow, making it the
 * month the figure covers, not the modal: "taking its loss for May to nearly 10%", "a gain for
 * March of 4%", "exports for May rose". No modal follows a preposition.
 */
export const MEASURE_BEFORE_FOR_MONTH: ReadonlySet<string> = new Set([
  ...NOUN_ONLY_MEASURES, 'loss', 'losses', 'gain', 'gains', 'decline', 'declines', 'drop', 'fall', 'rise', 'increase',
  'decrease', 'advance', 'slide', 'rally', 'jump', 'performance', 'average', 'total', 'profit', 'earnings', 'data', 'figures',
]);

/**
 * Lower-case words of what a month's figures report, which make a month written after a name a
 * month: "Formosa Foundry October revenue", "China September exports", "Hyundai May sales".
 */
export const MONTH_MEASURES: ReadonlySet<string> = new Set([
  'revenue', 'revenues', 'sales', 'profit', 'exports', 'imports', 'output', 'production', 'deliveries', 'shipments', 'orders',
  'inflation', 'trade', 'retail', 'vehicle', 'car', 'auto', 'passenger', 'home', 'housing', 'industrial', 'factory', 'loan', 'loans',
  'lending', 'bookings', 'traffic', 'volumes', 'volume', 'cpi', 'ppi', 'pmi',
]);

/** Words right before a year that make it a bond's maturity: "the BTP due 2041", "notes maturing 2033". */
export const MATURITY_BEFORE: ReadonlySet<string> = new Set(['due', 'maturing', 'matures', 'mature', 'maturity']);

/** Debt securities a year written right before names by their maturity: "its 2033 bonds", "a 2035 gilt". */
export const MATURITY_INSTRUMENTS: ReadonlySet<string> = new Set([
  'bond', 'bonds', 'note', 'notes', 'gilt', 'gilts', 'debenture', 'debentures', 'eurobond', 'eurobonds', 'sukuk', 'bund', 'bunds',
  'btp', 'btps', 'oat', 'oats', 'jgb', 'jgbs', 'treasuries', 'paper', 'maturity', 'maturities', 'securities', 'tranche', 'tranches',
]);

/**
 * Present tenses of publishing and the nouns of what is published after them: "Volkenrad, which
 * reports full-year results on March 11" tells of a day to come (a schedule, in the present).
 */
export const PUBLISHING_PRESENT: ReadonlySet<string> = new Set(['reports', 'publishes', 'releases', 'announces', 'presents', 'unveils']);
export const PUBLISHED_RESULTS: ReadonlySet<string> = new Set(['results', 'earnings', 'figures']);

/**
 * Words between "a year earlier" and a period written after it that open another clause or
 * figure, so the period is not what it moves back from: "from a 185 mln deficit a year earlier
 * and a 225 mln deficit in January", "higher than a year ago after a 6.8 pct increase in March".
 */
export const YEAR_BACK_CLAUSE_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'while', 'whereas', 'after', 'before', 'when', 'as', 'against', 'versus', 'vs', 'compared', 'than']);

/**
 * Nouns after a split year that make it a farm or trade season, which runs on its own months
 * and never on a company's fiscal calendar ("the 2024/25 season", "the 2025/26 soybean harvest").
 */
export const SEASON_NOUNS: ReadonlySet<string> = new Set(['season', 'seasons', 'crop', 'crops', 'harvest', 'harvests', 'campaign']);

/** Words before "year" that make it a season's year ("the 2025/26 marketing year", "the 2024/25 coffee year"). */
export const SEASON_YEAR_WORDS: ReadonlySet<string> = new Set([
  'marketing', 'crop', 'cropping', 'coffee', 'cocoa', 'sugar', 'milling', 'crushing', 'dairy', 'milk', 'wheat', 'grain', 'grains', 'cotton',
  'rice', 'corn', 'maize', 'soybean', 'oilseed', 'oilseeds', 'wool', 'harvest',
]);

/** Words between a split year and a season noun that do not make it a fiscal or budget year ("the 2025/26 fiscal season" is none). */
export const NOT_SEASON_WORDS: ReadonlySet<string> = new Set(['fiscal', 'financial', 'tax', 'budget', 'budgetary', 'accounting', 'calendar']);

/** Verbs of a clause that states a season's months ("the 2024/25 season, which runs from October to September"). */
export const SEASON_SPAN_VERBS: ReadonlySet<string> = new Set(['runs', 'run', 'running', 'lasts', 'spans', 'covers', 'stretches', 'extends']);

/** Words that bound a span to date at a day: "year to date through April 9", "YTD to March 28". */
export const TO_DATE_BOUNDS: ReadonlySet<string> = new Set(['through', 'thru', 'to', 'until']);

/**
 * A relative clause of the figure's own right after it, its subject a pronoun and its verb one of
 * a result: "the 6.49 trillion won it made a year earlier", "the $2 billion they earned last
 * year". The period after it is the figure's (attribute/period.ts).
 */
export const OWN_CLAUSE_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'we']);
export const OWN_CLAUSE_VERBS: ReadonlySet<string> = new Set(['made', 'earned', 'posted', 'reported', 'booked', 'recorded', 'logged', 'generated', 'had', 'lost', 'paid', 'spent', 'sold', 'raised']);

/**
 * The seasons a story dates by, with their first and last months as the meteorological
 * seasons of the northern hemisphere ("last summer" is June to August): the months the
 * travel and leisure trade reports a season's takings over. Winter, which runs across two
 * years, is left out.
 */
export const SEASON_MONTHS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['spring', [3, 5]], ['summer', [6, 8]], ['autumn', [9, 11]], ['fall', [9, 11]],
]);

/** Words before "fall" with a year that make it the season: "in the fall of 1988", "by fall 1989" (not "the oil price fall of 1986"). */
export const FALL_BEFORE: ReadonlySet<string> = new Set(['the', 'in', 'by', 'since', 'until', 'till', 'during', 'through', 'early', 'late', 'mid', 'before', 'after', 'from', 'this', 'last', 'next']);
