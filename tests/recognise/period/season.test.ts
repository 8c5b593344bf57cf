/**
 * Seasons written across two years (src/recognise/period/season.ts): on the months the text
 * states for them, else both calendar years, never on a company's fiscal calendar; "the previous
 * season" is the season before the latest one named. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { periods } from './helpers';

const find = (text: string, ref: string, span: string): [string | undefined, string | undefined] => {
  const f = periods(text, ref).find((p) => p.text === span);
  if (!f) throw new Error(`no period "${span}" in: ${periods(text, ref).map((p) => p.text).join(' | ')}`);
  return [f.start, f.end];
};

describe('a season stated with its months is on those months', () => {
  it.each([
    // ", which runs from … to …", by months or by days, and every other season of the text too.
    ['Cane output in the 2023/24 season, which runs from October to September, fell. In the 2022/23 season it rose.', '2024-06-02', '2023/24', '2023-10-01', '2024-09-30'],
    ['Cane output in the 2023/24 season, which runs from October to September, fell. In the 2022/23 season it rose.', '2024-06-02', '2022/23', '2022-10-01', '2023-09-30'],
    ['The co-op will pay NZ$9.10 for the 2026/27 season, which runs from June 1 to May 31.', '2026-05-20', '2026/27', '2026-06-01', '2027-05-31'],
    // Its end after "year": "the crop year ending August", "the cocoa year ended September 30".
    ['Mill output in the 2021/22 crop year ending August was set at 2 mln tonnes.', '2021-11-04', '2021/22', '2021-09-01', '2022-08-31'],
    ['Ghana shipped 600,000 tonnes in the 2020/21 cocoa year which ended last September.', '2021-11-04', '2020/21', '2020-10-01', '2021-09-30'],
    // Months in brackets after the season, or after the split year itself.
    ['Imports in the 2019/20 season (Oct-Sept) are put at 4 mln tonnes; the 2018/19 season saw 3 mln.', '2020-02-03', '2018/19', '2018-10-01', '2019-09-30'],
    ['Exports reached 1.2 mln tonnes in 2019/20 (July-June), against 0.9 mln in the 2018/19 season.', '2020-02-03', '2018/19', '2018-07-01', '2019-06-30'],
    // Fewer months in brackets: the season is those months, and so is every other of the text.
    ['Cane crushed in the 2019/20 crushing season (November-April) rose; the 2018/19 crushing season was dry.', '2020-06-03', '2019/20', '2019-11-01', '2020-04-30'],
    ['Cane crushed in the 2019/20 crushing season (November-April) rose; the 2018/19 crushing season was dry.', '2020-06-03', '2018/19', '2018-11-01', '2019-04-30'],
  ] as const)('%s → %s', (text, ref, span, start, end) => {
    expect(find(text, ref, span)).toEqual([start, end]);
  });
});

describe("a season is no company's fiscal year", () => {
  it.each([
    // An Indian miller's April year stated first: the season stays both calendar years.
    ['Its profit for the financial year ended March 31 rose 4%. The state raised the cane price for the 2024-25 season.', '2025-05-12', '2024-25', '2024-01-01', '2025-12-31'],
    // A co-op's August year stated after the season does not move it either.
    ['Milk supply in the 2025/26 season is seen flat. Earnings guidance for the 2025 financial year, which ends July 31, was raised.', '2025-05-12', '2025/26', '2025-01-01', '2026-12-31'],
    // A commodity word between the split year and the season's noun keeps it a season.
    ['Its year ended June 30. The 2024/25 soybean harvest is forecast at 170 million tonnes.', '2024-08-20', '2024/25', '2024-01-01', '2025-12-31'],
    // A split fiscal year is not a season: it keeps the calendar the text states.
    ['Its year ended March 31. Capital spending in the 2024/25 financial year rose.', '2024-06-01', '2024/25 financial year', '2024-04-01', '2025-03-31'],
  ] as const)('%s → %s', (text, ref, span, start, end) => {
    expect(find(text, ref, span)).toEqual([start, end]);
  });
});

describe('"the previous season" is the season before the latest named', () => {
  it('after a season on stated months', () => {
    const text = 'Farmers were paid NZ$8.90 for the 2024/25 season, which runs from June 1 to May 31, up from NZ$7.60 in the previous season.';
    expect(find(text, '2025-05-28', 'previous season')).toEqual(['2023-06-01', '2024-05-31']);
  });
  it('with no season named before it dates nothing', () => {
    expect(periods('The striker scored 20 goals in the previous season.', '2025-05-28')).toEqual([]);
  });
});
