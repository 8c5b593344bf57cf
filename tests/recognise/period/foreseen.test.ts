import { describe } from 'vitest';
import { spannedTable } from './helpers';

// A day, month, quarter or half without its year that its sentence tells as still to come,
// by a word of the future further back than a clause's first few words: the coming one.
describe('told as still to come anywhere before it in the sentence', () => {
  spannedTable([
    // Dividend timetables: payable and record dates.
    ['The board declared a quarterly dividend of 42 cents a share, payable Jan. 15 to holders of record Dec. 31.', '2025-11-20', [['Jan. 15', 69, 76, '2026-01-15', '2026-01-15'], ['Dec. 31', 98, 105, '2025-12-31', '2025-12-31']]],
    ['The group said it would pay an interim dividend of 9p a share in October.', '2026-06-02', [['October', 65, 72, '2026-10-01', '2026-10-31']]],
    // A dividend note's labels: the payment and record days are still to come.
    ['Qtly div 12 cts vs 11 cts prior\n\nPay June 15\nRecord May 29', '2026-04-20', [
      ['June 15', 37, 44, '2026-06-15', '2026-06-15'], ['May 29', 52, 58, '2026-05-29', '2026-05-29']]],
    ['Qtly div 40 cts vs 40 cts prior  Pay April one  Record March 20', '2026-03-04', [
      ['April one', 37, 46, '2026-04-01', '2026-04-01'], ['March 20', 55, 63, '2026-03-20', '2026-03-20']]],
    // A day a schedule names ("the payment date is", "a record date of").
    ['The notes carry a 7 pct coupon. The payment date is April 2.', '2026-03-04', [
      ['April 2', 52, 59, '2026-04-02', '2026-04-02']]],
    ['A record date of April 10 was set for the distribution.', '2026-03-30', [
      ['April 10', 17, 25, '2026-04-10', '2026-04-10']]],
    // "due on" or "due in" right before the day or month, with no past tense in its clause.
    ['Sales rose 4%, the chief executive said, with results due on March 3.', '2026-01-20', [['March 3', 61, 68, '2026-03-03', '2026-03-03']]],
    ['Investors await a payment due in April.', '2026-01-20', [['April', 33, 38, '2026-04-01', '2026-04-30']]],
    ['The company missed a coupon of $40 million due on March 3.', '2026-01-20', [['March 3', 50, 57, '2025-03-03', '2025-03-03']]],
    // Goods to be shipped or delivered then: the coming dates.
    ['The barley is for shipment May 5-20, the department said.', '2026-03-16', [
      ['May 5-20', 27, 35, '2026-05-05', '2026-05-20']]],
    ['Refiners bought palm oil for delivery in April.', '2026-03-18', [
      ['April', 41, 46, '2026-04-01', '2026-04-30']]],
    ['Iran may discount cargoes loading in April.', '2026-03-12', [
      ['April', 37, 42, '2026-04-01', '2026-04-30']]],
    // An event set for a day.
    ['The plan needs approval at a meeting to be held on April 30.', '2026-04-03', [
      ['April 30', 51, 59, '2026-04-30', '2026-04-30']]],
    ['A summit is to take place in May, officials said.', '2026-03-17', [
      ['May', 29, 32, '2026-05-01', '2026-05-31']]],
    // What should happen is still to come.
    ['The offering should be completed in late March or early April.', '2026-03-05', [
      ['March', 41, 46, '2026-03-01', '2026-03-31'], ['April', 56, 61, '2026-04-01', '2026-04-30']]],
    // What is likely, or unlikely, is still to come.
    ['Officials said the tariffs were likely to take effect on June 9.', '2026-05-20', [
      ['June 9', 57, 63, '2026-06-09', '2026-06-09']]],
    ['A ruling is unlikely before the court\'s October session.', '2026-05-20', [
      ['October', 40, 47, '2026-10-01', '2026-10-31']]],
    // ("Record" with no "Pay" label before it is no label.)
    ['Record March sales lifted the shares.', '2026-04-20', [
      ['March', 7, 12, '2026-03-01', '2026-03-31']]],
    ['The final dividend of 31p, to be paid on 4 July, was held.', '2026-03-02', [['4 July', 41, 47, '2026-07-04', '2026-07-04']]],
    // Markets' odds of a central bank's move.
    ['Traders now see a 70% chance of a quarter-point cut in March.', '2026-01-10', [['March', 55, 60, '2026-03-01', '2026-03-31']]],
    ['Money markets price in two more cuts by December.', '2026-04-16', [['December', 40, 48, '2026-12-01', '2026-12-31']]],
    // A schedule in the present tense, a passive after "will be", an aside after a comma.
    ['The offer opens for subscription on May 5 and closes on May 8.', '2026-04-28', [['May 5', 36, 41, '2026-05-05', '2026-05-05'], ['May 8', 56, 61, '2026-05-08', '2026-05-08']]],
    ['Employees will be notified of the new terms on September 1.', '2026-07-15', [['September 1', 47, 58, '2026-09-01', '2026-09-01']]],
    ['Net debt will rise to 2.4 times earnings on completion, expected in the third quarter.', '2026-02-24', [['third quarter', 72, 85, '2026-07-01', '2026-09-30']]],
    // "more than" bounds an amount: no comparison with the period.
    ['The chipmaker will cut more than 10% of its staff and halt buybacks from the fourth quarter.', '2026-08-01', [['fourth quarter', 77, 91, '2026-10-01', '2026-12-31']]],
    // A half ended in December is no longer the one to come.
    ['The economy will show an upturn in the second half.', '2026-03-05', [['second half', 39, 50, '2026-07-01', '2026-12-31']]],
    // An adjective in "-ed" after an article is no past verb; "of" after "end" is no balance day.
    ['Orvane said it would pay an increased dividend of 50 cents a share in March.', '2025-11-20', [['March', 70, 75, '2026-03-01', '2026-03-31']]],
    ['It plans to buy back up to 50 billion yen of its own shares by the end of December.', '2026-08-04', [['December', 74, 82, '2026-12-01', '2026-12-31']]],
    // A month before a noun after "its" is the month of what is still to come.
    ['The Fed will announce its March decision after a two-day meeting.', '2026-01-15', [['March', 26, 31, '2026-03-01', '2026-03-31']]],
  ]);
});

describe('what stays the latest one', () => {
  spannedTable([
    // A quarter just ended, its results still to come.
    ['The company expects to report a loss for the fourth quarter.', '2026-02-20', [['fourth quarter', 45, 59, '2025-10-01', '2025-12-31']]],
    // A past tense met first; the base of a comparison; a noun, not a verb of intent.
    ['The government unveiled the plan in November.', '2026-03-20', [['November', 36, 44, '2025-11-01', '2025-11-30']]],
    ['Sales rose 4% in March, and the company will report again soon.', '2026-09-01', [['March', 17, 22, '2026-03-01', '2026-03-31']]],
    ['Analysts expect a margin of 17.8%, up from 16.3% in the second quarter.', '2026-11-20', [['second quarter', 56, 70, '2026-04-01', '2026-06-30']]],
    ['The institute will cut its growth forecast to 2.2 pct from 3.2 pct in December.', '2026-03-09', [['December', 70, 78, '2025-12-01', '2025-12-31']]],
    ['Its plans in March drew criticism.', '2026-09-01', [['March', 13, 18, '2026-03-01', '2026-03-31']]],
    // A month naming what has been; a noun "price" before "in"; "to be" after a past verb.
    ['Growth will stay below a December forecast of 2.1%.', '2026-03-26', [['December', 25, 33, '2025-12-01', '2025-12-31']]],
    ['The dividend is a 6% return on the offering price in December.', '2026-04-01', [['December', 53, 61, '2025-12-01', '2025-12-31']]],
    ['Valuers found the estate to be worth 851 mln stg as at Dec 31.', '2026-03-30', [['Dec 31', 55, 61, '2025-12-31', '2025-12-31']]],
    // An irregular past tense, a relative clause, a participle of what was seen, a balance's day.
    ['Orvane, which would later become the largest lender, bought Kestrel in March.', '2025-11-20', [['March', 71, 76, '2025-03-01', '2025-03-31']]],
    ['Holders will get the payout after Orvane sold its stake in March.', '2025-11-20', [['March', 59, 64, '2025-03-01', '2025-03-31']]],
    ['The union said it would end a lockout that started December 14.', '2026-03-16', [['December 14', 51, 62, '2025-12-14', '2025-12-14']]],
    ['Orvane expects a repeat of the strong demand seen in the second quarter.', '2025-11-20', [['second quarter', 57, 71, '2025-04-01', '2025-06-30']]],
    ['Orvane expects its cash of 2.1 billion euros at June 30 to cover the payout.', '2025-11-20', [['June 30', 48, 55, '2025-06-30', '2025-06-30']]],
    // The look back ends at a sentence's end after an abbreviation, and at a line break.
    ['Orvane expects a rebound at Kestrel Corp. In March its sales slumped 4%.', '2025-11-20', [['March', 45, 50, '2025-03-01', '2025-03-31']]],
    ['Orvane expects a higher payout\nProfit in the second quarter was up 5%.', '2025-11-20', [['second quarter', 45, 59, '2025-04-01', '2025-06-30']]],
  ]);
});

// "Volkenrad, which reports full-year results on March 11": a present tense of publishing, then
// the results and "on", schedules the day (relative.ts, publishedOn).
describe('results a company publishes on a day without its year: the coming day', () => {
  spannedTable([
    ['The carmaker, which reports full-year results on March 11, said it would invest more.', '2025-02-04', [['March 11', 49, 57, '2025-03-11', '2025-03-11']]],
    ['Brisco publishes its fourth-quarter earnings on March 3.', '2026-01-20', [
      ['fourth-quarter', 21, 35, '2025-10-01', '2025-12-31'], ['March 3', 48, 55, '2026-03-03', '2026-03-03']]],
    // A past tense tells of what was: the latest January 11.
    ['Brisco reported results on January 11.', '2026-01-20', [['January 11', 27, 37, '2026-01-11', '2026-01-11']]],
  ]);
});
