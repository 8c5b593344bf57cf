/**
 * Guidance with a tolerance (src/attribute/shared.ts, clause.ts isToleranceOf): "plus or minus
 * 2%" after an amount measures what that amount does. Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a tolerance measures the figure before it', () => {
  it.each([
    ['Corvel Micro expects second-quarter revenue of $4.2 billion, plus or minus 3%.', '3%', 'revenue'],
    ['Corvel Micro guided a gross margin of 58%, plus or minus 50 basis points, for the quarter.', '50 basis points', 'margin'],
    ['The chipmaker sees operating expenses of about $1.1 billion, give or take 2%.', '2%', 'cost'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric.category).toBe(category);
  });

  it('the tolerance does not stand between the figure and its period after it (period.ts)', () => {
    const text = 'Velder Re expects net income of $3.1 billion, plus or minus $200 million, for 2026.';
    expect(aboutOf(text, '$3.1 billion', '2026-02-20').period).toMatchObject({ start: '2026-01-01', end: '2026-12-31' });
    expect(aboutOf(text, '$200 million', '2026-02-20').period).toMatchObject({ start: '2026-01-01', end: '2026-12-31' });
  });

  it('leaves a plain "or" figure to its own rules', () => {
    expect(aboutOf('Corvel Micro cut rates by 25 basis points, or a quarter point.', '25 basis points').metric.category).toBe('rate');
  });
});

describe('"in the quarter" refers to the quarter reported, not to a prior quarter named as a base', () => {
  it('skips "the prior quarter" of a comparison', () => {
    const text = 'Corvel Micro said cloud revenue grew 31% in the fiscal third quarter ended March 31, down from 33% in the prior quarter.\n\nCapital spending rose 40% to $9 billion in the quarter.';
    expect(aboutOf(text, '$9 billion', '2026-04-28').period).toMatchObject({ start: '2026-01-01', end: '2026-03-31' });
  });
});
