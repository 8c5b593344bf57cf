import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// "Brixmoor's U.S. shares", "its Japanese sales": a place between a possessive and the metric
// says where the measure is; the possessor owns it.
describe('a place between a possessive and the metric words is no owner', () => {
  it.each([
    ["Halvard's U.S. shares jumped 12% on Tuesday.", '12%', 'Halvard'],
    ["Orrin Foods said its Japanese sales rose 4% in the quarter.", '4%', 'Orrin Foods'],
    // "U.S.-listed" splits at the abbreviation's dot; glued to its participle it is one adjective.
    ["Pellucid Bio's U.S.-listed stock soared 58% to $36.90.", '58%', 'Pellucid Bio'],
    ["Pellucid Bio's U.S.-listed stock soared 58% to $36.90.", '$36.90', 'Pellucid Bio'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});

// "Velmora, whose best-selling drug loses U.S. patent protection in 2029, will fund …": a
// relative clause of "whose" describes the company; its names and periods are not the figures'.
describe('a relative clause of "whose" between commas', () => {
  const text = 'Tarrow Pharma, whose top-selling drug Ostrel loses U.S. patent protection in 2029, will fund the purchase with about $3 billion of new debt.';
  it('leaves the company the subject', () => {
    expect(aboutOf(text, '$3 billion').subject?.name).toBe('Tarrow Pharma');
  });
  it('does not give its year to the figure after it', () => {
    expect(aboutOf(text, '$3 billion').period).toBeUndefined();
  });
});

// "Lisière Group said that U.S. tariffs had wiped …": a place written as a noun's modifier in what
// a company says is no topic over the company for the sentences after (attribute/index.ts, topicBefore).
describe('a place modifying a noun in what a company says leaves the company the topic', () => {
  const text = 'Norcastle Foods Group said on Tuesday that U.S. levies had wiped 40 million euros off its operating profit. Sales fell 2% to 900 million euros.';
  it.each([['2%'], ['900 million euros']] as const)('%s', (figure) => {
    expect(aboutOf(text, figure, '2026-05-10').subject?.name).toBe('Norcastle Foods Group');
  });
  // (Not a person's name, which carries no company ending.)
  it('a person speaking is no topic in its place', () => {
    expect(aboutOf('Jon Varga said the U.S. economy grew faster. Output rose 2% in March.', '2%', '2026-05-10').subject?.name).toBe('U.S.');
  });
});

// "Acme Corp of Plano, Texas, which holds …": a region set off by commas after a town says where
// the town is; like the town, it owns nothing, even where the lexicon knows the region and not the town.
describe('a region after a town and a comma is no subject', () => {
  it.each([
    ['Brightwater Corp of Plano, Texas, which holds a 9.9 pct stake in Calloway Inc, said it may buy more shares.', '9.9 pct', 'Brightwater Corp'],
    ['Orlen Chemie AG, based in Aarau, Switzerland, had sales of more than 80 mln dlrs last year.', '80 mln dlrs', 'Orlen Chemie AG'],
    ['Westfield Holdings of Grand Rapids, Michigan, said it sold its 12 pct stake in Darrow Mills.', '12 pct', 'Westfield Holdings'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '1987-04-02').subject?.name).toContain(subject);
  });
  it('a group of people of a town and region is no place', () => {
    expect(aboutOf('A group led by the Hollis family of Fort Smith, Arkansas, which holds a 14.1 pct stake in Pemberton Inc, said it had talks.', '14.1 pct', '1987-04-02').subject?.name).not.toBe('Arkansas');
  });
});
