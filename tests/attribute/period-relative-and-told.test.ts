/**
 * Where a figure's period search stops (attribute/period.ts, attribute/index.ts): at the end of a
 * relative clause the figure is in, before "and warned that …", and at a year still to come for a
 * result already reported. Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

const REF = '2024-08-21';

describe('a relative clause ends at the comma before the main clause\'s verb', () => {
  const text = 'Net profit for the year ended June 30 was A$88.1 million. Base fees, which rose 3% to A$410 million, should come in at 55 basis points of assets in fiscal 2025.';
  it.each([['3%'], ['A$410 million']] as const)('%s keeps the year reported', (figure) => {
    expect(aboutOf(text, figure, REF).period).toMatchObject({ start: '2023-07-01', end: '2024-06-30' });
  });
  it('the change of the relative clause takes no figure of the main clause', () => {
    expect(aboutOf(text, '55 basis points', REF).change).toBeUndefined();
  });
});

describe('"and warned that …" tells another thing with its own period', () => {
  it('the result before it does not take the year to come', () => {
    const text = 'Tallis Group reported a 12% rise in half-year revenue on Wednesday and warned that margins would shrink in fiscal 2025.';
    expect(aboutOf(text, '12%', REF).period?.start).not.toBe('2024-07-01');
  });
});

describe('an "annual" result reported is of a year that has ended', () => {
  it('not the year a later clause looks ahead to', () => {
    const text = 'Coorabel Funds reported a 19% fall in annual net profit on Wednesday, as fees dried up, and said margins would keep shrinking in fiscal 2025.';
    expect(aboutOf(text, '19%', REF).period?.end).not.toBe('2025-06-30');
  });
  it('a forecast may be of a year to come', () => {
    const p = aboutOf('Acme cut its annual profit forecast by 15% on Wednesday, and now sees flat sales in 2024.', '15%', '2024-05-02').period;
    expect([p?.start, p?.end]).toEqual(['2024-01-01', '2024-12-31']);
  });
});

// "Operating profit rose 7 pct to $6.9 billion, slightly below forecasts of $7.0 billion": analysts'
// forecasts a result is set against make no forecast clause, so the result keeps the year reported.
describe('"below forecasts of" sets a result against analysts\' numbers', () => {
  it('keeps the year reported, not the target year of a forecast before', () => {
    const text = 'Halden Life said its value of new business rose 15 pct in 2025, and set a target of lifting profit by 8-10 pct a year through 2028. Operating profit rose 7 pct to $6.9 billion, slightly below forecasts of $7.0 billion.';
    expect(aboutOf(text, '$6.9 billion', '2026-01-30').period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
  });
});

// A share move on the story's trading day takes that day, not the results period of the sentence before.
describe('a share move on the story\'s day passes over a results period that has ended', () => {
  it('takes the day', () => {
    const text = 'SYDNEY, Aug 21 (Wire) - Tallis Group reported its results on Wednesday. Net profit for the year ended June 30 was A$88.1 million. Tallis shares fell 4.2% to A$9.10.';
    expect(aboutOf(text, '4.2%', REF).period).toMatchObject({ start: '2024-08-21', end: '2024-08-21' });
  });
});
