/** story.ts: the place, region and market readings, and the company a story is about. */
import { describe, expect, it } from 'vitest';
import { isContinentList, isPlaceName, MARKET_METRICS, whereBefore, writtenAsMarket, writtenWithEnding } from '../../src/attribute/story';
import { isRegionName, isWorldRegion } from '../../src/attribute/words';
import { aboutOf } from './helpers';

describe('isPlaceName: a place or a list of places', () => {
  it.each([
    'U.S.', 'India', 'Europe', 'North America', 'Greater China', 'EMEA', 'Oceania and India', 'Asia, Oceania and Africa',
    // "the" before a list, and an abbreviation inside one (the two tests folded into this one differed here).
    'the Americas', 'the U.S. and Canada', 'U.S. and Europe',
  ])('%s is one', (name) => {
    expect(isPlaceName(name)).toBe(true);
  });
  it.each(['Acme Corp', 'Kestrel Networks', 'Deccan Tel', 'Europe and Acme', ''])('%s is not', (name) => {
    expect(isPlaceName(name)).toBe(false);
  });
});

describe('one table of regions (words.ts)', () => {
  it('has the regions results are broken down by, as one name', () => {
    for (const r of ['latin america', 'greater china', 'rest of the world', 'rest of world', 'asia pacific', 'emea', 'apac', 'the americas']) expect(isRegionName(r)).toBe(true);
    expect(isRegionName('india')).toBe(false);
  });
  it('counts the continents as parts of the world, not as regions of several words', () => {
    expect(isWorldRegion('europe')).toBe(true);
    expect(isRegionName('europe')).toBe(false);
  });
});

describe('isContinentList: regions, not countries', () => {
  it.each(['Europe', 'Asia, Oceania and Africa', 'the Americas', 'Greater China and Asia Pacific'])('%s is one', (name) => {
    expect(isContinentList(name)).toBe(true);
  });
  it.each(['India', 'Europe and India', 'U.S.'])('%s is not', (name) => {
    expect(isContinentList(name)).toBe(false);
  });
});

describe('where a place is written', () => {
  it('whereBefore reads "in", "outside", "across", past "the"', () => {
    const text = 'Revenue in the U.S. rose; sales outside Europe fell; Kenya was hit.';
    expect(whereBefore(text, text.indexOf('U.S.'))).toBe(true);
    expect(whereBefore(text, text.indexOf('Europe'))).toBe(true);
    expect(whereBefore(text, text.indexOf('Kenya'))).toBe(false);
  });
  it('writtenAsMarket: after "in", or before the noun it describes, not before a verb', () => {
    const at = (text: string, name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length });
    expect(writtenAsMarket('India revenue rose 14%.', at('India revenue rose 14%.', 'India'))).toBe(true);
    expect(writtenAsMarket('Sales in North America fell.', at('Sales in North America fell.', 'North America'))).toBe(true);
    expect(writtenAsMarket('Kenya spent 27% of its budget.', at('Kenya spent 27% of its budget.', 'Kenya'))).toBe(false);
  });
  it.each([
    'the Nordic market area grew 5%.', 'the India business grew 5%.', 'the Brazil operations grew 5%.', 'the Mexico unit grew 5%.',
  ])('writtenAsMarket: a noun of a market that is a verb too (%s)', (text) => {
    const name = text.split(' ')[1]!;
    expect(writtenAsMarket(text, { start: text.indexOf(name), end: text.indexOf(name) + name.length })).toBe(true);
  });
});

describe("writtenWithEnding: a one-word name written with a company's ending", () => {
  it.each([
    ['Larkfield plc said sales rose. Larkfield added…', 'Larkfield'],
    ['Orvane Group reported. Orvane said…', 'Orvane'],
    // The endings are entities.ts's name suffixes, dots dropped.
    ['Halden N.V. reported. Halden said…', 'Halden'],
    ['Brevik ASA reported. Brevik said…', 'Brevik'],
    ['Kessler GmbH, a unit of …', 'Kessler'],
    ['Corvane, Inc. reported.', 'Corvane'],
    // endings longer than seven letters
    ['Orvane Holdings said sales rose.', 'Orvane'],
    ['Orvane Corporation said sales rose.', 'Orvane'],
  ])('%s → %s', (text, name) => {
    expect(writtenWithEnding(text, name)).toBe(true);
  });
  it('not a surname', () => {
    expect(writtenWithEnding('Briam said sales rose. Briam added that …', 'Briam')).toBe(false);
  });
});

describe("a company's results by market", () => {
  it('are the results a company reports by place, not what a country owns too', () => {
    for (const m of ['revenue', 'profit', 'loss', 'ebitda', 'eps', 'dividend', 'margin', 'cost']) expect(MARKET_METRICS.has(m)).toBe(true);
    for (const m of ['debt', 'cash', 'assets', 'market-value', 'rate', 'tax']) expect(MARKET_METRICS.has(m)).toBe(false);
  });

  it.each([
    // The story's company owns a place's result written as one of its markets …
    ['Kestrel Networks reported results on Monday. Sales in North America dropped 12% in the quarter.', '12%', 'Kestrel Networks'],
    // … and the nearest company topic a regional breakdown.
    ['Halden Group raised its forecast. In Europe, sales rose 4%, while Asia, Oceania and Africa grew 3.9%.', '3.9%', 'Halden Group'],
    // "market", "business": nouns of a market, though verbs are written the same.
    ['Brevik ASA said quarterly sales fell 4% to NOK 9.1 billion. Sales in Germany dropped 8%; the Oceania and India market area grew 24%.', '24%', 'Brevik ASA'],
    // The market carried on as the topic: the results and cash after it are the company's …
    ['Brevik ASA said quarterly sales fell 4% to NOK 9.1 billion. The India market area grew 24%. Free cash flow was NOK 1.2 billion.', 'NOK 1.2 billion', 'Brevik ASA'],
    ['Brevik ASA said quarterly sales fell 4% to NOK 9.1 billion. India revenue grew 24%. Operating profit came in at NOK 2.3 billion.', 'NOK 2.3 billion', 'Brevik ASA'],
    // … but a place acting ("Kenya spent") is no market, and stays the topic.
    ['Brevik ASA said quarterly sales fell 4% to NOK 9.1 billion. Kenya spent 27% of its budget on interest. Its cash reserves fell to $7.1 billion.', '$7.1 billion', 'Kenya'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});

describe('one test of the company a story is about', () => {
  it.each([
    // The office that reports an economy's figures is no company whose markets the places are
    // (the nearest-topic reading lacked the storyCompany checks: government body, speaker, title).
    ['The Federal Statistics Office said prices were steady. In February the cost of living in West Germany rose 0.1 pct from January.', '0.1 pct', 'West Germany'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
  it('a lone word opening the story is its company; a lone word just before a figure must be written as one', () => {
    // "Norvelle" opens the story: the U.S. is one of its markets.
    expect(aboutOf('Norvelle raised its outlook on Tuesday. Revenue in the U.S. climbed 41% in the quarter.', '41%').subject?.name).toBe('Norvelle');
  });
});

// A place that moves by a number with no measure of its own, in a company's story ("Sales in
// Europe fell 4%, while Japan jumped 12%"), is one of its markets (attribute/story.ts writtenAsMarket).
describe('a place that moves by a number is a market of the story\'s company', () => {
  it.each([
    ['Lucerne Horology said sales in Europe fell 4%, while Japan jumped 12%. Net profit came in at CHF 210 million.', '12%', 'Lucerne Horology'],
    ['Lucerne Horology said sales in Europe fell 4%, while Japan jumped 12%. Net profit came in at CHF 210 million.', 'CHF 210 million', 'Lucerne Horology'],
  ] as const)('%s → %s belongs to %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2026-02-10').subject?.name).toBe(subject);
  });

  it('keeps an economy that moves by its own measure', () => {
    expect(aboutOf('Japan\'s economy grew 0.4% in the quarter, while inflation in Japan rose 3%.', '0.4%').subject?.name).toBe('Japan');
  });
});
