/**
 * A month or day right after a verb of telling and "in" ("forecast in August") is when a
 * forecast was told, not the period of the figures after it (src/attribute/period.ts `toldIn`).
 * Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('"forecast in August" is no period of the figures after it', () => {
  it('takes the year the forecast is for', () => {
    const text = 'Kestrel Games now expects operating profit of ¥410 billion in the year ending March 31, 2026, up from ¥350 billion forecast in August, and net sales of ¥2.4 trillion.';
    const a = aboutOf(text, '¥2.4 trillion', '2025-11-05');
    expect(a.metric?.category).toBe('revenue');
    expect(a.period).toMatchObject({ start: '2025-04-01', end: '2026-03-31' });
  });
  it('keeps a month that is the figure\'s own', () => {
    const a = aboutOf('Sales in August rose 4% and net sales reached ¥200 billion.', '¥200 billion', '2025-11-05');
    expect(a.period).toMatchObject({ start: '2025-08-01', end: '2025-08-31' });
  });
});
