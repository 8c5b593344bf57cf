import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// Sentences written for these tests.
describe('"more than" / "less than" right after a verb of change hedges the figure: still its amount or target', () => {
  it.each([
    ["Tolvane's shares gained more than 30% in the session.", '30%', 'price', 'up', 'amount'],
    ['Brisk Ltd stock slid less than 1% after the bid.', '1%', 'price', 'down', 'amount'],
    ['Order intake rose by more than 12% in the half.', '12%', undefined, 'up', 'amount'],
    ['Quarlo said its revenue would climb to more than $4 billion from $3.2 billion.', '$4 billion', 'revenue', 'up', 'target'],
  ] as const)('%s → %s', (text, figure, category, direction, role) => {
    const about = aboutOf(text, figure);
    if (category) expect(about.metric.category).toBe(category);
    expect(about.direction).toBe(direction);
    expect(about.change?.role).toBe(role);
  });
  it('"10% more than a year ago" is still a comparison cue', () => {
    expect(aboutOf('Bookings were 10% more than a year ago.', '10%').direction).toBe('up');
  });
});

describe('", up from" a base written after its owner', () => {
  it.each([
    ['Harrow Group will pay a dividend of 64p for 2026, up from its 58p for 2025.', '58p'],
    ["The merged group will pay a dividend of €1.90 a share, up from Velm's €1.60.", '€1.60'],
    // (Past a hedge too: "up from about 58p".)
    ['Harrow Group will pay a dividend of 64p for 2026, up from about 58p for 2025.', '58p'],
  ] as const)('%s → %s is the base', (text, base) => {
    const about = aboutOf(text, base);
    expect(about.change?.role).toBe('base');
    expect(about.metric.category).toBe('dividend');
  });
});

// "pushed the average price down 7% to about 286,000 yuan": the level after "to" past a hedge.
describe('"down 7% to about …": the level reached past a hedge', () => {
  it.each([
    ["A price war pushed the average selling price of Tessaro's cars down 7% to about 286,000 yuan.", '286,000 yuan', 'price', 'down'],
    ['Shares of Hexa Steel were up 3% at about 410 rupees.', '410 rupees', 'price', 'up'],
  ] as const)('%s → %s', (text, figure, category, direction) => {
    const about = aboutOf(text, figure, '2026-01-03');
    expect(about.metric.category).toBe(category);
    expect(about.direction).toBe(direction);
    expect(about.change?.role).toBe('target');
  });
});
