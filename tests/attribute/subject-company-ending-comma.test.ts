/**
 * A capitalised common word right before a company ending after a comma is the name's last
 * word, even when the text also writes the name's first word alone: "Pinemark Stores, Inc. …
 * Pinemark plans" (src/attribute/entities.ts, commaSuffixAt). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('"<Name> <Common word>, Inc." is one name', () => {
  it.each([
    ['Pinemark Stores, Inc. reported net sales of $3.21 billion for the fourth quarter. Pinemark plans to open 45 new stores.', '$3.21 billion', 'Pinemark Stores'],
    ['Tessaly Brands, LLC posted revenue of $88 million in 2025. Tessaly expects growth in 2026.', '$88 million', 'Tessaly Brands'],
    // (Negative: with no company ending after the comma, the word is not joined to the name.)
    ['Revenue at Pinemark rose 4% to $3.21 billion. Stores, however, saw fewer visits.', '$3.21 billion', 'Pinemark'],
  ] as const)('%s → %s is %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2026-03-10').subject?.name).toBe(subject);
  });
});
