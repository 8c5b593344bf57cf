import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a per-share amount with only a holding, cash or debt word nearby is a price', () => {
  it.each([
    ['Veracom agreed to buy Linkway for 2.3 billion euros, including debt, paying 14.20 euros per share.', '14.20 euros', 'price'],
    ['Orrin made a $42-a-share cash offer for Talmer on Monday.', '$42', 'price'],
    // ", or 13 cents a share" restates the amount before it.
    ['Results include a charge for debt redemption of $6 million, or 13 cents a share.', '13 cents', 'debt'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});

describe('a worth per share is a price', () => {
  it('"values X at 8.40 euros per share"', () => {
    expect(aboutOf('The offer values Prevela at 8.40 euros per share, a 25% premium.', '8.40 euros').metric?.category).toBe('price');
  });
});

describe('a per-share amount "equal to" a profit or loss before it is that figure per share', () => {
  it.each([
    ['Norvik posted a net loss of 12.4 mln dlrs for the year, equal to 41 cts a share.', '41 cts', 'eps'],
    ['Halden earned $80 million in 2025, equivalent to $1.10 per share.', '$1.10', 'eps'],
    // Reported speech after "adding" is no amount added to the figure.
    ['Tarrow had a net loss of 3.1 mln dlrs in 1986, adding this was equal to nine cts a share.', 'nine cts', 'eps'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });

  it('a per-share restatement takes the period of the result it restates, carried from a paragraph before', () => {
    const text = 'Two lenders posted higher third-quarter profits on Tuesday.\n\nMarlow Bancorp\'s net income rose 9% to $1.2 billion, or $1.05 per diluted share.';
    expect(aboutOf(text, '$1.05', '2025-10-15').period).toMatchObject({ start: '2025-07-01', end: '2025-09-30' });
  });

  it('"adding this was …" gives the figure before it no direction', () => {
    expect(aboutOf('Tarrow had a net loss of 3.1 mln dlrs in 1986, adding this was equal to nine cts a share.', '3.1 mln dlrs').direction).toBeUndefined();
  });
});

describe('"per share earnings", "per-share results" name earnings per share', () => {
  it.each([
    ['Dunmore said per share results rose 12% to 88 cents in 2025.', '88 cents'],
    ['Dunmore said per share results rose 12% to 88 cents in 2025.', '12%'],
    ['Analysts see per-share earnings of $2.40 next year.', '$2.40'],
    ['The tax change cut per-share profit by 6 cents in the quarter.', '6 cents'],
  ] as const)('%s → %s', (text, figure) => {
    expect(aboutOf(text, figure).metric?.category).toBe('eps');
  });
});

describe('a results table\'s "Shr … vs loss …": the result word after "vs" keeps the figure per share', () => {
  it.each([
    ['Shr loss 41 cts vs loss 1.06 dlrs\nNet loss 3,120,000 vs loss 8,400,000', '1.06 dlrs', 'eps'],
    ['Shr profit 12 cts vs loss 30 cts\nNet profit 910,000 vs loss 2,280,000', '30 cts', 'eps'],
    ['Shr 12 cts vs. profit 9 cts', '9 cts', 'eps'],
    // The whole amounts of the next line stay profit and loss.
    ['Shr profit 12 cts vs loss 30 cts\nNet profit 9.1 mln dlrs vs loss 22.8 mln dlrs', '22.8 mln dlrs', 'loss'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});
