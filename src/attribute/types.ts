/**
 * What `extract(text, { attribution: true })` adds to each money and percent figure as
 * `figure.about`. Every field is optional: a field is present only when the text says it.
 */
import type { ChangeDirection } from '../lexicon/change-verbs';
import type { MetricCategory } from '../lexicon/metrics';

export type { ChangeDirection } from '../lexicon/change-verbs';
export type { MetricCategory } from '../lexicon/metrics';

interface AboutSpan {
  readonly start: number;
  readonly end: number;
}

/** What the figure measures. */
export interface AboutMetric {
  /** The category, from the closed list of the attribution format (`revenue`, `loss`, `deal-value`…). */
  readonly category: MetricCategory;
  /** The cue words as written (`net loss`, `revenues`, `Deal`); absent for `other`. */
  readonly label?: string;
  /** Where the cue words are. */
  readonly span?: AboutSpan;
}

/** How a subject was found. */
export type SubjectBasis =
  /** `ZTE's revenue`, `revenue at Apple`. */
  | 'possessive'
  /** The named subject of the figure's clause: `ZTE reported a 27% drop`. */
  | 'clause'
  /** The named subject of an earlier clause of the sentence: `…, and swung to a loss of`. */
  | 'sentence'
  /** A pronoun or description (`it`, `its`, `the company`) resolved to the organisation the text is about. */
  | 'pronoun'
  /** No subject in the sentence: the organisation the preceding sentences are about. */
  | 'topic';

/** Whose figure it is: an organisation, person, country or market. */
export interface AboutSubject {
  /** The name as written at the mention found (`ZTE`, `Huawei Technologies Co. Ltd.`). */
  readonly name: string;
  /** Span of that mention. */
  readonly span: AboutSpan;
  readonly basis: SubjectBasis;
  /** The pronoun or description that referred to it (`its`, `the company`), when `basis` is `pronoun`. */
  readonly via?: { readonly text: string; readonly span: AboutSpan };
}

/** The part a figure plays in a stated change. */
export type ChangeRole =
  /** The size of the change: `rose 13%`, `a 27% drop`, `up 10%`. */
  | 'amount'
  /** The level reached: `to $5bn`, `swung to a loss of RMB7.8bn`, `$5bn, up 10%`. */
  | 'target'
  /** The level it started from: `from $4bn`, `from a profit of RMB2.3bn`, `compared with $4bn`. */
  | 'base';

export interface AboutChange {
  readonly role: ChangeRole;
  readonly direction: ChangeDirection;
  /** The cue words as written (`drop`, `swung`, `rose`). */
  readonly cue: { readonly text: string; readonly span: AboutSpan };
  /** Span of the figure that is the size of the change, when stated. */
  readonly amount?: AboutSpan;
  /** Span of the figure that is the level reached, when stated. */
  readonly target?: AboutSpan;
  /** Span of the figure that is the level it started from, when stated. */
  readonly base?: AboutSpan;
}

/** How the period was linked. */
export type PeriodBasis =
  /** Written right next to the figure: `24% in 2016`, `$790M Q1 loss`. */
  | 'adjacent'
  /** Elsewhere in the figure's clause: `8.6% of its revenues in the last fiscal year`. */
  | 'clause'
  /** In another clause of the sentence: `For the first six months, ZTE reported a 27% drop`. */
  | 'sentence'
  /** In the sentence before. */
  | 'previous-sentence'
  /** In an earlier sentence of the paragraph, the nearest that states a period. */
  | 'earlier-sentence'
  /** Named by "in the quarter", "for the period" after the figure: the latest such period of the paragraph. */
  | 'anaphora'
  /**
   * The whole calendar year of a period found as above, for a figure said to be for the full
   * year: `full-year revenue of RMB26 billion` in a story about the first half of 2024. The
   * `text` and `span` are those of the words "full-year".
   */
  | 'full-year'
  /** The period the latest earlier figure of the text was linked to in its own sentence, across paragraphs. */
  | 'reported'
  /** The trading day a market report's lead names ("stocks fell on Tuesday"), for a price, rate or index that moves later. */
  | 'session'
  /** Shared with the other figures of the same change or stated equivalent. */
  | 'shared';

export interface AboutPeriod {
  /** Inclusive ISO dates of the linked period figure; only its last day for a level "at the end of March". */
  readonly start: string;
  readonly end: string;
  /** The period figure's text and span. */
  readonly text: string;
  readonly span: AboutSpan;
  readonly basis: PeriodBasis;
}

/** What a money or percent figure is about. */
export interface About {
  /** What the figure measures; `{ category: 'other' }` when no words say. */
  readonly metric: AboutMetric;
  readonly subject?: AboutSubject;
  /** `up` or `down` when the figure states a change (or is the level a change reached). */
  readonly direction?: ChangeDirection;
  readonly change?: AboutChange;
  readonly period?: AboutPeriod;
  /** Money only: span of the same amount stated in another currency. */
  readonly equivalentOf?: AboutSpan;
  /** The rules that decided each field, with their reasons, for debugging (`metric: …`). */
  readonly why: readonly string[];
}
