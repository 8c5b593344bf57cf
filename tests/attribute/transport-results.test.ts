/**
 * Carmakers', airlines' and railways' volumes (lexicon/metrics.ts other.units-sold and
 * other.carrier-traffic, the `#` count of attribute/cues.ts): vehicles sold are volumes, not a
 * deal, and a carrier's traffic is no money. Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

const REF = '2026-11-06';

describe('a count of vehicles or units sold is a volume, not a deal', () => {
  it.each([
    ['Kestrel Motors sold 2.4 million vehicles in the first half, up 6%.', '6%'],
    ['Nordwagen sold 815,000 cars worldwide in the quarter, down 3.5% from a year earlier.', '3.5%'],
    ['Vantage Aero delivered 212 aircraft in the nine months, up 11%.', '11%'],
    ['Lumo Auto shipped 96,000 vehicles in October, 40% more than a year before.', '40%'],
  ] as const)('%s → %s is other', (text, figure) => {
    expect(aboutOf(text, figure, REF).metric?.category).toBe('other');
  });

  it('a volume carries the period its results were reported for', () => {
    const text = 'Revenue at Kestrel Motors rose 4% to ¥9.1 trillion in the April-September half.\n\nKestrel sold 4.8 million vehicles worldwide in the period, up 2%.';
    const a = aboutOf(text, '2%', REF);
    expect(a.metric?.category).toBe('other');
    expect(a.subject?.name).toBe('Kestrel');
    expect(a.period?.start).toBe('2026-04-01');
    expect(a.period?.end).toBe('2026-09-30');
  });

  it('selling a business for money is still a deal', () => {
    expect(aboutOf('Kestrel Motors sold its truck unit for $1.2 billion.', '$1.2 billion', REF).metric?.category).toBe('deal-value');
  });
});

describe("a carrier's traffic is a volume; a capitalised Traffic is a name's", () => {
  it.each([
    ['Skylark Air said traffic grew 4% to 61 million passengers, while average fares rose 6%.', '4%', 'other'],
    ['Skylark Air said average fares rose 6%, and traffic grew 4% to 61 million passengers.', '4%', 'other'],
    ['At Prairie Rail, carloads declined 5% in the quarter.', '5%', 'other'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure, REF).metric?.category).toBe(metric);
  });

  it('a stake in a company named Traffic stays a stake', () => {
    const a = aboutOf('Harbor Capital said it now holds 12.5 pct of Delta Traffic.', '12.5 pct', REF);
    expect(a.metric?.category).toBe('stake');
  });
});

describe('what tariffs cost belongs to the one they cost', () => {
  it.each([
    ['Nordwagen cut its margin forecast on Thursday. It said U.S. import tariffs cost it about €1.3 billion in the first nine months.', '€1.3 billion', 'Nordwagen'],
    ['Kestrel Motors cut its forecast, saying U.S. tariffs will cost Kestrel ¥1.2 trillion this year.', '¥1.2 trillion', 'Kestrel'],
    ['The carmaker Lumo Auto said European duties would cost it $400 million.', '$400 million', 'Lumo Auto'],
  ] as const)('%s → %s is %s\'s cost', (text, figure, subject) => {
    const a = aboutOf(text, figure, REF);
    expect(a.metric?.category).toBe('cost');
    expect(a.subject?.name).toBe(subject);
  });

  it('a fuel bill is a cost', () => {
    expect(aboutOf("Skylark Air's fuel bill fell 6% to €1.78 billion.", '€1.78 billion', REF).metric?.category).toBe('cost');
  });
});

describe("a route's rate is a freight price", () => {
  it.each([
    ['Spot rates eased again. The rate from Ningbo to Felixstowe slipped 4% to $1,950 per 40-foot container.', '$1,950'],
    ['Spot rates eased again. The rate from Ningbo to Felixstowe slipped 4% to $1,950 per 40-foot container.', '4%'],
    ['Tanker rates from the Gulf to Asia rose 12% last week.', '12%'],
  ] as const)('%s → %s is a price', (text, figure) => {
    expect(aboutOf(text, figure, REF).metric?.category).toBe('price');
  });

  it('a rate cut from a level to another stays a rate', () => {
    expect(aboutOf('The central bank cut its policy rate from 5% to 4.75%.', '4.75%', REF).metric?.category).toBe('rate');
  });
});
