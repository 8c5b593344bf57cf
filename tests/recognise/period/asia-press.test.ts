/**
 * Periods as the Asia-Pacific business press writes them: Indian fiscal quarters and split years
 * (src/recognise/period/fiscal-statement.ts, index.ts), "the current fiscal" (relative.ts), "the
 * previous three months" (anaphora.ts), a month after a name before what it reports (month.ts),
 * and days told as still to come ("would … by June 30", "set for May 14"; relative.ts).
 * Sentences written for this project.
 */
import { describe } from 'vitest';
import { spannedTable as table } from './helpers';

describe('an Indian text that labels quarters with their fiscal year reads its bare quarters on it', () => {
  table([
    ["PUNE, November 3: Deccan Auto's Q2 net profit rose 12% to Rs 840 crore. Revenue in Q2FY26 climbed 9%.","2025-11-03",[["November 3",6,16,"2025-11-03","2025-11-03"],["Q2",32,34,"2025-07-01","2025-09-30"],["Q2FY26",83,89,"2025-07-01","2025-09-30"]]],
    ["NEW DELHI, Aug 12: Tarang Foods posted Rs 300 crore of sales in Q1FY26 and expects better margins in Q2.","2025-08-12",[["Aug 12",11,17,"2025-08-12","2025-08-12"],["Q1FY26",64,70,"2025-04-01","2025-06-30"],["Q2",101,103,"2025-07-01","2025-09-30"]]],
  ]);
});

describe('an Indian text writes its fiscal year as a split year, unless it names a season', () => {
  table([
    ["MUMBAI, Feb 2: The lender expects loans of Rs 12 lakh crore to grow 14% in 2025-26.","2026-02-02",[["Feb 2",8,13,"2026-02-02","2026-02-02"],["2025-26",75,82,"2025-04-01","2026-03-31"]]],
    ["NEW DELHI, March 2: Sugar output in the 2025/26 season rose to 26 million tonnes, worth Rs 40,000 crore.","2026-03-02",[["March 2",11,18,"2026-03-02","2026-03-02"],["2025/26",40,47,"2025-01-01","2026-12-31"]]],
  ]);
});

describe('"the current fiscal", "this fiscal", "the second half of the fiscal": the fiscal year; "the current fiscal deficit" no period', () => {
  table([
    ["MUMBAI, Dec 1: Analysts see its revenue growing 10% in the current fiscal, after Rs 500 crore of orders.","2025-12-01",[["Dec 1",8,13,"2025-12-01","2025-12-01"],["current fiscal",59,73,"2025-04-01","2026-03-31"]]],
    ["MUMBAI, Dec 1: The current fiscal deficit worries bond traders holding Rs 500 crore of debt.","2025-12-01",[["Dec 1",8,13,"2025-12-01","2025-12-01"]]],
    // "this fiscal", and "the fiscal" after a part of it; not before another noun.
    ['MUMBAI, Jul 24: Price rises would support margins in the second half of the fiscal, after Rs 500 crore of orders.', '2025-07-24', [
      ['Jul 24', 8, 14, '2025-07-24', '2025-07-24'], ['second half of the fiscal', 57, 82, '2025-10-01', '2026-03-31']]],
    ['MUMBAI, Jul 24: Revenue this fiscal should grow 8%, on Rs 500 crore of orders.', '2025-07-24', [
      ['Jul 24', 8, 14, '2025-07-24', '2025-07-24'], ['this fiscal', 24, 35, '2025-04-01', '2026-03-31']]],
    ['MUMBAI, Jul 24: Spending in the first half of the fiscal deficit plan rose, on Rs 500 crore of orders.', '2025-07-24', [
      ['Jul 24', 8, 14, '2025-07-24', '2025-07-24']]],
  ]);
});

describe('"the previous three months" refers back to the latest period of three months', () => {
  table([
    ["Exports rose 4% in the second quarter from the previous three months.","2025-08-01",[["second quarter",23,37,"2025-04-01","2025-06-30"],["previous three months",47,68,"2025-01-01","2025-03-31"]]],
    ["Card loans in December to February fell 2% against the previous three months.","2026-03-20",[["December to February",14,34,"2025-12-01","2026-02-28"],["previous three months",55,76,"2025-09-01","2025-11-30"]]],
  ]);
});

describe('a month after a name, before what a month reports, is the month', () => {
  table([
    ["Nanhai Motors September deliveries rose 8%.","2025-10-02",[["September",14,23,"2025-09-01","2025-09-30"]]],
  ]);
});

describe('a deadline after "would … by" and a date "set for" are still to come', () => {
  table([
    ["The lender said it would sell the stake by June 30.","2025-04-10",[["June 30",43,50,"2025-06-30","2025-06-30"]]],
    ["The lender had sold the stake by June 30.","2025-04-10",[["June 30",33,40,"2024-06-30","2024-06-30"]]],
    ["The shareholder vote is set for May 14.","2025-03-02",[["May 14",32,38,"2025-05-14","2025-05-14"]]],
  ]);
});

describe('a span of months to a yearless month or day after a forecast\'s noun or verb and "for" is the one still running', () => {
  table([
    ["Kaiyo Foods raised its operating profit forecast for the fiscal year through March by 8%.","2025-11-11",[["fiscal year through March",57,82,"2025-04-01","2026-03-31"]]],
    ["Kaiyo Foods cut its net profit guidance for the year to March 31.","2025-10-30",[["year to March 31",48,64,"2025-04-01","2026-03-31"]]],
    // Not one "ended", nor a year of results reported: those are the latest that has ended.
    ["Kaiyo Foods missed its forecast for the year ended March, posting 80 billion yen.","2025-05-12",[["year ended March",40,56,"2024-04-01","2025-03-31"]]],
    ["Kaiyo Foods reported profit of 80 billion yen for the year to March.","2025-11-11",[["year to March",54,67,"2024-04-01","2025-03-31"]]],
    // A verb of forecasting opening the clause, its object between it and "for", likewise; not one that "had" forecast.
    ["Kaiyo Air forecast net profit of 90 billion yen for the year to March.", "2025-11-11", [["year to March", 56, 69, "2025-04-01", "2026-03-31"]]],
    ["Kaiyo Foods sees operating profit of 120 billion yen for the fiscal year ending in March.", "2025-08-05", [["fiscal year ending in March", 61, 88, "2025-04-01", "2026-03-31"]]],
    ["Kaiyo Air had forecast net profit of 90 billion yen for the year to March.", "2025-11-11", [["year to March", 60, 73, "2024-04-01", "2025-03-31"]]],
    ["Kaiyo Air forecast a loss. It posted profit of 80 billion yen for the year to March.", "2025-11-11", [["year to March", 70, 83, "2024-04-01", "2025-03-31"]]],
  ]);
});

describe('a half-year just ended named by its end day, then a bare half: the half is that fiscal one', () => {
  table([
    ["Tasman Ore made a net profit of A$610 million for the half year to December 31. Revenue for the first half fell 4% to A$2.4 billion.","2026-02-17",[["half year to December 31",54,78,"2025-07-01","2025-12-31"],["first half",96,106,"2025-07-01","2025-12-31"]]],
    ["Kaiyo Foods said profit for the six months to September 30 rose 9% to 40 billion yen. Sales in the first half rose 3%, and it expects the second half to be stronger.","2025-11-12",[["six months to September 30",32,58,"2025-04-01","2025-09-30"],["first half",99,109,"2025-04-01","2025-09-30"],["second half",138,149,"2025-10-01","2026-03-31"]]],
    // A calendar half states nothing; nor does a half that ended long ago.
    ["Harbour Mills said profit for the six months to June 30 rose 9% to A$40 million. Sales in the first half rose 3%.","2025-08-20",[["six months to June 30",34,55,"2025-01-01","2025-06-30"],["first half",94,104,"2025-01-01","2025-06-30"]]],
    ["Tasman Ore earned A$610 million in the half year to December 31, 2023. Revenue for the first half fell 4% to A$2.4 billion.","2026-02-17",[["half year to December 31, 2023",39,69,"2023-07-01","2023-12-31"],["first half",87,97,"2026-01-01","2026-06-30"]]],
  ]);
});

describe('a quarter of months beside a fiscal quarter whose year is unwritten states the calendar', () => {
  table([
    ["Kaiyo Motors said operating profit for the April-June quarter, the first quarter of its fiscal year, fell 11%. Second-quarter sales should improve.","2025-08-05",[["April-June quarter",43,61,"2025-04-01","2025-06-30"],["first quarter of its fiscal year",67,99,"2025-04-01","2025-06-30"],["Second-quarter",111,125,"2025-07-01","2025-09-30"]]],
    ["Kaiyo Electronics said profit for October-December, its fiscal third quarter, rose 20%.","2026-02-05",[["October-December",34,50,"2025-10-01","2025-12-31"],["fiscal third quarter",56,76,"2025-10-01","2025-12-31"]]],
    ["Kaiyo Electronics said its fiscal second quarter (July-September) was weak.","2025-11-05",[["fiscal second quarter",27,48,"2025-07-01","2025-09-30"],["July-September",50,64,"2025-07-01","2025-09-30"]]],
    // Not a quarter that is not called fiscal: "the first quarter in which …" stays the calendar's.
    ["Exports rose in the April-June quarter, the first quarter in which tariffs applied.","2025-08-05",[["April-June quarter",20,38,"2025-04-01","2025-06-30"],["first quarter",44,57,"2025-01-01","2025-03-31"]]],
  ]);
});
