import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index';

/** The dates `label` resolves to in `text`. */
function datesOf(text: string, label: string, referenceDate: string): [string | undefined, string | undefined] {
  const f = extract(text, { referenceDate, kinds: ['period'] }).find((x) => x.text === label);
  if (!f || f.kind !== 'period') throw new Error(`no period "${label}"`);
  return [f.start, f.end];
}

// A fiscal label followed by a statement of the year's end early in the next calendar year:
// the label names that year by its start. The statement may come a long guidance sentence later.
describe('a fiscal label read by the year-end statement after it', () => {
  it.each([
    ['Brenton now expects fiscal 2026 sales of $9.1 billion. The fiscal year ends Jan. 30, 2027.'],
    ['Brenton now expects fiscal 2026 sales of $9.1 billion to $9.3 billion, down from $9.4 billion to $9.6 billion, and earnings per share of $2.10 to $2.30, versus $2.40 to $2.60 previously. The fiscal year ends Jan. 30, 2027.'],
    ['Brenton said third-quarter sales for the 13 weeks ended Oct. 31 fell 2%. It now expects fiscal 2026 sales of $9.1 billion to $9.3 billion, down from $9.4 billion to $9.6 billion, and earnings per share of $2.10 to $2.30, versus $2.40 to $2.60 previously. Its fiscal year ends Jan. 30, 2027.'],
  ] as const)('%s', (text) => {
    expect(datesOf(text, 'fiscal 2026', '2026-11-20')).toEqual(['2026-02-01', '2027-01-31']);
  });

  it('the end of a quarter before the year\'s last names the next year, not the label', () => {
    const text = 'Farrow expects a loss for fiscal year 2026. It expects a loss for its first fiscal quarter ended Jan. 31, 2027.';
    const [start, end] = datesOf(text, 'fiscal year 2026', '2027-03-01');
    expect(end?.slice(0, 4)).toBe('2026');
    expect(start?.slice(0, 4)).toBe('2025');
  });
});
