/**
 * Consumer companies' measures: a film's takings at cinemas are revenue, a drinks maker's
 * depletions a volume (src/lexicon/metrics.ts rows revenue.box-office and other.volumes).
 * Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('box office takings are revenue', () => {
  it.each([
    ["Lumen Pictures' 'Night Harbor' grossed $84 million in North American theaters over the weekend.", '$84 million'],
    ['Box office receipts rose 11% to $2.3 billion in the first half.', '11%'],
    ['Domestic ticket sales reached $3.9 billion for the year so far.', '$3.9 billion'],
    ['The sequel took $61 million in its opening weekend.', '$61 million'],
  ])('%s → %s', (text, fig) => {
    expect(aboutOf(text, fig, '2025-07-14').metric?.category).toBe('revenue');
  });
});

describe('depletions are a volume, not money', () => {
  it.each([
    ['Depletions fell 4% in the quarter, Corran Spirits said.', '4%'],
    ['Corran Spirits said depletions declined 2.5% as distributors cut stocks.', '2.5%'],
  ])('%s → %s', (text, fig) => {
    const a = aboutOf(text, fig, '2025-08-06');
    expect(a.metric?.category).toBe('other');
    expect(a.direction).toBe('down');
  });
});

describe('a word of box office takings still opens a name', () => {
  it('keeps "Ticket" of a company named so', () => {
    const text = 'Prime Ticket is an events travel company. Prime Ticket and its units sponsor golf events. Its 2024 revenues totaled 12 million Canadian dollars.';
    expect(aboutOf(text, '12 million Canadian dollars', '2025-03-01').subject?.name).toContain('Ticket');
  });
});

describe('a figure after "after" is compared with the one before it, so measures the same', () => {
  it.each([
    ['Tarrow Foods guided to an operating margin of 15.8% or more, after 16.9% in 2024.', '16.9%', 'margin'],
    ['Orvel said organic sales fell 6% in the second quarter, after a 4% fall in the first.', '4%', 'revenue'],
    ['Retail price inflation is forecast at six pct after 4.1 pct in 1986.', '4.1 pct', 'rate'],
  ])('%s → %s', (text, fig, metric) => {
    expect(aboutOf(text, fig, '2025-10-24').metric?.category).toBe(metric);
  });
});

describe('a measure named in a clause of cause after the figure is not the figure\'s', () => {
  it.each([
    ['Orvel said revenue fell 4% in the half. In Japan, sales fell 12% as tourist spending slowed.', '12%', 'revenue'],
    ['Orvel said revenue fell 4% in the half. Japan fell 12% as tourist spending slowed.', '12%', 'other'],
    ['Kestrel Brands shares rose 4% as consumer spending recovered.', '4%', 'price'],
  ])('%s → %s', (text, fig, metric) => {
    expect(aboutOf(text, fig, '2025-07-25').metric?.category).toBe(metric);
  });
});

describe('the accounting kind of a charge between "of" and its noun', () => {
  it.each([
    ['Operating profit fell 12% to $2.1 billion, hit by $900 million of exceptional impairment charges.', '$900 million', 'cost'],
    ['Net income dropped, reflecting £40m of one-off charges.', '£40m', 'cost'],
  ])('%s → %s', (text, fig, metric) => {
    expect(aboutOf(text, fig, '2025-08-06').metric?.category).toBe(metric);
  });
});
