/**
 * A national statistics agency named as such counts its own country's figures, wherever the
 * text names the country (lexicon/sources.ts STATISTICS_AGENCIES, attribute/index.ts).
 * Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('figures a statistics agency reports are its country\'s', () => {
  it.each([
    ['SAO PAULO - Banco Paulista said profit rose 4%. Consumer prices rose 0.4% in October, statistics agency IBGE said.', '0.4%', 'Brazil'],
    ['Annual inflation slowed to 3.6% in the first half of November, national statistics agency INEGI said.', '3.6%', 'Mexico'],
    ['CAPE TOWN - Karoo Foods said sales rose 6%. Consumer inflation was 3.1% in September, Statistics South Africa said.', '3.1%', 'South Africa'],
    ['Retail sales rose 2.2% in August, the Kenya National Bureau of Statistics said.', '2.2%', 'Kenya'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2025-11-20').subject?.name).toBe(subject);
  });
});
