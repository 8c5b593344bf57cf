/**
 * Periods in chipmakers' and software firms' results: a decade-like level of a rate is no decade,
 * and a fiscal year's end told with a modal ("will end on") states the calendar.
 * Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { periods, spannedTable as table } from './helpers';

describe('"the mid-30s percent" is a rate\'s level, no decade', () => {
  it.each([
    'The foundry expects 2026 revenue growth in the mid-30s percent in dollar terms.',
    'Gross margin should land in the mid-40s percent range next year.',
    'It guided operating margin to the mid-50s% for the year.',
    'Analysts see gross margins in the mid-70s for the next two quarters.',
  ])('%s', (text) => {
    expect(periods(text, '2025-11-20').filter((f) => /0s/.test(f.text))).toEqual([]);
  });
  // A decade still reads where no rate is near.
  table([
    ['The chip industry boomed in the mid-90s, the founder recalled.', '2025-11-20', [['90s', 36, 39, '1990-01-01', '1999-12-31']]],
  ]);
});

describe('a fiscal year\'s end told with a modal states the calendar', () => {
  table([
    ['The memory maker\'s fiscal 2025 will end on August 28, 2025. For the fiscal fourth quarter it sees revenue of $10.7 billion.', '2025-06-26', [
      ['fiscal 2025 will end on August 28, 2025', 19, 58, '2024-08-30', '2025-08-28'], ['fiscal fourth quarter', 68, 89, '2025-05-30', '2025-08-28']]],
    ['Its fiscal 2026 would end on June 30, 2026 under the new plan.', '2025-09-01', [['fiscal 2026 would end on June 30, 2026', 4, 42, '2025-07-01', '2026-06-30']]],
  ]);
});

describe('a fiscal year stated by its weekday rule puts every fiscal period on those weeks', () => {
  table([
    // The Sunday nearest October 31: fiscal 2025 ran from November 4, 2024 to November 2, 2025.
    ['The chip designer\'s fiscal year ends on the Sunday closest to October 31. Revenue in fiscal year 2025 is seen above $63 billion.', '2025-06-26', [
      ['fiscal year 2025', 85, 101, '2024-11-04', '2025-11-02']]],
    // The last Saturday of September: the rule is no day; the fourth quarter is the year's last 13 weeks.
    ['The phone maker\'s fiscal year ends on the last Saturday of September. Fiscal 2025 revenue rose 6%, and the fiscal fourth quarter set a record.', '2025-11-01', [
      ['Fiscal 2025', 70, 81, '2024-09-29', '2025-09-27'], ['fiscal fourth quarter', 107, 128, '2025-06-29', '2025-09-27']]],
    // Stated after the label, in a clause of its own; "in July" as well as "of July".
    ['Fiscal 2025 revenue rose 5% at the network vendor, whose fiscal year ends on the last Saturday in July.', '2025-08-14', [
      ['Fiscal 2025', 0, 11, '2024-07-28', '2025-07-26']]],
    ['Revenue in fiscal 2026 should grow 10%; its fiscal years end on the Friday nearest November 30.', '2025-12-11', [
      ['fiscal 2026', 11, 22, '2025-11-29', '2026-11-27']]],
    // A year stated with its own end keeps it.
    ['Each fiscal year ends on the Sunday closest to September 30; fiscal 2023 ended on October 1, 2023.', '2025-09-01', [
      ['fiscal 2023 ended on October 1, 2023', 61, 97, '2022-10-03', '2023-10-01']]],
    // A rule near January's end names years by their start for most retailers, by their end for
    // others: left on the calendar.
    ['Its fiscal year ends on the Saturday nearest January 31. Fiscal 2024 sales rose 3%.', '2025-03-05', [['Fiscal 2024', 57, 68, '2024-01-01', '2024-12-31']]],
    // Not a fiscal year's rule: no calendar, and a day of its own.
    ['The board met on the last Saturday of September; fiscal 2025 results follow.', '2025-11-01', [
      ['last Saturday of September', 21, 47, '2025-09-27', '2025-09-27'], ['fiscal 2025', 49, 60, '2025-01-01', '2025-12-31']]],
  ]);
});

describe('analysts\' glued fiscal labels: "F3Q26", "F1H26", "FQ3\'26"', () => {
  table([
    ['F3Q26 revenue was $4.1 billion, and F4Q25 was weaker.', '2025-11-20', [['F3Q26', 0, 5, '2026-07-01', '2026-09-30'], ['F4Q25', 36, 41, '2025-10-01', '2025-12-31']]],
    ["FQ3'26 bookings rose 9%.", '2025-11-20', [["FQ3'26", 0, 6, '2026-07-01', '2026-09-30']]],
    ['F1H2026 margins should widen.', '2025-11-20', [['F1H2026', 0, 7, '2026-01-01', '2026-06-30']]],
    // The fiscal year first, its part joined by a hyphen.
    ['Revenue in FY26-Q3 was up.', '2025-11-20', [['FY26-Q3', 11, 18, '2026-07-01', '2026-09-30']]],
    ['FY2025-H2 margins widened.', '2025-11-20', [['FY2025-H2', 0, 9, '2025-07-01', '2025-12-31']]],
    // On the calendar the text states: the memory maker's fourth quarter to August 28.
    ["The memory maker's fiscal 2025 ends on August 28, 2025. It guided F4Q25 revenue to $10.7 billion and sees F1H26 growth.", '2025-06-26', [
      ['fiscal 2025 ends on August 28, 2025', 19, 54, '2024-08-30', '2025-08-28'], ['F4Q25', 66, 71, '2025-05-30', '2025-08-28'], ['F1H26', 106, 111, '2025-08-29', '2026-02-26']]],
  ]);
  // Not a label: a letter and a number that happen to meet.
  it.each(['The plan covers 5F2Q units.', 'Its F5Q24 code is internal.', 'Row F3 Q26 is blank.'])('%s', (text) => {
    expect(periods(text, '2025-11-20')).toEqual([]);
  });
});
