import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// A name with a capitalised common word inside ("Consumer", "Energy", "Airlines") is one name,
// even where the text writes the word in lower case elsewhere.
describe('capitalised common words inside a company name', () => {
  it.each([
    ['Kaveri Consumer Products reported a 9% rise in net profit.', '9%', 'Kaveri Consumer Products'],
    ['Daehan Energy Solution said operating profit fell 12%. Demand for energy storage slowed.', '12%', 'Daehan Energy Solution'],
    ['Tasman Royal Pacific Airlines said traffic rose 4%.', '4%', 'Tasman Royal Pacific Airlines'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2026-08-20').subject?.name).toBe(subject);
  });

  it('a capitalised common word after a connector, before a name word ("Office for Budget Responsibility")', () => {
    // (Though the text writes "budget" in lower case too.)
    const text = 'The budget was the largest in years. The Office for Budget Responsibility expects borrowing to reach £90 billion.';
    expect(aboutOf(text, '£90 billion', '2026-08-20').subject?.name).toBe('Office for Budget Responsibility');
  });

  it('a sentence opening with a common word keeps it out of the name after a verb', () => {
    expect(aboutOf('Revenue at Kaveri rose 9% to Rs 450 crore.', '9%', '2026-08-20').subject?.name).toBe('Kaveri');
  });
});

// "Japan's No. 3 carmaker", "the UK's biggest energy network owner": a place's ranked company
// stands for the company of the story, not the place.
describe('a place\'s ranked company description', () => {
  it.each([
    ['Toyama Motor cut its forecast. Japan\'s No. 3 carmaker now expects operating profit of 650 billion yen.', '650 billion yen', 'Toyama Motor'],
    ['Northfleet Energy, the UK\'s biggest energy network owner, reported operating profit of £4.8bn.', '£4.8bn', 'Northfleet'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2026-08-20').subject?.name).toBe(subject);
  });
});

// A word no lexicon lists that only opens a longer cue ("underwriting" of "underwriting ratio")
// is part of a name written inside a sentence, unless the cue's next word follows it.
describe('a word opening a longer cue, inside a name', () => {
  it.each([
    ['Halvard Underwriting, the Bermuda insurer, posted a pre-tax profit of $820 million for 2025.', '$820 million', 'Halvard Underwriting'],
    ['Net income at Halvard Underwriting rose 14% to $390 million.', '14%', 'Halvard Underwriting'],
    ['Our unit, Fjell Attritional Ltd, said pre-tax profit rose 3%.', '3%', 'Fjell Attritional Ltd'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2026-02-20').subject?.name).toBe(subject);
  });

  it('the cue itself still reads as the metric, not a name', () => {
    const about = aboutOf('At Halvard Re, the Underwriting ratio improved to 91.2% from 94.0%.', '91.2%', '2026-02-20');
    expect(about.subject?.name).toBe('Halvard Re');
    expect(about.metric?.label).toBe('Underwriting ratio');
  });
});

// "Strategy, the biggest corporate holder of bitcoin, bought …": a common word opening a
// sentence, which an apposition describes as a company before a verb, is a name.
describe('a common word opening a sentence, described as a company by an apposition', () => {
  it.each([
    ['Ether slid 4%. Strategy, the largest corporate holder of the token, bought $31.5 million of bitcoin.', '$31.5 million', 'Strategy'],
    ['Bitcoin rose 2%. Block, the payments company, said revenue climbed 6% to $6.1 billion.', '$6.1 billion', 'Block'],
    ['Bitcoin rose 2%. Signal, the chipmaker, said sales fell 3%.', '3%', 'Signal'],
    ['Wheat rose 2%. Harvest, the grain trader, said revenue climbed 6% to $4.4 billion.', '$4.4 billion', 'Harvest'],
    // A word of a measure too, when a company noun closes a short apposition.
    ['Shoppers held back. Target, the discount retailer, said comparable sales fell 3.8%.', '3.8%', 'Target'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2025-10-13').subject?.name).toBe(subject);
  });

  it.each([
    // An adverb, however the clause after it goes on.
    ['Orrin Stores cut its forecast. Earlier, the company reported sales of $2.4 billion, ended in March.', '$2.4 billion'],
    // No company noun in the apposition: a measure or a common noun.
    ['Orrin Stores cut its forecast. Demand, the main driver of growth, rose 4%.', '4%'],
    // A word of a measure that the company owns, or a company noun that is no apposition's last word.
    ['Orrin Stores cut its forecast. Revenue, the company\'s biggest line, rose 4%.', '4%'],
    ['Orrin Stores cut its forecast. Sales, the company said, rose 4%.', '4%'],
    ['Orrin Stores cut its forecast. Revenue, the retailer\'s main measure, rose 4%.', '4%'],
  ] as const)('%s → %s is not the first word\'s', (text, figure) => {
    const first = text.slice(text.indexOf('. ') + 2).split(',')[0]!;
    expect(aboutOf(text, figure, '2025-10-13').subject?.name).not.toBe(first);
  });
});
