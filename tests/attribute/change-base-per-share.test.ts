import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// A change's base written with its per-share restatement: "rose to $X, or $Y a share, from $Z,
// or $W a share". The whole amounts are the profit, the per-share ones the eps.
describe('the base of a profit change and its per-share restatement', () => {
  const text = 'Ondrell Corp said quarterly net income rose to $48 million, or 92 cents a share, from $41 million, or 79 cents a share, a year earlier.';
  it.each([
    ['$48 million', 'profit'],
    ['92 cents', 'eps'],
    ['$41 million', 'profit'],
    ['79 cents', 'eps'],
  ] as const)('%s is %s', (figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });

  it('reads an unscaled whole amount the same way', () => {
    const t = 'For the year, Pellway net earnings fell to 3,120,000 dlrs or 51 cts a share, from 7,904,000 dlrs or 1.32 dlrs a share.';
    expect(aboutOf(t, '7,904,000 dlrs').metric?.category).toBe('profit');
    expect(aboutOf(t, '1.32 dlrs').metric?.category).toBe('eps');
  });

  it('still gives a bare per-share base the eps', () => {
    const t = 'Tarvik reported earnings of $3.40 a share, up from $2.95.';
    expect(aboutOf(t, '$2.95').metric?.category).toBe('eps');
  });
});
