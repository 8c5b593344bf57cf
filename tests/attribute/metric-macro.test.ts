/**
 * Measures and moves of macro news: price indexes are inflation, basis points with no measure
 * named are rates, headline verbs ("ticks up"), and "more than expected" hedging a verb.
 * Sentences written for the project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a price index is a rate (inflation), not the price of a good', () => {
  it.each([
    ['Headline PCE prices increased 2.4% in the year to May.', '2.4%'],
    ['Producer prices slid 0.6% in June from a year earlier.', '0.6%'],
    ['Import prices edged up 0.2% last month.', '0.2%'],
    ['Norwegian wholesale prices fell 4.1% in March.', '4.1%'],
    ['The HICP rose 2.2% in the euro area.', '2.2%'],
    ["China's one-year LPR stood at 3.1%.", '3.1%'],
    ['The dollar index slipped 0.3%.', '0.3%'],
  ] as const)('%s → %s is a rate', (text, figure) => {
    expect(aboutOf(text, figure).metric.category).toBe('rate');
  });

  it('the price of a good stays a price', () => {
    expect(aboutOf('Egg prices rose 8% in May.', '8%').metric.category).toBe('price');
  });
});

describe('basis points with no measure named are a rate', () => {
  it.each([
    ['Traders now see a 70% chance of a 25 basis-point cut in July.', '25 basis-point', 'down'],
    ['The 10-year stood at 4.12%, up 3 basis points on the day.', '3 basis points', 'up'],
  ] as const)('%s → %s', (text, figure, direction) => {
    const about = aboutOf(text, figure);
    expect(about.metric.category).toBe('rate');
    expect(about.direction).toBe(direction);
  });

  it('a measure named keeps its category', () => {
    expect(aboutOf('The operating margin widened 40 basis points to 18.2%.', '40 basis points').metric.category).toBe('margin');
  });
});

describe('present-tense headline moves', () => {
  it.each([
    ['Jobless rate ticks up to 4.4%', '4.4%', 'up'],
    ['Bond yields edge higher to 3.9%', '3.9%', 'up'],
    ['Core inflation edges down to 2.8%', '2.8%', 'down'],
    ['Mortgage rates inch down to 6.1%', '6.1%', 'down'],
  ] as const)('%s → %s %s', (text, figure, direction) => {
    expect(aboutOf(text, figure).direction).toBe(direction);
  });
});

describe('"more than expected" hedges the verb before it', () => {
  it.each([
    ['Swedish inflation fell more than expected to 1.9% in May.', '1.9%', 'down'],
    ['Retail sales rose less than economists had forecast, by 0.2%.', '0.2%', 'up'],
  ] as const)('%s → %s %s', (text, figure, direction) => {
    expect(aboutOf(text, figure).direction).toBe(direction);
  });

  it('"5 pct less than forecast" after a figure is still a move down', () => {
    expect(aboutOf('The crop is put at 900,000 tonnes, 5 pct less than forecast in May.', '5 pct', '2026-06-01').direction).toBe('down');
  });
});

describe('words between basis points and the move they size', () => {
  it.each([
    ['Swaps price in roughly 60 bps of further cuts this year.', '60 bps', 'down'],
    ['Economists expect a 50 basis-point rate hike on Thursday.', '50 basis-point', 'up'],
    ['Futures imply 75 bps of additional policy easing.', '75 bps', 'down'],
  ] as const)('%s → %s %s', (text, figure, direction) => {
    const about = aboutOf(text, figure);
    expect(about.direction).toBe(direction);
    expect(about.metric.category).toBe('rate');
  });
});

// Words between a pair of dashes are an aside, as in brackets: its cue words name nothing.
describe('a dashed aside is read past', () => {
  it.each([
    ['Services inflation - the central bank\'s preferred gauge of price pressure - dropped to 4.4% from 4.9%.', '4.4%', 'rate'],
    ['Services inflation — the central bank\'s preferred gauge of price pressure — dropped to 4.4% from 4.9%.', '4.9%', 'rate'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });

  it('a name set off by dashes is not the subject', () => {
    expect(aboutOf('Marlow Foods - then known as Pellico - reported pre-tax profit of $2.0 million.', '$2.0 million').subject?.name).toBe('Marlow Foods');
  });
});

describe("a central bank's target range and the world's growth are rates", () => {
  it.each([
    ['The Fed moved the federal funds target range to 3.50%-3.75%.', '3.50%-3.75%'],
    ['Inflation stayed above the 2%-4% target range set by the council.', '2%-4%'],
    ['The World Bank lowered its global growth forecast to 2.3%.', '2.3%'],
    ['Economists see global growth slowing to 2.9% in 2026.', '2.9%'],
  ] as const)('%s → %s is a rate', (text, figure) => {
    expect(aboutOf(text, figure, '2025-12-10').metric.category).toBe('rate');
  });
});

describe("a place's growth that moves is its economy's, in a story about a fund or a bank too", () => {
  it.each([
    ['The Fund kept its outlook for India. Euro zone growth was trimmed by 0.3 percentage point to 1.1%.', '1.1%', 'Euro zone', 'down'],
    ['The Fund kept its outlook for India. Euro zone growth was trimmed by 0.3 percentage point to 1.1%.', '0.3 percentage point', 'Euro zone', 'down'],
    ['The lender kept its forecasts. Japanese growth has slowed to 0.6%.', '0.6%', 'Japan', 'down'],
  ] as const)('%s → %s', (text, figure, subject, direction) => {
    const a = aboutOf(text, figure, '2025-10-14');
    expect(a.metric.category).toBe('rate');
    expect(a.subject?.name).toBe(subject);
    expect(a.direction).toBe(direction);
  });
});
