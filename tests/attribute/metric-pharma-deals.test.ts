import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// Drug licences: what a licensee pays upfront is the value of the deal, like its milestones.
describe('a licence\'s upfront payment is deal value', () => {
  it.each([
    ['Valdor AG will pay $90 million upfront and up to $1.1 billion in milestones for the rights.', '$90 million'],
    ['Valdor AG will pay $90 million upfront and up to $1.1 billion in milestones for the rights.', '$1.1 billion'],
    ['Under the licensing deal, Merrow Bio receives $35 million up-front.', '$35 million'],
    ['The licensing agreement is worth $400 million to Sarn Therapeutics.', '$400 million'],
  ] as const)('%s → %s', (text, figure) => {
    expect(aboutOf(text, figure).metric?.category).toBe('deal-value');
  });
});

// "at constant exchange rates" says how a result is restated; it names no rate.
describe('a result at constant exchange rates keeps its measure', () => {
  it.each([
    ['First-half sales at Brunnfeld rose 6% at constant exchange rates to 14.2 billion Swiss francs.', '14.2 billion Swiss francs', 'revenue'],
    ['Operating profit climbed 11% at constant exchange rates to DKK 40.1 billion.', 'DKK 40.1 billion', 'profit'],
  ] as const)('%s → %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });

  it('still reads an exchange rate as a rate', () => {
    expect(aboutOf('The company assumed exchange rates of 150 yen to the dollar.', '150 yen').metric?.category).toBe('rate');
  });
});

// The amount paid for a stake is what the deal is worth; a stake valued in money stays a holding.
describe('an amount paid for a stake', () => {
  it.each([
    ['Corvel will buy a 7.5% stake in the biotech for $60 million.', '$60 million', 'deal-value'],
    ['The fund said it bought the stake for 14.5 mln dlrs for investment purposes.', '14.5 mln dlrs', 'deal-value'],
    ['Corvel holds a $60 million stake in the biotech.', '$60 million', 'stake'],
    ['Corvel will buy a 7.5% stake in the biotech for $60 million.', '7.5%', 'stake'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});

// A cue cancelled by the word before it may still hold a shorter cue that stands.
describe('a cancelled phrase leaves its shorter cue', () => {
  it('"and free cash flow" is cash flow, though "and cash" is a means of payment', () => {
    expect(aboutOf('Its margin improved to 6%, and free cash flow turned positive at $12 million.', '$12 million').metric?.category).toBe('cash');
  });

  it('"at constant exchange rates" still names no rate', () => {
    expect(aboutOf('Sales rose 7% at constant exchange rates to CHF 30.9 billion.', '7%').metric?.category).toBe('revenue');
  });
});

// A trial's or a health system's share of patients is no rate of interest or growth.
describe('a response, survival or remission rate is other, not rate', () => {
  it.each([
    ['The objective response rate was 44% in the Nexavel arm and 27% with docetaxel.', '44%'],
    ['The objective response rate was 44% in the Nexavel arm and 27% with docetaxel.', '27%'],
    ['Two-year survival rates improved to 61% from 48%.', '61%'],
    ['Researchers reported a 30% remission rate among the 120 patients.', '30%'],
  ] as const)('%s → %s', (text, figure) => {
    expect(aboutOf(text, figure).metric?.category).toBe('other');
  });
  it('an interest rate stays a rate', () => {
    expect(aboutOf('The central bank raised its benchmark rate to 4.75%.', '4.75%').metric?.category).toBe('rate');
  });
});
