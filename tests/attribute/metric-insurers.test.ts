/**
 * Measures of insurers' and fund managers' results (lexicon/metrics.ts, attribute/metric.ts,
 * attribute/index.ts): premiums written in either word order, a fund manager's fee lines,
 * invested assets, a profit measure's own "earnings per share", a consensus after "ahead of",
 * "a net" amount that is no net profit, and the combined ratio and fund flows as results of a
 * period that carry it to the figures after them. Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('insurers and fund managers: the measure a figure names', () => {
  it.each([
    ['Fenwick Mutual said gross premiums written climbed 6.1% in the half.', '6.1%', 'revenue'],
    ['Net premiums written rose 3.4% to $2.2 billion in the quarter.', '$2.2 billion', 'revenue'],
    ['Gross written premiums at the group\'s marine arm climbed 5.5% in the half.', '5.5%', 'revenue'],
    ['Net premiums written at Fenwick Mutual rose 2.9% in the quarter.', '2.9%', 'revenue'],
    ['Annualised new premium rose 8% to $3.9 billion in the half.', '$3.9 billion', 'revenue'],
    ['Single premiums at Ardent Life fell 4% to £610m.', '£610m', 'revenue'],
    // What an insurer charges is a price, however the story names it.
    ['Written premiums rose to $2.1 billion, with personal auto rates up 9% on average.', '9%', 'price'],
    ['Property catastrophe rates fell 7% at the mid-year renewals, the broker said.', '7%', 'price'],
    // (not past a comma: what is left out of the margin is not what moved)
    ['The fee margin, excluding performance fees, narrowed to 31 basis points.', '31 basis points', 'margin'],
    ['Kestrel Capital said base fees rose 11% on higher markets.', '11%', 'revenue'],
    ['Net management fees at Orrin Asset Management increased 6% to €612 million.', '€612 million', 'revenue'],
    ['Yields on the group\'s £41 billion of invested assets kept rising.', '£41 billion', 'assets'],
    ['Operating earnings per share at Halden Life rose 9% to 31.2p.', '31.2p', 'eps'],
    ['Operating earnings per share at Halden Life rose 9% to 31.2p.', '9%', 'eps'],
    ['Adjusted earnings per share came in at $4.10, the broker said.', '$4.10', 'eps'],
    ['Investors pulled a net $3.1 billion from Parrish Funds in May.', '$3.1 billion', 'other'],
    ['The underwriter\'s combined ratio improved to 91.2% in the quarter.', '91.2%', 'other'],
    ['Net inflows at Kilbride reached €7.4 billion in the first half.', '€7.4 billion', 'other'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });

  it('"giving a total of" adds up the dividend before it, with its year (clause.ts isTotalOf)', () => {
    const text = 'Ardent Life earned £1.2bn in the year to March 31. It proposed a final dividend of 14.3p, giving a total of 21.9 pence for the year.';
    const about = aboutOf(text, '21.9 pence', '2025-06-10');
    expect(about.metric?.category).toBe('dividend');
    expect(about.period).toMatchObject({ start: '2024-04-01', end: '2025-03-31' });
  });

  it('"at current exchange rates" names no rate: the measure is the one after the amount', () => {
    const text = 'Corran Group pays its dividends in pounds, which at current exchange rates would come to about 35 pence for the final payout.';
    expect(aboutOf(text, '35 pence', '2026-03-01').metric?.category).toBe('dividend');
  });

  it('a consensus after "ahead of Wall Street\'s" is compared with the per-share result before it', () => {
    const text = 'Corran Group earned $2.84 per share in the third quarter, ahead of Wall Street\'s consensus of $2.71.';
    expect(aboutOf(text, '$2.71', '2026-11-01').metric?.category).toBe('eps');
  });
});

describe('insurers and fund managers: ratios and flows are results of the period', () => {
  it('a combined ratio linked to its quarter carries it to the figures after it', () => {
    const text = 'Alder Insurance posted a combined ratio of 93.1% in the second quarter.\n\nNet income rose 12% to $410 million.';
    const about = aboutOf(text, '$410 million', '2026-08-01');
    expect(about.period?.start).toBe('2026-04-01');
    expect(about.period?.end).toBe('2026-06-30');
  });

  it('a combined ratio with no period of its own takes the one results were reported for', () => {
    const text = 'Alder Insurance said net income rose 12% to $410 million in the second quarter.\n\nIts combined ratio was 93.1%.';
    const about = aboutOf(text, '93.1%', '2026-08-01');
    expect(about.period?.start).toBe('2026-04-01');
    expect(about.period?.end).toBe('2026-06-30');
  });

  it('net inflows linked to a half carry it to the revenue of the next paragraph', () => {
    const text = 'Kilbride attracted net inflows of €7.4 billion in the first half.\n\nRevenue rose 5% to €1.2 billion.';
    const about = aboutOf(text, '€1.2 billion', '2026-08-01');
    expect(about.period?.start).toBe('2026-01-01');
    expect(about.period?.end).toBe('2026-06-30');
    expect(about.subject?.name).toBe('Kilbride');
  });
});

describe('life insurers: the value of new business is a result of the period', () => {
  it.each([
    ['Ardent Life said the value of new business rose 11% to $1.2 billion in the first half.\n\nOperating profit rose 6% to $2.3 billion.', '$2.3 billion'],
    ['Ardent Life said new business profit rose 11% in the first half.\n\nOperating profit rose 6% to $2.3 billion.', '$2.3 billion'],
    ['Ardent Life said clients withdrew a net $2.1 billion in the first half.\n\nOperating profit rose 6% to $2.3 billion.', '$2.3 billion'],
  ])('%j: %s takes the half', (text, figure) => {
    const about = aboutOf(text, figure, '2026-08-20');
    expect(about.period?.start).toBe('2026-01-01');
    expect(about.period?.end).toBe('2026-06-30');
  });

  it('a pence amount ending a sentence ends it: the next sentence\'s year is not the dividend\'s', () => {
    const text = 'Quorn Asset Management held its interim dividend at 5.5p. The chief executive said savings of £90m would come by the end of 2028.';
    expect(aboutOf(text, '5.5p', '2026-08-20').period).toBeUndefined();
    expect(aboutOf(text, '£90m', '2026-08-20').metric?.category).toBe('cost');
  });
});

describe('returns on equity and the full year of a nine-month report', () => {
  it('a return on equity with no period of its own takes the one results were reported for', () => {
    const text = 'Brannock Re said net income rose to $2.2 billion in the first nine months of 2026.\n\nIts return on equity was 16.4%.';
    const about = aboutOf(text, '16.4%', '2026-11-05');
    expect(about.metric?.category).toBe('other');
    expect(about.period?.start).toBe('2026-01-01');
    expect(about.period?.end).toBe('2026-09-30');
  });

  it('a full-year target in a nine-month report is the calendar year\'s', () => {
    const text = 'Brannock Re said net income rose to $2.2 billion in the first nine months of 2026.\n\nThe company kept its full-year net income target of $3 billion.';
    const about = aboutOf(text, '$3 billion', '2026-11-05');
    expect(about.period?.start).toBe('2026-01-01');
    expect(about.period?.end).toBe('2026-12-31');
  });
});
