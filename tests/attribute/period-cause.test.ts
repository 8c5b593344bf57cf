import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// A period in a clause of cause after the figure (", helped by price rises in July") dates the
// cause; when the sentence names a period before the figure, that one is the figure's.
describe('a period in a ", helped by …" clause is the cause\'s', () => {
  it.each([
    ['Corlan reported a 31% rise in net profit for the second quarter, to $490 million, helped by price rises introduced in July.', '$490 million', '2026-04-01', '2026-06-30'],
    ['First-quarter sales at Mirren rose 8% to $1.2 billion, reflecting a deal closed in December.', '$1.2 billion', '2026-01-01', '2026-03-31'],
  ] as const)('%s → %s', (text, figure, start, end) => {
    const p = aboutOf(text, figure, '2026-10-29').period;
    expect([p?.start, p?.end]).toEqual([start, end]);
  });

  it('with no period before the figure, the one in the cause clause still dates it', () => {
    const p = aboutOf('Pellan expects a 1% rise in income, led by a strong gain in wages in September.', '1%', '2026-10-29').period;
    expect([p?.start, p?.end]).toEqual(['2026-09-01', '2026-09-30']);
  });
});
