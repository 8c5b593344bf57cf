import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// A period still to come, carried from an earlier sentence, is only a forecast's: a figure its
// own clause tells as done takes none of it (attribute/period.ts rule 4, aheadOfTold). Words of
// plan and target make a clause a forecast (attribute/words.ts FORECAST_WORDS).
describe('a period still to come carries only to forecasts', () => {
  it.each([
    // (A cut that was made is no cut of next year.)
    ['Traders expect the policy rate to reach 2% by mid-2026. Separately, the Norwegian central bank cut its rate by 25 basis points.', '25 basis points'],
    // (A bond's maturity dates the bond, not its fees.)
    ['The notes mature in 2031. Fees totalled 1.5%.', '1.5%'],
  ] as const)('%s → %s has no period', (text, figure) => {
    expect(aboutOf(text, figure, '2025-11-20').period).toBeUndefined();
  });

  it.each([
    ['The ministry expects exports of 40 billion crowns by 2028. Of that, 6 billion crowns is targeted for machinery.', '6 billion crowns', '2028-01-01', '2028-12-31'],
    ['The plan runs to 2027. Steel output is planned to grow by 4% a year.', '4%', '2027-01-01', '2027-12-31'],
    ['Acme expects sales of $5 billion in 2026. It will spend $400 million on new plants.', '$400 million', '2026-01-01', '2026-12-31'],
    ['Revenue for the 2026/27 fiscal year is forecast at 90 billion rand. Spending is set to total 120 billion rand.', '120 billion rand', '2026-04-01', '2027-03-31'],
  ] as const)('%s → %s keeps the forecast\'s period', (text, figure, start, end) => {
    expect(aboutOf(text, figure, '2025-11-20').period).toMatchObject({ start, end });
  });
});
