/**
 * `check(text, options)`: reads the figures and reports where a text's numbers disagree
 * with each other or with reference exchange rates. Each finding has a kind, a severity,
 * a plain-English message, the spans involved and the numbers behind it.
 */
import { rateProviders } from '../convert/convert';
import { toDecimalInput } from '../resolve/decimal';
import { extract } from '../extract';
import { sentenceIndex, sentenceStarts } from '../link/sentences';
import { toReferenceDate } from '../options';
import { compareDecimal } from '../resolve/decimal';
import type { Figure, MoneyFigure } from '../types';
import { checkEquivalents } from './equivalents';
import { checkParts } from './parts';
import { checkPercentChanges } from './percent-change';
import type { CheckOptions, Finding } from './types';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2, pass: 3 } as const;

const describe = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/**
 * Checks the figures `extract()` found in `text` (pass them to skip re-reading):
 * stated equivalents against reference rates, percentage changes against their amounts,
 * parts against their whole and shares against 100%. Findings are in text order.
 */
export function checkFigures(text: string, figures: readonly Figure[], options?: CheckOptions): Finding[] {
  if (typeof text !== 'string') throw new TypeError(`text must be a string, got ${describe(text)}`);
  if (!Array.isArray(figures)) throw new TypeError(`figures must be an array of figures from extract(), got ${describe(figures)}`);
  figures.forEach((f: unknown, i) => {
    const g = f as Partial<Figure> | null;
    if (typeof g !== 'object' || g === null || typeof g.kind !== 'string' || typeof g.span?.start !== 'number' || typeof g.span?.end !== 'number')
      throw new TypeError(`figures[${i}] must be a figure from extract() (with kind and span), got ${JSON.stringify(f)?.slice(0, 80)}`);
  });
  if (options !== undefined && options !== null && (typeof options !== 'object' || Array.isArray(options)))
    throw new TypeError(`options must be an object, got ${describe(options)}`);
  let tolerance = '0.1';
  if (options?.tolerance !== undefined) {
    if (typeof options.tolerance === 'number' && !Number.isFinite(options.tolerance)) throw new RangeError(`tolerance must be a finite number, got ${options.tolerance}`);
    tolerance = toDecimalInput(options.tolerance, 'tolerance');
    if (compareDecimal(tolerance, '0') < 0 || compareDecimal(tolerance, '1') >= 0) throw new RangeError(`tolerance must be a fraction from 0 to below 1 (0.1 is 10%), got ${tolerance}`);
  }
  if (options?.includePassed !== undefined && typeof options.includePassed !== 'boolean') throw new TypeError('includePassed must be a boolean');
  const referenceISO = options?.referenceDate === undefined ? undefined : toReferenceDate(options.referenceDate).toISOString().slice(0, 10);
  // Built (and so validated) for every text, not only one with a stated equivalent: a bad
  // `rates` or `embeddedRates` must fail on the first document, not on the thousandth.
  // Cheap: the embedded tables load only when a rate is looked up.
  const providers = rateProviders(options);
  const starts = sentenceStarts(text);
  const sentenceOf = (offset: number): number => sentenceIndex(starts, offset);
  const sorted = [...figures].sort((a, b) => a.span.start - b.span.start);
  const money = sorted.filter((f): f is MoneyFigure => f.kind === 'money');
  const hasEquivalents = money.some((m) => m.equivalentOf);
  const findings = [
    ...(hasEquivalents ? checkEquivalents(money, providers, referenceISO, tolerance) : []),
    ...checkPercentChanges(text, sorted, sentenceOf, starts),
    ...checkParts(text, sorted, sentenceOf),
  ];
  return findings
    .filter((f) => options?.includePassed || f.severity !== 'pass')
    .sort((a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
    .map(freezeFinding);
}

/** Findings are frozen like figures: the finding, its spans and its numbers. */
function freezeFinding(f: Finding): Finding {
  for (const span of f.spans) Object.freeze(span);
  Object.freeze(f.spans);
  Object.freeze(f.numbers);
  return Object.freeze(f);
}

/**
 * Finds the figures in `text` and checks that they agree (see {@link checkFigures}).
 * Takes `extract()`'s options plus `tolerance` (default 0.1), `includePassed`, `rates`
 * and `embeddedRates`.
 */
export function check(text: string, options?: CheckOptions): Finding[] {
  if (typeof text !== 'string') throw new TypeError(`text must be a string, got ${describe(text)}`);
  const { convertTo: _ignored, kinds: _kinds, ...rest } = options ?? {};
  return checkFigures(text, extract(text, rest), options);
}

export type { CheckOptions, Finding, FindingKind, FindingSeverity } from './types';
