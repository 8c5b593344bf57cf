import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('"Analysts had expected $X": the measure of the last figure of the sentence before', () => {
  it.each([
    ['Tarrant Telecom said third-quarter EBITDA fell 3% to 990 million euros. Analysts had expected 1.02 billion euros.', '1.02 billion euros', 'ebitda'],
    ['Wexford Brewing said annual revenue rose 5% to $3.3 billion. Analysts polled by the wire had forecast about $3.4 billion.', '$3.4 billion', 'revenue'],
    // its own words win
    ['Wexford Brewing said annual revenue rose 5% to $3.3 billion. Analysts had expected a profit of $400 million.', '$400 million', 'profit'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric.category).toBe(category);
  });

  it('"an estimated $X" is the size of what the sentence names, not an expectation', () => {
    expect(aboutOf('Prices of copper rose 2% to $9,800 a tonne. The market totals an estimated $11 billion.', '$11 billion').metric.category).toBe('other');
  });
});

describe('the change of a unit price found through a selling verb', () => {
  it('"sold … at an average of $4.35 a pound, up 9%": the 9% is a price change', () => {
    const text = 'Yarrow Mining sold its copper at an average of $4.35 a pound, up 9% from a year earlier.';
    expect(aboutOf(text, '$4.35').metric.category).toBe('price');
    expect(aboutOf(text, '9%').metric.category).toBe('price');
  });
});

describe('an amount expected later in its sentence, with no words of its own: the measure of the figure before it', () => {
  it.each([
    ['Halvard Steel reported an operating profit of ¥84 billion for the year, up 6%, and forecast ¥92 billion for the current year.', '¥92 billion', 'profit'],
    ['Merrow Retail posted sales of £3.1 billion and projected about £3.4 billion next year.', '£3.4 billion', 'revenue'],
    // its own words win; an adjective ("the then projected") names the figure's own size
    ['Merrow Retail posted sales of £3.1 billion and forecast a loss of £40 million.', '£40 million', 'loss'],
    ['Its share was 1.2 billion dlrs of the then projected 6.1 billion dlr total.', '6.1 billion dlr', 'other'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric.category).toBe(category);
  });
});

// "beating estimates by 4 cents": how far the result was from the estimate, of its measure and period.
describe('a beat or miss "by" an amount is of the measure before it', () => {
  it('"earned 81 cents per share in the third quarter, beating estimates by 4 cents"', () => {
    const about = aboutOf('Denholm Tools earned 81 cents per share in the third quarter, beating estimates by 4 cents.', '4 cents', '2025-11-04');
    expect(about.metric.category).toBe('eps');
    expect([about.period?.start, about.period?.end]).toEqual(['2025-07-01', '2025-09-30']);
  });
});

describe('"the X expected" and an LSEG SmartEstimate: what analysts expected of the measure before it (shared.ts)', () => {
  it.each([
    ['Sales of its eye drug grew 30% to 6.2 billion crowns in the second quarter, but missed the 6.5 billion expected.', '6.5 billion', 'revenue', '2026-04-01', '2026-06-30'],
    ['Tarrant Telecom said quarterly EBITDA rose to $1.8 billion in the second quarter, above the $1.7 billion forecast.', '$1.7 billion', 'ebitda', '2026-04-01', '2026-06-30'],
    ['Revenue for April-June was NT$512 billion, ahead of an LSEG SmartEstimate of NT$498 billion.', 'NT$498 billion', 'revenue', '2026-04-01', '2026-06-30'],
  ] as const)('%s → %s is %s', (text, figure, category, start, end) => {
    const about = aboutOf(text, figure, '2026-07-20');
    expect(about.metric.category).toBe(category);
    expect(about.period).toMatchObject({ start, end });
  });
});
