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
    // Europe's agencies, whose short names say nothing of statistics.
    ['Euro zone consumer prices rose 2.1% in October, down from 2.4% in September, Eurostat said.', '2.4%', 'euro zone'],
    ['Industrial output fell 0.8% in August, Destatis said.', '0.8%', 'Germany'],
    ['Producer prices rose 0.3% in July, Statistics Canada said.', '0.3%', 'Canada'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2025-11-20').subject?.name).toBe(subject);
  });
});

// An agency carried on as the topic of the sentences after it is the country the text names first
// ("The government expects the economy to …" after "…, Eurostat said" in a story of Austria).
describe('an agency carried as the topic', () => {
  it('is the country the story names', () => {
    const text = 'VIENNA - Austria\'s economy grew 0.3% in the third quarter. Across the euro zone, output rose 0.2%, Eurostat said. The government expects the economy to shrink 0.4% in 2025.';
    expect(aboutOf(text, '0.4%', '2025-10-30').subject?.name).toBe('Austria');
  });
  it('is the agency\'s own country when the text names none', () => {
    const text = 'Euro zone inflation slowed to 2.0% in May, Eurostat said. Core inflation eased to 2.3% from 2.5%.';
    expect(aboutOf(text, '2.3%', '2025-06-05').subject?.name).toBe('euro zone');
  });
});
