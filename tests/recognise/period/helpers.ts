import { expect, it } from 'vitest';
import { extract } from '../../../src/extract';
import type { PeriodFigure } from '../../../src/types';

/** Periods found in `text`, as [text, start, end, granularity]. */
export function periods(text: string, referenceDate?: string, fiscalYearStart?: number): PeriodFigure[] {
  const opts: { referenceDate?: string; fiscalYearStart?: number; kinds: ['period'] } = { kinds: ['period'] };
  if (referenceDate) opts.referenceDate = referenceDate;
  if (fiscalYearStart) opts.fiscalYearStart = fiscalYearStart;
  return extract(text, opts) as PeriodFigure[];
}

export const brief = (f: PeriodFigure): [string, string | undefined, string | undefined, string] => [f.text, f.start, f.end, f.granularity];

/** A period as [text, span start, span end, start, end]: what the table tests assert. */
export const spanned = (f: PeriodFigure): [string, number, number, string | undefined, string | undefined] => [f.text, f.span.start, f.span.end, f.start, f.end];

/** One table row: a sentence, its reference date, and the periods expected as {@link spanned}. */
export type SpannedRow = [text: string, ref: string, expected: Array<ReturnType<typeof spanned>>];

/** A table of sentences, each asserting every period's text, span and dates. */
export const spannedTable = (rows: SpannedRow[]): void =>
  it.each(rows)('%s', (text, ref, expected) => {
    expect(periods(text, ref).map(spanned)).toEqual(expected);
  });
