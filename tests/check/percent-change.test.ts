import { describe, expect, it } from 'vitest';
import { checkFigures } from '../../src/check';
import { linkFigures } from '../../src/link';
import type { Figure } from '../../src/types';
import { money, percent } from '../link/figures';

const run = (t: string, figs: Figure[]) => checkFigures(t, linkFigures(t, figs), { includePassed: true, embeddedRates: false });
const usd = (t: string, sub: string, exact: string) => money(t, sub, 'USD', exact);

describe('percent-change check', () => {
  it('passes "rose 27% to $5.2bn from $4.1bn" (26.8%, within rounding)', () => {
    const t = 'Sales at Delta rose 27% to $5.2bn from $4.1bn last year.';
    const [f] = run(t, [percent(t, '27%', '27'), usd(t, '$5.2bn', '5200000000'), usd(t, '$4.1bn', '4100000000')]);
    expect(f).toEqual({
      kind: 'percent-change',
      severity: 'pass',
      message: '27% agrees: $5.2bn from $4.1bn is a change of 26.8%.',
      spans: [{ start: 20, end: 23 }, { start: 27, end: 33 }, { start: 39, end: 45 }],
      numbers: { stated: '27', computed: '26.83', computedLow: '24.1', computedHigh: '29.63', newAmount: '5200000000', oldAmount: '4100000000', currency: 'USD' },
    });
  });

  it('warns on "rose 15% to $5.2bn from $4.1bn"', () => {
    const t = 'Sales at Delta rose 15% to $5.2bn from $4.1bn.';
    const [f] = run(t, [percent(t, '15%', '15'), usd(t, '$5.2bn', '5200000000'), usd(t, '$4.1bn', '4100000000')]);
    expect(f!.severity).toBe('warning');
    expect(f!.message).toBe('The text says 15%, but $5.2bn from $4.1bn is a change of 26.8% (24.1% to 29.6% allowing for rounding).');
  });

  it('errors when the stated direction is the opposite of the amounts', () => {
    const t = 'Profit fell 10% to $3.3bn from $3.0bn.';
    const [f] = run(t, [percent(t, '10%', '10'), usd(t, '$3.3bn', '3300000000'), usd(t, '$3.0bn', '3000000000')]);
    expect(f!.severity).toBe('error');
    expect(f!.numbers.stated).toBe('-10');
    expect(f!.message).toBe('The text says down 10%, but $3.3bn from $3.0bn is a change of 10%: the amounts moved up.');
  });

  it('reads "from OLD to NEW" and holds round amounts to their written precision', () => {
    const t = 'Orders grew 15% from $400m to $500m.';
    const [bad] = run(t, [percent(t, '15%', '15'), usd(t, '$400m', '400000000'), usd(t, '$500m', '500000000')]);
    expect(bad!.severity).toBe('warning');
    expect(bad!.numbers).toMatchObject({ computed: '25', computedLow: '24.72', computedHigh: '25.28' });
    const u = 'Orders grew 25% from $400m to $500m.';
    expect(run(u, [percent(u, '25%', '25'), usd(u, '$400m', '400000000'), usd(u, '$500m', '500000000')])[0]!.severity).toBe('pass');
  });

  it('reads "to NEW from OLD, up P"', () => {
    const t = 'Revenue climbed to €8.8bn from €8bn, up 10%.';
    const [f] = run(t, [money(t, '€8.8bn', 'EUR', '8800000000'), money(t, '€8bn', 'EUR', '8000000000'), percent(t, '10%', '10')]);
    expect(f).toMatchObject({ kind: 'percent-change', severity: 'pass', numbers: { stated: '10', computed: '10' } });
  });

  it('skips the stated equivalent of the new amount', () => {
    const t = 'Sales fell 20% to 40 billion yuan ($5.8 billion) from 50 billion yuan.';
    const figs = [percent(t, '20%', '20'), money(t, '40 billion yuan', 'CNY', '40000000000'), usd(t, '$5.8 billion', '5800000000'), money(t, '50 billion yuan', 'CNY', '50000000000')];
    const [f] = run(t, figs).filter((x) => x.kind === 'percent-change');
    expect(f).toMatchObject({ severity: 'pass', numbers: { stated: '-20', computed: '-20', currency: 'CNY' } });
  });

  it('derives the prior value from "a 20% drop in revenue, to $4bn"', () => {
    const t = 'Vega reported a 20% drop in revenue, to $4bn, for the year.';
    const [f] = run(t, [percent(t, '20%', '20'), usd(t, '$4bn', '4000000000')]);
    expect(f).toEqual({
      kind: 'percent-change-derived',
      severity: 'info',
      message: 'A 20% fall to $4bn implies a prior value of about USD 5 billion.',
      spans: [{ start: 16, end: 19 }, { start: 40, end: 44 }],
      numbers: { percent: '20', direction: 'down', newAmount: '4000000000', priorAmount: '5000000000', currency: 'USD' },
    });
  });

  it('ignores percentages that are not changes joining two amounts', () => {
    const t = 'Margins were 12% on sales of $4bn, and 30% of the $4bn came from Asia.';
    expect(run(t, [percent(t, '12%', '12'), usd(t, '$4bn', '4000000000'), percent(t, '30%', '30'), money(t, '$4bn', 'USD', '4000000000', { nth: 1 })]).filter((f) => f.kind.startsWith('percent'))).toEqual([]);
  });
});
