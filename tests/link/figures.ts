/** Hand-built figures for unit tests of the link and check stages (independent of the recognisers). */
import type { MoneyFigure, PercentFigure, PeriodFigure, Qualifier } from '../../src/types';

function spanOf(text: string, sub: string, nth = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(sub, start + 1);
    if (start < 0) throw new Error(`"${sub}" not in text`);
  }
  return { start, end: start + sub.length };
}

export function money(text: string, sub: string, currency: string | null, amountExact: string, extra: Partial<MoneyFigure> & { nth?: number } = {}): MoneyFigure {
  const { nth, ...rest } = extra;
  return {
    kind: 'money',
    span: spanOf(text, sub, nth),
    text: sub,
    rule: 'test',
    currency,
    amount: Number(amountExact),
    amountExact,
    currencyInference: { basis: 'explicit', candidates: currency ? [currency] : [], reason: 'test' },
    ...rest,
  };
}

export function percent(text: string, sub: string, valueExact: string, extra: Partial<PercentFigure> & { nth?: number } = {}): PercentFigure {
  const { nth, ...rest } = extra;
  return { kind: 'percent', span: spanOf(text, sub, nth), text: sub, rule: 'test', value: Number(valueExact), valueExact, unit: 'percent', ...rest };
}

export function period(text: string, sub: string, start: string, end: string, extra: Partial<PeriodFigure> = {}): PeriodFigure {
  return { kind: 'period', span: spanOf(text, sub), text: sub, rule: 'test', start, end, granularity: 'custom', implied: {}, ...extra };
}

export function qualifier(text: string, sub: string, type: Qualifier['type']): Qualifier {
  return { type, text: sub, span: spanOf(text, sub) };
}
