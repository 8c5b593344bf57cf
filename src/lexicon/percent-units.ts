/** Words and signs that make a number a percentage, a percentage point or a basis point. Data only. */
import type { PercentUnit } from '../types';

export interface PercentUnitWord {
  readonly unit: PercentUnit;
  /** Only glued to the number ("27pc"): spaced, "pc" is more often a computer. */
  readonly gluedOnly?: boolean;
  /** Only where it measures a rate ("margin fell 1.5 points"): index points are no percentage. */
  readonly ofRate?: boolean;
}

export const PERCENT_UNITS: Readonly<Record<string, PercentUnitWord>> = {
  '%': { unit: 'percent' }, percent: { unit: 'percent' }, percents: { unit: 'percent' }, 'per cent': { unit: 'percent' },
  'per-cent': { unit: 'percent' }, percentage: { unit: 'percent' }, pct: { unit: 'percent' },
  pc: { unit: 'percent', gluedOnly: true }, 'p.c.': { unit: 'percent' },
  'percentage point': { unit: 'percentage-point' }, 'percentage points': { unit: 'percentage-point' },
  'percentage-point': { unit: 'percentage-point' }, 'percentage-points': { unit: 'percentage-point' },
  'percent point': { unit: 'percentage-point' }, 'percent points': { unit: 'percentage-point' },
  'per cent point': { unit: 'percentage-point' }, 'per cent points': { unit: 'percentage-point' },
  'pct point': { unit: 'percentage-point' }, 'pct points': { unit: 'percentage-point' }, 'pct pt': { unit: 'percentage-point' }, 'pct pts': { unit: 'percentage-point' },
  '% point': { unit: 'percentage-point' }, '% points': { unit: 'percentage-point' }, '%-point': { unit: 'percentage-point' }, '%-points': { unit: 'percentage-point' },
  // Abbreviated "pt(s)" only after a percent word or a glued "%-": spaced after "%", "PT" opens Indonesian company names.
  'percentage pt': { unit: 'percentage-point' }, 'percentage pts': { unit: 'percentage-point' }, 'percent pts': { unit: 'percentage-point' },
  'per cent pts': { unit: 'percentage-point' }, '%-pt': { unit: 'percentage-point' }, '%-pts': { unit: 'percentage-point' },
  // The plural "pts" after "%" spaced or glued ("up 2.5% pts", "1.5 %pts"): no company name.
  '% pts': { unit: 'percentage-point' },
  pp: { unit: 'percentage-point', gluedOnly: true }, ppt: { unit: 'percentage-point' }, ppts: { unit: 'percentage-point' },
  'of a percentage point': { unit: 'percentage-point' }, 'of a percent': { unit: 'percent' }, 'of a per cent': { unit: 'percent' },
  'of one percent': { unit: 'percent' }, 'of 1 percent': { unit: 'percent' }, 'of 1%': { unit: 'percent' },
  // Bare "points" of a margin, share or rate (recognise/percent.ts `measuresRate`).
  point: { unit: 'percentage-point', ofRate: true }, points: { unit: 'percentage-point', ofRate: true },
  'basis point': { unit: 'basis-point' }, 'basis points': { unit: 'basis-point' }, 'basis-point': { unit: 'basis-point' },
  'basis-points': { unit: 'basis-point' }, bp: { unit: 'basis-point' }, bps: { unit: 'basis-point' }, bips: { unit: 'basis-point' }, bpts: { unit: 'basis-point' },
};

/** Words before a number that make it negative ("minus five percent"). */
export const NEGATIVE_WORDS: ReadonlySet<string> = new Set(['minus', 'negative']);

/** "a full percentage point", "one full percentage point": one, only after "a", "an" or "one". */
export const WHOLE_WORDS: ReadonlySet<string> = new Set(['full']);

/**
 * Glued by a hyphen to a fraction word, these make a size in percentage points: "a
 * quarter-point rate cut", "two half-point cuts". Alone they are no percent ("the index
 * fell 12 points", "bonds closed a full point lower" are prices), so only the compound reads.
 */
export const POINT_WORDS: ReadonlySet<string> = new Set(['point', 'points']);

/** Words after a table's "%" column head: "2024 2023 % Change". */
export const COLUMN_HEAD_AFTER: ReadonlySet<string> = new Set(['change', 'chg', 'var', 'variance', 'growth']);

/**
 * Nouns of a rate: a bare "points" change of one is in percentage points ("gross margin fell 1.5
 * points", "cut reported growth by 2.1 points", "market share rose 3 points").
 */
export const RATE_NOUNS: ReadonlySet<string> = new Set([
  'margin', 'margins', 'rate', 'rates', 'share', 'growth', 'yield', 'yields', 'ratio', 'penetration', 'occupancy',
  'factor', 'inflation', 'unemployment', 'rating', 'ratings', 'utilisation', 'utilization',
]);

/** Words before a margin that make it a game's ("winning margin"): its points are no percentage points. */
export const GAME_MARGIN_WORDS: ReadonlySet<string> = new Set(['winning', 'scoring', 'victory', 'points', 'point']);

/** Auxiliaries between a rate noun and its verb of change ("margin has narrowed 0.7 point"). */
export const AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', 'was', 'were', 'is']);
