/**
 * A company's board names no one: "The Board declared a dividend" is the company's, and in "the
 * Board of Directors of Quillon Payments approved" the company is what the sentence is about
 * (src/attribute/entities.ts, companyBoard; src/attribute/subject.ts, isPrepositionBefore).
 * Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a company\'s board is not the owner of its figures', () => {
  it.each([
    ['Harbor & Pine Outfitters, Inc. reported a net loss for the quarter. The Board declared a quarterly cash dividend of $0.05 per share.', '$0.05', 'Harbor & Pine Outfitters'],
    ['On July 28, 2026, the Board of Directors of Quillon Payments Inc. approved a share repurchase program of up to $2.0 billion. The company repurchased 3.1 million shares for $442.0 million.', '$442.0 million', 'Quillon Payments Inc'],
    ['The board of Velmont Foods raised its quarterly dividend to 28 cents a share.', '28 cents', 'Velmont Foods'],
    // (Negative: a public body named "Board" keeps its name.)
    ['The Federal Reserve Board said banks held $3.2 trillion in reserves.', '$3.2 trillion', 'Federal Reserve Board'],
  ] as const)('%s → %s is %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2026-07-30').subject?.name).toBe(subject);
  });
});
