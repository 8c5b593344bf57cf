/**
 * A reported change with two close ends and a basis after the high end is one range: the basis
 * written as results releases abbreviate it ("y/y", "Q/Q") or spelled inside "on a … basis"
 * (src/recognise/range-cue.ts, `basisAt`). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { extract, type PercentFigure } from '../../src/index';

const percents = (text: string): PercentFigure[] => extract(text, { kinds: ['percent'] }) as PercentFigure[];

/** [sentence, figure texts, [value, valueMax?] of each] */
type Row = [string, string[], Array<[number, number?]>];

const check = (text: string, texts: string[], values: Array<[number, number?]>): void => {
  const got = percents(text);
  expect(got.map((f) => f.text)).toEqual(texts);
  expect(got.map((f) => (f.valueMax === undefined ? [f.value] : [f.value, f.valueMax]))).toEqual(values);
};

describe('a slashed or spelled-out basis after "A% to B%" makes one range', () => {
  it.each<Row>([
    ['The software maker sees revenue of $2.1 billion, up 8% to 9% y/y.', ['8% to 9%'], [[8, 9]]],
    ['Cloud sales climbed 27% to 29% Y/Y in the quarter.', ['27% to 29%'], [[27, 29]]],
    ['Memory bit shipments were down 4% to 6% q/q.', ['4% to 6%'], [[4, 6]]],
    ['Handset volumes rose 10% to 12% M/M in October.', ['10% to 12%'], [[10, 12]]],
    ['Bookings were up 14% to 16% on a year-over-year basis.', ['14% to 16%'], [[14, 16]]],
    ['Subscription revenue grew 11% to 13% on a constant-currency basis.', ['11% to 13%'], [[11, 13]]],
    ['Server demand fell 3% to 5% on a sequential basis.', ['3% to 5%'], [[3, 5]]],
  ])('%s', check);
});

describe('without a basis, or with ends far apart, a size and a level stay two figures', () => {
  it.each<Row>([
    // A level reached: no basis after it.
    ['The jobless rate rose 0.2% to 4.3%.', ['0.2%', '4.3%'], [[0.2], [4.3]]],
    // Far apart ends are a size and a level even with a basis.
    ['Its gross margin rose 2% to 48% y/y.', ['2%', '48%'], [[2], [48]]],
    // "on a" with no "basis" is no basis.
    ['Units rose 5% to 7% on a strong quarter.', ['5%', '7%'], [[5], [7]]],
  ])('%s', check);
});
