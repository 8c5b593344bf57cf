/**
 * Change cues: words that say a measure moved, and which way. Data only, one row per rule;
 * `attribute/change.ts` reads them.
 *
 * - `direction` `up`/`down` is the way the named measure moved ("loss narrowed" is down:
 *   the loss got smaller). `toward` means the direction comes from what the text swung
 *   to: "swung to a loss" is down, "swung to a profit" is up.
 * - `form` says how the cue meets its figures: a `verb` ("rose 13% to $5bn"), a `noun`
 *   ("a 27% drop", "an increase of 2.5%"), or an `adverb` after a level ("$5bn, up 10%").
 */
import { INTERBANK_RATES } from './interbank-rates';

export type ChangeDirection = 'up' | 'down';

export interface ChangeRow {
  readonly id: string;
  /** Lower-case words or phrases, matched as whole words, longest first. */
  readonly words: readonly string[];
  readonly direction: ChangeDirection | 'toward';
  readonly form: 'verb' | 'noun' | 'adverb';
  /**
   * The cue takes a following figure only through a marker ("by", "to", "from") or when the
   * figure is a percentage: "raised $50m" is money raised, "raised its dividend by 10%" a change.
   */
  readonly needsMarker?: boolean;
  /**
   * The cue counts only after one of these words earlier in its clause: "spreads tightened by 90
   * basis points" narrowed, while a central bank that "tightened by 50 basis points" raised rates.
   */
  readonly after?: readonly string[];
  readonly reason: string;
}

export const CHANGE_ROWS: readonly ChangeRow[] = [
  {
    id: 'up.verb', direction: 'up', form: 'verb',
    words: ['rise', 'rises', 'rose', 'risen', 'rising', 'increase', 'increases', 'increased', 'increasing', 'grow', 'grows', 'grew', 'grown', 'growing',
      'jump', 'jumps', 'jumped', 'jumping', 'surge', 'surges', 'surged', 'surging', 'soar', 'soars', 'soared', 'soaring', 'climb', 'climbs', 'climbed', 'climbing',
      'gain', 'gains', 'gained', 'gaining', 'advance', 'advances', 'advanced', 'advancing', 'rebound', 'rebounds', 'rebounded', 'rebounding',
      'improve', 'improves', 'improved', 'improving', 'widen', 'widens', 'widened', 'widening', 'expand', 'expands', 'expanded', 'expanding',
      'lift', 'lifts', 'lifted', 'lifting', 'boost', 'boosts', 'boosted', 'boosting', 'hike', 'hikes', 'hiked', 'hiking',
      'double', 'doubles', 'doubled', 'doubling', 'triple', 'triples', 'tripled', 'tripling', 'spike', 'spiked', 'spiking', 'leap', 'leaps', 'leapt', 'leaped', 'leaping',
      'rally', 'rallied', 'rallies', 'rallying', 'accelerate', 'accelerated', 'accelerating', 'swell', 'swelled', 'swollen',
      // a budget gap or a debt pile that grows fast: "the deficit ballooned to $1.8 trillion"
      'balloon', 'balloons', 'ballooned', 'ballooning',
      // a yield curve or spread that steepens has widened: "steepened the gap between two- and 10-year yields to 62 basis points"
      'steepen', 'steepens', 'steepened', 'steepening',
      'strengthen', 'strengthens', 'strengthened', 'strengthening', 'firmed', 'firming', 'appreciated',
      // inflation "quickened to 3.5%", as emerging-market central bank stories write it
      'quicken', 'quickens', 'quickened', 'quickening',
      // a property yield "moved out by 8 basis points": its level rose (values fell)
      'moved out', 'moves out', 'move out', 'moving out',
      'go up', 'went up', 'gone up', 'going up', 'shot up', 'picked up', 'edged up', 'edged higher', 'moved up', 'inched up', 'ticked up', 'was up', 'were up',
      // headlines and present tense: "jobless rate ticks up to 4.2%", "yields edge higher"
      'ticks up', 'tick up', 'ticking up', 'edges up', 'edge up', 'edging up', 'edges higher', 'edge higher', 'inches up', 'inch up', 'inching up', 'picks up', 'picking up',
      // market reports: where a price closed against the day before ("settled up 4 cents")
      'settled up', 'settled higher', 'closed up', 'closed higher', 'ended higher', 'finished up', 'finished higher'],
    reason: 'a verb saying the measure went up',
  },
  {
    id: 'down.verb', direction: 'down', form: 'verb',
    words: ['fall', 'falls', 'fell', 'fallen', 'falling', 'drop', 'drops', 'dropped', 'dropping', 'decline', 'declines', 'declined', 'declining',
      'decrease', 'decreases', 'decreased', 'decreasing', 'slump', 'slumps', 'slumped', 'slumping', 'plunge', 'plunges', 'plunged', 'plunging',
      'tumble', 'tumbles', 'tumbled', 'tumbling', 'slide', 'slides', 'slid', 'sliding', 'shrink', 'shrinks', 'shrank', 'shrunk', 'shrinking',
      // a deficit cut back: "pared its deficit to 3.1%", "the surplus was pared to 10.13 billion dlrs"
      'pare', 'pares', 'pared', 'paring',
      'sink', 'sinks', 'sank', 'sunk', 'sinking', 'dip', 'dips', 'dipped', 'dipping', 'slip', 'slips', 'slipped', 'slipping', 'plummet', 'plummets', 'plummeted', 'plummeting',
      'sag', 'sagged', 'slow', 'slowed', 'slowing', 'ease', 'eased', 'easing', 'weaken', 'weakened', 'weakening', 'narrow', 'narrows', 'narrowed', 'narrowing',
      'contracted', 'contracting', 'reduce', 'reduces', 'reduced', 'reducing', 'lowers', 'lowered', 'lowering',
      // inflation "cooled to 32.95%", "moderated to 4.1%", "decelerated to 5.2%"
      'cool', 'cools', 'cooled', 'moderated', 'moderating', 'decelerate', 'decelerates', 'decelerated', 'decelerating',
      'trim', 'trims', 'trimmed', 'trimming', 'halve', 'halves', 'halved', 'halving', 'compress', 'compresses', 'compressed', 'compressing',
      'erode', 'eroded', 'deteriorate', 'deteriorated', 'retreat', 'retreated', 'crash', 'crashed', 'collapse', 'collapsed', 'tank', 'tanked', 'skid', 'skidded',
      'go down', 'went down', 'gone down', 'edged down', 'edged lower', 'moved down', 'ticked down', 'inched down', 'was down', 'were down', 'wiped off',
      'ticks down', 'tick down', 'ticking down', 'edges down', 'edge down', 'edging down', 'edges lower', 'edge lower', 'inches down', 'inch down', 'inching down',
      // "wiping $3.2 billion off its market value"; an investor's "marked down its stake by 55%"
      // (not "mark down": a first word of a phrase is never a name, and Mark is one)
      'wipe', 'wipes', 'wiped', 'wiping', 'marked down', 'marking down',
      // "knocking about £2.1bn off its market value", "erasing 13,600 crore rupees from its market capitalisation"
      'knock', 'knocks', 'knocked', 'knocking', 'erasing',
      // "the currency would shave about CHF 150 million off sales"
      'shave', 'shaves', 'shaved', 'shaving',
      // a yield curve or spread that flattens has narrowed: "the curve flattened 4 basis points"
      'flatten', 'flattens', 'flattened', 'flattening',
      // prices in a market that gives way: "reinsurance pricing softened by about 4%"
      'soften', 'softens', 'softened', 'softening',
      'settled down', 'settled lower', 'closed down', 'closed lower', 'ended down', 'ended lower', 'finished down', 'finished lower'],
    reason: 'a verb saying the measure went down',
  },
  {
    id: 'up.verb-marked', direction: 'up', form: 'verb', needsMarker: true,
    words: ['raise', 'raises', 'raised', 'raising', 'add', 'adds', 'added', 'adding', 'top', 'topped'],
    reason: 'a verb saying the measure went up, when "by"/"to"/"from" or a percentage follows ("raised $50m" is money raised)',
  },
  {
    id: 'down.verb-marked', direction: 'down', form: 'verb', needsMarker: true,
    words: ['cut', 'cuts', 'cutting', 'slash', 'slashes', 'slashed', 'slashing', 'shed', 'sheds', 'shedding', 'lose', 'loses', 'lost', 'losing', 'lower',
      // a facility that empties: "the reverse repo facility drained to $28 billion" (not the money
      // market's "bills will drain some 1.61 billion stg", an amount taken out, not a level's move)
      'drain', 'drains', 'drained',
      // what a share issue does to each share's measure: "would dilute its book value per share by 4%"
      // (not "diluted", mostly an adjective: "diluted earnings per share", "fully diluted")
      'dilute', 'dilutes', 'diluting',
      // a value cut in the books: "wrote down the value of its flats by 10.2 per cent" (not
      // "wrote down $500m", the amount of a write-down, which is a cost)
      'wrote down', 'write down', 'writes down', 'writing down', 'written down'],
    reason: 'a verb saying the measure went down, when "by"/"to"/"from" or a percentage follows ("lost $5m" is a loss)',
  },
  {
    id: 'down.spread-verb', direction: 'down', form: 'verb',
    words: ['tighten', 'tightens', 'tightened', 'tightening'],
    after: ['spread', 'spreads'],
    reason: 'a spread that tightens has narrowed: "high-yield spreads have tightened by about 80 basis points"',
  },
  {
    id: 'toward.verb', direction: 'toward', form: 'verb', needsMarker: true,
    words: ['swung', 'swing', 'swings', 'swinging', 'turned', 'turn', 'turns', 'turning', 'returned', 'return', 'returns', 'moved', 'flipped', 'tipped'],
    reason: 'swung/turned to a profit or loss: up to a profit, down to a loss (any change verb followed by "to/into a loss|profit" reads the same way)',
  },
  {
    id: 'up.noun', direction: 'up', form: 'noun',
    words: ['increase', 'increases', 'rise', 'rises', 'growth', 'gain', 'gains', 'jump', 'jumps', 'surge', 'surges', 'hike', 'hikes', 'rebound', 'improvement',
      'climb', 'upturn', 'boost', 'expansion', 'spike', 'leap', 'advance', 'uptick', 'rally', 'increment', 'tightening',
      // "citing a pick-up in trimmed mean inflation to 3%"
      'pick-up', 'pickup', 'acceleration',
      // pay and benefits: "the 8.7% bump in 2023", "a 4.7% uplift", "a 4% pay raise" (not "raise"
      // alone: "to raise $500 million" is money sought, no move)
      'bump', 'bumps', 'uplift', 'uplifts', 'pay raise', 'pay raises',
      // "implying an upside of 22%": a share price's way to an analyst's target
      'upside'],
    reason: 'a noun saying the measure went up',
  },
  {
    id: 'down.noun', direction: 'down', form: 'noun',
    words: ['drop', 'drops', 'decline', 'declines', 'fall', 'falls', 'decrease', 'decreases', 'slump', 'plunge', 'cut', 'cuts', 'reduction', 'reductions',
      'contraction', 'downturn', 'slide', 'dip', 'slowdown', 'shrinkage', 'tumble', 'erosion', 'deterioration', 'downtick', 'collapse', 'easing',
      // "a 40% haircut to its valuation", "a 55% markdown"
      'haircut', 'haircuts', 'markdown', 'markdowns',
      // "a potential downside of 15%"
      'downside'],
    reason: 'a noun saying the measure went down',
  },
  {
    id: 'up.adverb', direction: 'up', form: 'adverb',
    // ("the S&P/ASX 200 was 0.2% firmer", "the yen was 0.4% stronger": a market's or a currency's level.)
    // ("11% ahead of 2024", "bookings are running 5% ahead": a level above the one it is compared with.)
    words: ['up', 'higher', 'more', 'above', 'firmer', 'stronger', 'ahead'],
    reason: '"up 10%", "10% higher" after a level',
  },
  {
    id: 'down.adverb', direction: 'down', form: 'adverb',
    words: ['down', 'lower', 'less', 'below', 'off', 'weaker', 'softer', 'behind'],
    reason: '"down 10%", "10% lower" after a level',
  },
];

/**
 * Rates a margin is quoted over ("7/8 pct above Libor", "1% below prime"): a figure above or
 * below one of these is a spread, not a change.
 */
export const SPREAD_BENCHMARKS: ReadonlySet<string> = new Set([...INTERBANK_RATES, 'prime', 'par', 'treasuries', 'swaps', 'mid-swaps', 'gilts', 'bunds']);

/**
 * Words before "ratio" of measures that improve by falling: a railroad's "operating ratio", a
 * bank's "efficiency ratio", an insurer's "combined ratio" or "loss ratio" ("its operating ratio
 * worsened 150 basis points to 61.8%" went up).
 */
export const LOWER_BETTER_RATIOS: ReadonlySet<string> = new Set(['combined', 'operating', 'efficiency', 'expense', 'loss']);

/** Verbs whose "up" makes a share of a whole, not a rise: "Cloud made up 41% of revenue". */
export const MAKE_UP_VERBS: ReadonlySet<string> = new Set(['make', 'makes', 'made', 'making']);

/** After "swung to", "fell into": results that set the direction of a `toward` change. */
export const TOWARD_RESULTS: Readonly<Record<string, ChangeDirection>> = {
  loss: 'down', losses: 'down', red: 'down', deficit: 'down', 'net loss': 'down', 'operating loss': 'down', 'pretax loss': 'down', 'pre-tax loss': 'down',
  profit: 'up', profits: 'up', black: 'up', surplus: 'up', 'net profit': 'up', 'operating profit': 'up', 'pretax profit': 'up', 'pre-tax profit': 'up', 'net income': 'up', profitability: 'up',
};

/** Words before a figure that make it the base of a change: "from $4bn", "compared with $4bn". */
export const BASE_MARKERS: readonly string[] = [
  'from', 'compared with', 'compared to', 'in comparison with', 'versus', 'vs', 'vs.', 'against', 'than', 'up from', 'down from', 'a year earlier of',
];

/** Words before a figure that make it the target of a change: "to $5bn". */
export const TARGET_MARKERS: readonly string[] = ['to', 'at', 'reaching', 'reach', 'into'];

/**
 * Words between a figure and the change noun after it that say what changed, not a new phrase:
 * "a 9% year-on-year rise", "a 4.5% pay rise", "a 6% rent increase", "a 12% price hike".
 */
export const CHANGE_NOUN_MODIFIERS: ReadonlySet<string> = new Set(['year-on-year', 'year-over-year', 'quarter-on-quarter', 'on-year', 'yoy', 'annual',
  // the span a move is measured over: "a 1.0% monthly rise", "a 0.3% quarterly decline", "a 2% sequential gain"
  'monthly', 'quarterly', 'weekly', 'yearly', 'daily', 'month-on-month', 'month-over-month', 'sequential', 'pay', 'wage', 'salary', 'price', 'rent', 'fare', 'fee', 'tax', 'benefit', 'pension',
  // central banks' moves: "a 25 basis-point rate cut", "40 bps of further cuts", "75 bps of additional policy easing"
  'rate', 'interest-rate', 'policy', 'further', 'additional',
  // the measure itself: "52% revenue growth", "a 60% valuation cut", "a 10% workforce reduction"
  'revenue', 'sales', 'profit', 'earnings', 'valuation', 'workforce', 'headcount', 'staff',
  // the basis it is measured on: "a 5% organic decline"
  'organic']);

/** Words before a figure that make it the size of a change: "by 13%"; "of" only when no other marker is further back ("an increase of 2.5%"). */
export const AMOUNT_MARKERS: readonly string[] = ['by'];
