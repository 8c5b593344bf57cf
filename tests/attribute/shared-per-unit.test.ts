/**
 * "expects the repair to cost $820 million, or roughly $585 per vehicle" (attribute/shared.ts):
 * an amount per unit restating the whole amount before it after "or" measures the same; an
 * amount per share stays earnings per share. Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('an amount per unit after "or" restates the amount before it', () => {
  it.each([
    ['Ridgeline Motors expects the repair to cost $820 million, or roughly $585 per vehicle.', '$585', 'cost'],
    ['Tolvane will spend 2.4 billion euros on the plant, or about 12,000 euros per car built there.', '12,000 euros', 'cost'],
    ['Quarlo earned $208 million, or $1.12 a share.', '$1.12', 'eps'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure, '2024-08-15').metric.category).toBe(metric);
  });
});
