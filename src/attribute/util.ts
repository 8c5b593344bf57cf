/** Small helpers shared by the attribution modules. */
import type { Figure, Span } from '../types';

/** The span of the same amount stated in another currency, for money figures. */
export const equivalentSpan = (f: Figure): Span | undefined => (f.kind === 'money' ? f.equivalentOf : undefined);

/** `b` is the stated equivalent of `a`. */
export const isEquivalent = (a: Figure, b: Figure): boolean => {
  const e = equivalentSpan(a);
  return !!e && e.start === b.span.start && e.end === b.span.end;
};

export const spanOf = (s: { readonly start: number; readonly end: number }): Span => ({ start: s.start, end: s.end });
