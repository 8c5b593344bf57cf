/**
 * "over" and a comparison period after a change names its base, as "on" does: "an increase of
 * 90 basis points over the prior-year quarter" is this quarter's change (src/attribute/period.ts,
 * findPeriod rule 1). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

const T = 'Norvale reported third-quarter 2026 net sales of $1.84 billion. Adjusted operating margin was 17.4%, an increase of 90 basis points over the prior-year quarter.';

describe('a comparison period after "over" is the base of the change', () => {
  it.each([['90 basis points'], ['17.4%']] as const)('%s is for the third quarter of 2026', (figure) => {
    expect(aboutOf(T, figure, '2026-10-29').period).toMatchObject({ start: '2026-07-01', end: '2026-09-30' });
  });

  it('a period after "over" that is no comparison is still the figure\'s own', () => {
    // (Negative: "over the quarter" is the span the change happened in.)
    expect(aboutOf('Norvale shares rose 12% over the third quarter of 2026.', '12%', '2026-10-29').period).toMatchObject({ start: '2026-07-01', end: '2026-09-30' });
  });
});
