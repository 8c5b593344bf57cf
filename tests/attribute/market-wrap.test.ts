import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// Daily market reports: sentences written for these tests.
describe('verbs of a market value lost and of a yield curve', () => {
  it.each([
    ['Brookfield Tiles slumped 9%, knocking about £310 million off its market value.', '£310 million', 'down'],
    ['Shares of Orvane sank 11%, erasing roughly $2.4 billion from its market capitalisation.', '$2.4 billion', 'down'],
    ['Long-dated yields rose faster, which steepened the gap between two- and 30-year yields to 71 basis points.', '71 basis points', 'up'],
    ['The curve flattened 3 basis points as short-dated yields rose.', '3 basis points', 'down'],
  ] as const)('%s → %s %s', (text, figure, direction) => {
    expect(aboutOf(text, figure, '2026-02-12').direction).toBe(direction);
  });
});
