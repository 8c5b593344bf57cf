/**
 * The convert stage of `extract(text, { convertTo })`: adds `converted` (or
 * `conversionError`) to every money figure. Rate dates: the figure's linked period, else
 * `referenceDate`, else the latest available. Sources: the caller's `rates`, the embedded
 * data, then (unless `textRates: false`) the rate the text itself implies through the
 * nearest stated equivalent in the same currency pair.
 */
import { toCurrencyCode } from '../options';
import type { Figure, MoneyFigure } from '../types';
import { applyRate, findRate, rateProviders, whenFor } from './convert';
import { divideSignificant } from '../resolve/decimal';
import type { RateProvider, RateQuote } from './provider';
import type { RateOptions } from './types';

export interface ConvertStageOptions extends RateOptions {
  readonly convertTo?: string;
  readonly textRates?: boolean;
}

interface TextPair {
  readonly from: string;
  readonly to: string;
  readonly rate: string;
  readonly at: number;
  readonly text: string;
}

/** Rates implied by the stated equivalents of one document; the pair nearest `at` wins. */
function textProvider(pairs: readonly TextPair[], at: number): RateProvider {
  const pick = (from: string, to: string): RateQuote | undefined => {
    let best: TextPair | undefined;
    for (const p of pairs) {
      if (!((p.from === from && p.to === to) || (p.from === to && p.to === from))) continue;
      if (!best || Math.abs(p.at - at) < Math.abs(best.at - at)) best = p;
    }
    if (!best) return undefined;
    const rate = best.from === from ? best.rate : divideSignificant('1', best.rate);
    return { rate, rateDate: 'text', source: 'text', note: `implied by the stated equivalent ${best.text}` };
  };
  return { name: 'rates implied by the text', onDate: pick, average: pick, latest: pick };
}

/** Adds conversions to the money figures; other figures pass through. */
export function convertFigures(figures: readonly Figure[], options: ConvertStageOptions, referenceISO: string | undefined): Figure[] {
  const to = toCurrencyCode(options.convertTo, 'convertTo');
  if (options.textRates !== undefined && typeof options.textRates !== 'boolean') throw new TypeError('textRates must be a boolean');
  const providers = rateProviders(options);
  const money = figures.filter((f): f is MoneyFigure => f.kind === 'money');
  const pairs: TextPair[] = [];
  if (options.textRates !== false) {
    const bySpan = new Map(money.map((m) => [`${m.span.start}:${m.span.end}`, m]));
    for (const m of money) {
      const other = m.equivalentOf && bySpan.get(`${m.equivalentOf.start}:${m.equivalentOf.end}`);
      if (other && m.impliedRate && m.currency && other.currency)
        pairs.push({ from: m.currency, to: other.currency, rate: m.impliedRate, at: m.span.start, text: `${m.text} = ${other.text}` });
    }
  }
  // New figures, not changed ones; extract() freezes every figure once, at the end.
  return figures.map((f) => {
    if (f.kind !== 'money') return f;
    if (!f.currency) return { ...f, conversionError: `cannot convert "${f.text}": its currency is unknown` };
    const chain = pairs.length ? [...providers, textProvider(pairs, f.span.start)] : providers;
    const found = findRate(f.currency, to, whenFor(f.period, referenceISO), chain);
    if ('error' in found) return { ...f, conversionError: found.error };
    return { ...f, converted: applyRate(f, to, found) };
  });
}
