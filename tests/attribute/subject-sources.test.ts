/**
 * Names that describe or source a figure own nothing (src/attribute/subject.ts): the compiler of
 * a poll or consensus, an index a company belongs to, a place's ranked company. Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a name that sources, or describes, a figure does not own it', () => {
  it.each([
    // The compiler of a poll or of data is no owner, nor the topic of the next sentence.
    ['Castellan Foods reported its results. In the quarter, sales grew 4% to €8.2 billion, short of the €8.4 billion expected in a Reuters poll. Operating profit came in at €910 million.', '€910 million', 'Castellan Foods'],
    // (Also before the estimate's own noun: "a Reuters poll forecast of 2.1%".)
    ['Lisbon\'s consumer prices rose 2.4% in March, above a Reuters poll forecast of 2.1%, after 2.6% in February.', '2.6%', undefined],
    ['Dunmore Inc reported on Monday. For the year, revenue was $3.3 billion, above the $3.1 billion in LSEG data. Net income was $140 million.', '$140 million', 'Dunmore Inc'],
    // An index the company belongs to describes it.
    ['Halvorsen Group has lifted its outlook. In a statement, the FTSE 250 retailer said sales rose 5.2%, ahead of the 4% growth it had planned.', '4%', 'Halvorsen Group'],
    // A place's ranked company stands for the company named before, past "with".
    ['Shares in Marisol, Spain\'s most valuable retailer with a market value of €90 billion, rose 1.9 per cent.', '1.9 per cent', 'Marisol'],
  ] as const)('%s → %s is owned by %s', (text, figure, owner) => {
    expect(aboutOf(text, figure).subject?.name).not.toBe('Reuters');
    if (owner) expect(aboutOf(text, figure).subject?.name).toBe(owner);
  });
});

// "… below Wall Street expectations on Tuesday, as the chain braces for tariffs, even though sales
// in its fourth quarter rose 3.8%": "its" never stands for a market's source that an earlier
// clause names last; the company is meant.
describe('"its" after a clause that names Wall Street', () => {
  it('stands for the company', () => {
    const text = 'Larchmont Stores Inc forecast annual sales below Wall Street expectations on Tuesday, as the discount chain braces for higher prices, even though comparable sales in its fourth quarter rose 3.8%.';
    expect(aboutOf(text, '3.8%', '2025-03-04').subject?.name).toBe('Larchmont Stores Inc');
  });
});

// "Orvale Bank is issuing 40,000 warrants, Dunmore Securities said as lead manager.": the firm
// reporting a company's news after a comma is its source; the sentences after go on about the company.
describe('a source named after a clause with a company as its subject', () => {
  it.each([
    ['Orvale Bank is issuing up to 40,000 currency warrants, Dunmore Securities Ltd said as sole manager. Each warrant is priced at 52.50 dlrs.', '52.50 dlrs', 'Orvale Bank'],
    ['Harlan Finance Corp is issuing 30,000 warrants, lead manager Pryce Securities said. Each warrant costs 40 dlrs.', '40 dlrs', 'Harlan Finance Corp'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '1987-03-25').subject?.name).toBe(subject);
  });
});
