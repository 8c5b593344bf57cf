/**
 * Subjects in central-bank and macro news: a dateline after a headline, a bank named after
 * "after the", "the Fed" in a story that writes "fed funds", an adverb opening a wire's next
 * item, and a pronoun after the subject of its own clause. Sentences written for the project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a dateline after a headline owns nothing', () => {
  it.each([
    ['Koruna firms as prices cool\n\nPRAGUE (Wire) - Czech inflation eased to 2.4% in May from 2.9% in April.', '2.9%', 'Czech Republic'],
    ['Rand slips\n\nJOHANNESBURG, June 3 (Wire) - The rand weakened 0.8% to 18.40 per dollar.', '0.8%', 'rand'],
    ['Budget gap widens\n\nWELLINGTON, Sept. 12 - Tax receipts fell 3% in August from 3.5% a year earlier.', '3.5%', undefined],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });

  it('a capitalised company opening a later paragraph is still a subject', () => {
    const text = 'Results day\n\nACME (NYSE: ACM) reported revenue of $4.1 billion for the quarter.';
    expect(aboutOf(text, '$4.1 billion').subject?.name).toBe('ACME');
  });
});

describe('"after the <bank> cut": the bank is the subject of its own clause', () => {
  it.each([
    ['The peso fell 1.1% on Tuesday after the Bank of Mexico cut its key rate by 50 basis points to 8.5%.', '8.5%', 'Bank of Mexico'],
    ['Gilts rallied before the Bank of England lowered rates by a quarter point to 4%.', '4%', 'Bank of England'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });

  it('"after the Paris meeting" is an event, no subject', () => {
    expect(aboutOf('The franc rose 0.6% after the Paris meeting ended.', '0.6%').subject?.name).toBe('franc');
  });
});

describe('"the Fed" is a name though the text writes "fed funds"', () => {
  it('the pronoun after "the Fed" is the Fed', () => {
    const text = 'Traders in fed funds futures see a cut. The Fed last acted in March, when it raised rates by 25 basis points.';
    const about = aboutOf(text, '25 basis points', '2026-06-10');
    expect(about.subject?.name).toBe('Fed');
    expect(about.direction).toBe('up');
  });
});

describe("a pronoun after its own clause's subject stands for that subject", () => {
  it.each([
    ['The SNB held its rate at 0%, and the Riksbank cut its rate by 25 bps to 1.75%.', '1.75%', 'Riksbank'],
    ['Elsewhere, Poland\'s central bank kept its rate at 5.75%, while Hungary\'s central bank cut its base rate by 25 basis points to 6.25%.', '6.25%', 'Hungary'],
    ['Elsewhere, Poland\'s central bank kept its rate at 5.75%, while Hungary\'s central bank cut its base rate by 25 basis points to 6.25%.', '5.75%', 'Poland'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });

  it('a place that only describes a noun is not what "its" stands for', () => {
    const text = 'Glaxen said last year U.S. drug sales were about 40 pct of its worldwide drug sales of 2.1 billion dlrs.';
    expect(aboutOf(text, '2.1 billion dlrs', '1987-04-01').subject?.name).toBe('Glaxen');
  });
});
