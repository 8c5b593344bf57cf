/**
 * What must hold for the output of `extract()` on any input: exact spans, text order,
 * no overlaps within a kind, well-formed values. Shared by the property tests.
 */
import { expect } from 'vitest';
import type { Figure, Span } from '../../src/index';

const DECIMAL = /^-?(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_CODE = /^[A-Z]{3}$/;
const UNITS = ['percent', 'percentage-point', 'basis-point'];
const GRANULARITIES = ['day', 'week', 'month', 'quarter', 'half', 'year', 'fiscal-year', 'custom'];
const BASES = ['explicit', 'context', 'default', 'date'];
const QUALIFIERS = ['approximate', 'at-least', 'more-than', 'at-most', 'less-than', 'exactly'];

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** An offset that falls between the two halves of a surrogate pair cuts a character in two. */
const splitsPair = (text: string, i: number): boolean => i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));

/** Throws (with the input in the message) when `span` is not a valid, exact span of `text`. */
export function expectSpan(text: string, span: Span, written: string, what: string): void {
  const where = `${what} ${JSON.stringify(span)} in ${JSON.stringify(text)}`;
  expect(Number.isInteger(span.start) && Number.isInteger(span.end), `integer offsets: ${where}`).toBe(true);
  expect(span.start >= 0 && span.start < span.end && span.end <= text.length, `span inside text: ${where}`).toBe(true);
  expect(text.slice(span.start, span.end), `slice equals text: ${where}`).toBe(written);
  expect(splitsPair(text, span.start) || splitsPair(text, span.end), `span cuts a surrogate pair: ${where}`).toBe(false);
}

/** Every object a figure reaches is frozen (refine/freeze.ts walks known parts only: this catches a new one). */
function expectDeepFrozen(value: unknown, where: string, path = 'figure'): void {
  if (value === null || typeof value !== 'object') return;
  expect(Object.isFrozen(value), `frozen ${path}: ${where}`).toBe(true);
  for (const [key, part] of Object.entries(value)) expectDeepFrozen(part, where, `${path}.${key}`);
}

/** Every invariant of one `extract()` result. */
export function expectWellFormed(text: string, figures: readonly Figure[]): void {
  expect(Array.isArray(figures)).toBe(true);
  let prevStart = -1;
  const lastEnd: Record<string, number> = {};
  for (const f of figures) {
    const where = `${f.kind} ${JSON.stringify(f.text)} ${JSON.stringify(f.span)} in ${JSON.stringify(text)}`;
    expectDeepFrozen(f, where);
    expectSpan(text, f.span, f.text, f.kind);
    expect(f.text.trim(), `no surrounding whitespace: ${where}`).toBe(f.text);
    expect(typeof f.rule === 'string' && f.rule.length > 0, `rule id: ${where}`).toBe(true);
    // Text order, and no two figures of a kind share a character.
    expect(f.span.start >= prevStart, `sorted: ${where}`).toBe(true);
    prevStart = f.span.start;
    expect(f.span.start >= (lastEnd[f.kind] ?? 0), `overlaps the previous ${f.kind}: ${where}`).toBe(true);
    lastEnd[f.kind] = f.span.end;
    if (f.qualifier) {
      expect(QUALIFIERS).toContain(f.qualifier.type);
      expectSpan(text, f.qualifier.span, f.qualifier.text, 'qualifier');
    }
    // Plain JSON data.
    expect(JSON.parse(JSON.stringify(f)), `JSON round trip: ${where}`).toEqual(f);

    switch (f.kind) {
      case 'money': {
        expect(f.currency === null || ISO_CODE.test(f.currency), `currency code: ${where}`).toBe(true);
        expect(f.amountExact, `amountExact: ${where}`).toMatch(DECIMAL);
        expect(f.amount, `amount = Number(amountExact): ${where}`).toBe(Number(f.amountExact));
        expect(Number.isFinite(f.amount), `finite amount: ${where}`).toBe(true);
        if (f.amountMax !== undefined || f.amountMaxExact !== undefined) {
          expect(f.amountMaxExact, `amountMaxExact: ${where}`).toMatch(DECIMAL);
          expect(f.amountMax, `amountMax = Number(amountMaxExact): ${where}`).toBe(Number(f.amountMaxExact));
          expect(f.amountMax! >= f.amount, `range low <= high: ${where}`).toBe(true);
        }
        expect(BASES).toContain(f.currencyInference.basis);
        expect(Array.isArray(f.currencyInference.candidates)).toBe(true);
        expect(typeof f.currencyInference.reason).toBe('string');
        if (f.equivalentOf) expect(f.equivalentOf.start >= 0 && f.equivalentOf.end <= text.length, `equivalentOf inside text: ${where}`).toBe(true);
        if (f.period) expect(f.period.span.start >= 0 && f.period.span.end <= text.length, `linked period inside text: ${where}`).toBe(true);
        break;
      }
      case 'percent': {
        expect(UNITS).toContain(f.unit);
        expect(f.valueExact, `valueExact: ${where}`).toMatch(DECIMAL);
        expect(f.value, `value = Number(valueExact): ${where}`).toBe(Number(f.valueExact));
        expect(Number.isFinite(f.value), `finite value: ${where}`).toBe(true);
        if (f.valueMax !== undefined || f.valueMaxExact !== undefined) {
          expect(f.valueMaxExact, `valueMaxExact: ${where}`).toMatch(DECIMAL);
          expect(f.valueMax, `valueMax = Number(valueMaxExact): ${where}`).toBe(Number(f.valueMaxExact));
          expect(f.valueMax! >= f.value, `range low <= high: ${where}`).toBe(true);
        }
        break;
      }
      case 'period': {
        expect(GRANULARITIES).toContain(f.granularity);
        expect(typeof f.implied).toBe('object');
        if (f.start === undefined || f.end === undefined) {
          expect(f.start === undefined && f.end === undefined, `both ends or neither: ${where}`).toBe(true);
          expect(typeof f.unresolved, `unresolved says why: ${where}`).toBe('string');
        } else {
          expect(f.start, `ISO start: ${where}`).toMatch(ISO_DAY);
          expect(f.end, `ISO end: ${where}`).toMatch(ISO_DAY);
          expect(f.start <= f.end, `start <= end: ${where}`).toBe(true);
        }
        break;
      }
      default:
        throw new Error(`unknown kind ${(f as { kind: string }).kind}`);
    }
  }
}

/** The reading of a figure without where it is: what must not change when the text around it does. */
export function reading(f: Figure, shift = 0): Record<string, unknown> {
  const base = { kind: f.kind, text: f.text, start: f.span.start - shift, end: f.span.end - shift };
  switch (f.kind) {
    case 'money':
      return { ...base, currency: f.currency, amountExact: f.amountExact, amountMaxExact: f.amountMaxExact, scale: f.scale, per: f.per };
    case 'percent':
      return { ...base, unit: f.unit, valueExact: f.valueExact, valueMaxExact: f.valueMaxExact };
    case 'period':
      return { ...base, granularity: f.granularity, from: f.start, to: f.end };
  }
}
