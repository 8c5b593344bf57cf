import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index';

// "a dividend of €1.20 per share, up 10 cents": in a text that names no dollar, bare cents
// after a euro amount are euro cents.
describe('bare cents after a euro amount', () => {
  it.each([
    ['Valmara will pay €0.85 a share, up 5 cents on last year.', '5 cents', 'EUR', 0.05],
    ['The board proposed EUR 1.10 per share, an increase of 15 cents.', '15 cents', 'EUR', 0.15],
    // A dollar written earlier keeps the cents its own.
    ['Brent rose to US$71 while the payout of €0.40 rose 3 cents.', '3 cents', 'USD', 0.03],
    ['Ostrander paid A$0.42 a share, down 6 cents.', '6 cents', 'AUD', 0.06],
  ] as const)('%s → %s %s', (text, figure, currency, amount) => {
    const f = extract(text, { referenceDate: '2025-03-01' }).find((x) => x.text === figure);
    expect(f?.kind).toBe('money');
    if (f?.kind !== 'money') return;
    expect(f.currency).toBe(currency);
    expect(f.amount).toBe(amount);
  });
});
