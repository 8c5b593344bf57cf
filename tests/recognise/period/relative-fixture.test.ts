/**
 * A bare weekday or month after a fixture told in the present ("The Celtics host the Knicks on
 * Sunday", "United face Arsenal on Saturday", "the ministers meet in March") is the coming one,
 * as a schedule is (recognise/period/relative.ts `futureBefore`, lexicon FIXTURE_PRESENT); the
 * same verb in the past, after "to" or as a noun keeps the latest one. Sentences written for
 * this project; 2025-09-05 is a Friday.
 */
import { describe } from 'vitest';
import { spannedTable } from './helpers';

describe('a fixture told in the present is still to come', () => {
  spannedTable([
    ['The Celtics host the Knicks on Sunday.', '2025-09-05', [['Sunday', 31, 37, '2025-09-07', '2025-09-07']]],
    ['United face Arsenal on Saturday.', '2025-09-05', [['Saturday', 23, 31, '2025-09-06', '2025-09-06']]],
    ['The two sides meet on Thursday in the cup.', '2025-09-05', [['Thursday', 22, 30, '2025-09-11', '2025-09-11']]],
    ['The champions play away at Leeds on Monday.', '2025-09-05', [['Monday', 36, 42, '2025-09-08', '2025-09-08']]],
    ['Finance ministers meet in March to agree the budget.', '2025-09-05', [['March', 26, 31, '2026-03-01', '2026-03-31']]],
  ]);
});

describe('the same words told of the past, or as nouns, keep the latest day', () => {
  spannedTable([
    ['The Celtics did not play on Sunday.', '2025-09-05', [['Sunday', 28, 34, '2025-08-31', '2025-08-31']]],
    ['He faced Nadal on Sunday.', '2025-09-05', [['Sunday', 18, 24, '2025-08-31', '2025-08-31']]],
    ['The leaders agreed to meet on Monday.', '2025-09-05', [['Monday', 30, 36, '2025-09-01', '2025-09-01']]],
    ['The notes were redeemed at face value on Tuesday.', '2025-09-05', [['Tuesday', 41, 48, '2025-09-02', '2025-09-02']]],
    ['The notes\' face value on Tuesday was lower.', '2025-09-05', [['Tuesday', 25, 32, '2025-09-02', '2025-09-02']]],
    ['A host of lenders pulled out on Tuesday.', '2025-09-05', [['Tuesday', 32, 39, '2025-09-02', '2025-09-02']]],
    // A capitalised verb is a name's word.
    ['It sold Lakeside Host Inc to a rival in December.', '2025-09-05', [['December', 40, 48, '2024-12-01', '2024-12-31']]],
  ]);
});
