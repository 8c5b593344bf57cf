import { describe, expect, it } from 'vitest';
import { checkFigures } from '../../src/check';
import { linkFigures } from '../../src/link';
import type { Figure } from '../../src/types';
import { money, percent } from '../link/figures';

const run = (t: string, figs: Figure[]) => checkFigures(t, linkFigures(t, figs), { includePassed: true, embeddedRates: false });
const usd = (t: string, sub: string, exact: string) => money(t, sub, 'USD', exact);

describe('parts-exceed-whole check', () => {
  it('warns on parts listed after "of which" that add up to more than the whole by more than rounding', () => {
    const t = 'Group sales were $10bn, of which $6bn came from Asia and $5bn from Europe.';
    const [f] = run(t, [usd(t, '$10bn', '10000000000'), usd(t, '$6bn', '6000000000'), usd(t, '$5bn', '5000000000')]);
    expect(f).toEqual({
      kind: 'parts-exceed-whole',
      severity: 'warning',
      message: 'The parts $6bn + $5bn add up to USD 11 billion, more than the whole of $10bn.',
      spans: [{ start: 17, end: 22 }, { start: 33, end: 37 }, { start: 57, end: 61 }],
      numbers: { whole: '10000000000', parts: '6000000000 + 5000000000', partsSum: '11000000000', excess: '1000000000', currency: 'USD' },
    });
  });

  it('errors when the parts exceed the whole even at their rounding bounds', () => {
    const t = 'Group sales were $10.2bn, of which $6.4bn came from Asia and $5.1bn from Europe.';
    expect(run(t, [usd(t, '$10.2bn', '10200000000'), usd(t, '$6.4bn', '6400000000'), usd(t, '$5.1bn', '5100000000')])[0]!.severity).toBe('error');
  });

  it('passes parts that fit', () => {
    const t = 'Group sales were $10bn, of which $6bn came from Asia and $3bn from Europe.';
    expect(run(t, [usd(t, '$10bn', '10000000000'), usd(t, '$6bn', '6000000000'), usd(t, '$3bn', '3000000000')])[0]!.severity).toBe('pass');
  });

  it('allows for rounding: $5.5bn + $4.6bn within "$10bn"', () => {
    const t = 'Debt was $10bn, including $5.5bn of bonds and $4.6bn of loans.';
    // 5.45 + 4.55 = 10.0 is not above 10.5, so no error.
    expect(run(t, [usd(t, '$10bn', '10000000000'), usd(t, '$5.5bn', '5500000000'), usd(t, '$4.6bn', '4600000000')])[0]!.severity).toBe('pass');
  });

  it('flags "PART of its WHOLE"', () => {
    const t = 'It has repaid $12bn of its $10bn of debt.';
    const [f] = run(t, [usd(t, '$12bn', '12000000000'), usd(t, '$10bn', '10000000000')]);
    expect(f).toMatchObject({ kind: 'parts-exceed-whole', severity: 'error', numbers: { whole: '10000000000', partsSum: '12000000000' } });
  });

  it('does not compare different currencies or unrelated amounts', () => {
    const t = 'Sales were $10bn and costs were $12bn.';
    expect(run(t, [usd(t, '$10bn', '10000000000'), usd(t, '$12bn', '12000000000')])).toEqual([]);
  });
});

describe('shares-exceed-100 check', () => {
  it('flags market shares adding up to more than 100%', () => {
    const t = 'Acme holds 45% of the market, Beta 35% and Gamma 30%.';
    const [f] = run(t, [percent(t, '45%', '45'), percent(t, '35%', '35'), percent(t, '30%', '30')]);
    expect(f).toEqual({
      kind: 'shares-exceed-100',
      severity: 'error',
      message: 'The shares 45% + 35% + 30% stated together add up to 110%, more than 100%.',
      spans: [{ start: 11, end: 14 }, { start: 35, end: 38 }, { start: 49, end: 52 }],
      numbers: { shares: '45 + 35 + 30', sum: '110' },
    });
  });

  it('passes shares within 100%, allowing for rounding', () => {
    const t = 'Acme holds 33.4% of the market, Beta 33.3% and Gamma 33.4%.';
    expect(run(t, [percent(t, '33.4%', '33.4'), percent(t, '33.3%', '33.3'), percent(t, '33.4%', '33.4', { nth: 1 })])[0]).toMatchObject({ severity: 'pass', numbers: { sum: '100.1' } });
  });

  it('ignores changes and sentences without a share word', () => {
    const t = 'Sales rose 62% and profit jumped 95% this year.';
    expect(run(t, [percent(t, '62%', '62'), percent(t, '95%', '95')])).toEqual([]);
    const u = 'Acme holds 60% of the market, up from 55%, and Beta 50%.';
    expect(run(u, [percent(u, '60%', '60'), percent(u, '55%', '55'), percent(u, '50%', '50')])).toEqual([]);
  });
});
