/**
 * Period recognisers: one file per phrase family, run in order over the token stream.
 */
import type { Doc } from '../../document';
import type { PeriodFigure } from '../../types';

/** Finds every period in the document, in text order, non-overlapping. */
export function recognisePeriods(doc: Doc): PeriodFigure[] {
  void doc;
  return [];
}
