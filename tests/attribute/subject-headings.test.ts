/**
 * A filing's section heading names no one ("Management's Discussion and Analysis"): the company
 * before it is the topic (attribute/entities.ts, lexicon/headings.ts). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('section headings of filings own nothing', () => {
  it.each([
    ["Tarrant Foods Inc - Management's Discussion and Analysis\n\nNet sales rose 4% to $610 million in the third quarter.", '$610 million', 'Tarrant Foods Inc'],
    ['Tarrant Foods Inc - Discussion and Analysis\n\nNet sales rose 4% to $610 million in the third quarter.', '4%', 'Tarrant Foods Inc'],
  ] as const)('%s → %s', (text, figure, owner) => {
    expect(aboutOf(text, figure, '2025-11-04').subject?.name).toBe(owner);
  });
});
