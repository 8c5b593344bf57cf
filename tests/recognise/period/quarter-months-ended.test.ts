import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index';

const periods = (text: string, referenceDate: string): Record<string, [string | undefined, string | undefined]> =>
  Object.fromEntries(extract(text, { referenceDate, kinds: ['period'] }).map((f) => [f.text, f.kind === 'period' ? [f.start, f.end] : [undefined, undefined]]));

// A story that names its quarter by number ("fourth-quarter profit") and then the day that
// quarter ended ("the three months ended Oct. 31") states the company's fiscal calendar.
describe('a numbered quarter and the day it ended give the fiscal calendar', () => {
  it('a Canadian bank\'s fourth quarter ended Oct. 31', () => {
    const text = 'Maplecrest Bank fourth-quarter profit rose 8%.\n\nAdjusted earnings for the three months ended Oct. 31 were C$2.10 a share. For fiscal 2026, the bank earned C$7.4 billion.';
    const p = periods(text, '2026-12-03');
    expect(p['fourth-quarter']).toEqual(['2026-08-01', '2026-10-31']);
    expect(p['three months ended Oct. 31']).toEqual(['2026-08-01', '2026-10-31']);
    expect(p['fiscal 2026']).toEqual(['2025-11-01', '2026-10-31']);
  });

  it('a chip maker\'s second quarter ended early in March', () => {
    // (On the weeks the end states: the quarter ended March 4 is the 13 weeks from December 4.)
    const p = periods('Dellmont Memory expects a loss in the second quarter. Revenue in the quarter ended March 4 rose 9%.', '2027-03-15');
    expect(p['second quarter']).toEqual(['2026-12-04', '2027-03-04']);
  });

  it('an Australian grocer\'s first half to a day late in December', () => {
    // "first-half profit … the six months to Dec. 28": a July–June year, on 26 weeks.
    const text = 'Wattle Foods posted a 4% rise in first-half profit.\n\nNet profit for the six months to Dec. 28 was A$310 million. It sees second-half sales growth of 3%, and full-year capex of A$900 million.';
    const p = periods(text, '2026-02-24');
    expect(p['first-half']).toEqual(['2025-06-30', '2025-12-28']);
    expect(p['six months to Dec. 28']).toEqual(['2025-06-30', '2025-12-28']);
    expect(p['second-half']).toEqual(['2025-12-29', '2026-06-28']);
  });

  it.each([
    // A quarter called fiscal and written without its year, then the day it ended: the same.
    ['Brambleton Roasters reported fiscal fourth-quarter results on Thursday. For the quarter ended Oct. 1, it earned $1.1 billion. It expects fiscal 2027 sales to rise 9%.', '2026-11-05',
      { 'fiscal fourth-quarter': ['2026-07-03', '2026-10-01'], 'fiscal 2027': ['2026-10-02', '2027-09-30'] }],
    ['Osterley Studios said profit for the fiscal fourth quarter fell 40%, to $900 million in the three months ended Sept. 28.', '2026-11-12',
      { 'fiscal fourth quarter': ['2026-06-30', '2026-09-28'] }],
    ['Quillfield Devices posted record fiscal first-quarter revenue. It earned $2.40 a share in the quarter ended Dec. 27.', '2027-01-29',
      { 'fiscal first-quarter': ['2026-09-28', '2026-12-27'] }],
  ] as const)('%s', (text, ref, want) => {
    const p = periods(text, ref);
    for (const [label, dates] of Object.entries(want)) expect(p[label]).toEqual(dates);
  });

  it.each([
    // A half of the calendar year, or a half ended long before: no calendar stated.
    ['Tarn Mills said first-half sales rose. Sales for the six months to June 30 were $2 billion.', 'first-half', ['2026-01-01', '2026-06-30']],
    ['Tarn Mills said first-half sales rose, and sales in the six months to Dec. 28, 2024 were $2 billion.', 'first-half', ['2026-01-01', '2026-06-30']],
  ] as const)('%s', (text, label, dates) => {
    expect(periods(text, '2026-08-20')[label]).toEqual(dates);
  });

  it.each([
    // The calendar's own quarter: nothing changes.
    ['Ostrava Steel said third-quarter sales rose. Sales for the three months ended Sept. 30 were $2 billion.', 'third-quarter', ['2026-07-01', '2026-09-30']],
    // A month without its day is an industry's calendar quarter.
    ['Chip bookings rose in the first quarter. Average bookings in the three-month period ended in March rose 4%.', 'first quarter', ['2026-01-01', '2026-03-31']],
  ] as const)('%s', (text, label, dates) => {
    expect(periods(text, '2026-11-20')[label]).toEqual(dates);
  });
});

// "the year-earlier period" after a forecast for the running year: the quarter reported before it
// in that year is what moves back a year, not the forecast's year.
describe('"the year-earlier period" skips a running year a forecast names', () => {
  it('takes the quarter reported, not the forecast year', () => {
    const text = 'Corvell said third-quarter sales rose 6%. It now expects 2026 earnings of $4.10 a share. Net income was $900 million, up from $780 million in the year-earlier period.';
    expect(periods(text, '2026-10-29')['year-earlier period']).toEqual(['2025-07-01', '2025-09-30']);
  });

  it('a coming quarter a forecast names stays the antecedent', () => {
    const text = 'Corvell expects a profitable 2027 second quarter. In the year-ago period it earned $9 million.';
    expect(periods(text, '2027-06-10')['year-ago period']).toEqual(['2026-04-01', '2026-06-30']);
  });
});
