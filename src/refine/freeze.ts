/**
 * Figures are values: frozen all the way down, so a caller cannot change a span or a
 * conversion that another part of their program also holds.
 *
 * Later stages (link, convert, attribute) return `Object.freeze({ ...figure, extra })`, so a
 * frozen object may still hold unfrozen parts: every level is walked, frozen or not. Figures
 * are shallow trees; the depth limit only guards against a cycle ever creeping in.
 */
export function deepFreeze<T>(value: T, depth = 0): T {
  if (value === null || typeof value !== 'object' || depth > 32) return value;
  if (!Object.isFrozen(value)) Object.freeze(value);
  // for-in over a plain object's own keys allocates nothing (Object.keys would, per object).
  for (const key in value) if (Object.hasOwn(value, key)) deepFreeze((value as Record<string, unknown>)[key], depth + 1);
  return value;
}
