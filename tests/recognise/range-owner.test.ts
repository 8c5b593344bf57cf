import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index';
import type { MoneyFigure, PercentFigure } from '../../src/index';

const amounts = (text: string): (MoneyFigure | PercentFigure)[] =>
  extract(text, { kinds: ['money', 'percent'] }) as (MoneyFigure | PercentFigure)[];

// An owner's attributive range, opened by "its"/"their" as "a" opens one (lexicon/range-cues.ts).
describe('"its A to B <noun>" is one range', () => {
  it.each([
    ['Leverage sat near the top of its 30% to 40% target band.', '30% to 40%', 30, 40],
    ['The landlords kept their 4.5% to 5% yield targets.', '4.5% to 5%', 4.5, 5],
    ['Halden reiterated its $2.10 to $2.25 guidance for the year.', '$2.10 to $2.25', 2.1, 2.25],
  ] as const)('%s', (sentence, text, low, high) => {
    const got = amounts(sentence);
    expect(got.map((f) => f.text)).toEqual([text]);
    const f = got[0]!;
    expect(Number(f.kind === 'money' ? f.amount : f.value)).toBe(low);
    expect(Number(f.kind === 'money' ? f.amountMax : f.valueMax)).toBe(high);
  });

  it('a change after "its" stays a change: "raised its dividend 10% to 50 cents", "lifted its stake from 5% to 9%"', () => {
    expect(amounts('Halden raised its dividend 10% to 50 cents.').map((f) => f.text)).toEqual(['10%', '50 cents']);
    expect(amounts('Halden lifted its stake from 5% to 9%.').map((f) => f.text)).toEqual(['5%', '9%']);
  });
});
