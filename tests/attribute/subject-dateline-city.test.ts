/**
 * A dateline whose place is two words in capitals ("MEXICO CITY, Nov 20 -", "KUWAIT CITY -")
 * owns nothing, like one of a single word (attribute/subject.ts, isDateline). Sentences
 * written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a two-word dateline is no subject', () => {
  it.each([
    ['MEXICO CITY, Nov 20 (Reuters) - Core inflation eased to 4.2% in October, statistics agency INEGI said.', '4.2%', 'Mexico'],
    ['KUWAIT CITY, May 3 - Gulf Harbour Bank said net profit rose 9% in the first quarter.', '9%', 'Gulf Harbour Bank'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2025-11-20').subject?.name).toBe(subject);
  });
});
