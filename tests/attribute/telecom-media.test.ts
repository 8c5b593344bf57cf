import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// Sentences written for these tests: telecoms, media and entertainment news.
describe('a company that moves by a percentage after a move of shares in its sentence', () => {
  const lead = 'WARSAW, March 5 – Kestrel Media said on Thursday it would sell its radio arm. ';
  it.each([
    [lead + 'Kestrel shares rose 4.2% to 31.60 zlotys, while rival Telvista lost 2.5%.', '2.5%', 'Telvista', 'down'],
    [lead + 'Kestrel shares jumped as much as 9% before closing 6.1% higher.', '6.1%', 'Kestrel', 'up'],
  ] as const)('%s → %s is a share price move of that day', (text, figure, subject, direction) => {
    const about = aboutOf(text, figure, '2026-03-05');
    expect(about.metric.category).toBe('price');
    expect(about.subject?.name).toBe(subject);
    expect(about.direction).toBe(direction);
    expect([about.period?.start, about.period?.end]).toEqual(['2026-03-05', '2026-03-05']);
  });
  it('not after a move of something else: "revenue rose 8%, while Orbis Media fell 3%" keeps revenue', () => {
    expect(aboutOf(lead + 'Kestrel revenue rose 8%, while Orbis Media fell 3%.', '3%', '2026-03-05').metric.category).toBe('revenue');
  });
});

describe('a film, record or owned platform is a product: its takings are its owner\'s', () => {
  it.each([
    ['Vantage Studios\' horror sequel "Hollow Pines" took in $24.5 million over its opening days.', '$24.5 million', 'Vantage Studios', 'revenue'],
    ["Brightleaf Records said its new album 'Saltwater' earned $3.1 million in royalties.", '$3.1 million', 'Brightleaf Records', undefined],
    ['Norvik Holdings said its video platform Streamly grew advertising revenue by 21% in the quarter.', '21%', 'Norvik Holdings', 'revenue'],
  ] as const)('%s → %s', (text, figure, subject, category) => {
    const about = aboutOf(text, figure, '2025-11-10');
    expect(about.subject?.name).toBe(subject);
    if (category) expect(about.metric.category).toBe(category);
  });
  it('a service named after "the" may be the company itself: "the streaming service Vellflix said"', () => {
    expect(aboutOf('The streaming service Vellflix said revenue rose 9% in the quarter.', '9%', '2025-11-10').subject?.name).toBe('Vellflix');
  });
});

describe('an adverb opening a sentence before a comma names no one', () => {
  it.each([
    ['Cobalt Pictures had a strong weekend. Worldwide, the film has grossed $610 million.', '$610 million', 'Cobalt Pictures'],
    ['Harrow Telecom lost customers. Overall, service revenue fell 2.3%.', '2.3%', 'Harrow Telecom'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2025-11-10').subject?.name).toBe(subject);
  });
});

describe('a sentence about a company it describes with "whose" is about that company', () => {
  it('"Its shares" after "a blow for Ostwind Telecom, whose debt …" are Ostwind\'s', () => {
    const text = 'Galder Mobile paid 900 million euros for the licences. The result is a blow for Ostwind Telecom, whose debt has doubled since 2021. Its shares fell 3.4%.';
    expect(aboutOf(text, '3.4%', '2025-03-03').subject?.name).toBe('Ostwind Telecom');
    expect(aboutOf(text, '900 million euros', '2025-03-03').subject?.name).toBe('Galder Mobile');
  });
});

describe('a figure compared with a ratio before it measures what the ratio measures', () => {
  it.each([
    ['Vellmar Fibre said capital expenditure was 18% of sales in the quarter, against 22% a year earlier.', '22%', 'cost'],
    ['Programming costs came to 41% of revenue, versus 44% in 2024.', '44%', 'cost'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure, '2025-11-10').metric.category).toBe(category);
  });
});

describe("an operator's or a streamer's audience is counted, not money", () => {
  it.each([
    ['Revenue at Kelso Mobile rose 5% and paying subscribers rose 9%.', '9%', 'other'],
    ['Kelso said viewing hours fell 3% in the quarter.', '3%', 'other'],
    ['Kelso said monthly active users grew 14% from a year earlier.', '14%', 'other'],
    ['Kelso said subscription revenue rose 7%.', '7%', 'revenue'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure, '2025-11-10').metric.category).toBe(category);
  });
});

describe('results words of telecoms and media stories', () => {
  it('"a one-off gain of" is a profit', () => {
    expect(aboutOf('Dunmore Telecom expects a one-off gain of about 1.2 billion rand on the tower sale.', '1.2 billion rand', '2025-11-10').metric.category).toBe('profit');
  });
  it('a forecast after "after £1.5bn last year" keeps the year forecast, not the base\'s', () => {
    const about = aboutOf('Kelso Media expects revenue of £1.4bn for 2025, after £1.5bn last year. Adjusted EBITDA is forecast at around £310m.', '£310m', '2025-11-10');
    expect(about.metric.category).toBe('ebitda');
    expect([about.period?.start, about.period?.end]).toEqual(['2025-01-01', '2025-12-31']);
  });
  it('"The consensus forecast had been for …" expected the result, not the base it rose from', () => {
    const text = 'Kelso swung to an operating profit of 84 million crowns from a loss of 12 million crowns. The consensus forecast had been for 70 million crowns.';
    expect(aboutOf(text, '70 million crowns', '2025-11-10').metric.category).toBe('profit');
  });
});

describe('a company named with Media, TV or Broadcasting keeps the whole name', () => {
  it.each([
    ['Norvik Media said revenue rose 9% in the quarter.', '9%', 'Norvik Media'],
    ['Revenue at Orbis TV fell 4% in the quarter.', '4%', 'Orbis TV'],
    ['Kestrel Broadcasting said advertising revenue slipped 2%.', '2%', 'Kestrel Broadcasting'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2025-11-10').subject?.name).toBe(subject);
  });
  it('media rights are still a deal', () => {
    expect(aboutOf('Velta Sport sold the media rights to its league for €1.1 billion.', '€1.1 billion', '2025-11-10').metric.category).toBe('deal-value');
  });
});
