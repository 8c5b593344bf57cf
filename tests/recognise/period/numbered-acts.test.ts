/**
 * A number and year after the label of a numbered act ("Regulation 1/2003", "No. 4/2019") name
 * the act, not a month. Sentences written for this project.
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
