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
