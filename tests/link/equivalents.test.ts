import { describe, expect, it } from 'vitest';
import { linkFigures } from '../../src/link';
import type { Figure, MoneyFigure } from '../../src/types';
import { money, qualifier } from './figures';

const moneyOf = (figs: Figure[]) => figs.filter((f): f is MoneyFigure => f.kind === 'money');

describe('stated equivalents', () => {
  it('links a parenthesised dollar amount after a yuan amount, both ways, with implied rates', () => {
    const t = 'Acme said sales reached 52.6 billion Chinese yuan ($7.6 billion) in the nine months.';
    const [a, b] = moneyOf(linkFigures(t, [money(t, '52.6 billion Chinese yuan', 'CNY', '52600000000'), money(t, '$7.6 billion', 'USD', '7600000000')]));
    expect(a!.equivalentOf).toEqual({ start: 51, end: 63 });
    expect(t.slice(51, 63)).toBe('$7.6 billion');
    expect(a!.impliedRate).toBe('0.144486692015');
    expect(b!.equivalentOf).toEqual({ start: 24, end: 49 });
    expect(b!.impliedRate).toBe('6.92105263158');
  });

  it('links across a parenthesis with no space', () => {
    const t = 'Bolt posted a profit of €215 million($251 million) last quarter.';
    const [a] = moneyOf(linkFigures(t, [money(t, '€215 million', 'EUR', '215000000'), money(t, '$251 million', 'USD', '251000000')]));
    expect(a!.impliedRate).toBe('1.16744186047');
  });

  it('links £40m (US$52m)', () => {
    const t = 'The club paid £40m (US$52m) for the striker.';
    const [a, b] = moneyOf(linkFigures(t, [money(t, '£40m', 'GBP', '40000000'), money(t, 'US$52m', 'USD', '52000000')]));
    expect(a!.impliedRate).toBe('1.3');
    expect(b!.impliedRate).toBe('0.769230769231');
  });

  it('links ", or" with a hedge in front of the second amount', () => {
    const t = 'The package is worth about 2.5 trillion yen, or roughly $17 billion, officials said.';
    const figs = [money(t, '2.5 trillion yen', 'JPY', '2500000000000', { qualifier: qualifier(t, 'about', 'approximate') }), money(t, '$17 billion', 'USD', '17000000000')];
    const [a] = moneyOf(linkFigures(t, figs));
    expect(a!.equivalentOf).toEqual({ start: 56, end: 67 });
    expect(a!.impliedRate).toBe('0.0068');
  });

  it('links when the hedge is the second figure\'s qualifier inside the parenthesis', () => {
    const t = 'It raised 300 million Swiss francs (about $330 million at current rates).';
    const figs = [money(t, '300 million Swiss francs', 'CHF', '300000000'), money(t, '$330 million', 'USD', '330000000', { qualifier: qualifier(t, 'about', 'approximate') })];
    expect(moneyOf(linkFigures(t, figs))[0]!.impliedRate).toBe('1.1');
  });

  it('links a slash pair', () => {
    const t = 'Prize money is £2m/$2.6m this year.';
    expect(moneyOf(linkFigures(t, [money(t, '£2m', 'GBP', '2000000'), money(t, '$2.6m', 'USD', '2600000')]))[0]!.impliedRate).toBe('1.3');
  });

  it.each([
    ['same currency', 'Sales were $5 billion ($4 billion of it abroad).', ['$5 billion', 'USD', '5000000000'], ['$4 billion', 'USD', '4000000000']],
    ['unknown currency', 'Sales were 5 billion ($4 billion).', ['5 billion', null, '5000000000'], ['$4 billion', 'USD', '4000000000']],
    ['a comparison, not an equivalent', 'Sales rose to €5 billion from $4 billion.', ['€5 billion', 'EUR', '5000000000'], ['$4 billion', 'USD', '4000000000']],
    ['parenthesis that does not close after the amount', 'It paid €5 billion (with $4 billion borrowed from banks).', ['€5 billion', 'EUR', '5000000000'], ['$4 billion', 'USD', '4000000000']],
    ['a list', 'It holds €5 billion and $4 billion in cash.', ['€5 billion', 'EUR', '5000000000'], ['$4 billion', 'USD', '4000000000']],
  ] as const)('does not link %s', (_, t, [s1, c1, a1], [s2, c2, a2]) => {
    const out = moneyOf(linkFigures(t, [money(t, s1, c1, a1), money(t, s2, c2, a2)]));
    expect(out.map((m) => m.equivalentOf)).toEqual([undefined, undefined]);
  });

  it('pairs each figure at most once', () => {
    const t = 'It earned €10m ($11m), or £9m, in fees.';
    const out = moneyOf(linkFigures(t, [money(t, '€10m', 'EUR', '10000000'), money(t, '$11m', 'USD', '11000000'), money(t, '£9m', 'GBP', '9000000')]));
    expect(out.map((m) => m.equivalentOf?.start)).toEqual([16, 10, undefined]);
  });

  it('does not change the input figures', () => {
    const t = 'The club paid £40m (US$52m) for the striker.';
    const input = [money(t, '£40m', 'GBP', '40000000'), money(t, 'US$52m', 'USD', '52000000')];
    linkFigures(t, input);
    expect(input[0]!.equivalentOf).toBeUndefined();
  });
});
