/**
 * "the full year to 31 March" written without its year (src/recognise/period/months-ended.ts,
 * src/resolve/period/resolve.ts, yearHoldingLatest): the year that holds the part of it the story
 * reported before, once that part has ended; else the latest year to that day. Sentences written
 * for this project.
 */
import { describe, expect, it } from 'vitest';
import { brief, periods } from './helpers';

const yearTo = (text: string, ref: string): [string, string | undefined, string | undefined, string] | undefined =>
  periods(text, ref).map(brief).find((p) => p[0].startsWith('year to'));

describe('"the full year to <day>" after a part of that year', () => {
  it.each([
    ['Halden Water reported profit for the six months to 30 September. It reiterated guidance for the full year to 31 March.', '2024-11-14', '2024-04-01', '2025-03-31'],
    ['Profit for the half to 31 December rose 4%. The group kept its outlook for the full year to 30 June.', '2025-02-20', '2024-07-01', '2025-06-30'],
    // Nothing reported before it: the latest year to that day.
    ['Halden Water reported operating profit of £812m for the full year to 31 March.', '2024-05-20', '2023-04-01', '2024-03-31'],
    // A part still running names no year of its own: the year just reported.
    ['In the first quarter trading was steady. Halden Water reported operating profit of £812m for the full year to 31 March.', '2024-05-20', '2023-04-01', '2024-03-31'],
    // Without "full", as before: the latest.
    ['Halden Water reported profit for the six months to 30 September. In the year to 31 March it had earned £800m.', '2024-11-14', '2023-04-01', '2024-03-31'],
  ] as const)('%s (%s)', (text, ref, start, end) => {
    const p = yearTo(text, ref);
    expect(p?.[1]).toBe(start);
    expect(p?.[2]).toBe(end);
  });

  it('a year written keeps its year', () => {
    const p = yearTo('Halden Water reported profit for the six months to 30 September. It expects more in the full year to 31 March 2024.', '2024-11-14');
    expect([p?.[1], p?.[2]]).toEqual(['2023-04-01', '2024-03-31']);
  });
});
