/**
 * Subjects in the wire's briefs (src/attribute/subject.ts, index.ts): a name after a count of
 * shares describes the shares, so the holder owns the stake; a known region after a town the
 * lexicon does not know, between commas after "based in", says where the town is. Sentences
 * written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

const REF = '1987-04-06';

describe('subjects of the wire', () => {
  it.each([
    ['Hollins Partners said it already holds 842,000 Dunmore shares, or 7.6 pct of those outstanding.', '7.6 pct', 'Hollins Partners'],
    ['Varro Industries said it bought 310,000 Keswick shares, or 5.2 pct of the total.', '5.2 pct', 'Varro Industries'],
    ['Ashgrove, based in Dayton, Ohio, had 1986 sales of 96 mln dlrs.', '96 mln dlrs', 'Ashgrove'],
  ])('%s: %s is %s\'s', (text, figure, name) => {
    expect(aboutOf(text, figure, REF).subject?.name).toBe(name);
  });
});
