/**
 * "the A$26.9 billion projected in December", "data released last month showed": a month after a
 * forecast's participle or a verb of publishing is when it was told, no period of the figures
 * (src/attribute/period.ts `toldWhen`, `releasedAt`). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('when a forecast was made or data came out is no period of the figures', () => {
  it('a forecast\'s participle after the figure', () => {
    const text = 'Wellington expects a deficit of NZ$9.1 billion for the year to June 2026, wider than the NZ$8.4 billion forecast in December.';
    const a = aboutOf(text, 'NZ$8.4 billion', '2025-05-20');
    expect(a.period).toMatchObject({ start: '2025-07-01', end: '2026-06-30' });
  });
  it('a verb of publishing before the month', () => {
    const text = 'Customs receipts in January-September climbed 14.5% from a year earlier, figures published last week showed.';
    const a = aboutOf(text, '14.5%', '2025-10-20');
    expect(a.period).toMatchObject({ start: '2025-01-01', end: '2025-09-30' });
  });
  it('"data released last month" with no other period leaves the figure without one', () => {
    const a = aboutOf('Tax collections rose 9.3%, data released last month showed.', '9.3%', '2025-10-20');
    expect(a.period).toBeUndefined();
  });
  it('a result\'s participle still dates the figure, and so does "issued"', () => {
    expect(aboutOf('It compares with the 4.2 billion pesos reported in March.', '4.2 billion pesos', '2025-10-20').period).toMatchObject({ start: '2025-03-01', end: '2025-03-31' });
    expect(aboutOf('The bills issued in August raised 900 million rand.', '900 million rand', '2025-10-20').period).toMatchObject({ start: '2025-08-01', end: '2025-08-31' });
  });
});
