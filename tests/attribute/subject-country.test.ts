import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe("a country's adjective on the measure names the country", () => {
  it.each([
    ['Economists said Norwegian inflation eased to 3.1% in May.', '3.1%', 'Norway', { start: 16, end: 25 }],
    ['Polish unemployment held at 5.2% last month, the statistics office said.', '5.2%', 'Poland', { start: 0, end: 6 }],
    ['Forecasters now expect South Korean GDP growth of 2.4% this year.', '2.4%', 'South Korea', { start: 23, end: 35 }],
    // A change verb after the measure, with no metric word the tables know.
    ['Chilean copper output fell 4.5% in April from a year earlier.', '4.5%', 'Chile', { start: 0, end: 7 }],
    ['The Thai trade surplus widened by $1.2 billion in March.', '$1.2 billion', 'Thailand', { start: 4, end: 8 }],
    // The currency union, as written.
    ['Analysts said euro zone inflation held at 2.1% in March.', '2.1%', 'euro zone', { start: 14, end: 23 }],
    ['Eurozone unemployment dipped to 6.2% last quarter.', '6.2%', 'Eurozone', { start: 0, end: 8 }],
  ] as const)('%s → %s of %s', (text, figure, country, span) => {
    const a = aboutOf(text, figure);
    expect(a.subject?.name).toBe(country);
    expect(a.subject?.span).toEqual(span);
  });

  it.each([
    // A currency adjective, a region, one of the country's firms.
    ['Kestrel Bank sold Swiss franc bonds yielding 1.75% to investors.', '1.75%'],
    ['Provisions for Latin American loans rose by $40 million.', '$40 million'],
    ['An Italian bank reported that its profit rose 8%.', '8%'],
  ] as const)('%s → %s is not the country\'s', (text, figure) => {
    const name = aboutOf(text, figure).subject?.name;
    expect(['Switzerland', 'United States', 'Italy']).not.toContain(name);
  });

  it('in a company story a measure with an adjective is the company\'s segment', () => {
    const text = 'Marlow Foods Inc posted higher results on Tuesday. Japanese sales rose 6% in the quarter.';
    expect(aboutOf(text, '6%').subject?.name).toBe('Marlow Foods Inc');
    // An economy's rate is the country's even there.
    const rate = 'Marlow Foods Inc posted higher results on Tuesday. It blamed Japanese inflation of 3.3% for higher costs.';
    expect(aboutOf(rate, '3.3%').subject?.name).toBe('Japan');
  });
});

describe('the source named after a figure is not what the text is about', () => {
  it('takes the name that opens the sentence before a trailing "…, X said"', () => {
    const text = "Norway's exports rose 4% in May, the Central Statistics Bureau said. Imports fell 2% in the same month.";
    expect(aboutOf(text, '2%').subject?.name).toBe('Norway');
  });

  it('a percentage of GDP or GNP is no rate of the economy', () => {
    const text = 'The state borrowing requirement fell to 4.1% of GNP in 2022, while GDP grew 1.9%.';
    expect(aboutOf(text, '4.1%').metric?.category).toBe('debt');
    expect(aboutOf(text, '1.9%').metric?.category).toBe('rate');
  });
});

describe('a nationality read as a name is its country', () => {
  it('names the country, keeping the span of the adjective', () => {
    const text = 'The value of Danish pork exports in May rose to 2.1 billion crowns.';
    const s = aboutOf(text, '2.1 billion crowns').subject;
    expect(s?.name).toBe('Denmark');
    expect(text.slice(s!.span.start, s!.span.end)).toBe('Danish');
  });
});

describe("an economy's measure is its country's, not the reporting office's", () => {
  it.each([
    ['Norwegian unemployment was 3.9% in May against 4.1% in April, the Central Bureau of Statistics said.', '4.1%', 'Norway'],
    ['The economy of Portugal grew slowly. Gross domestic product rose 0.6% in the quarter, the National Statistics Office said.', '0.6%', 'Portugal'],
    ['Swiss exporters had a hard year. Inflation slowed to 1.2% in June, the Federal Statistics Office said.', '1.2%', 'Switzerland'],
    ['U.S. factories were busy. Real GDP grew 2.8% last quarter, the Commerce Department said.', '2.8%', 'U.S.'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });

  it("keeps an office that owns the measure, and a body when no country is named", () => {
    expect(aboutOf('Swiss officials met on Monday. The Federal Statistics Office cut its budget by 4%.', '4%').subject?.name).toBe('Federal Statistics Office');
    expect(aboutOf('Inflation slowed to 1.2% in June, the Statistics Office said.', '1.2%').subject?.name).toBe('Statistics Office');
  });
});

describe('a country whose name compromise also lists as a demonym is still a name', () => {
  it.each([
    ['The Philippines earned $512 million from coconut exports in 2025.', '$512 million', 'Philippines'],
    ['After months of talks, the Philippines restructured $9.1 billion of its debt.', '$9.1 billion', 'Philippines'],
  ] as const)('%s → %s of %s', (text, figure, country) => {
    expect(aboutOf(text, figure).subject?.name).toBe(country);
  });
});
