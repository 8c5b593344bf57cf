/**
 * Figures are values: frozen all the way down, so a caller cannot change a span or a
 * conversion that another part of their program also holds.
 *
 * Freezing walks the parts a figure is known to have rather than enumerating every key of
 * every object: a pipeline makes hundreds of thousands of figures, and a generic walk cost
 * as much again as the freezing itself. The parts only some options add (a conversion,
 * attribution) are walked generically. The property tests check every reachable object is
 * frozen, so a new part left out here fails them.
 */
import type { Figure } from '../types';

const freeze = Object.freeze;

export function freezeFigure<F extends Figure>(f: F): F {
  freeze(f.span);
  if (f.qualifier) { freeze(f.qualifier.span); freeze(f.qualifier); }
  switch (f.kind) {
    case 'money':
      freeze(f.currencyInference.candidates);
      freeze(f.currencyInference);
      if (f.notes) freeze(f.notes);
      if (f.equivalentOf) freeze(f.equivalentOf);
      if (f.period) { freeze(f.period.span); freeze(f.period); }
      if (f.converted) deepFreeze(f.converted);
      if (f.about) deepFreeze(f.about);
      break;
    case 'percent':
      if (f.about) deepFreeze(f.about);
      break;
    case 'period':
      freeze(f.implied);
      break;
  }
  return freeze(f);
}

/**
 * Freezes `value` and everything it reaches. Later stages return `Object.freeze({ ...part,
 * extra })`, so a frozen object may still hold unfrozen parts: every level is walked, frozen
 * or not. The depth limit only guards against a cycle ever creeping in.
 */
export function deepFreeze<T>(value: T, depth = 0): T {
  if (value === null || typeof value !== 'object' || depth > 32) return value;
  if (!Object.isFrozen(value)) freeze(value);
  // for-in over a plain object's own keys allocates nothing (Object.keys would, per object).
  for (const key in value) if (Object.hasOwn(value, key)) deepFreeze((value as Record<string, unknown>)[key], depth + 1);
  return value;
}
