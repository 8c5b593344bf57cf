/**
 * Metrics a figure takes from the one before it (src/attribute/shared.ts, shareFields): a
 * percentage restating an amount after "or" past a period or basis, and a per-share amount
 * compared with a per-share range that follows a change of another measure. Sentences written
 * for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a percentage after "or" restates the amount of the change before it', () => {
  it.each([
    // Past the period written after the amount.
    ['Marlow Biotech said it had cut its distribution costs by 45 million euros in the second quarter, or 6%.', '6%', 'cost', 'down'],
    // Past the period and a basis after it.
    ['Group revenue rose 9% to 3.1 billion francs in the six months to June 30, or 12% in local currencies.', '12%', 'revenue', 'up'],
    // After the amount's stated equivalent.
    ['Sales rose 5% to 8.2 billion francs ($9.3 billion) in the first half, or 9% at constant exchange rates.', '9%', 'revenue', 'up'],
  ] as const)('%s → %s', (text, figure, metric, direction) => {
    const a = aboutOf(text, figure, '2025-08-01');
    expect(a.metric?.category).toBe(metric);
    expect(a.direction).toBe(direction);
  });
});

describe('a per-share amount compared with a per-share range is per share, whatever change came before', () => {
  it.each([
    ['Vellum Medical expects sales growth of 4% to 6% in 2026 and adjusted earnings per share of $3.10 to $3.30, against $2.95 in 2025.', '$2.95', 'eps'],
    // A whole amount after a restatement per share keeps the change's metric.
    ['Net income rose to $212 million, or $1.87 a share, from $186 million.', '$186 million', 'profit'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure, '2025-08-01').metric?.category).toBe(metric);
  });
});
