/**
 * A measure that is better lower and "improved" past a description set off by commas
 * (attribute/change.ts). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('"improved" after a description of a measure that is better lower', () => {
  it.each([
    ['The combined ratio, a gauge of underwriting profit where a figure below 100% means a profit, improved by 2.1 percentage points to 93.4%.', '2.1 percentage points', 'down'],
    ['The combined ratio, a gauge of underwriting profit where a figure below 100% means a profit, improved by 2.1 percentage points to 93.4%.', '93.4%', 'down'],
    ["Kestrel Bank's cost-income ratio, the lender's main efficiency gauge, improved to 48.2%.", '48.2%', 'down'],
    // (A relative clause set off by commas too: ", which excludes …,".)
    ['The underlying combined ratio, which leaves out storms and reserve releases, improved by 0.8 points to 91.2%.', '91.2%', 'down'],
  ] as const)('%s → %s is %s', (text, figure, direction) => {
    expect(aboutOf(text, figure).direction).toBe(direction);
  });

  it('a measure better higher still improves upwards past its description', () => {
    expect(aboutOf('Operating margin, a closely watched gauge, improved by 1.5 percentage points to 12.4%.', '12.4%').direction).toBe('up');
  });
});

// A railroad's operating ratio and a bank's efficiency ratio are better lower too.
describe('"improved" or "worsened" of an operating or efficiency ratio', () => {
  it.each([
    ['Ashby Rail said its operating ratio improved 80 basis points to 63.1% in the quarter.', '80 basis points', 'down'],
    ['Ashby Rail said its operating ratio improved 80 basis points to 63.1% in the quarter.', '63.1%', 'down'],
    ['The efficiency ratio at Corran Bank improved 2 points to 58%.', '58%', 'down'],
  ] as const)('%s → %s is %s', (text, figure, direction) => {
    expect(aboutOf(text, figure, '2026-01-23').direction).toBe(direction);
  });
});
