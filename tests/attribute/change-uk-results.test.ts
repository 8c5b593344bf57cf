/**
 * A level and its change written apart in British and European results (attribute/change.ts): a
 * relative clause after the comma ("revenue of £4.9bn, which was up 9%") and a percentage with a
 * comparative adverb after it ("3.6p per share, 2.9% higher than a year earlier") say how the
 * level before the comma moved. Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('the level before a comma and its change after it', () => {
  it.each([
    ['Carrick Group said operating profit rose 14% to £512m on revenue of £3.9bn, which was up 8% on an organic basis.', '£3.9bn', 'up'],
    ['Sales at Corvane were €2bn, which rose 4%.', '€2bn', 'up'],
    ['Sales at Corvane were €2bn, which fell 4%.', '€2bn', 'down'],
    ['The board of Medway Telecom declared an interim dividend of 2.4p per share, 4.3% higher than a year earlier.', '2.4p', 'up'],
    ['Pre-tax profit at Stenholt was £41m, 6% lower.', '£41m', 'down'],
  ] as const)('%s → %s is %s', (text, figure, direction) => {
    const a = aboutOf(text, figure, '2025-11-13');
    expect(a.direction).toBe(direction);
    expect(a.change?.role).toBe('target');
  });

  it('leaves a relative clause of a measure with no figure before its comma alone', () => {
    const a = aboutOf('Base fees, which rose 2% to A$596 million, should come in lower.', 'A$596 million', '2025-11-13');
    expect(a.change?.role).toBe('target');
    expect(a.direction).toBe('up');
  });
});

describe('a relative clause after a comma that is not the level\'s change', () => {
  it('"a loss of 9 million euros in 2024, which narrowed to 4.5 million euros": the first is no target', () => {
    const a = aboutOf('Carrow made a loss of 9 million euros in 2024, which narrowed to 4.5 million euros in 2025.', '9 million euros', '2026-03-11');
    expect(a.change?.role).not.toBe('target');
    expect(a.direction).toBeUndefined();
  });

  it('"a 5.4% stake in Corvane, which lowered provisions to …": the stake does not move', () => {
    const a = aboutOf('Delta holds a 5.4% stake in Corvane, which lowered provisions to 22 million euros.', '5.4%', '2026-03-11');
    expect(a.direction).toBeUndefined();
  });
});

describe('a level before a comma and a change compared with a period', () => {
  it('"Net income was $106.9 million, 3% below 2024" keeps the year reported for the level', () => {
    const text = 'Bramwell said sales rose 5% to $2.1 billion in 2025. Net income was $106.9 million, 3% below 2024.';
    const a = aboutOf(text, '$106.9 million', '2026-03-11');
    expect([a.period?.start, a.period?.end]).toEqual(['2025-01-01', '2025-12-31']);
  });
});

