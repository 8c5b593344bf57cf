/**
 * Metrics of the 1987 newswire's forms (src/attribute/metric.ts, lexicon/metrics.ts): operating
 * results per share, gains booked in the accounts, the rate money-market paper is dealt at.
 * Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

const REF = '1987-03-10';

describe('metrics of the wire', () => {
  it.each([
    // "Oper shr loss/profit" is a per-share result, and so is the figure after "vs profit".
    ['Oper shr loss 19 cts vs profit six cts', '19 cts', 'eps'],
    ['Oper shr loss 19 cts vs profit six cts', 'six cts', 'eps'],
    ['Oper shr profit 1.12 dlrs vs loss 40 cts', '1.12 dlrs', 'eps'],
    // A gain the accounts book, or a sale made, is income, not the sale's value.
    ['NOTE: Net includes gain of 3.4 mln dlrs from sale of its trucking unit.', '3.4 mln dlrs', 'profit'],
    ['1986 net excludes a gain of 820,000 dlrs.', '820,000 dlrs', 'profit'],
    ['Year net includes a gain of 2.2 mln dlrs, or 15 cts a share, on the sale of land.', '15 cts', 'eps'],
    // The percentage money-market paper is dealt at is its rate.
    ['The Bank bought bills outright in band one at 10-7/16 pct.', '10-7/16 pct', 'rate'],
    ['It offered to drain funds with seven-day repurchase agreements at 12-1/4 pct.', '12-1/4 pct', 'rate'],
  ])('%s: %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure, REF).metric.category).toBe(metric);
  });

  it.each([
    // A gain that neither words book nor a sale made keeps its reading: a share price's move.
    ['The shares showed a gain of 1-1/2 dlrs to 31 dlrs.', '1-1/2 dlrs', 'price'],
    // A bond issued "at" a percentage is priced, whatever is bought.
    ['The fund bought the bonds at 101 pct of face value.', '101 pct', 'deal-value'],
  ])('%s: %s stays %s', (text, figure, metric) => {
    expect(aboutOf(text, figure, REF).metric.category).not.toBe(metric === 'price' ? 'profit' : 'rate');
  });
});

describe('an economy\'s money stock', () => {
  it.each([
    ['The money stock stood at 118.4 billion guilders at the end of March.', '118.4 billion guilders'],
    ['The Dutch money supply fell 1.3 billion guilders to 97.2 billion guilders in January.', '97.2 billion guilders'],
  ])('%s: %s is no deal nor a company\'s', (text, figure) => {
    expect(aboutOf(text, figure, REF).metric.category).toBe('other');
  });
});
