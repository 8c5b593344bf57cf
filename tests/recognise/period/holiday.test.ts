/**
 * Named holidays (src/recognise/period/holiday.ts, dates in src/lexicon/holidays.ts): one day
 * each, in the year written, the one "last"/"next"/"this past" picks, or by the year rule; not a
 * name used as a modifier. Sentences written for this project.
 */
import { describe } from 'vitest';
import { spannedTable as table } from './helpers';

describe('a holiday is its day', () => {
  table([
    ['We flew home for thanksgiving 2018.', '2019-06-12', [['thanksgiving 2018', 17, 34, '2018-11-22', '2018-11-22']]],
    ['The office was shut on christmas eve.', '2020-01-15', [['christmas eve', 23, 36, '2019-12-24', '2019-12-24']]],
    ['Stores reopened on new year\'s day 2019.', '2019-06-12', [['new year\'s day 2019', 19, 38, '2019-01-01', '2019-01-01']]],
    ['Sales peaked at easter 2018.', '2019-06-12', [['easter 2018', 16, 27, '2018-04-01', '2018-04-01']]],
    ['Good Friday 2019 was quiet.', '2019-06-12', [['Good Friday 2019', 0, 16, '2019-04-19', '2019-04-19']]],
    ['The parade ran on memorial day.', '2019-06-12', [['memorial day', 18, 30, '2019-05-27', '2019-05-27']]],
    // the year rule: this year's is still to come
    ['We had lunch on father\'s day.', '2019-06-12', [['father\'s day', 16, 28, '2018-06-17', '2018-06-17']]],
    ['We met last thanksgiving.', '2019-06-12', [['last thanksgiving', 7, 24, '2018-11-22', '2018-11-22']]],
    ['The launch is set for next halloween.', '2019-06-12', [['next halloween', 22, 36, '2019-10-31', '2019-10-31']]],
    ['Rates were cut this past easter.', '2019-06-12', [['this past easter', 15, 31, '2019-04-21', '2019-04-21']]],
    ['Labor day of last year was hot.', '2019-06-12', [['Labor day of last year', 0, 22, '2018-09-03', '2018-09-03']]],
    ['Mothers\' day 2020 was busy.', '2019-06-12', [['Mothers\' day 2020', 0, 17, '2020-05-10', '2020-05-10']]],
    ['Black Friday 2017 broke records.', '2019-06-12', [['Black Friday 2017', 0, 17, '2017-11-24', '2017-11-24']]],
    ['The shop reopened after Martin Luther King Jr. Day 2020.', '2020-06-12', [['Martin Luther King Jr. Day 2020', 24, 55, '2020-01-20', '2020-01-20']]],
    ['The senate met on the ides of march.', '2019-06-12', [['ides of march', 22, 35, '2019-03-15', '2019-03-15']]],
    ['Whit Monday 2019 was a bank holiday.', '2019-06-12', [['Whit Monday 2019', 0, 16, '2019-06-10', '2019-06-10']]],
    ['Parades filled the streets on mardi gras 2020.', '2019-06-12', [['mardi gras 2020', 30, 45, '2020-02-25', '2020-02-25']]],
  ]);
});

describe('a holiday used as a modifier, a greeting or a place is no period', () => {
  table([
    // told as still to come: the coming one
    ['The bill will pass by Easter.', '2019-02-01', [['Easter', 22, 28, '2019-04-21', '2019-04-21']]],
    // a name before a noun is a modifier
    ['Christmas sales rose and the easter recess ended.', '2019-06-12', []],
    ['Merry christmas!', '2019-06-12', []],
    ['The Christmas Island economy grew.', '2019-06-12', []],
    ['Analysts blamed a late Easter.', '2019-06-12', []],
    ['Thanksgiving weekend traffic was heavy.', '2019-06-12', []],
    ['Easter\'s timing hurt sales.', '2019-06-12', []],
    // a year before the name: no year rule christmas
    ['The 2019 christmas rush was short.', '2020-03-02', [['2019', 4, 8, '2019-01-01', '2019-12-31']]],
  ]);
});

describe('days counted from a holiday, ranges of holidays, and one told as still to come', () => {
  table([
    ['We met the day after christmas.', '2019-06-12', [['day after christmas', 11, 30, '2018-12-26', '2018-12-26']]],
    ['Two days before thanksgiving 2018 we flew out.', '2019-06-12', [['Two days before thanksgiving 2018', 0, 33, '2018-11-20', '2018-11-20']]],
    // a range of holidays: the end rolls into the next year
    ['The plant shut from christmas eve to new year\'s day.', '2019-06-12', [['from christmas eve to new year\'s day', 15, 51, '2018-12-24', '2019-01-01']]],
    ['I\'ll be away between christmas and new year\'s day.', '2019-06-12', [['between christmas and new year\'s day', 13, 49, '2019-12-25', '2020-01-01']]],
    // told as still to come, after this year's has passed: next year's
    ['I\'ll be back on mothers day.', '2019-06-12', [['mothers day', 16, 27, '2020-05-10', '2020-05-10']]],
    // a span around a holiday is not its day
    ['The week after easter was quiet.', '2019-06-12', []],
  ]);
});
