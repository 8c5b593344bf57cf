import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// Sentences written for these tests.
describe('a period after "since" dates a record or a span start, not the figure', () => {
  it('"up 12% …, the busiest quarter since the end of 2019": the 12% keeps the quarter named before', () => {
    const text = 'Bond sales reached $840 billion in the second quarter, up 12% from a year earlier and the busiest quarter since the end of 2019.';
    const about = aboutOf(text, '12%', '2024-07-02');
    expect(about.period?.start).toBe('2024-04-01');
    expect(about.period?.end).toBe('2024-06-30');
  });
  it('"in the period" after a record\'s "since the fourth quarter of 2020" is not that quarter', () => {
    const text = 'Buyout funds raised $61 billion in the third quarter, the most since the fourth quarter of 2020. Loan sales rose 20% to $300 billion in the period.';
    const about = aboutOf(text, '20%', '2024-10-02');
    expect(about.period?.start).not.toBe('2020-10-01');
  });
  it.each([
    // A short clause of "since", its subject and verb before "in" (src/attribute/period.ts afterSince).
    ['Tellbrook shares rose 9% on the news, the steepest gain since it listed in 2018.', '9%'],
    ['Loxley Pharma stock climbed 14% to $41.30, its best day since the drugmaker was spun off in 2016.', '$41.30'],
  ] as const)('"since it listed in 2018" is no period of %s', (text, figure) => {
    expect(aboutOf(text, figure, '2025-06-10').period).toBeUndefined();
  });
  it('a clause of "since" keeps the period named before it', () => {
    const text = 'Harlan Bio shares jumped 35% to $18.20 in the second quarter, their best run since the biotech went public in 2020.';
    expect(aboutOf(text, '35%', '2025-06-10').period).toMatchObject({ start: '2025-04-01', end: '2025-06-30' });
  });
});

describe('a week after a result with its own period names when it was reported', () => {
  it('"posted a third-quarter net loss of $81 million, or 64 cents a share, last week": the quarter', () => {
    const text = 'Brenmoor Bio posted a third-quarter net loss of $81 million, or 64 cents a share, last week.';
    for (const fig of ['$81 million', '64 cents']) {
      const about = aboutOf(text, fig, '2024-11-12');
      expect(about.period?.start).toBe('2024-07-01');
      expect(about.period?.end).toBe('2024-09-30');
    }
  });
  it.each([
    ['Second-quarter net income fell 18% to 4.1 billion reais, the company reported earlier this month.', '4.1 billion reais'],
    ['First-half profit rose to $910 million, Tarrow Oil said last week.', '$910 million'],
  ] as const)('a clause of telling after a result of a named period: %s → %s keeps the result\'s period', (text, figure) => {
    const about = aboutOf(text, figure, '2024-08-20');
    expect(about.period?.start).toBe(figure === '$910 million' ? '2024-01-01' : '2024-04-01');
    expect(about.period?.end).toBe('2024-06-30');
  });
  it('a participle after the figure still dates it: "the 60 million euros reported in 2023"', () => {
    const about = aboutOf('Brenmoor expects 2024 profit well above the 60 million euros reported in 2023.', '60 million euros', '2024-08-20');
    expect(about.period?.start).toBe('2023-01-01');
  });
  it('a week alone is still the figure\'s own: "sold bonds worth $2 billion last week"', () => {
    const about = aboutOf('Brenmoor sold bonds worth $2 billion last week.', '$2 billion', '2024-11-12');
    expect(about.period?.start).toBe('2024-11-04');
  });
});

describe('a period after "since its" or "since their" dates a peak, not the figure', () => {
  it('"down 18% since its December peak": December is not the 18%\'s period', () => {
    const text = 'Marlowe Software said revenue rose 9% in the quarter. The stock, down 18% since its December peak, gained 2% on Friday.';
    expect(aboutOf(text, '18%', '2026-03-14').period?.text).not.toBe('December');
  });
});
