/**
 * Macro news: a central bank owns its policy rate and its target, the economy it watches owns the
 * inflation, growth and data series of the story; "the bloc", "the 20-nation bloc" and a place
 * after the measure and "in" name the economy; a contrast after "while" names another clause's
 * measure. Sentences written for the project.
 */
import { describe, expect, it } from 'vitest';
import { blocHead, placeAfterMeasure } from '../../src/attribute/subject';
import { sentenceTokens } from '../../src/attribute/tokens';
import { aboutOf } from './helpers';

const REF = '2026-10-30';

describe("a central bank's economy owns the economy's figures", () => {
  it.each([
    // the bank carried on as the topic, the currency union written before
    ['The European Central Bank held its deposit rate at 2% on Thursday, saying the euro zone economy was resilient. Inflation stood at 2.2% in September.', '2.2%', 'euro zone'],
    // a forecast the bank makes of the economy
    ['The ECB held rates at 2%. ECB staff expect inflation to average 2.1% this year.', '2.1%', 'euro zone'],
    // the country not written: named as the bank's economy
    ['The Federal Reserve cut rates by 25 basis points last month. Retail sales slipped 0.1% in September.', '0.1%', 'U.S.'],
    ['The Reserve Bank of Australia left its cash rate at 3.60%. Unemployment rose to 4.5% in September.', '4.5%', 'Australia'],
    // the policy rate and the target stay the bank's
    ['The European Central Bank held its deposit rate at 2% on Thursday, saying the euro zone economy was resilient. Inflation stood at 2.2% in September.', '2%', 'European Central Bank'],
    ["The Bank of Japan raised its policy rate to 0.75%. Core prices in Tokyo rose 2.8% in October, above the central bank's 2% target.", '2%', 'Bank of Japan'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, REF).subject?.name).toBe(subject);
  });

  it("keeps the central bank's own measures and a company's description", () => {
    expect(aboutOf('The Federal Reserve cut rates by 25 basis points last month. Retail sales slipped 0.1% in September.', '25 basis points', REF).subject?.name).toBe('Federal Reserve');
    // (a lender named "Bank of …" is no central bank)
    expect(aboutOf('Bank of Ireland said its net interest income rose 4% in the first half.', '4%', REF).subject?.name).toBe('Bank of Ireland');
    expect(aboutOf("Acme Corp's sales rose 5%, above the company's 4% target.", '4%', REF).subject?.name).toBe('Acme Corp');
  });

  it('gives a statistics office its country', () => {
    const about = aboutOf('Retail sales slipped 0.1% last month, the Commerce Department said on Thursday.', '0.1%', REF);
    expect(about.subject?.name).toBe('U.S.');
    expect(about.direction).toBe('down');
  });
});

describe('the bloc and a place after the measure name the economy', () => {
  const text = "German inflation rose to 2.6% in November. Inflation in the euro zone rose to 2.2%, while unemployment in the 20-nation bloc held at 6.3%. The bloc's economy grew 0.2% in the third quarter. France's economy expanded 0.5%. Unemployment in the country rose to 7.7%.";
  it.each([
    ['2.6%', 'Germany'],
    ['2.2%', 'euro zone'],
    ['6.3%', 'euro zone'],
    ['0.2%', 'euro zone'],
    ['7.7%', 'France'],
  ] as const)('%s is of %s', (figure, subject) => {
    const about = aboutOf(text, figure, REF);
    expect(about.subject?.name).toBe(subject);
    expect(about.metric?.category).toBe('rate');
  });

  it('"the bloc" with no union written before names none', () => {
    expect(aboutOf('Trade ministers met in Paris. The bloc\'s exports rose 3% in May.', '3%', REF).subject?.name).not.toBe('Paris');
  });

  it('reads the bloc and the place from the tokens', () => {
    const read = (s: string) => sentenceTokens(s, 0, s.length, []).tokens;
    const t = read('Unemployment in the 20-nation bloc held.');
    expect(blocHead(t, t.findIndex((x) => x.lower === 'the') + 1)).toBe(t.findIndex((x) => x.lower === 'bloc'));
    const u = read('growth in the six-nation bloc');
    expect(blocHead(u, 3)).toBe(4);
    expect(blocHead(read('the 20-nation summit'), 1)).toBe(-1);
    const z = read('Inflation in the euro zone rose.');
    expect(placeAfterMeasure(z, 1, undefined)?.name).toBe('euro zone');
    // (a place governed by another preposition, or a common noun after "in", is none)
    expect(placeAfterMeasure(read('Inflation at the euro zone level rose.'), 1, undefined)).toBeUndefined();
    expect(placeAfterMeasure(read('Inflation in the services sector rose.'), 1, () => ({ name: 'Spain', start: 0, end: 5, plural: false }))).toBeUndefined();
  });
});

describe('a contrast after "while" names another clause\'s measure', () => {
  it("Spain's growth is not Germany's output", () => {
    const about = aboutOf("The ECB held rates at 2%. Spain expanded 0.6% in the third quarter while Germany's output shrank 0.1%.", '0.6%', REF);
    expect(about.metric?.category).toBe('rate');
    expect(about.subject?.name).toBe('Spain');
    expect(about.direction).toBe('up');
  });
});

describe("a capital standing for its government gives the country its economy's growth", () => {
  it.each([
    ["Germany's economy shrank 0.1% in the third quarter. Berlin expects its economy to grow 0.2% this year.", '0.2%', 'Germany'],
    // (the country not written: named as the capital's)
    ['Berlin expects its economy to grow 0.2% this year.', '0.2%', 'Germany'],
    // (a city's own prices stay the city's)
    ["Japan's economy shrank 0.4%. Tokyo's core CPI rose 2.8% in October.", '2.8%', 'Tokyo'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, REF).subject?.name).toBe(subject);
  });

  it("gives the ONS and wage growth after a central bank their country", () => {
    expect(aboutOf('Public sector net borrowing was 17.4 billion pounds in October, the ONS said.', '17.4 billion pounds', REF).subject?.name).toBe('Britain');
    expect(aboutOf('Britain held its budget. The Bank of England held rates at 4%. Wage growth slowed to 4.6%.', '4.6%', REF).subject?.name).toBe('Britain');
  });
});
