/**
 * Cases from the review of this session's readings: each rule stays within what its comment
 * claims. Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index';

const figures = (text: string, referenceDate = '2025-11-20'): Array<[string, string, unknown, unknown]> =>
  extract(text, { referenceDate }).map((f) => [f.text, f.kind, f.kind === 'money' ? f.amount : f.kind === 'percent' ? f.value : f.start, f.kind === 'money' ? f.amountMax : f.kind === 'percent' ? f.valueMax : f.end]);

describe('review: readings that must not fire', () => {
  it.each([
    // A holding moved by a size to a level, not a forecast range.
    ['The fund plans to raise its stake by 5% to 15%.', [['5%', 'percent', 5, undefined], ['15%', 'percent', 15, undefined]]],
    // A move before the comma: the pair after it is a move too.
    ['Shares rose from $2 to $3, up from $1 to $2 on Monday.', [['$2', 'money', 2, undefined], ['$3', 'money', 3, undefined], ['$1', 'money', 1, undefined], ['$2', 'money', 2, undefined], ['Monday', 'period', '2025-11-17', '2025-11-17']]],
    // "final quarter" before a noun of its own.
    ['The final quarter mile of the track was closed.', []],
    ['He spent the final quarter century of his life abroad.', []],
    // A game's margin.
    ["The Rovers' winning margin grew 12 points this season.", []],
    // A season and a company named Budget keep both calendar years.
    ['The club set a budget of $50 million for the 2025-26 season.', [['$50 million', 'money', 50000000, undefined], ['2025-26', 'period', '2025-01-01', '2026-12-31']]],
    ['Budget Rent a Car sales rose in 2025-26.', [['2025-26', 'period', '2025-01-01', '2026-12-31']]],
  ] as const)('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});
