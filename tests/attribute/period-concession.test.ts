/**
 * A period in a clause of contrast (", although …", ", though …") is an aside: the sentences after
 * go on with the period the text reports for (attribute/period.ts, index.ts). Sentences written
 * for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a period written only in a clause of contrast is not carried on', () => {
  it('the year the results are for carries past it', () => {
    const text = 'Wattle Bank said cash profit for the year to September 30 fell 2% to A$4.1 billion.\n\n'
      + 'Its net interest margin narrowed 4 basis points to 1.78%, although the margin in the second half was steady at 1.80%. Revenue rose 1% to A$12.6 billion.';
    expect(aboutOf(text, 'A$12.6 billion', '2023-11-06').period).toMatchObject({ start: '2022-10-01', end: '2023-09-30' });
    // (the figure in the clause keeps its own half)
    expect(aboutOf(text, '1.80%', '2023-11-06').period).toMatchObject({ start: '2023-04-01', end: '2023-09-30' });
  });

  it('a period in the main clause still carries', () => {
    const text = 'Wattle Bank said profit fell 2% in the year.\n\nIts margin in the second half was steady at 1.80%. Revenue rose 1% to A$6.3 billion.';
    expect(aboutOf(text, 'A$6.3 billion', '2023-11-06').period).toMatchObject({ start: '2023-07-01', end: '2023-12-31' });
  });
});
