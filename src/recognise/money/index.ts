import type { Doc } from '../../document';
import type { MoneyFigure } from '../../types';

/** Finds every monetary amount in the document, in text order, non-overlapping. */
export function recogniseMoney(doc: Doc): MoneyFigure[] {
  void doc;
  return [];
}
