/**
 * Figures are values: frozen all the way down, so a caller cannot change a span or a
 * conversion that another part of their program also holds.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  // for-in over a plain object's own keys allocates nothing (Object.keys would, per object).
  for (const key in value) if (Object.hasOwn(value, key)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}
