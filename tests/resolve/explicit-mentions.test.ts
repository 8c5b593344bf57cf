import { describe, expect, it } from 'vitest';
import { extract, type MoneyFigure } from '../../src/index';
import { ExplicitMentions } from '../../src/resolve/currency';

describe('ExplicitMentions', () => {
  it('answers with the latest explicit member of each family', () => {
    const seen = new ExplicitMentions();
    expect(seen.latest('dollar')).toBeUndefined();
    seen.record('CAD');
    seen.record('CHF');
    seen.record('AUD');
    expect([seen.latest('dollar'), seen.latest('franc'), seen.latest('yen')]).toEqual(['AUD', 'CHF', undefined]);
    seen.record('CAD');
    expect(seen.latest('dollar')).toBe('CAD');
  });

  it('a bare "$" follows the latest explicit dollar, however many other currencies came between', () => {
    const others = Array.from({ length: 200 }, (_, i) => `CHF ${i + 1}m`).join(', ');
    const text = `It paid C$5m and A$6m, then ${others}, and a further $7m.`;
    const money = extract(text).filter((f): f is MoneyFigure => f.kind === 'money');
    expect(money.at(-1)).toMatchObject({ text: '$7m', currency: 'AUD', amount: 7000000 });
  });
});

describe('shared currency choices', () => {
  const money = (text: string, referenceDate?: string): MoneyFigure[] =>
    extract(text, { referenceDate }).filter((f): f is MoneyFigure => f.kind === 'money');

  it('figures that make the same choice share one frozen inference', () => {
    const [a, b, c] = money('Sales were 5 mln dlrs, costs 3 mln dlrs and tax 2 mln Dlrs.', '1987-03-02');
    expect(a!.currencyInference).toEqual({ basis: 'default', candidates: ['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD'], reason: '"dlrs" read as USD, the usual meaning' });
    expect(b!.currencyInference).toBe(a!.currencyInference);
    // Written otherwise, the reason quotes it otherwise.
    expect(c!.currencyInference.reason).toBe('"Dlrs" read as USD, the usual meaning');
    expect(Object.isFrozen(a!.currencyInference)).toBe(true);
    expect(Object.isFrozen(a!.currencyInference.candidates)).toBe(true);
  });

  it('a new document date gives new candidates, not the last date\'s', () => {
    const [old] = money('It cost 40 mln francs.', '1987-05-01');
    const [now] = money('It cost 40 mln francs.', '2015-05-01');
    expect(old!.currencyInference.candidates).toContain('FRF');
    expect(now!.currencyInference.candidates).not.toContain('FRF');
    expect(now!.currency).toBe('CHF');
    const [again] = money('It cost 40 mln francs.', '1987-05-01');
    expect(again!.currencyInference.candidates).toEqual(old!.currencyInference.candidates);
  });

  it('context choices stay per document', () => {
    const [, cad] = money('It sold C$5 mln of notes and 3 mln dlrs of bills.');
    const [usd] = money('It sold 3 mln dlrs of bills.');
    expect([cad!.currency, cad!.currencyInference.basis]).toEqual(['CAD', 'context']);
    expect([usd!.currency, usd!.currencyInference.basis]).toEqual(['USD', 'default']);
  });

  it('stays right past the bound on remembered written forms', () => {
    // Each spacing of "US  $" is another written form; thousands of them empty the memo.
    const text = Array.from({ length: 5000 }, (_, i) => `US${' '.repeat(1 + (i % 50))}$${i + 1}`).join('; ');
    const all = money(text);
    expect(all).toHaveLength(5000);
    expect(all.every((f) => f.currency === 'USD' && f.currencyInference.basis === 'explicit')).toBe(true);
    expect(all[4999]!.amount).toBe(5000);
  });
});
