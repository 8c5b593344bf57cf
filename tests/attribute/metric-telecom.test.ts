/** Metric words of operators' and device makers' results, and a measure read past what qualifies it. */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('operators\' measures', () => {
  it.each([
    ['Saari Telecom said adjusted EBITDAaL rose 3% to €2.1 billion.', '€2.1 billion', 'ebitda'],
    ['Adjusted EBITDA AL increased 2.8% to €10.4 billion, the group said.', '2.8%', 'ebitda'],
    ['Cable group Lindqvist said OIBDA fell 4% to $900 million.', '$900 million', 'ebitda'],
    ['Capital additions fell 5% to €1.9 billion in the half.', '€1.9 billion', 'cost'],
    ['Global tablet shipments fell 3% in the quarter as tariffs bit.', '3%', 'other'],
    ['Monthly churn improved to 0.8% from 0.9%, the carrier said.', '0.8%', 'other'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric.category).toBe(category);
  });
});

describe('a measure read past what qualifies it', () => {
  it.each([
    // What a relative clause set off by commas says describes the measure before it.
    ['Organic revenue, which excludes disposals and acquisitions, rose 4% in the quarter.', '4%', 'revenue'],
    // What is left out or taken in qualifies the measure.
    ['Operating margin excluding one-off charges widened to 18.2%.', '18.2%', 'margin'],
    ['Operating profit before restructuring costs rose 6% to $1.2 billion.', '$1.2 billion', 'profit'],
    // The base of a change restated as a margin keeps the change's measure.
    ['Adjusted EBITA rose to NOK 4.1 billion, a margin of 11%, from NOK 3.6 billion a year earlier.', 'NOK 3.6 billion', 'profit'],
    // A relative clause far before the figure does not name it.
    ['Under the deal, which runs to 2030, Nordvik will sell the grid power, generating about $2 million in revenues.', '$2 million', 'revenue'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric.category).toBe(category);
  });
});

describe('"EBITDA AL": after leases, no owner', () => {
  it('leaves the figures of its sentence to the company', () => {
    const text = 'Saari Telecom raised its outlook. Adjusted EBITDA AL increased 3.3% to €11.4 billion, and adjusted net profit rose 14% to €2.7 billion.';
    for (const figure of ['3.3%', '€11.4 billion', '14%']) expect(aboutOf(text, figure, '2025-11-13').subject?.name).toBe('Saari Telecom');
  });
});
