/**
 * A second amount after "and", past what the first went on or where, measures the same as the
 * first (attribute/clause.ts listedPastObject). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('an amount listed after another past the words of what it went on', () => {
  it.each([
    ['Corvane Biotech spent $42 million on trials and $18 million on manufacturing last year.', '$18 million', 'cost'],
    ['The studio spent $180m on production and another $60m on marketing.', '$60m', 'cost'],
    ['Halbrook Energy invested €300 million in Norway and a further €120 million in Denmark.', '€120 million', 'deal-value'],
    ['Tessaly Foods will spend £25m on new lines and an additional £10m for its depot in Leeds.', '£10m', 'cost'],
    ['Revenue was $4.1bn in the Americas and $2.2bn in Asia.', '$2.2bn', 'revenue'],
  ] as const)('%s → %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric.category).toBe(metric);
  });

  it.each([
    // a clause of its own between: the second amount is read by its own words
    ['Corvane spent $42 million on trials and was fined $3 million by the regulator.', '$3 million', 'fine'],
    // words of its own before the second amount win
    ['Corvane spent $42 million on trials and earned revenue of $90 million.', '$90 million', 'revenue'],
  ] as const)('keeps a second amount\'s own reading: %s → %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric.category).toBe(metric);
  });
});

describe('a percentage listed after a move past where it was', () => {
  it.each([
    ['Barrow Retail said like-for-like sales rose 4% in Scotland and 2% in Wales.', '2%', 'revenue', 'up'],
    ['Kestrel Chemicals cut costs by 6% in Europe and 3% in Asia.', '3%', 'cost', 'down'],
    ['House prices fell 1.5% in Manchester and 0.8% in the rest of the region.', '0.8%', 'price', 'down'],
  ] as const)('%s → %s', (text, figure, metric, direction) => {
    const about = aboutOf(text, figure);
    expect(about.metric.category).toBe(metric);
    expect(about.direction).toBe(direction);
  });

  it('does not give the listed figure the place the first one was in', () => {
    expect(aboutOf('Like-for-like sales rose 4% in Scotland and 2% in Wales.', '2%').subject?.name).toBeUndefined();
    expect(aboutOf('Halbrook Energy invested €300 million in Norway and a further €120 million in Denmark.', '€120 million').subject?.name).toBe('Halbrook Energy');
  });
});
