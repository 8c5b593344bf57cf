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
