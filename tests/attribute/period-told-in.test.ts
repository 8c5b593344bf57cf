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

describe('"estimated in June", "projected in January": when it was told, past the figure too', () => {
  it('a month after the figure in a clause of telling', () => {
    const text = 'The state deficit for fiscal 2025, which ends on June 30, should reach $4.2 billion, the legislative budget office estimated in March.';
    const a = aboutOf(text, '$4.2 billion', '2025-04-10');
    expect(a.period).toMatchObject({ start: '2024-07-01', end: '2025-06-30' });
  });
  it('a month after a comparison with what was projected', () => {
    const text = 'The OECD sees Canada growing 1.2% in 2026, 0.4 percentage point less than it projected in September.';
    const a = aboutOf(text, '0.4 percentage point', '2025-12-02');
    expect(a.period).toMatchObject({ start: '2026-01-01', end: '2026-12-31' });
  });
  it('a participle right after a figure dates the figure', () => {
    const text = 'Year on year, the index was down 1.1% in March, little changed from the 1.3% decline posted in February.';
    const a = aboutOf(text, '1.3%', '2025-04-20');
    expect(a.period).toMatchObject({ start: '2025-02-01', end: '2025-02-28' });
  });
  it('nor is it carried to the next sentence', () => {
    const text = 'The OECD sees Canada growing 1.2% this year, less than it projected in September. Mexican growth was cut by 0.3 percentage point to 0.9%.';
    const a = aboutOf(text, '0.9%', '2025-12-02');
    expect(a.period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
  });
});

describe('"its April forecast": a month dating a forecast is no period of the figures (datesForecast)', () => {
  const results = 'For the year ended June 30, Brenmoor Health said core profit rose 8% to $640 million, slightly above its April forecast. Net profit was $410 million.';
  it.each([
    // In the figure's clause, after a determiner.
    [results, '$640 million', '2025-08-20', '2024-07-01', '2025-06-30'],
    // Nor carried to the next sentence.
    [results, '$410 million', '2025-08-20', '2024-07-01', '2025-06-30'],
    // After a possessive name.
    ["In the second quarter, Oakhurst Labs said orders rose 6% to 2.3 billion euros, ahead of the company's May estimate of 2.2 billion euros.", '2.3 billion euros', '2025-07-30', '2025-04-01', '2025-06-30'],
    // A year so written is the year forecast.
    ['Halvern Pharma raised its 2025 forecast for adjusted profit to $1.1 billion.', '$1.1 billion', '2025-08-20', '2025-01-01', '2025-12-31'],
  ])('%s → %s', (text, figure, ref, start, end) => {
    expect(aboutOf(text, figure, ref).period).toMatchObject({ start, end });
  });
});
