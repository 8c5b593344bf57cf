/** segment.ts: a company's segments, divisions and businesses report its results; they own none. */
import { describe, expect, it } from 'vitest';
import { writtenAsPart } from '../../src/attribute/segment';
import { aboutOf } from './helpers';

const spanOf = (text: string, name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length });

describe('writtenAsPart', () => {
  it.each([
    ['The Motion segment grew 2%.', 'Motion'],
    ['Its Marine division lost money.', 'Marine'],
    ['The Hospitality business recovered.', 'Hospitality'],
    // past the rest of the name in capitals
    ['The Intelligent Cloud segment posted revenue.', 'Intelligent'],
    ['The Personal Systems Group business grew.', 'Personal'],
    // one word of what the part does before the part noun
    ['The Brindle network arm lifted revenue.', 'Brindle'],
    ['Its Halden retail business shrank.', 'Halden'],
  ])('a part noun after the name: %s', (text, name) => {
    expect(writtenAsPart(text, spanOf(text, name), 0)).toBe(true);
  });
  it.each([
    ['By segment, Networks sales fell 6%.', 'Networks'],
    ['By division: Marine sales rose 3%.', 'Marine'],
    ['Among its segments, Tools grew fastest.', 'Tools'],
    ['By operating segment, Lighting grew 4%.', 'Lighting'],
  ])('a sentence set out part by part: %s', (text, name) => {
    expect(writtenAsPart(text, spanOf(text, name), 0)).toBe(true);
  });
  it.each([
    ['Orvane said sales fell 6%.', 'Orvane'],
    // a verb between the name and a part noun is no modifier of it
    ['Orvane said business was slow.', 'Orvane'],
    ['Orvane reported business growth.', 'Orvane'],
    // a subsidiary is a company of its own
    ['Its Kessler subsidiary lost money.', 'Kessler'],
    // the part noun must follow the name, not come later in the sentence
    ['Orvane grew its business by 3%.', 'Orvane'],
  ])('not a part: %s', (text, name) => {
    expect(writtenAsPart(text, spanOf(text, name), 0)).toBe(false);
  });
});

describe("a part's results are its company's", () => {
  const story = 'Halvard Systems reported quarterly revenue of $9.1 billion on Tuesday. ';
  it.each([
    [story + 'By segment, Networks sales fell 6% to $5.4 billion, while Cloud Software and Services grew 3% to $2.0 billion.', ['6%', '$5.4 billion', '3%', '$2.0 billion']],
    [story + 'The Intelligent Cloud segment posted revenue of $3.9 billion, up 19%.', ['$3.9 billion', '19%']],
    [story + 'Its Marine division had sales of $1.2 billion, up 4%.', ['$1.2 billion', '4%']],
  ] as const)('%s', (text, figures) => {
    for (const f of figures) expect(aboutOf(text, f).subject?.name).toBe('Halvard Systems');
  });
  it('a part carried on as the topic owns none of the figures after it', () => {
    const text = story + 'By segment, Networks sales fell 6% to $5.4 billion. Enterprise, which houses Vonlet, declined 9% to $1.6 billion.';
    expect(aboutOf(text, '$1.6 billion').subject?.name).toBe('Halvard Systems');
  });
  it.each([
    // another company in a sentence set out by segment: written with its ending, or after "rival"
    [story + 'By segment, Marine sales fell 6%, while rival Orvane Corp said its revenue rose 3%.', '3%', 'Orvane Corp'],
    [story + 'Across its units, rival Orvane saw revenue fall 4%.', '4%', 'Orvane'],
  ] as const)('no part of it: %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });

  it('a company named with no part noun keeps its own results', () => {
    const text = story + 'Orvane Corp said its sales rose 5% to $4.4 billion.';
    expect(aboutOf(text, '$4.4 billion').subject?.name).toBe('Orvane Corp');
  });
});

// A part named with its part noun owns none of its sentence's figures, whatever their measure
// (a currency effect, a price rise), not only results: the company above does.
describe('a part named with its part noun owns no figure of any measure', () => {
  it.each([
    ['Melwood Industries Inc\n\nNet sales rose 5% in 2025 on higher volumes in our Coatings segment, partly offset by currency translation of $12 million.', '$12 million', 'Melwood Industries Inc'],
  ] as const)('%s → %s', (text, figure, owner) => {
    expect(aboutOf(text, figure, '2026-02-10').subject?.name).toBe(owner);
  });
});
