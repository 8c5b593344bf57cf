import { describe, expect, it } from 'vitest';
import { extract, type MoneyFigure } from '../../src/index';

const money = (text: string, options: Parameters<typeof extract>[1] = {}): MoneyFigure[] =>
  extract(text, options).filter((f): f is MoneyFigure => f.kind === 'money');

// "¥" is written for the yen and the yuan. A US-dollar equivalent stated beside a "¥" amount
// implies a rate, and the two currencies' rates never meet (a yen is 50-500 to the dollar, a
// yuan 1-15): that rate names the member for every "¥" of the text, over the places it names.
describe('a stated US-dollar equivalent tells the yen from the yuan', () => {
  it.each([
    // places say China, the rate (151 to the dollar) says yen
    ['Okabe Motors cut prices in China and forecast profit of ¥1.45 trillion ($9.6 billion). Sales in China fell, and it pays ¥90 a share.', ['JPY', 'USD', 'JPY']],
    // ", or" joins the equivalent; the dollar amount first
    ['Demand in China slowed. Tamura earned $2.1 billion (¥315 billion), and will spend ¥40 billion.', ['USD', 'JPY', 'JPY']],
    // the rate (7.2 to the dollar) agrees with the places: yuan, as before
    ['Chinese carrier Hualong reported a loss of ¥7.2 billion ($1 billion) and capex of ¥30 billion.', ['CNY', 'USD', 'CNY']],
    // no place, rate 7 to the dollar: the default (yen) gives way to the yuan
    ['Linwei Foods earned ¥2.8 billion ($400 million) last year, up from ¥2.1 billion.', ['CNY', 'USD', 'CNY']],
  ] as const)('%s', (text, currencies) => {
    expect(money(text).map((f) => f.currency)).toEqual(currencies);
  });

  it('says why in the inference', () => {
    const f = money('Sales in China fell; Okabe earned ¥300 billion ($2 billion).')[0]!;
    expect(f.currencyInference).toMatchObject({ basis: 'context', candidates: ['JPY', 'CNY'] });
    expect(f.currencyInference!.reason).toContain('US-dollar equivalent');
  });

  it.each([
    // equivalents that disagree decide nothing: the places (China) still choose
    ['Sales in China rose. It earned ¥300 billion ($2 billion) and ¥14 billion ($2 billion).', ['CNY', 'USD', 'CNY', 'USD']],
    // a rate no member can have decides nothing
    ['Sales in China rose. It earned ¥300 billion ($10 million).', ['CNY', 'USD']],
    // amounts that are no equivalent (no parenthesis or "or") decide nothing
    ['Sales in China rose. It earned ¥300 billion and $2 billion.', ['CNY', 'USD']],
  ] as const)('%s', (text, currencies) => {
    expect(money(text).map((f) => f.currency)).toEqual(currencies);
  });

  it('a hint wins over the rate', () => {
    expect(money('It earned ¥300 billion ($2 billion).', { currencyHints: { '¥': 'CNY' } }).map((f) => f.currency)).toEqual(['CNY', 'USD']);
  });
});
