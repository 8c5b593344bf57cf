import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// "Net income was $X, or $Y per share, up from $Z, or $W per share": the whole amount the
// per-share level restates reached the same level, and the base keeps the whole amount's metric.
describe('a level and its per-share restatement before ", up from"', () => {
  const text = 'Tessam Corp reported on Tuesday. Net income was $812 million, or $1.41 per share, up from $640 million, or $1.10 per share, a year earlier.';
  it.each([
    ['$812 million', 'profit', 'up'],
    ['$1.41', 'eps', 'up'],
    ['$640 million', 'profit', undefined],
    ['$1.10', 'eps', undefined],
  ] as const)('%s is %s, direction %s', (figure, metric, direction) => {
    const a = aboutOf(text, figure);
    expect(a.metric?.category).toBe(metric);
    expect(a.direction).toBe(direction);
  });

  it('gives a whole amount no price from a per-share figure with no profit cue', () => {
    const t = 'Holm Co reported third quarter net of 5.2 mln dlrs, or 48 cts a share, up from 3.9 mln dlrs, or 36 cts a share.';
    const a = aboutOf(t, '5.2 mln dlrs', '1987-01-15');
    expect(a.direction).toBe('up');
    expect(a.metric?.category).not.toBe('price');
  });
});

describe('savings of an amount are costs cut', () => {
  it.each([
    ['The drugmaker is aiming for savings of $1.2 billion a year by 2027.', '$1.2 billion'],
    ['It expects annual savings of 300 million euros from the plan.', '300 million euros'],
  ] as const)('%s', (text, figure) => {
    expect(aboutOf(text, figure).metric?.category).toBe('cost');
  });
});
