import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index';
import type { PercentFigure } from '../../src/index';

const percents = (text: string): PercentFigure[] => extract(text, { kinds: ['percent'] }) as PercentFigure[];
const brief = (f: PercentFigure): [string, number, number | undefined] => [f.text, f.value, f.valueMax];

// "up A% to B%" after a forecast word and the measure it foresees ("sees comps up 1% to 2%"), or
// as a former forecast ("compared with up 2% to 4% previously"), is one range of guidance; a
// report ("were up 3% to 4%") or a move to a level ("rose 0.3% to 2.9%") stays two figures.
describe('up or down A% to B% in a forecast', () => {
  it.each([
    ['For fiscal 2026, Harlow Outfitters sees comps up 1% to 2%.', [['1% to 2%', 1, 2]]],
    ['The chain expects comparable sales up 2% to 3% in fiscal 2026.', [['2% to 3%', 2, 3]]],
    ['Management forecasts same-store sales down 1% to 3% in the first quarter.', [['1% to 3%', 1, 3]]],
    ['Full-year comps are expected to be up 3% to 4%, compared with up 2% to 4% previously.', [['3% to 4%', 3, 4], ['2% to 4%', 2, 4]]],
    // Reports and moves to a level: two figures.
    ['Comparable sales were up 3% to 4% in most regions.', [['3%', 3, undefined], ['4%', 4, undefined]]],
    ['Inflation rose 0.3% to 2.9% in January.', [['0.3%', 0.3, undefined], ['2.9%', 2.9, undefined]]],
    // (Ends far apart are a size and a level, even after a forecast word.)
    ['Analysts expect the jobless rate up 0.2% to 4.4%.', [['0.2%', 0.2, undefined], ['4.4%', 4.4, undefined]]],
  ] as const)('%s', (sentence, want) => {
    expect(percents(sentence).map(brief)).toEqual(want);
  });
});
