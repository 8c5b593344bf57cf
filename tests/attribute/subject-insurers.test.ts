/**
 * Owners in insurers' and fund managers' news (attribute/entities.ts, subject.ts, evidence.ts,
 * lexicon/measure-abbreviations.ts): a reinsurer named with "Re" after a nationality, a ranked
 * description with "and" in it, a byline, a plural-looking company name opening a sentence, a
 * hyphened adjective opening one, places after "mainland", the Swiss Solvency Test, and
 * insurers' abbreviations. Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

const REF = '2026-09-01';
const subjectOf = (text: string, figure: string): string | undefined => aboutOf(text, figure, REF).subject?.name;

describe('insurers and fund managers: whose figure it is', () => {
  it('"Re" ends a reinsurer\'s name, nationality and all', () => {
    expect(subjectOf('Shares in Swiss Re rose 2.2% on Monday.', '2.2%')).toBe('Swiss Re');
    expect(subjectOf('Korean Re said net income rose 8% to 95 billion won.', '8%')).toBe('Korean Re');
  });

  it('a ranked description with "and" in it is the company described, not the place', () => {
    const text = 'Hollin Mutual raised its outlook. Canada\'s largest property and casualty insurer now expects net income of C$2.1 billion.';
    expect(subjectOf(text, 'C$2.1 billion')).toBe('Hollin Mutual');
  });

  it('a byline names no owner and no topic', () => {
    const text = 'Fund house sees outflows\n\nBy a Staff Reporter | 2 September 2026\n\nRavelston said clients withdrew £1.1bn in the half. Net revenue fell 4% to £820m.';
    expect(subjectOf(text, '4%')).toBe('Ravelston');
  });

  it('a company name ending like a plural of people opens a sentence when the text writes it inside one too', () => {
    const text = 'Investors sold shares in Tavners on Monday.\n\nTavners said net revenue fell 4% to £820m.';
    expect(subjectOf(text, '£820m')).toBe('Tavners');
  });

  it('a plural of people that the text never writes inside a sentence stays no name', () => {
    const text = 'Ordway Grain said the harvest was late. Growers had harvested 12 pct of the crop.';
    expect(subjectOf(text, '12 pct')).toBe('Ordway Grain');
  });

  it('a hyphened adjective opening a sentence is no name', () => {
    const text = 'Pellor Asset Management took in $40 billion in the quarter. Long-term net inflows were $31 billion.';
    expect(subjectOf(text, '$31 billion')).toBe('Pellor Asset Management');
  });

  it('places after "in mainland" are governed by the preposition: no topic for the sentences after', () => {
    const text = 'Tasman Life said new business profit rose 14%, driven by sales in mainland China and Macau. Annualised new premium rose 9%.';
    expect(subjectOf(text, '9%')).toBe('Tasman Life');
  });

  it('an agency that rates insurers is no topic for the figures after it', () => {
    const text = 'Corvin Mutual said net income rose 9% in the first half. AM Best affirmed its A rating. Gross written premiums rose 4%.';
    expect(subjectOf(text, '4%')).toBe('Corvin Mutual');
    const text2 = 'Corvin Mutual said net income rose 9% in the first half. S&P Global affirmed its A rating. Gross written premiums rose 4%.';
    expect(subjectOf(text2, '4%')).toBe('Corvin Mutual');
  });

  it('the Swiss Solvency Test and an insurer\'s abbreviations own nothing', () => {
    const text = 'Heller Re said net income rose 5%. The Swiss Solvency Test ratio stood at 231%.';
    expect(subjectOf(text, '231%')).toBe('Heller Re');
    const text2 = 'Tasman Life said net income rose 5%. The VONB margin widened to 51.2%.';
    expect(subjectOf(text2, '51.2%')).toBe('Tasman Life');
  });
});

describe('insurers, fund managers and landlords described by their trade (words.ts COMPANY_NOUNS; index.ts becauseClause)', () => {
  it('a nationality before "fund manager", "reinsurer" or "landlord" describes the company named after it', () => {
    expect(subjectOf('Irish fund manager Corrib Asset said on Monday net revenue rose 6% to €410m.', '6%')).toBe('Corrib Asset');
    expect(subjectOf('Danish reinsurer Kattegat Re posted a 12% rise in premiums.', '12%')).toBe('Kattegat Re');
    const text = 'Malvern Homes, Britain\'s second-largest residential landlord, said rents rose 3%. Rental income climbed 4.1% to £380m.';
    expect(subjectOf(text, '4.1%')).toBe('Malvern Homes');
  });

  it('a place in a ", when …" clause after the figures is no topic for the sentences after', () => {
    const text = 'Tamaki Fire said net profit rose 12% to 90 billion yen. Storm claims were 40 billion yen, against 55 billion yen a year earlier, when a typhoon struck Okinawa. The company raised its dividend to 80 yen.';
    expect(subjectOf(text, '80 yen')).toBe('Tamaki Fire');
  });
});
