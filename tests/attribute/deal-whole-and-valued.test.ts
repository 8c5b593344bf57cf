import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// "buy Cairnbio for $38 per share in cash, or about $4.8 billion": an offer per share restated
// as a whole is the deal's value (not a figure with no metric, nor the debt it includes).
describe('an offer per share restated as a whole is the deal value', () => {
  it.each([
    ['Morrow Health said it would buy Tansy Labs for $38 per share in cash, or about $4.8 billion.', '$4.8 billion'],
    ['Quarry Foods agreed to acquire Bellwether for $12.50 a share, or $1.1 billion including debt.', '$1.1 billion'],
    ['Halden made a tender offer of 27 dlrs per share or 270 mln dlrs for Pinecrest.', '270 mln dlrs'],
  ] as const)('%s → %s', (text, figure) => {
    expect(aboutOf(text, figure).metric?.category).toBe('deal-value');
  });
  it('the per-share offer stays a price', () => {
    expect(aboutOf('Morrow Health said it would buy Tansy Labs for $38 per share in cash, or about $4.8 billion.', '$38').metric?.category).toBe('price');
  });
});

// "its bid valued TMOC at 248.5 mln dlrs", "The funding round values Quillon at $700 million":
// the company named between "values" and "at" is the one valued.
describe('the name between "values" and "at" owns the market value', () => {
  it.each([
    ['Sorrel Capital said its bid valued Hartwell Mining at 248.5 million dollars.', '248.5 million dollars', 'Hartwell Mining'],
    ['The funding round values Quillon at $700 million.', '$700 million', 'Quillon'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});

// "Velmora to buy Cairnbio for $4.8 billion": a headline's name, "to" and a verb of a deal is
// the buyer; only a name opening the line ("allowing Contel to buy shares" is no headline).
describe('a headline "X to buy Y for $N" is the buyer\'s deal', () => {
  it('gives the deal to the name that opens it', () => {
    expect(aboutOf('Morrow Health to buy cancer drug developer Tansy Labs for $4.8 billion', '$4.8 billion').subject?.name).toBe('Morrow Health');
  });
  it('not to a name inside a sentence before "to buy"', () => {
    expect(aboutOf('Marwick Leather said it received a proposal from chairman and chief executive Philip Kane to acquire Marwick for $15.75 per share in cash.', '$15.75').subject?.name).toBe('Marwick Leather');
  });
});

// "Cairnbio's drug, CRB-17, generated sales": a product's code owns nothing.
describe('a product code is no owner', () => {
  it.each([
    ["Tansy Labs' lead drug, TLX-204, generated sales of $310 million in 2025.", '$310 million', 'Tansy Labs'],
    ['Quarry Aero said its QA-20 jets brought in revenue of $1.2 billion.', '$1.2 billion', 'Quarry Aero'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});
