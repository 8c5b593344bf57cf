import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// A week later in the clause dates the purchase, sale or flow the amount is of, told in the past.
describe('a week dates the transaction of the amount before it', () => {
  it.each([
    ['Halden Capital bought $41.5 million of bitcoin last week.', '$41.5 million', '2023-05-22', '2023-05-28'],
    ['Retail investors pulled $2.4 billion from bond funds this week, figures showed.', '$2.4 billion', '2023-05-29', '2023-06-04'],
    ['The group sold $300 million of notes the previous week.', '$300 million', '2023-05-22', '2023-05-28'],
  ])('%s → %s', (text, figure, start, end) => {
    expect(aboutOf(text, figure).period).toMatchObject({ start, end });
  });

  it.each([
    // Told last week: the week is when it was said.
    ['Halden Capital bought $41.5 million of bitcoin, it said last week.', '$41.5 million'],
    ['Halden Capital paid $3 million in fees and announced a merger last week.', '$3 million'],
    // No verb of a transaction before the amount.
    ['Halden Capital has $41.5 million of bitcoin and expects more last week.', '$41.5 million'],
    // Too far: more than the object's few words between.
    ['Halden Capital bought $41.5 million of bitcoin from a fund that it had held for years last week.', '$41.5 million'],
  ])('not: %s', (text, figure) => {
    expect(aboutOf(text, figure).period).toBeUndefined();
  });
});
