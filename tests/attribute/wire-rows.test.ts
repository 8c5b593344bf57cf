/**
 * Results rows in the newswire's table form (src/attribute/wire-rows.ts): a line that is only a
 * period heads the rows below it, the column after "vs" is the same months a year back, a note
 * that opens with a heading's words is of its period, and a note naming the company gives it the
 * rows. Texts written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

const QUARTER = `Qtr ended March 31

Shr 53 cts vs 46 cts

Net 7.2 mln dlrs vs 6.1 mln dlrs

Nine mths

Shr 1.41 dlrs vs 1.22 dlrs

NOTE: Nine mths net includes gain of 1.6 mln dlrs, or 12 cts a share, from sale of a warehouse.`;

describe('a period heading gives its period to the rows below it', () => {
  it.each([
    ['53 cts', '1987-01-01', '1987-03-31'],
    ['46 cts', '1986-01-01', '1986-03-31'],
    ['7.2 mln dlrs', '1987-01-01', '1987-03-31'],
    ['6.1 mln dlrs', '1986-01-01', '1986-03-31'],
    // "Nine mths" after a quarter ended March 31: the nine months to that day.
    ['1.41 dlrs', '1986-07-01', '1987-03-31'],
    ['1.22 dlrs', '1985-07-01', '1986-03-31'],
    // A note that opens with the heading's words is of its period.
    ['1.6 mln dlrs', '1986-07-01', '1987-03-31'],
    ['12 cts', '1986-07-01', '1987-03-31'],
  ])('%s is for %s..%s', (figure, start, end) => {
    expect(aboutOf(QUARTER, figure, '1987-04-24').period).toMatchObject({ start, end });
  });

  it('"Year" after a fourth quarter is the year it closes; "making" keeps the period of the row', () => {
    const text = `4th qtr

Shr 28 cts vs 19 cts

Year

Shr 96 cts vs 71 cts

Div 14 cts vs 12 cts making 40 cts vs 36 cts`;
    expect(aboutOf(text, '28 cts', '1987-02-20').period).toMatchObject({ start: '1986-10-01', end: '1986-12-31' });
    expect(aboutOf(text, '96 cts', '1987-02-20').period).toMatchObject({ start: '1986-01-01', end: '1986-12-31' });
    expect(aboutOf(text, '71 cts', '1987-02-20').period).toMatchObject({ start: '1985-01-01', end: '1985-12-31' });
    expect(aboutOf(text, '40 cts', '1987-02-20').period).toMatchObject({ start: '1986-01-01', end: '1986-12-31' });
    expect(aboutOf(text, '36 cts', '1987-02-20').period).toMatchObject({ start: '1985-01-01', end: '1985-12-31' });
  });

  it('"Year" with no heading period before it dates nothing', () => {
    const text = 'Shr 31 cts vs 25 cts\n\nYear\n\nShr 1.05 dlrs vs 88 cts';
    expect(aboutOf(text, '1.05 dlrs', '1987-02-20').period).toBeUndefined();
  });

  it('a heading still to come by the reference date heads no rows', () => {
    const text = '1st half\n\nShr 44 cts vs 39 cts';
    expect(aboutOf(text, '44 cts', '1987-03-16').period).toBeUndefined();
  });

  it('a note in prose ends the block', () => {
    const text = 'Year to December 31, 1986\n\nShr 18.4p vs 16.0p\n\nNOTE: The company expects to pay 2.5 mln stg for the Leeds plant.';
    expect(aboutOf(text, '18.4p', '1987-03-20').period).toMatchObject({ start: '1986-01-01', end: '1986-12-31' });
    expect(aboutOf(text, '2.5 mln stg', '1987-03-20').period).toBeUndefined();
  });
});

describe('"vs" in a note sets a result against the year before', () => {
  it.each([
    ['2,150,000 dlrs', '1986-01-01', '1986-12-31'],
    ['1,420,000 dlrs', '1985-01-01', '1985-12-31'],
  ])('%s is for %s..%s', (figure, start, end) => {
    const text = 'Shr 80 cts vs 62 cts\n\nNOTE: 1986 net excludes tax credits of 2,150,000 dlrs vs 1,420,000 dlrs.';
    expect(aboutOf(text, figure, '1987-03-02').period).toMatchObject({ start, end });
  });
});

describe('the company a note names owns the rows', () => {
  it.each([
    ['Shr 22 cts vs 17 cts\n\nNOTE: Full company name is Harwell Valley Bancorp Inc.', 'Harwell Valley Bancorp Inc'],
    ['Shr 22 cts vs 17 cts\n\nNote: full name is Pine and Lake Supply Co. The company went public in 1985.', 'Pine and Lake Supply Co'],
    ['Shr 22 cts vs 17 cts\n\nNOTE: Ostler Foods Ltd said the final dividend will be paid on June 2.', 'Ostler Foods Ltd'],
  ])('%#', (text, name) => {
    expect(aboutOf(text, '22 cts', '1987-03-02').subject?.name).toBe(name);
    expect(aboutOf(text, '17 cts', '1987-03-02').subject?.name).toBe(name);
  });
});
