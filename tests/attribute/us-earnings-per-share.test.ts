/**
 * US earnings coverage: amounts per share written without "a share", a full-year forecast that
 * dates no later result, and what analysts expected set against a result of its own sentence.
 * Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('an amount per share written without "a share"', () => {
  it.each([
    // After "On a per-share basis", as automated earnings stories write it.
    ['Merriweather Brands reported second-quarter net income of $1.9 billion. On a per-share basis, the Denver-based company said it had profit of 47 cents.', '2026-07-22', '47 cents'],
    // Restating a scaled profit or loss after ", or".
    ['Pellworth Foods earned $281 million, or 52 cents a share, compared with $410 million, or 76 cents, a year earlier.', '2026-04-29', '76 cents'],
    ['The toymaker posted a net loss of $31.5 million, or 9 cents, in the quarter.', '2026-04-29', '9 cents'],
  ] as const)('%#: %s → %s', (text, ref, figure) => {
    expect(aboutOf(text, figure, ref).metric.category).toBe('eps');
  });

  it('keeps a scaled amount after ", or" what it is', () => {
    expect(aboutOf('Pellworth Foods earned $281 million, or $0.52 a share.', '$281 million', '2026-04-29').metric.category).toBe('profit');
  });
});

describe('a full-year forecast dates no result of the sentences after it', () => {
  it('an estimate set against a result takes that result\'s period', () => {
    const text = 'Ostlund Motors posted a 12% fall in third-quarter net income but stood by its full-year profit forecast. Net income fell to $1.9 billion from $2.2 billion a year earlier. Excluding items, it earned $1.31 a share, beating the average analyst estimate of $0.98 a share.';
    for (const figure of ['$1.31', '$0.98']) {
      const a = aboutOf(text, figure, '2026-10-27');
      expect([figure, a.metric.category, a.period?.start, a.period?.end]).toEqual([figure, 'eps', '2026-07-01', '2026-09-30']);
    }
  });
});

describe('a whole amount compared after a restatement per share with no "a share"', () => {
  it('is compared with the whole amount, not the amount per share', () => {
    const text = 'Includes gains of 4.6 mln dlrs or 14 cts vs 3.9 mln dlrs or 17 cts from asset sales.';
    expect(['14 cts', '3.9 mln dlrs'].map((f) => aboutOf(text, f, '2026-04-20').metric.category)).toEqual(['eps', 'profit']);
  });
});
