/**
 * Readings of airline, carmaker and shipping stories (attribute/index.ts, cues.ts,
 * lexicon/metrics.ts): a name inside a clause of cause with no comma is no topic, a stock index
 * after "gain in" owns the move, "its shares" in a lead make no market report, "discounts" are a
 * price, and an owner's possessive in a `*` gap counts as "the". Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a name in a clause of cause after a figure is no topic; the main clause\'s subject is (index.ts causeAfterFigure)', () => {
  it.each([
    ['Tarrant Motors reported a 12% fall in quarterly profit on Tuesday as steeper U.S. import duties hurt margins. Revenue slipped 1.5% to 9.8 trillion won.', '1.5%', 'Tarrant Motors'],
    ['Velora Air posted a 6% rise in net income as a weaker yen lifted fares. Revenue climbed 4% to ¥1.2 trillion.', '¥1.2 trillion', 'Velora Air'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2025-02-14').subject?.name).toBe(subject);
  });

  it('a place a few plain words into the cause is no topic either', () => {
    const text = 'Skagen Line raised its guidance. Fuel costs rose to $2.1 billion from $1.7 billion as vessels sailed around the Cape of Good Hope. The group will spend 1.5 billion Danish crowns on new cranes.';
    expect(aboutOf(text, '1.5 billion Danish crowns', '2024-08-01').subject?.name).toBe('Skagen Line');
  });

  it('"as a whole, X said" is no clause of cause', () => {
    const text = 'For the first quarter as a whole, the Rivermouth Authority said, port fees totalled $40 million.';
    expect(aboutOf(text, '$40 million', '2024-05-01').subject?.name).toBe('Rivermouth Authority');
  });
});

describe('a stock index named after the change noun and "in" owns the move (index.ts)', () => {
  it.each([
    ['Doru Motor shares closed down 2.1%, lagging a 0.4% gain in the benchmark KOSPI.', '0.4%', 'KOSPI', 'up'],
    ['Shares of Kirin Rail fell 1.6%, against a 0.9% drop in the Nikkei.', '0.9%', 'Nikkei', 'down'],
  ] as const)('%s → %s', (text, figure, subject, direction) => {
    const a = aboutOf(text, figure);
    expect(a.subject?.name).toBe(subject);
    expect(a.direction).toBe(direction);
    expect(a.metric.category).toBe('price');
  });

  it('the company keeps its own move', () => {
    expect(aboutOf('Doru Motor shares closed down 2.1%, lagging a 0.4% gain in the benchmark KOSPI.', '2.1%').subject?.name).toBe('Doru Motor');
  });
});

describe('"its shares" in a results lead make no market report: later prices keep the period reported (index.ts namesMarket)', () => {
  it('a fuel price after the quarter', () => {
    const text = 'DENVER, April 16 (Wire) - Peakline Airways on Wednesday forecast higher summer fares, sending its shares up 5% after the bell.\n\n'
      + 'For the first quarter, Peakline posted a net profit of $64 million.\n\nThe average fuel price fell 9% to $2.51 per gallon.';
    const a = aboutOf(text, '$2.51', '2025-04-16');
    expect(a.metric.category).toBe('price');
    expect(a.period).toMatchObject({ start: '2025-01-01', end: '2025-03-31' });
  });

  it('a market report still dates its moves by the lead\'s day', () => {
    const text = 'Asian shares fell on Wednesday as oil climbed.\n\nBrent crude rose 2% to $81.40 a barrel.';
    expect(aboutOf(text, '$81.40', '2025-04-16').period).toMatchObject({ start: '2025-04-16', end: '2025-04-16' });
  });
});

describe('"discounts" tied to a figure are a price (lexicon/metrics.ts)', () => {
  it('"discounts of 40% on big orders"', () => {
    expect(aboutOf('Airlines usually win discounts of 40% on big orders, analysts said.', '40%').metric.category).toBe('price');
  });
});

describe('an owner\'s possessive opening a `*` gap counts as "the" (cues.ts endOfPhrase)', () => {
  it.each([
    ["Tessaro's share of China's new energy vehicle market rose to 4.8% in the first half.", '4.8%'],
    ["Its share of Japan's light commercial vehicle market slipped to 11.2%.", '11.2%'],
  ] as const)('%s → stake', (text, figure) => {
    expect(aboutOf(text, figure).metric.category).toBe('stake');
  });
});

describe('an amount after "its own target of" is an expectation of the measure before it (shared.ts isConsensusAmount)', () => {
  it.each([
    ['Free cash flow at the car unit came in at 3.6 billion euros, above its own target of 2.5 billion to 3 billion euros.', '2.5 billion to 3 billion euros', 'cash'],
    ['Group revenue reached $18.2 billion, short of its target of $19 billion.', '$19 billion', 'revenue'],
    // "in line with guidance of": the same.
    ['Core earnings rose 11% to 7.9 billion crowns, in line with guidance of 7.5-8 billion crowns.', '7.5-8 billion crowns', 'profit'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric.category).toBe(metric);
  });

  it('not a target named by its own measure', () => {
    expect(aboutOf('Revenue rose to $4.1 billion. It set a cost-savings target of $300 million.', '$300 million').metric.category).not.toBe('revenue');
  });
});

describe('a measure called "annual" is for the year-long period written next (index.ts annualAhead)', () => {
  it('the year named in the next sentence, across the lead\'s paragraph', () => {
    const text = 'LEEDS, 4 March (Wire) - Pennine Haulage said annual operating profit rose 9 per cent to £31.5 million.\n\nRevenue for the year to 31 December grew 3 per cent.';
    const a = aboutOf(text, '£31.5 million', '2025-03-04');
    expect(a.period).toMatchObject({ start: '2024-01-01', end: '2024-12-31', basis: 'full-year', text: 'annual' });
  });

  it('a fiscal year later in the sentence', () => {
    const text = 'Hokuto Motor lowered its annual net profit forecast by 12% on Friday, citing a ¥200 billion tariff hit in the year to March 2026.';
    expect(aboutOf(text, '12%', '2025-11-07').period).toMatchObject({ start: '2025-04-01', end: '2026-03-31' });
  });

  it('no year written next: no period', () => {
    expect(aboutOf('Pennine Haulage said annual operating profit rose 9 per cent. Shares rose 2 per cent in the first quarter.', '9 per cent', '2025-03-04').period).toBeUndefined();
  });
});

describe('a figure listed after one told as "previously" shares its measure (clause.ts listedAfter)', () => {
  it('"down from ¥900 billion previously and ¥1.04 trillion last year"', () => {
    const text = 'Hokuto now sees operating profit of ¥750 billion, down from ¥900 billion previously and ¥1.04 trillion in the previous year.';
    expect(aboutOf(text, '¥1.04 trillion').metric.category).toBe('profit');
  });
});

describe('"later this year" is no year an annual measure is reported for (index.ts annualAhead)', () => {
  it('no period', () => {
    const text = 'The railway said the new timetable could cut annual revenue by about $15 million. It will ask the regulator for a fare rise later this year.';
    expect(aboutOf(text, '$15 million', '2025-03-04').period).toBeUndefined();
  });
});
