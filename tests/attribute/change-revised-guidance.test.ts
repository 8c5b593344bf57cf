/**
 * A revised forecast and the estimate it replaces (attribute/change.ts): ", up from"/", down
 * from" reaches its base past the words naming that estimate ("its previous guidance of about",
 * "a previous range of"), so the new forecast is the target of a move. Sentences written for
 * this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a forecast revised from an earlier estimate moves from it', () => {
  it.each([
    ['Corvel now expects operating profit of €1.9bn to €2.1bn for 2026, down from a previous range of €2.3bn to €2.6bn.', '€1.9bn to €2.1bn', 'down', '€2.3bn to €2.6bn'],
    ['Glenmoor expects revenue of more than £4bn this year, up from its previous guidance of about £3.8bn.', '£4bn', 'up', '£3.8bn'],
    ['The lender sees net interest income of $11.2 billion, up from its earlier forecast of $10.9 billion.', '$11.2 billion', 'up', '$10.9 billion'],
    ["Halsey now targets margins of 14.5%, down from the original target of 16%.", '14.5%', 'down', '16%'],
  ] as const)('%s', (text, target, direction, base) => {
    const t = aboutOf(text, target, '2026-06-01');
    expect(t.direction).toBe(direction);
    expect(t.change?.role).toBe('target');
    const b = aboutOf(text, base, '2026-06-01');
    expect(b.change?.role).toBe('base');
    expect(b.direction).toBeUndefined();
  });

  it('the base named as the earlier range keeps the period of the forecast it revises', () => {
    const text = 'Corvel now expects operating profit of €1.9bn to €2.1bn for 2026, down from a previous range of €2.3bn to €2.6bn.';
    const b = aboutOf(text, '€2.3bn to €2.6bn', '2026-06-01');
    expect([b.period?.start, b.period?.end]).toEqual(['2026-01-01', '2026-12-31']);
  });

  it('a noun that names no estimate is left alone: "down from a year of strong sales" has no base', () => {
    const a = aboutOf('Vantor expects sales of £2bn in 2026, down from a record, and £300m of profit.', '£2bn', '2026-06-01');
    expect(a.change).toBeUndefined();
  });
});
