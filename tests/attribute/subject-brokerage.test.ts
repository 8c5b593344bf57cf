import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// "brokerage Kotak" before a forecast is a firm of analysts; a brokerage that reports its own
// results is the company of the figures.
describe('a brokerage reporting its own results', () => {
  it.each([
    ['Online brokerage Tradeloft Inc reported quarterly revenue of $910 million.', '$910 million', 'Tradeloft Inc'],
    ['Discount brokerage Penbrook Securities posted net income of $75 million for the quarter.', '$75 million', 'Penbrook Securities'],
  ] as const)('%s → %s belongs to %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });

  it('keeps a brokerage that forecasts another company\'s figure a source', () => {
    const about = aboutOf('Halvard Foods reported a strong quarter. Brokerage Ostrava Capital expects revenue of $2.1 billion next year.', '$2.1 billion');
    expect(about.subject?.name).toBe('Halvard Foods');
  });
});
