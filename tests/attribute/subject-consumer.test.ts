/**
 * Subjects in consumer-company stories: a list of common nouns opening a sentence ("Coffee and
 * confectionery", "Wines & spirits") names no one, and a region of the world carried on as the
 * topic, or stood for by "the brewer", owns none of the company's figures.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a list of common nouns opening a sentence is no name', () => {
  it.each([
    ['Tesserine said sales rose 4% in the quarter. Confectionery and snacks, where the company raised prices twice, led growth. The company kept its target for a margin of 15.5%.', '15.5%', 'Tesserine'],
    ['Ardmoor Spirits said sales rose 2% in the half. Beer & cider volumes fell 3% as the summer was wet.', '3%', 'Ardmoor Spirits'],
    ['Valcourt reported a 5% fall in revenue for the half. Jewellery and watches grew 6% on a comparable basis.', '6%', 'Valcourt'],
  ])('%s → %s is %s\'s', (text, fig, subject) => {
    expect(aboutOf(text, fig, '2025-10-24').subject?.name).toBe(subject);
  });
  it('keeps a company joined with a capitalised second part', () => {
    expect(aboutOf('Smith & Nephew said revenue rose 4.5% in the quarter.', '4.5%', '2025-10-24').subject?.name).toBe('Smith & Nephew');
  });
});

describe('a region carried on as the topic owns none of the company\'s figures', () => {
  it.each([
    ['Hallgren said revenue climbed 9% in the first half. Volumes fell 2% as a cold spring in northern Europe weighed on demand. Operating profit reached DKK 3.1 billion.', 'DKK 3.1 billion', 'profit'],
    ['Maison Orvel said revenue fell 3% in the first half. Asia rose 4%. Europe rose 1%. Net profit fell 12% to €2.2 billion.', '€2.2 billion', 'profit'],
    ['Hallgren said revenue climbed 9% in the first half. Volumes fell 2% as a cold spring in northern Europe weighed on demand. Net debt stood at DKK 8.4 billion.', 'DKK 8.4 billion', 'debt'],
  ])('%s → %s', (text, fig, metric) => {
    const a = aboutOf(text, fig, '2025-08-15');
    expect(a.metric?.category).toBe(metric);
    expect(a.subject?.name).toBe(text.slice(0, text.indexOf(' said')));
  });
  it('"the brewer" after a region stands for the company', () => {
    const a = aboutOf('Hallgren said revenue climbed 9% in the first half. Volumes fell 2% as a cold spring in northern Europe weighed on demand. The brewer expects operating profit growth of 1-5% this year.', '1-5%', '2025-08-15');
    expect(a.subject?.name).toBe('Hallgren');
    expect(a.metric?.category).toBe('profit');
  });
  // Nor after a country, and "brand" and "label" describe a company too.
  it.each([
    ['Ashcombe said sales rose 2% in the quarter. Japan, hit by a strong yen, dropped 8%. The British brand still expects operating profit of about £140 million.', '£140 million', 'Ashcombe'],
    ['Maison Vireaux said sales rose 4%. Sales in China fell 3%. The French label expects margins of 21% this year.', '21%', 'Maison Vireaux'],
    ['Corvane said revenue grew 5%. Brazil was weak. The company expects revenue of $2 billion next year.', '$2 billion', 'Corvane'],
  ] as const)('%s → %s of %s', (text, fig, subject) => {
    expect(aboutOf(text, fig, '2025-08-15').subject?.name).toBe(subject);
  });
});

describe('an acronym with "&" stands for the full name written before it', () => {
  it.each([
    ['Hollis & Marrow said sales rose 3% in the quarter. H&M shares fell 2.2% in Stockholm.', '2.2%', 'Hollis & Marrow'],
    ['Pell & Garrity Co said revenue rose 2%. P&G shares fell 1.5%.', '1.5%', 'Pell & Garrity'],
  ])('%s → %s', (text, fig, subject) => {
    expect(aboutOf(text, fig, '2025-09-26').subject?.name).toBe(subject);
  });
});
