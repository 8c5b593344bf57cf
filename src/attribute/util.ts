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

/** The word of letters right before `at` (past spaces), read back no further than `from`: no regex to backtrack. */
export function wordBefore(text: string, at: number, from: number): string {
  let end = at;
  while (end > from && text.charCodeAt(end - 1) === 0x20) end--;
  let start = end;
  while (start > from && /[A-Za-z]/.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

/** The word of letters right after `at` (past spaces), read no further than `to`. */
export function wordAfter(text: string, at: number, to: number): string {
  let start = at;
  while (start < to && text.charCodeAt(start) === 0x20) start++;
  let end = start;
  while (end < to && /[A-Za-z]/.test(text[end]!)) end++;
  return text.slice(start, end);
}
