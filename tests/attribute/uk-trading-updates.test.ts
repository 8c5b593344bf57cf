/**
 * UK and continental European trading updates and results as British papers write them: a share
 * move's day after the session's words ("in early trading on Monday"), the owner of a relative
 * clause of "whose", a running total after a change, the costs of financing, a contrasted company
 * that is no new topic, and a long description valued after an offer. Sentences written for this
 * project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a share move takes the day written after the words of its session', () => {
  it.each([
    ['Harrow Foods said sales rose in the year to 1 March. Shares in Harrow Foods rose 3.4% to 268p in morning trading on Thursday.', '268p', '2025-01-09'],
    ['Harrow Foods said sales rose in the year to 1 March. Shares in Harrow Foods rose 3.4% to 268p in morning trading on Thursday.', '3.4%', '2025-01-09'],
    ['Profit at Tamar Leisure fell in the year to 2 April. Its shares jumped 37% in early trading on Monday.', '37%', '2023-06-12'],
    ['Profit at Tamar Leisure fell in the year to 2 April. Its shares slid 4% in late London trade on Monday.', '4%', '2023-06-12'],
  ] as const)('%s → %s is of %s', (text, figure, day) => {
    const a = aboutOf(text, figure, day);
    expect(a.metric.category).toBe('price');
    expect(a.period?.start).toBe(day);
    expect(a.period?.end).toBe(day);
  });

  it('keeps a later event\'s day away from the move: "…, after trading resumed on Monday"', () => {
    const a = aboutOf('Profit at Tamar Leisure fell in the year to 2 April. Its shares fell 4%, after trading resumed on Monday.', '4%', '2023-06-12');
    expect(a.period?.start).not.toBe('2023-06-12');
  });
});

describe('"X, whose <measure> …": the measure is X\'s', () => {
  it.each([
    ['Analysts said the grocer was taking market share from Fernley Stores, whose sales fell 5.8% in the 12 weeks to 29 December, according to Kantar.', '5.8%', 'Fernley Stores', 'revenue'],
    ['Marlow Group bought Tessel Mining, whose main asset is a 10% interest in a copper mine.', '10%', 'Tessel Mining', 'stake'],
  ] as const)('%s → %s', (text, figure, subject, metric) => {
    const a = aboutOf(text, figure, '2025-01-09');
    expect(a.subject?.name).toBe(subject);
    expect(a.metric.category).toBe(metric);
  });

  const byWhose = (a: { why: readonly string[] }): boolean => a.why.some((w) => w.includes('whose measure'));

  it('not past the comma that ends the relative clause', () => {
    const a = aboutOf('Brantwood, whose managing partner is Ella Shaw, said it bought shares of Corrin Ltd at prices ranging from £28 to £34 each.', 'from £28 to £34', '2025-01-09');
    expect(byWhose(a)).toBe(false);
  });

  it('not for "whose company": the man is not the company', () => {
    const a = aboutOf('It is the first board seat for Liddell, whose company is in a £2bn legal dispute with Corrin Ltd.', '£2bn', '2025-01-09');
    expect(byWhose(a)).toBe(false);
  });
});

describe('a running total after a change is no level the change reached', () => {
  it.each([
    ['Aviora lifted its final dividend by 15% to 15.88p, taking the total payout for 2016 to 23.75p.', '23.75p'],
    ['Aviora lifted its final dividend by 15% to 15.88p, bringing the total to 23.75p.', '23.75p'],
  ] as const)('%s → %s has no direction', (text, figure) => {
    const a = aboutOf(text, figure, '2017-03-09');
    expect(a.metric.category).toBe('dividend');
    expect(a.direction).toBeUndefined();
  });

  it('the change itself keeps its direction', () => {
    const a = aboutOf('Aviora lifted its final dividend by 15% to 15.88p, taking the total payout for 2016 to 23.75p.', '15.88p', '2017-03-09');
    expect(a.direction).toBe('up');
  });
});

describe('costs of a deal or of financing are costs', () => {
  it.each([
    ['Pre-tax profit fell to £96.3m, reflecting a £58m increase in financing costs.', '£58m', 'up'],
    ['Operating profit fell after a £30m rise in acquisition costs.', '£30m', 'up'],
  ] as const)('%s → %s', (text, figure, direction) => {
    const a = aboutOf(text, figure, '2024-11-14');
    expect(a.metric.category).toBe('cost');
    expect(a.direction).toBe(direction);
  });
});

describe('a company contrasted in a later clause is no new topic', () => {
  it('"The supermarket group" after "…, while sales at Argos fell" is the story\'s company', () => {
    const text = 'Penhallow said like-for-like sales rose 4.1% in the six weeks to 4 January. Grocery sales grew 5.0% over the period, while sales at Corbel fell 2.2%. '
      + 'The supermarket group said it now expected operating profit of about £1.01bn.';
    const a = aboutOf(text, '£1.01bn', '2025-01-09');
    expect(a.subject?.name).toBe('Penhallow');
    expect(aboutOf(text, '2.2%', '2025-01-09').subject?.name).toBe('Corbel');
  });
});

describe('"valuing the <long description> at" after an offer for a company', () => {
  it('is the market value of the company the offer is for', () => {
    const a = aboutOf('Blackmoor Capital has made a cash offer for Kennet Taverns, valuing the pub and hotel operator at about £1.9bn including debt.', '£1.9bn', '2023-06-12');
    expect(a.metric.category).toBe('market-value');
    expect(a.subject?.name).toBe('Kennet Taverns');
  });
});

describe('a statement after ", saying" is no figure of the change before it', () => {
  it.each([
    ['Rheinhold AG cut its outlook for 2015, saying it no longer expected to reach its target of EUR 23 billion of EBITDA.', 'EUR 23 billion', 'ebitda', undefined],
    // (Its own noun of change, not the verb before the comma.)
    ['Corrin Ltd lowered its dividend, citing a £40m rise in pension costs.', '£40m', 'cost', 'up'],
  ] as const)('%s → %s', (text, figure, metric, direction) => {
    const a = aboutOf(text, figure, '2014-11-05');
    expect(a.metric.category).toBe(metric);
    expect(a.direction).toBe(direction);
  });

  it('the change before the comma keeps its level', () => {
    const a = aboutOf('Rheinhold AG cut its 2015 sales forecast to EUR 70 billion, saying demand had weakened.', 'EUR 70 billion', '2014-11-05');
    expect(a.direction).toBe('down');
  });
});

describe('a share move in a results story whose lead names no day takes no results period', () => {
  it.each([
    ['Halden Water reported a 12% rise in operating profit to £412m for the six months to 30 September. Shares edged up 0.8% to 1,046p.', '0.8%', '2024-11-14'],
    ['Aviora saw operating profit jump 12% to £2.8bn in 2016. Its shares closed up 2.6% at 519p.', '519p', '2017-03-09'],
  ] as const)('%s → %s', (text, figure, ref) => {
    const a = aboutOf(text, figure, ref);
    expect(a.metric.category).toBe('price');
    expect(a.period).toBeUndefined();
  });

  it('a day written with the move still dates it', () => {
    const a = aboutOf('Aviora saw operating profit jump 12% to £2.8bn in 2016. Its shares closed up 2.6% at 519p on Thursday.', '519p', '2017-03-09');
    expect(a.period?.start).toBe('2017-03-09');
  });

  it('the lead\'s weekday still dates a move when the dateline dates it', () => {
    const a = aboutOf('Halden Water said on Thursday operating profit rose 12% to £412m for the six months to 30 September. Shares edged up 0.8% to 1,046p.', '0.8%', '2024-11-14');
    expect(a.period?.start).toBe('2024-11-14');
  });
});

describe('a rate decision\'s day written before the participle that spells it out', () => {
  it.each([
    ['The Bank of England cut interest rates on Thursday, lowering Bank Rate by a quarter of a percentage point to 5%.', 'a quarter of a percentage point', '2024-08-01'],
    ['The Bank of England cut interest rates on Thursday, lowering Bank Rate by a quarter of a percentage point to 5%.', '5%', '2024-08-01'],
    ['The Riksbank raised rates on Tuesday, lifting its policy rate to 4%.', '4%', '2023-09-19'],
  ] as const)('%s → %s', (text, figure, day) => {
    const a = aboutOf(text, figure, day);
    expect(a.metric.category).toBe('rate');
    expect(a.period?.start).toBe(day);
  });

  it('a result keeps the period reported, not the day it was told', () => {
    const a = aboutOf('Corrin Ltd reported results for 2023 on Thursday, raising its dividend by 10% to 5p.', '5p', '2024-02-29');
    expect(a.period?.start).not.toBe('2024-02-29');
  });
});

describe('"the selling" is the market\'s, no deal', () => {
  it('"bore the brunt of the selling: Marlby lost 28%" is a share move of the day', () => {
    const a = aboutOf("London's FTSE 100 index fell 3.2% on Friday. Housebuilders bore the brunt of the selling: Marlby Homes lost 28%.", '28%', '2016-06-24');
    expect(a.metric.category).toBe('price');
    expect(a.period?.start).toBe('2016-06-24');
  });

  it('"the invested funds" stays money invested', () => {
    const a = aboutOf('Harwick said about £3m of the invested funds will be used to repay debt.', '£3m', '2016-06-24');
    expect(a.metric.category).toBe('deal-value');
  });
});

describe('a gerund clause has the main clause\'s subject, not that of a clause of time inside it', () => {
  it('"… tumbled 8.7% after Britain voted to leave, before recovering to close down 3.2%"', () => {
    const a = aboutOf("London's FTSE 100 index tumbled as much as 8.7% on Friday after Britain voted to leave the European Union, before recovering to close down 3.2%.", '3.2%', '2016-06-24');
    expect(a.subject?.name).toBe('FTSE');
  });
});

describe('a gerund of telling keeps its own owners', () => {
  it('", as saying the loan would be …" is not the newspaper\'s', () => {
    const a = aboutOf('The Harbour Standard newspaper quoted a World Bank official as saying the loan would come in three £100m tranches.', '£100m', '2016-06-24');
    expect(a.subject?.name).not.toBe('Harbour Standard');
  });
});
