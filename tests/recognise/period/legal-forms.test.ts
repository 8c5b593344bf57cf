/**
 * Periods in legal and enforcement news: a number and year after the label of a numbered act
 * ("Regulation 1/2003", "No. 4/2019") name the act, not a month; a deadline an order sets ("ordered
 * the parties to report back by Oct. 31") is still to come. Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { brief, periods } from './helpers';

type Row = [text: string, ref: string, expected: Array<[string, string | undefined, string | undefined, string]>];
const table = (rows: Row[]) => it.each(rows)('%s', (text, ref, expected) => expect(periods(text, ref).map(brief)).toEqual(expected));

describe('numbered acts are no months', () => {
  table([
    ['Under Article 23(2) of Regulation 1/2003, the fine may not exceed 10% of turnover.', '2025-04-01', []],
    ['The rules of Council Regulation (EC) No 1/2003 apply.', '2025-04-01', []],
    ['The authority relied on Decision No. 4/2019 of the board.', '2025-04-01', []],
    ['The firm breached Directive 2009/138 on solvency.', '2025-04-01', []],
    // A month and year with no label before them stay a month.
    ['Sales in 1/2003 rose 4%.', '2025-04-01', [['1/2003', '2003-01-01', '2003-01-31', 'month']]],
  ]);
});

describe('a deadline set by an order is still to come', () => {
  table([
    ['The judge ordered the parties to report back by Oct. 31.', '2025-09-09', [['Oct. 31', '2025-10-31', '2025-10-31', 'day']]],
    ['The bank was ordered to pay the penalty by Oct. 31.', '2025-09-09', [['Oct. 31', '2025-10-31', '2025-10-31', 'day']]],
    ['The defendants were told to file their response by Oct. 31.', '2025-09-09', [['Oct. 31', '2025-10-31', '2025-10-31', 'day']]],
    ['The court directed the company to respond to the petition by July 16.', '2025-05-02', [['July 16', '2025-07-16', '2025-07-16', 'day']]],
    // "to" before a noun is a preposition: a gift made by a day is told as done.
    ['The founder gave $5 million to the museum by Oct. 31.', '2025-09-09', [['Oct. 31', '2024-10-31', '2024-10-31', 'day']]],
  ]);
});

describe('"last" as a verb counts no period', () => {
  table([
    ['The trial is expected to last six weeks.', '2025-06-10', []],
    ['The monitorship will last three years, the consent order says.', '2025-06-10', []],
    // The adjective still counts back.
    ['Fines over the last six weeks totalled $12 million.', '2025-06-10', [['last six weeks', '2025-04-28', '2025-06-08', 'custom']]],
  ]);
});

describe('a rule that applies from a day is still to come', () => {
  table([
    ['The ban applies from 1 July, the regulator said.', '2025-06-10', [['1 July', '2025-07-01', '2025-07-01', 'day']]],
    ['The merger becomes effective April 14.', '1987-03-30', [['April 14', '1987-04-14', '1987-04-14', 'day']]],
    // Told as past, the latest one.
    ['The rule applied from 1 May, the regulator said.', '2025-06-10', [['1 May', '2025-05-01', '2025-05-01', 'day']]],
  ]);
});
