/**
 * Stated equivalents against reference rates. Writers usually convert at the rate of the
 * day they write, sometimes at the average over the period the amount is for; an implied
 * rate within `tolerance` of either passes. Rates are quoted the way markets quote them:
 * per euro, pound, Australian or New Zealand dollar, else per US dollar ("6.9 CNY per USD",
 * "1.30 USD per GBP"); between two other currencies, per the first one written.
 */
import { findRate, whenFor, type RateFound } from '../convert/convert';
import { divideSignificant } from '../resolve/decimal';
import type { RateProvider } from '../convert/provider';
import { addDecimal, compareDecimal, multiplyDecimal } from '../resolve/decimal';
import type { MoneyFigure, Span } from '../types';
import type { Finding } from './types';
import { show, showPercent } from './util';

const abs = (s: string): string => (s.startsWith('-') ? s.slice(1) : s);
/** Market convention for which currency is the base of a quote: EUR/USD, GBP/USD, USD/CNY, USD/JPY. */
const BASES = ['EUR', 'GBP', 'AUD', 'NZD', 'USD', 'CHF', 'CAD'];
const rank = (c: string): number => (BASES.includes(c) ? BASES.indexOf(c) : BASES.length);
const key = (s: Span): string => `${s.start}:${s.end}`;

/** implied / reference − 1, as a decimal fraction. */
const deviation = (implied: string, reference: string): string => addDecimal(divideSignificant(implied, reference), '-1');

export function checkEquivalents(
  money: readonly MoneyFigure[],
  providers: readonly RateProvider[],
  referenceISO: string | undefined,
  tolerance: string,
): Finding[] {
  const findings: Finding[] = [];
  const bySpan = new Map(money.map((m) => [key(m.span), m]));
  for (const a of money) {
    const b = a.equivalentOf && bySpan.get(key(a.equivalentOf));
    if (!b || b.span.start < a.span.start || !a.currency || !b.currency) continue;
    // Quote as units of `quote` per one `base`.
    const [base, quote] = rank(a.currency) <= rank(b.currency) ? [a, b] : [b, a];
    if (/^-?0(\.0*)?$/.test(base.amountExact)) continue;
    const implied = divideSignificant(abs(quote.amountExact), abs(base.amountExact));
    const pair = `${quote.currency} per ${base.currency}`;
    const period = a.period ?? b.period;

    const atDate = findRate(base.currency!, quote.currency!, whenFor(undefined, referenceISO), providers);
    const overPeriod = period ? findRate(base.currency!, quote.currency!, whenFor(period, undefined), providers) : undefined;
    const refs: { label: string; found: RateFound }[] = [];
    if (!('error' in atDate)) refs.push({ label: referenceISO ? 'at the document date' : 'latest', found: atDate });
    if (overPeriod && !('error' in overPeriod)) refs.push({ label: 'over the period', found: overPeriod });
    const spans = [a.span, b.span].map((s) => ({ start: s.start, end: s.end }));
    const written = `${a.text} (${b.text})`;
    const numbers: Record<string, string> = { implied, pair, tolerance };

    if (refs.length === 0) {
      const why = 'error' in atDate ? atDate.error : 'no rate';
      findings.push({ kind: 'equivalent-rate', severity: 'info', message: `${written} implies ${show(implied)} ${pair}; no reference rate to check it against (${why}).`, spans, numbers });
      continue;
    }
    let passed = false;
    let worst = '0';
    const parts: string[] = [];
    for (const { label, found } of refs) {
      const dev = deviation(implied, found.rate);
      const name = label === 'over the period' ? 'period' : 'date';
      numbers[`${name}Rate`] = found.rate;
      numbers[`${name}RateDate`] = found.rateDate;
      numbers[`${name}RateSource`] = found.source;
      numbers[`${name}Deviation`] = dev;
      if (compareDecimal(abs(dev), tolerance) <= 0) passed = true;
      if (compareDecimal(abs(dev), abs(worst)) > 0) worst = dev;
      const when = label === 'over the period' ? `averaged ${show(found.rate)} over ${found.rateDate.replace('/', '..')}` : label === 'latest' ? `was ${show(found.rate)} at the latest date known (${found.rateDate})` : `was ${show(found.rate)} at the document date (${found.rateDate})`;
      parts.push(`${when}, ${showPercent(multiplyDecimal(abs(dev), '100'))}% ${dev.startsWith('-') ? 'below' : 'above'} it`);
    }
    const tol = showPercent(multiplyDecimal(tolerance, '100'));
    if (passed) {
      findings.push({ kind: 'equivalent-rate', severity: 'pass', message: `${written} implies ${show(implied)} ${pair}, within ${tol}% of the reference: the rate ${parts.join('; it ')}.`, spans, numbers });
    } else if (refs.every(({ label }) => label === 'latest')) {
      // Without a document date or a period the only reference is today's rate: a story's
      // rate of the day may differ by more than the tolerance, so this is no evidence of error.
      findings.push({
        kind: 'equivalent-rate',
        severity: 'info',
        message: `${written} implies ${show(implied)} ${pair}; the rate ${parts.join('; it ')}. Give referenceDate to check it against the rate of the document's day.`,
        spans,
        numbers,
      });
    } else {
      // Far off (three times the tolerance) reads as a wrong figure rather than an odd rate.
      const severity = compareDecimal(abs(worst), multiplyDecimal(tolerance, '3')) > 0 && refs.every(({ found }) => compareDecimal(abs(deviation(implied, found.rate)), multiplyDecimal(tolerance, '3')) > 0) ? 'error' : 'warning';
      findings.push({
        kind: 'equivalent-rate',
        severity,
        message: `${written} implies ${show(implied)} ${pair}, but the rate ${parts.join('; it ')} (tolerance ${tol}%). One of the two amounts is probably wrong.`,
        spans,
        numbers,
      });
    }
  }
  return findings;
}
