/**
 * Levels and expectations around a change in farm and food stories: a level touched after the
 * move, the average analyst estimate, a change across a ", which …," clause (attribute/tokens.ts,
 * change.ts). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('"after touching a record …" is a level of the price that moved', () => {
  it('its measure, owner and trading day', () => {
    const text = 'NEW YORK, Feb 10 (Reuters) - Cocoa futures jumped on Monday. The May cocoa contract on ICE Futures U.S. rose $310, or 3.1%, to $10,280 a ton, after touching a record $10,450 earlier in the session.';
    const a = aboutOf(text, '$10,450', '2025-02-10');
    expect(a.metric?.category).toBe('price');
    expect(a.subject?.name).toBe('cocoa');
    expect(a.period?.start).toBe('2025-02-10');
  });
});

describe('"the 85-cent average analyst estimate" is the result it is set against', () => {
  it('its measure and period', () => {
    const text = 'Harlow Grain reported second-quarter adjusted earnings per share of 91 cents, ahead of the 84-cent average analyst estimate.';
    const a = aboutOf(text, '84-cent', '2025-07-30');
    expect(a.metric?.category).toBe('eps');
    expect(a.period?.start).toBe('2025-04-01');
    expect(a.period?.end).toBe('2025-06-30');
  });
});

describe('a change goes on past a ", which …," clause', () => {
  it.each([
    ['The co-op lifted its earnings guidance for the 2026 financial year, which ends July 31, to 55-65 cents per share from 45-55 cents.', '55-65 cents', 'eps', 'up', 'target'],
    ['The co-op lifted its earnings guidance for the 2026 financial year, which ends July 31, to 55-65 cents per share from 45-55 cents.', '45-55 cents', 'eps', undefined, 'base'],
  ] as const)('%s → %s', (text, figure, metric, direction, role) => {
    const a = aboutOf(text, figure, '2026-05-20');
    expect(a.metric?.category).toBe(metric);
    expect(a.direction).toBe(direction);
    expect(a.change?.role).toBe(role);
  });
  it('not past the comma after the ", which …" clause\'s verb phrase', () => {
    const text = 'Its hotels arm, which runs 40 hotels, saw the sharpest rise in operating income, to 454 mln dlrs, from 297 mln dlrs a year ago.';
    const a = aboutOf(text, '454 mln dlrs', '1987-03-03');
    expect(a.metric?.category).toBe('profit');
    expect(a.direction).toBe('up');
  });
});
