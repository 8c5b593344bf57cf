/**
 * Technology texts (src/attribute/subject.ts, entities.ts; lexicon/sources.ts, products.ts): a
 * market research firm speaks of others' shipments, shares and prices and owns none of them; a
 * kind of chip written in capitals ("DRAM", "DDR5") is a common noun, not an owner. Sentences
 * written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a research firm that reports a figure does not own it', () => {
  it.each([
    // The firm as the speaker of the sentence: the name in what it says owns the figure.
    ['Canalys said tablet shipments rose 4% in the quarter, with Orrin holding 31% of the market.', '31%', 'Orrin'],
    ['Gartner said Halden Systems lifted its server revenue 12% in 2025.', '12%', 'Halden Systems'],
    // After the figure: the company of the story, not the firm.
    ['Kestrel Devices shipped 14 million phones. Its sales in India fell 6% in January, Counterpoint Research said.', '6%', 'Kestrel Devices'],
  ] as const)('%s → %s is owned by %s', (text, figure, owner) => {
    expect(aboutOf(text, figure).subject?.name).toBe(owner);
  });
});

describe('a kind of chip written in capitals owns nothing', () => {
  it.each([
    ['Morwen Semiconductor said average DRAM selling prices rose 35% in the quarter.', '35%', 'Morwen Semiconductor'],
    ['Morwen Semiconductor said its NAND revenue fell 8% in the quarter.', '8%', 'Morwen Semiconductor'],
    ['Morwen Semiconductor reported results. HBM sales jumped 70% from a year earlier.', '70%', 'Morwen Semiconductor'],
  ] as const)('%s → %s is owned by %s', (text, figure, owner) => {
    expect(aboutOf(text, figure).subject?.name).toBe(owner);
  });
});
