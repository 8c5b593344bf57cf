/**
 * Readings of Chinese and Hong Kong companies' results and share moves as English-language wires
 * write them (attribute/period.ts, subject.ts, cues.ts): a level dated "at the end of June" or
 * "at end-December", a share's move on a weekday written after the market it traded in, the
 * market of a listing between the owner and its shares, and the singular "Holding" of a holding
 * company's name. Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

const period = (text: string, figure: string, ref: string): string | undefined => {
  const p = aboutOf(text, figure, ref).period;
  return p && `${p.start}..${p.end}`;
};

describe('a level dated at the end of a month', () => {
  const bank = 'Pearl River Bank reported a 3% rise in first-half net profit to 12.1 billion yuan. ' +
    'Its bad-loan ratio fell to 1.41% at the end of June from 1.52% at end-December. ' +
    'Fee income dropped 6.4% to 8.2 billion yuan. Its capital adequacy ratio was 13.2%.';
  it.each([
    // the base "at end-December" is dated on its last day, like the level "at the end of June"
    ['1.41%', '2025-06-30..2025-06-30'],
    ['1.52%', '2024-12-31..2024-12-31'],
    // a result in the sentence after is not June's: it keeps the half reported
    ['6.4%', '2025-01-01..2025-06-30'],
    ['8.2 billion yuan', '2025-01-01..2025-06-30'],
    // a level after it is of that day
    ['13.2%', '2025-06-30..2025-06-30'],
  ] as const)('%s is for %s', (figure, expected) => {
    expect(period(bank, figure, '2025-08-28')).toBe(expected);
  });

  it('"end- September" with a space after the hyphen is still the last day', () => {
    const text = 'Reserves of the central bank fell to 41.2 billion dollars at end-October from 44.6 billion dollars at end- September.';
    expect(period(text, '44.6 billion dollars', '2025-11-20')).toBe('2025-09-30..2025-09-30');
  });
});

describe("a share's move on a weekday", () => {
  it.each([
    // the market it traded in stands between the move and its day
    ['Yangtze Cement said net profit fell 18% in the third quarter. Its shares fell 3.4% in Hong Kong on Thursday.', '3.4%', '2025-10-30', '2025-10-30..2025-10-30'],
    ['Minjiang Foods posted first-half revenue of 5.6 billion yuan. Its stock slid as much as 7.7% in Shenzhen on Friday morning to 21.30 yuan.', '7.7%', '2025-08-29', '2025-08-29..2025-08-29'],
    // a relative clause with a period of its own does not take the day from the move
    ['Nanhai Motors sold 210,000 cars in July-September. Its shares, which have doubled in value this year, rose 2.6% on Monday.', '2.6%', '2025-10-20', '2025-10-20..2025-10-20'],
    // the day of a move earlier in the sentence is a later move's too
    ['Huaxia Battery raised 8 billion yuan in the first quarter. Its Hong Kong shares fell 3.9% on Tuesday, while its A shares closed 1.2% lower.', '1.2%', '2025-05-13', '2025-05-13..2025-05-13'],
  ] as const)('%s → %s', (text, figure, ref, expected) => {
    expect(period(text, figure, ref)).toBe(expected);
  });

  it('not a day that another verb is about', () => {
    const text = 'Tea prices dropped by 40 yuan a kilo in March, the trader said when he returned from Hangzhou on Friday.';
    expect(period(text, '40 yuan', '2025-04-12')).not.toBe('2025-04-11..2025-04-11');
  });
});

describe('whose shares', () => {
  it.each([
    ["Tianfu Motors' Hong Kong shares, which have gained 30% this year, rose 2.2% on Friday.", '2.2%', 'Tianfu Motors'],
    ['Lingnan Power said profit rose 9%. Its Shanghai stock gained 1.5% on Wednesday.', '1.5%', 'Lingnan Power'],
  ] as const)('%s → %s is %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2025-06-13').subject?.name).toBe(subject);
  });

  it('"Hong Kong shares" with no owner are still the market\'s', () => {
    const text = 'Hong Kong shares fell 1.8% on Monday as property stocks slumped.';
    expect(aboutOf(text, '1.8%', '2025-06-16').subject?.name).toBe('Hong Kong');
  });
});

describe('the singular "Holding" of a name is no stake', () => {
  it.each([
    ['Regulators fined Jinling Group Holding a record 4.2 billion yuan for market abuse.', '4.2 billion yuan', 'fine'],
    ['Saxony Holding reported revenue of 2.3 billion euros.', '2.3 billion euros', 'revenue'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure, '2025-06-13').metric?.category).toBe(metric);
  });

  it('a holding in lower case still is', () => {
    expect(aboutOf('Jinling raised its holding in the lender to 12.5%.', '12.5%').metric?.category).toBe('stake');
  });
});

describe('moves of bad loans and by a daily limit', () => {
  it('a percentage move of non-performing loans is of the loans held; their ratio is not', () => {
    const text = 'At Minsheng Harbour Bank, non-performing loans rose 14.2% to 31.5 billion yuan, and the bad-loan ratio was 1.62%.';
    expect(aboutOf(text, '14.2%', '2025-03-28').metric?.category).toBe('assets');
    expect(aboutOf(text, '31.5 billion yuan', '2025-03-28').metric?.category).toBe('assets');
    expect(aboutOf(text, '1.62%', '2025-03-28').metric?.category).toBe('other');
    expect(aboutOf('Non-performing loans stood at 2.1% of the loan book.', '2.1%', '2025-03-28').metric?.category).toBe('other');
  });

  it.each([
    ['Shares of Guilin Optics slid by the daily limit of 10% on Tuesday after the company warned on profit.', '10%', 'down'],
    ['Its Shenzhen-listed shares rose by their upper limit of 20% in early trade.', '20%', 'up'],
  ] as const)('%s → %s moved %s', (text, figure, direction) => {
    const a = aboutOf(text, figure, '2025-04-15');
    expect(a.direction).toBe(direction);
    expect(a.metric?.category).toBe('price');
  });
});

describe('deals, listings and what a price is paid with', () => {
  it.each([
    // an amount paid for assets a verb of buying names
    ['Jiangnan Power agreed to buy its parent group\'s hydropower assets for 8.4 billion yuan in cash and shares.', '8.4 billion yuan', 'deal-value'],
    // (not what an acquirer leaves out: "except for … in cash" stays what is held)
    ['Under the plan, Qilu Foods would acquire all of Taishan Dairy\'s assets except for 2 million yuan in cash.', '2 million yuan', 'assets'],
    // a listing's size and a takeover approach, right after the amount
    ['Regulators halted the $12 billion listing of its payments affiliate in November.', '$12 billion', 'deal-value'],
    ['The board had rejected a $9 billion approach from a state-owned rival last year.', '$9 billion', 'deal-value'],
    // (not a verb "approach")
    ['Cleanup costs could approach $2.3 billion over six years, the auditor said.', '$2.3 billion', 'cost'],
    // a price per share paid "plus" a dividend of its own amount
    ['Huadong Chemical will pay $52 a share in cash, plus a special dividend of 3 yuan per share.', '$52', 'price'],
    ['Huadong Chemical will pay $52 a share in cash, plus a special dividend of 3 yuan per share.', '3 yuan', 'dividend'],
    // a holding "in" a company, like one "of" it
    ['Regent Holdings said it holds 18.5% in Lingnan Power after the tender offer.', '18.5%', 'stake'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure, '2025-06-13').metric?.category).toBe(metric);
  });

  it('"Shares of X, the listed unit of Y, jumped 10%" moves the shares\' price', () => {
    const text = 'Shares of Xinjiang Gas Co, the Shenzhen-listed unit of state-owned Tianshan Energy Group, jumped 10% on Monday.';
    const a = aboutOf(text, '10%', '2025-06-16');
    expect(a.metric?.category).toBe('price');
    expect(a.direction).toBe('up');
    expect(a.subject?.name).toBe('Xinjiang Gas Co');
  });
});

describe('whose results, past an aside', () => {
  it('a ranked place set off by commas describes the lender before it', () => {
    const text = 'Pearl Delta Bank reported record profit for 2024. The lender, China\'s ninth-largest by assets, proposed a dividend of 0.31 yuan per share. Its capital adequacy ratio stood at 13.1%.';
    expect(aboutOf(text, '0.31 yuan', '2025-03-28').subject?.name).toBe('Pearl Delta Bank');
    expect(aboutOf(text, '13.1%', '2025-03-28').subject?.name).toBe('Pearl Delta Bank');
  });

  it("a name in a cause a few words after a figure is no topic for the next sentence", () => {
    const text = 'Lingxi Games reported second-quarter results on Tuesday. Revenue grew 12% to 9.8 billion yuan, but that was below forecasts as Beijing\'s curbs on new titles hurt sales. Mobile games revenue rose 3% to 4.1 billion yuan.';
    expect(aboutOf(text, '3%', '2025-08-20').subject?.name).toMatch(/^Lingxi/);
  });
});

describe('a full-year target set in a month', () => {
  it('"cut its full-year sales target to … in August" is the year\'s', () => {
    const text = 'Dongfang Homes said contracted sales fell 12% in September. It had cut its full-year sales target to 380 billion yuan in August.';
    expect(period(text, '380 billion yuan', '2025-10-09')).toBe('2025-01-01..2025-12-31');
  });

  it('a month right after a figure with no full-year words stays the month', () => {
    const text = 'Dongfang Homes said contracted sales reached 41 billion yuan in August.';
    expect(period(text, '41 billion yuan', '2025-10-09')).toBe('2025-08-01..2025-08-31');
  });
});
