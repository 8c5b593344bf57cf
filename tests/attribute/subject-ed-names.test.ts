/**
 * A name whose first word ends in "-ed", or a name before an "-ed" verb (entities.ts isNameWord, words.ts isKnownVerb): no
 * lexicon lists the word as a verb, so at a sentence's start before a capitalised name word it
 * opens the name rather than being read as a verb in the past. Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('"Lockheed Martin", "Allied Signal": an "-ed" word no lexicon lists as a verb opens a name', () => {
  it.each([
    ['Lockheed Martin took $1.6 billion of charges on two programmes.', '$1.6 billion', 'Lockheed Martin'],
    ['Allied Harbour reported a 9% rise in premiums to £480 million.', '9%', 'Allied Harbour'],
    ['Federated Savings declared a quarterly dividend of 21 cents a share.', '21 cents', 'Federated Savings'],
  ] as const)('%s → %s belongs to %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2025-11-01').subject?.name).toBe(subject);
  });

  it.each([
    // A compound adjective in "-ed" describes the name after it; it is not part of it.
    ['Denver-based Quarrow Mining earned $41 million in the quarter.', '$41 million', 'Quarrow Mining'],
  ] as const)('%s → %s belongs to %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2025-11-01').subject?.name).toBe(subject);
  });
});

describe('"Paylark processed $1.4 trillion": an "-ed" adjective of the lexicon is a verb before an amount', () => {
  it.each([
    ['Paylark processed $1.4 trillion in total payment volume in 2024.', '$1.4 trillion', 'Paylark'],
    ['Paylark processed $1.4 trillion in total payment volume in 2024, up 38%.', '38%', 'Paylark'],
  ] as const)('%s → %s belongs to %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2025-11-01').subject?.name).toBe(subject);
  });

  it('an unknown word before such an adjective and a noun still describes the noun', () => {
    expect(aboutOf('Processed food prices rose 3% in May.', '3%', '2025-11-01').subject).toBeUndefined();
  });
});
