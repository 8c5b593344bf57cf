/**
 * Words around a number and a currency word that make the pair something other than an
 * amount of money: a price-base year ("in constant 2015 dollars", "the 2015 yuan
 * devaluation"), a weight ("a 300-pound gorilla"), a video resolution ("1080p") or a name
 * spelled like a currency code ("COP28"). Data only; `recognise/money/not-money.ts` reads them.
 */

/** Before a year, these make "YYYY dollars" the dollars of that year, a unit of account: "in constant 1980 dollars". */
export const PRICE_BASE_BEFORE: ReadonlySet<string> = new Set(['constant', 'chained', 'real', 'nominal', 'current', 'adjusted', 'in']);

/**
 * After "the YYYY dollar", nouns that keep it money: a banknote of that denomination
 * ("the 2000 yen note"), not the currency of that year ("the 2015 yuan devaluation").
 */
export const DENOMINATION_NOUNS: ReadonlySet<string> = new Set([
  'note', 'notes', 'banknote', 'banknotes', 'bill', 'bills', 'coin', 'coins', 'cheque', 'cheques', 'check', 'checks', 'voucher', 'vouchers',
]);

/**
 * After a hyphenated "N-pound", nouns that keep it money ("a 10-pound fine", "a five-pound
 * note"); before any other noun it is a weight ("a 300-pound gorilla", "a 10-pound bag").
 */
export const POUND_MONEY_NOUNS: ReadonlySet<string> = new Set([
  ...DENOMINATION_NOUNS, 'token', 'tokens', 'ticket', 'tickets', 'fare', 'fares',
  'fine', 'fines', 'fee', 'fees', 'charge', 'charges', 'levy', 'tax', 'toll', 'penalty', 'surcharge',
  'bet', 'bets', 'stake', 'wager', 'prize', 'prizes', 'reward', 'bonus', 'gift', 'donation', 'grant', 'award', 'allowance',
  'payment', 'payments', 'payout', 'refund', 'rebate', 'discount', 'subsidy', 'loan', 'deposit', 'rent', 'salary', 'wage', 'pension',
  'price', 'prices', 'rise', 'increase', 'cut', 'hike', 'raise', 'reduction', 'deal', 'bid', 'offer', 'contract', 'budget',
  'investment', 'fund', 'purchase', 'settlement', 'compensation', 'subscription', 'membership', 'spend', 'bill',
]);

/** Words after "N-pound" or "the YYYY dollar" that do not make it an adjective before a noun ("a 10-pound a week rise"). */
export const NOT_A_NOUN_AFTER: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'per', 'each', 'and', 'or', 'to', 'from', 'in', 'on', 'at', 'for', 'with', 'by', 'than', 'of', 'is', 'was', 'were', 'are',
]);

/** Nouns after "euro" that name the currency union, not its money: "the 20 euro zone members", "euro area inflation". */
export const EURO_UNION_NOUNS: ReadonlySet<string> = new Set(['zone', 'area', 'bloc', 'region', 'countries', 'members', 'nations', 'economies']);

/** Metric units written in parentheses after "N-pound" that show it is a weight: "100-pound (45-kg) bags". */
export const WEIGHT_UNITS: ReadonlySet<string> = new Set(['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes']);

/** Line counts of video formats: "1080p" is a resolution, not 10.80 pounds… */
export const VIDEO_RESOLUTIONS: ReadonlySet<string> = new Set(['240', '360', '480', '576', '720', '1080', '1440', '2160', '4320']);
/**
 * …when a word of video follows ("1080p video"), "in" precedes it, another resolution is listed
 * with it ("720p or 480p") or a frame rate follows ("at 60fps"); "shares firmed to 480p" is a
 * price in pence.
 */
export const VIDEO_WORDS: ReadonlySet<string> = new Set([
  'video', 'videos', 'resolution', 'hd', 'display', 'displays', 'screen', 'screens', 'streaming', 'stream', 'streams', 'tv', 'tvs',
  'camera', 'cameras', 'footage', 'recording', 'recordings', 'playback', 'content', 'monitor', 'monitors', 'panel', 'quality',
  'output', 'mode', 'gaming', 'webcam', 'projector',
]);
/** Words that list resolutions: "720p or 480p", "from 720p to 1080p". */
export const LIST_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'to']);
/** Units of a frame or refresh rate: "1080p at 60fps", "4K at 144Hz", "at 60 frames per second". */
export const FRAME_RATE_UNITS: ReadonlySet<string> = new Set(['fps', 'hz', 'frames']);
/** How many words may stand between two resolutions of one clause: "renders at 1440p and upscales to 2160p". */
export const RESOLUTION_REACH = 4;
/** Line counts that are seldom a price in pence, for two resolutions a few words apart. */
export const HIGH_RESOLUTIONS: ReadonlySet<string> = new Set(['1440', '2160', '4320']);

/**
 * Words a few tokens before a lower-case glued "c" that make it degrees Celsius, not cents:
 * "highs of 28c", "temperatures reached 40c", "bake in the oven at 180c". ("A high of 95c" is
 * as often a share price, so the singular "high"/"low" are not here.)
 */
export const TEMPERATURE_CUES: ReadonlySet<string> = new Set([
  'highs', 'lows', 'temperature', 'temperatures', 'temp', 'temps', 'thermometer', 'mercury', 'heatwave', 'oven', 'degrees',
  'celsius', 'centigrade', 'warm', 'warmer', 'warmest', 'hot', 'hotter', 'hottest', 'cold', 'colder', 'coldest', 'chilly', 'heat', 'heated',
  'cool', 'cooler', 'freezing', 'fever', 'sunshine', 'sunny', 'weather',
]);
/** How far back, in tokens, a temperature cue is looked for. */
export const TEMPERATURE_REACH = 6;

/**
 * Words before a number that make it a provision's label, so a letter glued to it is a
 * subsection, not cents or pence: "Section 4c", "Rule 15c3-3", "Article 9p".
 */
export const PROVISION_LABELS: ReadonlySet<string> = new Set([
  'section', 'sections', 'sec', 'rule', 'rules', 'article', 'articles', 'art', 'regulation', 'paragraph', 'para',
  'subsection', 'clause', 'schedule', 'chapter', 'title', 'part', 'item', 'form', '\u00a7',
]);

/**
 * Before "N pounds" with no scale, words of body or parcel weight: "weighed 7 pounds", "he
 * lost 40 pounds", "gained 15 pounds". "A loss of 40 million pounds" has a scale and stays money.
 */
export const WEIGHING_VERBS: ReadonlySet<string> = new Set([
  'weigh', 'weighs', 'weighed', 'weighing', 'lost', 'lose', 'loses', 'losing', 'gained', 'gain', 'gains', 'gaining', 'shed', 'sheds', 'shedding',
  'heavier', 'lighter',
]);
/** After "N pounds", words that make it a weight: "5 pounds heavier", "20 pounds overweight". */
export const WEIGHT_AFTER: ReadonlySet<string> = new Set(['heavier', 'lighter', 'overweight', 'underweight']);
/** Before "on N pounds", the verb of gaining weight: "put on twenty pounds". */
export const PUT_ON_VERBS: ReadonlySet<string> = new Set(['put', 'puts', 'putting', 'packed', 'piled']);
/** Smaller weight units that follow "N pounds" in one weight: "7 pounds 3 ounces". */
export const OUNCE_WORDS: ReadonlySet<string> = new Set(['ounce', 'ounces', 'oz']);

/**
 * ISO codes that, glued to a small whole number, name something else far more often than
 * an amount: "COP28" (a climate summit), "RON95" (petrol grade). "CNY3", "MYR42" stay money.
 */
export const GLUED_CODE_NAMES: ReadonlySet<string> = new Set(['COP', 'RON']);

/**
 * Plural nouns of things counted, not money: a scaled number a verb of theirs reaches ("premium
 * subscribers climbed to 61 million") counts them, and takes no currency from an amount before it.
 */
export const COUNTED_NOUNS: ReadonlySet<string> = new Set([
  'subscribers', 'subscriptions', 'users', 'customers', 'members', 'viewers', 'listeners', 'readers', 'households',
  'accounts', 'connections', 'lines', 'passengers', 'visitors', 'employees', 'workers', 'downloads', 'streams',
  'followers', 'players', 'homes', 'units', 'shares', 'tonnes', 'barrels', 'vehicles', 'deliveries', 'admissions',
]);

/**
 * Units a price in pounds is quoted per, which no weight is: "7,985 pounds a ton" (London cocoa),
 * "412 pounds per tonne", "10 pounds a share". "1,800 pounds per acre" and "5 pounds of flour" weigh.
 */
export const POUND_PRICE_UNITS: ReadonlySet<string> = new Set([
  'ton', 'tons', 'tonne', 'tonnes', 'share', 'shares', 'barrel', 'therm', 'megawatt', 'mwh', 'ounce', 'carat', 'head',
]);

/** Words between "per" or "a" and a unit that only qualify it: "pounds a metric ton", "per long ton". */
export const POUND_UNIT_QUALIFIERS: ReadonlySet<string> = new Set(['metric', 'long', 'short', 'troy']);
