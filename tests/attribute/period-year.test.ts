import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

const REF = '2026-10-23';

describe('"for the year", "full-year … of": the calendar year of the period talked about', () => {
  it.each([
    ['Sales at Varro rose 4% in the third quarter. It kept its capital spending budget at $2 billion for the year.', '$2 billion', '2026-01-01', '2026-12-31'],
    ['Varro charged $40 million in the third quarter and $90 million in the year.', '$90 million', '2026-01-01', '2026-12-31'],
    ['Varro posted revenue of $5 billion in the third quarter. It kept its full-year forecast for adjusted operating profit of $1.6 billion.', '$1.6 billion', '2026-01-01', '2026-12-31'],
  ] as const)('%s → %s in %s..%s', (text, figure, start, end) => {
    expect(aboutOf(text, figure, REF).period).toMatchObject({ start, end });
  });

  it('"for the year ended …" names its own year', () => {
    const a = aboutOf('Varro earned $30 million in the third quarter and $80 million for the year ended June 30.', '$80 million', REF);
    expect(a.period).toMatchObject({ start: '2025-07-01', end: '2026-06-30' });
  });
});

describe('"for the quarter" before the figure in its clause', () => {
  it.each([
    ['Andela said second-quarter output rose 5%. It cut its budget for 2026 to $2.8 billion. Net profit for the quarter doubled to $1.05 billion.', '$1.05 billion', '2026-04-01', '2026-06-30'],
    ['Andela reported results for the second quarter. Net income in the quarter was $39 million.', '$39 million', '2026-04-01', '2026-06-30'],
  ] as const)('%s → %s in %s..%s', (text, figure, start, end) => {
    expect(aboutOf(text, figure, '2026-08-05').period).toMatchObject({ start, end });
  });

  it('not for a figure that names the year after it', () => {
    const a = aboutOf('Andela reported results for the second quarter. Sales fell 3.2% for the quarter and 2.2% for the year.', '2.2%', '2026-08-05');
    expect(a.period).toMatchObject({ start: '2026-01-01', end: '2026-12-31' });
  });
});

describe('a full-year figure after a quarter written as a range of months', () => {
  it('widens the carried October-December quarter to its calendar year', () => {
    const text = 'Ostrava Bank said October-December net profit fell to 410 million euros. Full-year net profit was 1.7 billion euros.';
    expect(aboutOf(text, '1.7 billion euros', '2026-02-10').period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
  });
});

describe('"for the half" with only a quarter named before', () => {
  it('is the calendar half that quarter is part of', () => {
    const text = 'Corliss Bank expects a net loss of $30 million for the second quarter and a loss of $4 million for the half.';
    expect(aboutOf(text, '$4 million', '2026-06-10').period).toMatchObject({ start: '2026-01-01', end: '2026-06-30' });
  });
});
