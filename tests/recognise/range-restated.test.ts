/**
 * "the A to B" written again and closed by a mark is one range (recognise/range-cue.ts), as an
 * analyst restates a guided range on a call. Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index';
import type { MoneyFigure, PercentFigure } from '../../src/index';

const money = (text: string): MoneyFigure[] => extract(text, { kinds: ['money'] }) as MoneyFigure[];
const percents = (text: string): PercentFigure[] => extract(text, { kinds: ['percent'] }) as PercentFigure[];

describe('a range written again after "the"', () => {
  it.each([
    ['On the 4% to 6% -- is that organic?', '4% to 6%', 4, 6],
    ['So the 10% to 12%, is that before currency?', '10% to 12%', 10, 12],
  ] as const)('%s', (sentence, text, low, high) => {
    const got = percents(sentence);
    expect(got.map((f) => f.text)).toEqual([text]);
    expect([got[0]!.value, got[0]!.valueMax]).toEqual([low, high]);
  });

  it('reads money the same way', () => {
    const got = money('Is the $3.10 to $3.25 still the right range?');
    expect(got.map((f) => [f.text, f.amount, f.amountMax])).toEqual([['$3.10 to $3.25', 3.1, 3.25]]);
  });

  it('keeps a move from the one level to the other', () => {
    const got = percents('The rate went from the 5% to 7%, the bank said.');
    expect(got.map((f) => f.text)).toEqual(['5%', '7%']);
  });
});
