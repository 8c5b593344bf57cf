/**
 * "so far in 2026", "2026 so far", "2026 to date": a year written with "so far" or "to date" is
 * that year to the reference date, or the whole year when the reference date is outside it.
 * Sentences written for the project.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index';

const periodOf = (text: string, referenceDate: string) => {
  const p = extract(text, { referenceDate }).filter((f) => f.kind === 'period');
  expect(p).toHaveLength(1);
  const f = p[0]!;
  if (f.kind !== 'period') throw new Error('not a period');
  return { text: f.text, start: String(f.start).slice(0, 10), end: String(f.end).slice(0, 10), span: text.slice(f.span.start, f.span.end) };
};

describe('a year to date', () => {
  it.each([
    ['Two-year yields are down 18 basis points so far in 2026.', '2026-04-20', 'so far in 2026', '2026-01-01', '2026-04-20'],
    ['The lira has lost 9% in 2025 so far.', '2025-08-04', '2025 so far', '2025-01-01', '2025-08-04'],
    ['Inflows for 2024 to date reached $3 billion.', '2024-05-31', '2024 to date', '2024-01-01', '2024-05-31'],
    // The reference date outside the year: the whole year.
    ['The fund returned 4% so far in 2023, its manager wrote.', '2026-02-01', 'so far in 2023', '2023-01-01', '2023-12-31'],
  ] as const)('%s', (text, ref, span, start, end) => {
    const p = periodOf(text, ref);
    expect(p.span).toBe(span);
    expect(p.text).toBe(span);
    expect([p.start, p.end]).toEqual([start, end]);
  });

  it('a plain year stays the whole year', () => {
    const p = periodOf('Yields rose 30 basis points in 2026.', '2026-04-20');
    expect([p.text, p.start, p.end]).toEqual(['2026', '2026-01-01', '2026-12-31']);
  });
});
