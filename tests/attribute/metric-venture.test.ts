import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('metrics of startup funding: rounds, valuations, recurring revenue', () => {
  it.each([
    // A funding round's letter right after the figure, or "Series X round"; a seed round; a cheque.
    ['Tallyworks closed a $45 million Series B from two growth funds.', '$45 million', 'deal-value'],
    ['3. Brinefield, $210 million, Series C. The grid software maker plans to hire.', '$210 million', 'deal-value'],
    ['Norrow said the Series D round of $150 million was oversubscribed.', '$150 million', 'deal-value'],
    ['Round sizes for Series A financing fell to $14 million last year.', '$14 million', 'deal-value'],
    ['The founders closed a £3m seed round last spring.', '£3m', 'deal-value'],
    // "round" alone right after an amount, past its stated equivalent, is the round's size, not a
    // valuation named later in the clause; "a round of" something else is no funding round.
    ['Jarrapay closed a 300 million reais ($55 million) round at a valuation of 2 billion reais.', '300 million reais', 'deal-value'],
    ['Jarrapay closed a 300 million reais ($55 million) round at a valuation of 2 billion reais.', '$55 million', 'deal-value'],
    ['Jarrapay closed a 300 million reais ($55 million) round at a valuation of 2 billion reais.', '2 billion reais', 'market-value'],
    ['The central bank arranged a $2 billion round of repurchase agreements.', '$2 billion', 'other'],
    // "had been valued at", "has been valued at" after a company: what it was worth.
    ['Brixo had been valued at $1.4 billion at its peak.', '$1.4 billion', 'market-value'],
    ['The start-up has been valued at €600 million by its backers.', '€600 million', 'market-value'],
    ['The company was being valued at $2 billion.', '$2 billion', 'market-value'],
    // A blank-check company's trust account holds cash.
    ['Ardent Acquisition Corp holds $230 million in its trust account.', '$230 million', 'cash'],
    ['Halvard Capital, which wrote a €250 million cheque, now sits on the board.', '€250 million', 'deal-value'],
    ['The sovereign fund, which put in 800 million yuan, is the largest backer.', '800 million yuan', 'deal-value'],
    // Valuations: post-money and pre-money; "valued at" when a company is what is valued.
    ['Investors priced the deal at $2.2 billion post-money.', '$2.2 billion', 'market-value'],
    ['Plexo was valued at $640 million when it last raised money.', '$640 million', 'market-value'],
    ['The Lisbon developer is now valued at €3 billion.', '€3 billion', 'market-value'],
    ['That is well above the €900 million it was valued at in 2023.', '€900 million', 'market-value'],
    // Recurring revenue and its run rate are revenue, not an interest rate.
    ['Its annualised revenue run rate passed $400 million in March.', '$400 million', 'revenue'],
    ['ARR rose to $62 million by the end of June.', '$62 million', 'revenue'],
    ['Annual recurring revenue is now $18 million, the company said.', '$18 million', 'revenue'],
    // A listing's first day moves its share price.
    ['Corvo jumps 41% in Nasdaq debut', '41%', 'price'],
    ['Holm Foods slid 9% in its trading debut on Thursday.', '9%', 'price'],
    // Money promised to keep staff after a deal, and severance, are costs.
    ['The buyer will pay $30 million in retention bonuses to the team.', '$30 million', 'cost'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric.category).toBe(category);
  });

  it.each([
    // A class of securities, and goods or assets valued at an amount, are no funding round or company worth.
    ['The bank redeemed its Series E 3.75 dollar preferred stock.', '3.75 dollar', 'deal-value'],
    ['The trust paid 1.20 dollars on Series A certificates.', '1.20 dollars', 'deal-value'],
    ['The carrier ordered eight jets valued at about $900 million.', '$900 million', 'market-value'],
    ['The agency kept assets of the failed bank valued at $6 million.', '$6 million', 'market-value'],
    ['Coffee exports were valued at $41 million, up from $30 million.', '$41 million', 'market-value'],
    // A first bond issue is no listing; a tax on extracted oil is no cost of job cuts.
    ['The republic sold a $750 million debut bond on Tuesday.', '$750 million', 'price'],
    ['Drillers pay the state a 4.6% severance tax on oil.', '4.6%', 'cost'],
  ] as const)('%s → %s is not %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric.category).not.toBe(category);
  });
});
