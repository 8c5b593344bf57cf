/**
 * Trade-press results of network vendors, operators and chipmakers: job cuts as a share of the
 * workforce, a vendor's share of a world market, a concessive clause's own period, a unit named
 * as the group's arm, the estimate a result beat, and a margin's year-earlier base.
 * Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a percentage of the workforce cut is a count of people, not the measure nearby', () => {
  it.each([
    ['Halvard Networks said it would cut about 7% of its workforce as it reported revenue of $3.6 billion.', '7%'],
    ['The chipmaker will eliminate more than 15% of its staff and suspend its dividend.', '15%'],
    ['Brannock laid off 10% of its employees after sales slumped.', '10%'],
  ] as const)('%s → %s is other', (text, figure) => {
    expect(aboutOf(text, figure, '2024-08-14').metric.category).toBe('other');
  });

  it('a share of the workforce out of work is still the jobless rate', () => {
    expect(aboutOf('Unemployment in Aldovia rose to 8.2% of the workforce in March.', '8.2%', '2024-04-20').metric.category).toBe('rate');
  });
});

describe("a vendor's share of a world market's takings is a stake", () => {
  it.each([
    ['Its share of worldwide RAN revenue rose 2 percentage points to 35% in 2024.', '35%'],
    ['Its share of worldwide RAN revenue rose 2 percentage points to 35% in 2024.', '2 percentage points'],
    ["Tarvo's share of global smartphone shipments slipped to 14% in the quarter.", '14%'],
  ] as const)('%s → %s is a stake', (text, figure) => {
    expect(aboutOf(text, figure, '2025-03-05').metric.category).toBe('stake');
  });

  it('a share of its own revenue is not', () => {
    expect(aboutOf('Cloud revenue rose 9% to $4 billion, a share of group revenue of 30%.', '$4 billion', '2025-03-05').metric.category).toBe('revenue');
  });
});

describe('a month in a concessive clause after a comma dates the event, not the result', () => {
  it('"revenue for the first half rose 23%, despite being blacklisted in May" is the half\'s', () => {
    const about = aboutOf('Kessler Telecom said revenue for the first half of 2019 rose 23% to 401 billion yuan, despite being placed on a trade blacklist in May.', '401 billion yuan', '2019-07-30');
    expect(about.period).toMatchObject({ start: '2019-01-01', end: '2019-06-30' });
    expect(about.metric.category).toBe('revenue');
  });
});

describe("a unit described as the group's arm is no owner of the figures after it", () => {
  it('capital spending after "Northline, the group\'s broadband network arm," is the group\'s', () => {
    const about = aboutOf("Calder Telecom reported revenue of £10.4 billion for the half. Northline, the group's broadband network arm, lost 90,000 lines in the period. Capital expenditure was £2.4 billion, down from £2.5 billion.", '£2.4 billion', '2023-11-02');
    expect(about.subject?.name).toBe('Calder Telecom');
  });
});

describe('an estimate a result beat or missed is of the same measure', () => {
  it.each([
    ['Adjusted earnings of 68 cents a share beat the 61 cents analysts had expected.', '61 cents', 'eps'],
    ['Quarterly revenue of $12.8 billion missed the $13.1 billion Wall Street had forecast.', '$13.1 billion', 'revenue'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure, '2024-08-01').metric.category).toBe(category);
  });
});

describe("a margin's base with no period of its own is the same quarter a year earlier", () => {
  it('"Gross margin shrank to 35.4% from 39.8%" after second-quarter results', () => {
    const text = 'Pellam Semiconductor reported second-quarter revenue of $12.8 billion. Gross margin shrank to 35.4% from 39.8%.';
    expect(aboutOf(text, '35.4%', '2024-08-01').period).toMatchObject({ start: '2024-04-01', end: '2024-06-30' });
    expect(aboutOf(text, '39.8%', '2024-08-01').period).toMatchObject({ start: '2023-04-01', end: '2023-06-30' });
  });
});
