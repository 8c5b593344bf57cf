import type { Doc } from '../document';
import type { PercentFigure } from '../types';

/** Finds every percentage, percentage point and basis point figure, in text order. */
export function recognisePercents(doc: Doc): PercentFigure[] {
  void doc;
  return [];
}
