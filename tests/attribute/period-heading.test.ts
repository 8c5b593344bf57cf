/**
 * A one-line heading ending in a colon ("Fourth-quarter results:") heads the list after it,
 * past a blank line (src/attribute/index.ts, sameParagraph). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

const TEXT = `Talmore Devices cut its outlook on Thursday.

Third-quarter results:

Revenue: $5.1 billion, up 4%
Operating loss: $310 million`;

describe('a heading with a colon gives its period to the list after it', () => {
  it.each([['$5.1 billion'], ['4%'], ['$310 million']])('%s is the third quarter\'s', (figure) => {
    expect(aboutOf(TEXT, figure, '2025-10-30').period).toMatchObject({ start: '2025-07-01', end: '2025-09-30' });
  });

  it('a paragraph that is no heading still ends at a blank line', () => {
    const text = 'Talmore Devices opened a plant in March.\n\nRevenue: $5.1 billion, up 4%';
    expect(aboutOf(text, '$5.1 billion', '2025-10-30').period).toBeUndefined();
  });

  it('a lead naming the quarter of a result gives it to the figures after, past a blank line', () => {
    // (attribute/index.ts: the period a lead reports, with or without a figure of its own.)
    const text = 'Talmore Devices said third-quarter sales rose.\n\nRevenue: $5.1 billion, up 4%';
    expect(aboutOf(text, '$5.1 billion', '2025-10-30').period).toMatchObject({ start: '2025-07-01', end: '2025-09-30' });
  });
});
