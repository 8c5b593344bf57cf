import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// The opening of a results story or press release: a headline, a dateline on the next line, the
// company, the day of the news between it and its verb, a city before a "-based" region.

describe('a dateline on the line after a headline owns nothing', () => {
  it.each([
    ['Tessaly trims outlook\n\nBERN, Switzerland, May 4 (Wire) - Tessaly Foods cut its outlook, sending its shares 3.1% lower. Organic sales rose 2.2%.', '2.2%', 'Tessaly Foods'],
    ['Orvane profit jumps\n\nLEEDS, 9 May 2024 — Orvane Homes said pre-tax profit rose 14% to £88m. Revenue increased 6.5%.', '6.5%', 'Orvane Homes'],
    ['Quintrell Reports Results\n\nDENVER, May 2, 2024 /Wire/ -- Quintrell Brands posted sales of $1.2 billion. Operating income was $140 million.', '$140 million', 'Quintrell Brands'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });

  it('a company in capitals opening a later line, a comma and a lower-case word after it, is still a name', () => {
    const text = 'Maple Corp said it would buy a stake in Lyon-based ORVIC S.A. for 40 mln dlrs.\n\nORVIC, a maker of valves, had 2023 sales of 310 mln dlrs.';
    expect(aboutOf(text, '310 mln dlrs').subject?.name).toBe('ORVIC');
  });
});

describe('the day of the news between a subject and its verb', () => {
  it.each([
    ['Brennick Motors on Wednesday cut its margin target to 5%, blaming U.S. import duties.', '5%', 'Brennick Motors'],
    ['Calloway Air today reported revenue of $3.2 billion, helped by U.S. holiday travel.', '$3.2 billion', 'Calloway Air'],
    ['Dunmore Pharma on March 3 raised its sales forecast to $9 billion, citing European demand.', '$9 billion', 'Dunmore Pharma'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2024-03-06').subject?.name).toBe(subject);
  });
});

describe('a city before a "-based" region, and a city of a market session, own nothing', () => {
  it.each([
    ['Penwick Stores raised its forecast. The Dayton, Ohio-based chain now expects earnings of $2.40 per share.', '$2.40', 'Penwick Stores'],
    ['Corbel Group cut its outlook, sending its shares 4.4% lower in early Geneva trading. The group now sees growth of 1%.', '1%', 'Corbel Group'],
    ['Halvard Oil shares fell 2% in afternoon Oslo trading after the company cut its dividend to 3 crowns.', '3 crowns', 'Halvard Oil'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });

  it('a country before "trade" as a measure still owns it', () => {
    expect(aboutOf('The Bangladesh trade deficit narrowed to 1.2 billion taka in May.', '1.2 billion taka').subject?.name).toBe('Bangladesh');
  });
});

describe('company endings as press releases and British papers write them', () => {
  it.each([
    ['Quorn Valley Industries, Inc. (NYSE: QVI), a maker of pumps, today announced sales of $2.1 billion.', '$2.1 billion', 'Quorn Valley Industries'],
    ['Larchmont plc, the British home and garden retailer, reported a 7.5% rise in pre-tax profit.', '7.5%', 'Larchmont'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});

describe('a place\'s ranked maker stands for the company named before', () => {
  it('"Japan\'s third-largest drugmaker now expects …"', () => {
    const text = 'Hoshino Pharmaceutical Co raised its forecast on Friday. Japan\'s third-largest drugmaker now expects operating profit of 300 billion yen.';
    expect(aboutOf(text, '300 billion yen').subject?.name).toBe('Hoshino Pharmaceutical Co');
  });
});

describe('in a company\'s story, a place or region where results were made owns none of them', () => {
  it.each([
    ['Marlow Pharma raised its forecast. Revenue in the U.S. rose 12%, while revenue outside the U.S. fell 3%.', ['12%', '3%']],
    ['Kestrel Foods Group lifted its outlook. In Europe, organic growth reached 5.2%, while Asia, Oceania and Africa grew 2.8%.', ['5.2%', '2.8%']],
    ['Rowan Brands Inc cut its forecast. Sales in the Americas zone were $4.1 billion.', ['$4.1 billion']],
  ] as const)('%s', (text, figures) => {
    const owner = text.slice(0, text.indexOf(' ', text.indexOf(' ') + 1));
    for (const f of figures) expect(aboutOf(text, f).subject?.name).toContain(owner);
  });

  it('a country still owns its economy\'s figures and a market\'s, outside a company\'s story', () => {
    expect(aboutOf('Car sales in Portugal fell 7% in May, the industry body said.', '7%').subject?.name).toBe('Portugal');
  });

  it('a surname alone is no company whose results a place\'s are', () => {
    const text = 'Board member Ilse Wendt said the group was cautious. Wendt said car sales in Austria would fall 3% this year.';
    expect(aboutOf(text, '3%').subject?.name).not.toBe('Wendt');
  });

  it('"the company" after a place stands for the company, not the place', () => {
    expect(aboutOf('Tamsin Motors cut its outlook. U.S. tariffs cost the company 400 million euros.', '400 million euros').subject?.name).toBe('Tamsin Motors');
  });
});

describe('the object of "blaming", "citing", "outpacing" is no subject', () => {
  it.each([
    ['Ardent Motors cut its margin target, blaming U.S. import tariffs. The group now expects a margin of 4%.', '4%', 'Ardent Motors'],
    ['Lisle Brands lowered its forecast, citing Chinese demand. The company now sees growth of 2%.', '2%', 'Lisle Brands'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});
