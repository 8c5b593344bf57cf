import { describe } from 'vitest';
import { spannedTable } from './helpers';

describe('a day the month never has: no date, no month, no year', () => {
  spannedTable([
    ['The slip was dated 31 April 2016 by mistake.', '2021-06-15', []],
    ['The slip was dated 30th of February, 2015.', '2021-06-15', []],
    ['The slip was dated June 31, 2012, a typo.', '2021-06-15', []],
    ['The slip was dated November 31.', '2021-06-15', []],
    // A real last day stays a date; a number after the month that is no day keeps the month.
    ['The slip was dated 30 April 2016.', '2021-06-15', [['30 April 2016', 19, 32, '2016-04-30', '2016-04-30']]],
    ['In February 30 mln tonnes were shipped.', '2021-06-15', [['February', 3, 11, '2021-02-01', '2021-02-28']]],
  ]);
});

describe('two-digit years after a month or a day', () => {
  spannedTable([
    ['Shipments peaked in Sept 94.', '2021-06-15', [['Sept 94', 20, 27, '1994-09-01', '1994-09-30']]],
    ['The ledger closed 11 Nov 89.', '2021-06-15', [['11 Nov 89', 18, 27, '1989-11-11', '1989-11-11']]],
    ['The ledger closed 04 Jan 03, then reopened.', '2021-06-15', [['04 Jan 03', 18, 27, '2003-01-04', '2003-01-04']]],
    // Column heads of a table: each month with its year.
    ['Output, tonnes: Apr 88 Mar 88 Apr 87\nWheat 410 395 388', '1988-05-02', [
      ['Apr 88', 16, 22, '1988-04-01', '1988-04-30'], ['Mar 88', 23, 29, '1988-03-01', '1988-03-31'], ['Apr 87', 30, 36, '1987-04-01', '1987-04-30'],
    ]],
    // Two digits that could be a day, a count, or run on into a range stay out.
    ['Sales rose in Sept 94 stores.', '2021-06-15', [['Sept', 14, 18, '2020-09-01', '2020-09-30']]],
    // (A date "set for" is still to come: the coming 12 September.)
    ['Loading is set for 12 Sept 15-20.', '2021-06-15', [['12 Sept', 19, 26, '2021-09-12', '2021-09-12']]],
    // Two digits that cannot be a day, then a word that goes on with the clause: a year.
    ['The pit closed on 9 Jan 84 after a long dispute.', '2021-06-15', [['9 Jan 84', 18, 26, '1984-01-09', '1984-01-09']]],
    ['On 9 Jan 84 to 90 miners walked out.', '2021-06-15', [['9 Jan', 3, 8, '2021-01-09', '2021-01-09']]],
  ]);
});

describe('a lower-case month after "for" at the end of a clause', () => {
  spannedTable([
    ['please reserve the hall for october', '2019-03-20', [['october', 28, 35, '2018-10-01', '2018-10-31']]],
    ['the launch is pencilled in for november, they said', '2019-03-20', [['november', 31, 39, '2018-11-01', '2018-11-30']]],
    // Not before another word (a name), and not a month that is also a verb.
    ['we bought a card for june carter', '2019-03-20', []],
    ['hold it for may', '2019-03-20', []],
  ]);
});

describe('a lower-case month in a list whose next member has its own cue', () => {
  spannedTable([
    ['october and in december', '2019-03-20', [['october', 0, 7, '2018-10-01', '2018-10-31'], ['december', 15, 23, '2018-12-01', '2018-12-31']]],
  ]);
});

describe('"the month of <month>": the noun is part of the span, "the" is not', () => {
  spannedTable([
    ['Refinery runs slowed during the month of August, the ministry said.', '2021-06-15', [['month of August', 32, 47, '2020-08-01', '2020-08-31']]],
    ['Receipts for the month of April 2019 beat the budget.', '2021-06-15', [['month of April 2019', 17, 36, '2019-04-01', '2019-04-30']]],
    ['Month of March figures were revised.', '2021-06-15', [['Month of March', 0, 14, '2021-03-01', '2021-03-31']]],
    // A count before "month" keeps the month alone.
    ['He served one month of October in jail.', '2021-06-15', [['October', 23, 30, '2020-10-01', '2020-10-31']]],
  ]);
});

describe('"May" before a measure that is no verb is the month, not the modal (month.ts, NOUN_ONLY_MEASURES)', () => {
  spannedTable([
    ['Exports fell in April. May exports included 374,482 cars, down 9.9% from a year earlier.', '2026-06-18', [
      ['April', 16, 21, '2026-04-01', '2026-04-30'], ['May', 23, 26, '2026-05-01', '2026-05-31'], ['a year earlier', 73, 87, '2025-05-01', '2025-05-31']]],
    ['Acme May sales rose 4%. Shares may trade higher, and prices may profit from it.', '2026-06-18', [
      ['May', 5, 8, '2026-05-01', '2026-05-31']]],
    // After a possessive no modal can follow, whatever noun comes next.
    ['Ostra said its May van output fell.', '2026-06-18', [['May', 15, 18, '2026-05-01', '2026-05-31']]],
    ["Ostra's May bus deliveries rose.", '2026-06-18', [['May', 8, 11, '2026-05-01', '2026-05-31']]],
  ]);
});

describe('a lower-case month and a two-digit year that cannot be its day', () => {
  spannedTable([
    ['sept 84: the plant shut.', '1990-05-01', [['sept 84', 0, 7, '1984-09-01', '1984-09-30']]],
    ['may 93', '1999-05-01', [['may 93', 0, 6, '1993-05-01', '1993-05-31']]],
    // "may" after a subject is the verb, whatever number follows.
    ['the reading may 88.', '1999-05-01', []],
  ]);
});

describe('a month a span ends or begins with, after "ended", "ending" or "began" (lexicon/periods.ts, MONTH_CUES)', () => {
  spannedTable([
    ['Copper ended May with a loss of 2%.', '2026-06-18', [['May', 13, 16, '2026-05-01', '2026-05-31']]],
    ['Gas prices began March higher and were ending June lower.', '2026-07-10', [
      ['March', 17, 22, '2026-03-01', '2026-03-31'], ['June', 46, 50, '2026-06-01', '2026-06-30']]],
    // The modal stays a verb.
    ['Output ended higher and may rise further.', '2026-06-18', []],
  ]);
});

describe('a month a company owns before its deliveries or shipments is the latest one (index.ts, isContractMonth)', () => {
  spannedTable([
    // Written in January: last December's deliveries, not next December's contract.
    ["Orvana's December deliveries climbed to a record.", '2027-01-05', [['December', 9, 17, '2026-12-01', '2026-12-31']]],
    ['Orvana said its December shipments fell 4%.', '2027-01-05', [['December', 16, 24, '2026-12-01', '2026-12-31']]],
    // A cargo's month after "for" stays the coming one.
    ['The mill sold 20,000 tonnes for December shipments.', '2027-01-05', [['December', 32, 40, '2027-12-01', '2027-12-31']]],
    ['Thai sugar for November shipment traded firmer.', '2027-01-05', [['November', 15, 23, '2027-11-01', '2027-11-30']]],
  ]);
});

describe('a month after a sentence\'s opening "For"', () => {
  spannedTable([
    ['For September alone, the agency put the surplus at $91 billion.', '2025-10-09', [['September', 4, 13, '2025-09-01', '2025-09-30']]],
    ['For October the index rose.', '2025-11-20', [['October', 4, 11, '2025-10-01', '2025-10-31']]],
    // "May" and "March" are other words too: after "For" they stay unread.
    ['For May to win, she needs the votes.', '2025-10-09', []],
  ]);
});

describe('a capitalised "May" or "March" after a move or measure and "for" is the month (month.ts, MEASURE_BEFORE_FOR_MONTH)', () => {
  spannedTable([
    ['Brent fell on Friday, taking its loss for May to nearly 10%.', '2026-06-01', [
      ['Friday', 14, 20, '2026-05-29', '2026-05-29'], ['May', 42, 45, '2026-05-01', '2026-05-31']]],
    ['The gain for March was 4%.', '2026-06-01', [['March', 13, 18, '2026-03-01', '2026-03-31']]],
    // After "for" with no such noun before it, "May" stays a name.
    ['There was support for May to stay on as leader.', '2026-06-01', []],
  ]);
});
