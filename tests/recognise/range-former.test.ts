import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index';
import type { MoneyFigure, PercentFigure } from '../../src/index';

const money = (text: string): MoneyFigure[] => extract(text, { kinds: ['money'] }) as MoneyFigure[];
const percents = (text: string): PercentFigure[] => extract(text, { kinds: ['percent'] }) as PercentFigure[];

// A revised forecast and the range it replaced: the former range stays one figure when a
// comma sets it off after a new range "to" introduced, or "down/up from … previously" says so.
describe('the former range of a revised forecast', () => {
  it.each([
    ['Tolland raised its sales forecast to $40 billion to $42 billion, from $38 billion to $41 billion, on Monday.', ['$40 billion to $42 billion', '$38 billion to $41 billion'], [38e9, 41e9]],
    ['It cut its 2026 outlook to €2.1bn to €2.3bn, from €2.4bn to €2.6bn.', ['€2.1bn to €2.3bn', '€2.4bn to €2.6bn'], [2.4e9, 2.6e9]],
    // A word of comparison after the comma: "up from", "compared with", "versus".
    ['Quorn Freight lifted its forecast to $7 billion to $7.4 billion, up from $6.5 billion to $6.9 billion.', ['$7 billion to $7.4 billion', '$6.5 billion to $6.9 billion'], [6.5e9, 6.9e9]],
    ['It now sees EPS of $4.10 to $4.30, compared with $3.80 to $4.05 before.', ['$4.10 to $4.30', '$3.80 to $4.05'], [3.8, 4.05]],
    ['Guidance is £300m to £320m, versus £280m to £310m in May.', ['£300m to £320m', '£280m to £310m'], [280e6, 310e6]],
  ] as const)('%s', (sentence, texts, [low, high]) => {
    const got = money(sentence);
    expect(got.map((f) => f.text)).toEqual(texts);
    expect(Number(got[1]!.amount)).toBe(low);
    expect(Number(got[1]!.amountMax)).toBe(high);
  });

  it.each([
    ['Marlow now expects sales growth of 5% to 9%, down from 10% to 14% previously.', '10% to 14%', 10, 14],
    ['The group sees margins of 30% to 32%, up from 27% to 29% previously.', '27% to 29%', 27, 29],
    ['It expects growth of 2% to 3%, down from 4% to 5% in July.', '4% to 5%', 4, 5],
  ] as const)('%s', (sentence, text, low, high) => {
    const f = percents(sentence).find((x) => x.text === text)!;
    expect(f).toBeDefined();
    expect([Number(f.value), Number(f.valueMax)]).toEqual([low, high]);
  });

  it.each([
    ['Shares rose $2 to $25, from $20 to $23 a year ago.', ['$2', '$25', '$20', '$23']],
    ['Yields fell to 4.1%, down from 4.5% to 5% last year.', ['4.1%', '4.5%', '5%']],
    // One amount before the comma, not a range: "up from" starts a move.
    ['Shares closed at $31, up from $28 to $30 a week ago.', ['$31', '$28', '$30']],
  ] as const)('keeps a move as its figures: %s', (sentence, texts) => {
    expect(extract(sentence).filter((f) => f.kind !== 'period').map((f) => f.text)).toEqual(texts);
  });
});

describe('a former range after a new one written "to between … and …"', () => {
  it.each([
    ['Castell raised its fiscal 2026 bookings outlook to between $6.4 billion and $6.6 billion, from $5.9 billion to $6.0 billion.', ['between $6.4 billion and $6.6 billion', '$5.9 billion to $6.0 billion'], [5.9e9, 6.0e9]],
    ['It cut its forecast to between £200m and £220m, from £240m to £260m.', ['between £200m and £220m', '£240m to £260m'], [240e6, 260e6]],
  ] as const)('%s', (sentence, texts, [low, high]) => {
    const got = money(sentence);
    expect(got.map((f) => f.text)).toEqual(texts);
    expect(Number(got[1]!.amount)).toBe(low);
    expect(Number(got[1]!.amountMax)).toBe(high);
  });

  it('"between … and …" with no "to" before it leaves "from A to B" a change', () => {
    expect(money('Revenue was between $2 billion and $3 billion, from $1 billion to $2 billion.').map((f) => f.text))
      .toEqual(['between $2 billion and $3 billion', '$1 billion', '$2 billion']);
  });
});
