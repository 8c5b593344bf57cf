/**
 * Companies named after their country's adjective (entities.ts, lexicon/company-parts.ts
 * NATIONAL_NAME_TAILS): the nationality is the name's first word before the company's second
 * word, and still only a description before a common noun or another name. Sentences written
 * for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('"American Airlines", "Korean Air": a nationality before a company\'s second word opens its name', () => {
  it.each([
    ['American Airlines said revenue rose 4% to $13.7 billion in the third quarter.', '$13.7 billion', 'American Airlines'],
    ['American Express reported net income of $2.9 billion for the quarter.', '$2.9 billion', 'American Express'],
    ['Korean Air posted an operating profit of 1.5 trillion won in 2024.', '1.5 trillion won', 'Korean Air'],
    ['Shares of American Airlines fell 3% after the carrier cut its forecast.', '3%', 'American Airlines'],
    ["American Airlines' revenue rose 4% in the quarter.", '4%', 'American Airlines'],
    // The second word stays the name's in the middle of a sentence, after "also" and the like.
    ['The card issuer gained. American Express also raised its dividend to 82 cents a share.', '82 cents', 'American Express'],
    ['Canadian Pacific Railway is separate. Indian Oil said profit fell 12% to Rs 8,000 crore.', '12%', 'Indian Oil'],
  ] as const)('%s → %s belongs to %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2025-11-01').subject?.name).toBe(subject);
  });

  it.each([
    // A common noun after the nationality: it describes the company named after it.
    ['German carmaker Volkswagen said sales fell 3% in the quarter.', '3%', 'Volkswagen'],
    // A title: the person's country.
    ['German Chancellor Olaf Scholz said growth would be 0.3% in 2024.', '0.3%', 'Germany'],
    ['The American economy grew 2% in 2024.', '2%', 'United States'],
  ] as const)('%s → %s belongs to %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2025-11-01').subject?.name).toBe(subject);
  });
});
