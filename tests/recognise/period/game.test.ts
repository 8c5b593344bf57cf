import { describe } from 'vitest';
import { spannedTable } from './helpers';

describe("a game's quarters and halves are not periods", () => {
  spannedTable([
    ['The Hawks outscored their hosts 34-20 in the third quarter.', '2024-02-10', []],
    ['She scored 11 of her 28 points in the 4th quarter.', '2024-02-10', []],
    ['In the second half, the visitors equalised after the striker hit the post.', '2024-02-10', []],
    ['The quarterback threw two interceptions in the first half.', '2024-02-10', []],
    ['He came on at halftime and scored twice in the second half.', '2024-02-10', []],
    // A score is a game's sign too.
    ['Denver were 21-6 up at the end of the first quarter.', '2024-02-10', []],
    ['The hosts trailed 2-0 at the break but won the second half 3-1.', '2024-02-10', []],
    ['The second-half rally began with a 45-yard run.', '2024-02-10', []],
    ['He took three wickets in the second half.', '2024-02-10', []],
    // "rebounds" and "assists" are a game's after a number only.
    ['Jones grabbed 12 rebounds in the third quarter.', '2026-02-01', []],
    ['She had 9 assists in the second half.', '2026-02-01', []],
    // A football match's players and goals.
    ['The midfielder came off injured in the first half.', '2025-09-05', []],
    ['After a goalless first half, the visitors pressed on.', '2025-09-05', []],
    ['Rovers added 2 goals in the second half.', '2025-09-05', []],
  ]);
});

describe('a company quarter in the same words stays a period', () => {
  spannedTable([
    // Money or a percentage in the sentence: results, even with a game word.
    ['The club scored $4 million of sponsorship income in the first quarter.', '2024-05-01', [['first quarter', 56, 69, '2024-01-01', '2024-03-31']]],
    ['Ticket sales rose 8% in the second half as the team kept scoring.', '2024-09-01', [['second half', 28, 39, '2024-07-01', '2024-12-31']]],
    // A year written: the quarter of a year, whatever else the sentence says.
    ['Fans saw the striker score in the first quarter of 2024.', '2024-09-01', [['first quarter of 2024', 34, 55, '2024-01-01', '2024-03-31']]],
    // "rebounds" as a verb is no game's: "M&A rebounds".
    ['Global M&A rebounds in third quarter as megadeals return', '2026-10-01', [
      ['third quarter', 23, 36, '2026-07-01', '2026-09-30']]],
    // No game word ("overtime pay" is work, not a game).
    ['Overtime pay drove up the wage bill in the first quarter.', '2024-05-01', [['first quarter', 43, 56, '2024-01-01', '2024-03-31']]],
    // A tally, a fraction or a date is no score.
    ['The board voted 7-2 in the first quarter to sell the unit.', '2024-05-01', [['first quarter', 27, 40, '2024-01-01', '2024-03-31']]],
    ['The stock ended the first half at 14-3/4.', '2024-09-01', [['first half', 20, 30, '2024-01-01', '2024-06-30']]],
    ['First-half results came out on 12-5, a year after the merger.', '2024-09-01', [['First-half', 0, 10, '2024-01-01', '2024-06-30'], ['12-5', 31, 35, '2023-12-05', '2023-12-05']]],
    // Reporting shorthand is never a game's.
    ['The team scored its best Q3 yet.', '2024-11-01', [['Q3', 25, 27, '2024-07-01', '2024-09-30']]],
    // Yards only count after a number; a name is no game word.
    ['Shipyards and rail yards were busy in the second half.', '2024-09-01', [['second half', 42, 53, '2024-07-01', '2024-12-31']]],
    ['Homer Simpson appeared in the first half.', '2024-09-01', [['first half', 30, 40, '2024-01-01', '2024-06-30']]],
    // The game word is in another sentence.
    ['Margins held up in the second half. Our striker scored twice on Sunday.', '2024-09-01', [['second half', 23, 34, '2024-07-01', '2024-12-31'], ['Sunday', 64, 70, '2024-09-01', '2024-09-01']]],
  ]);
});
