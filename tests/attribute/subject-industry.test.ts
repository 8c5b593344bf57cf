/** Subjects in carmakers', airlines' and shippers' stories: markets, volumes and places past a compass word. */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe("in a company's story, a market it delivers or carries in owns none of its volumes", () => {
  it.each([
    ['Tessaro Motors said operating profit fell 9% to €2.2bn. In China, deliveries slid 14%.', '14%', 'Tessaro Motors'],
    ['Corvina Air reported a record quarter. In Asia, capacity expanded 8.2%, the airline said.', '8.2%', 'Corvina Air'],
    ['Harlow Motor said quarterly revenue rose 3%. Sales volume in North America climbed 6.5%.', '6.5%', 'Harlow Motor'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });

  it('a country whose own output is written with its possessive keeps it', () => {
    expect(aboutOf("Tessaro Motors said profit fell 9%. Japan's crude steel output rose 2.2% in May.", '2.2%').subject?.name).toBe('Japan');
  });
});

describe('a place after a preposition and a compass word is governed, so no topic', () => {
  it.each([
    ['Pelican Air carried 4 million passengers. Jet fuel costs about $92 a barrel in northwest Europe.\n\nThe carrier reported profit of €410 million, up 12%.', '€410 million', 'Pelican Air'],
    ['Ostrava Mills cut output. Hot-rolled coil sells at $540 a tonne across southern Europe. The group expects a loss of €80 million.', '€80 million', 'Ostrava Mills'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});
