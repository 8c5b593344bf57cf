/**
 * "compared to", the filings' usual wording, compares as "compared with" does: the period after
 * it is the base's, not what the next sentence is about; and a comparison period written before
 * the compared amount's measure dates that amount (src/attribute/period.ts, comparisonWordAt,
 * namesComparedMeasure). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

const T = 'Total revenue for the first quarter of fiscal 2027 was $612.4 million, an increase of 10.5%, compared to the first quarter of fiscal 2026. Subscription revenue grew 14%. Research and development expenses were $141.0 million, compared to $130.2 million in the prior-year period. Loss from operations was $(12.7) million.';

describe('a period after "compared to" is not carried to the sentences after it', () => {
  it.each([
    ['14%', '2026-07-01', '2026-09-30'],
    ['$141.0 million', '2026-07-01', '2026-09-30'],
    ['$(12.7) million', '2026-07-01', '2026-09-30'],
    // (The compared amount keeps its own period.)
    ['$130.2 million', '2025-07-01', '2025-09-30'],
  ] as const)('%s is for %s..%s', (figure, start, end) => {
    expect(aboutOf("Kestrel's fiscal year ends on June 30. " + T, figure, '2026-11-05').period).toMatchObject({ start, end });
  });
});

describe('a comparison period before the compared amount\'s measure dates that amount', () => {
  it.each([
    ['Velmont earned $42 million in 2025, compared to a 2024 loss of $18 million or 31 cents a share.', '$18 million', '2024-01-01'],
    ['Velmont earned $42 million in 2025, compared to a 2024 loss of $18 million or 31 cents a share.', '31 cents', '2024-01-01'],
    ['Velmont earned $42 million in 2025, compared with 2024 net income of $30 million.', '$30 million', '2024-01-01'],
    // (Negative: the amount of the sentence's own period is not moved.)
    ['Velmont earned $42 million in 2025, compared with 2024 net income of $30 million.', '$42 million', '2025-01-01'],
    // (Negative: "to" without "compared" is no comparison.)
    ['Sales rose to $90 million in 2025. Margins widened 40 basis points.', '40 basis points', '2025-01-01'],
  ] as const)('%s → %s starts %s', (text, figure, start) => {
    expect(aboutOf(text, figure, '2026-03-01').period?.start).toBe(start);
  });
});
