import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index';
import { aboutOf } from './helpers';

const REF = '2025-11-20';
const periodOf = (text: string, figure: string): [string | undefined, string | undefined] => {
  const p = aboutOf(text, figure, REF).period;
  return [p?.start, p?.end];
};
const datesOf = (text: string, label: string): [string | undefined, string | undefined] => {
  const f = extract(text, { referenceDate: REF, kinds: ['period'] }).find((x) => x.text === label);
  return f && f.kind === 'period' ? [f.start, f.end] : [undefined, undefined];
};

// Cases a review of this session's period rules found; each once read wrongly.
describe('review: fiscal calendar from a numbered quarter and the day it ended', () => {
  it('a quarter that ended long before the reference date is another quarter, no calendar', () => {
    expect(datesOf('Acme said first-quarter profit rose 10% to $5 million. In the three months ended Dec. 31, profit had fallen 2% to $4 million.', 'first-quarter'))
      .toEqual(['2025-01-01', '2025-03-31']);
    expect(datesOf('Acme said second-quarter revenue rose 10% to $50 million. Last year, revenue for the three months ended Dec. 31 was $40 million. Third-quarter sales rose 3%.', 'Third-quarter'))
      .toEqual(['2025-07-01', '2025-09-30']);
  });

  it('the story\'s own quarter is the first named, not a comparison after it', () => {
    expect(datesOf('Acme\'s fourth-quarter profit rose 5% to $2 million after a third-quarter loss of $1 million. Revenue in the three months ended Oct. 31 rose 4%.', 'fourth-quarter'))
      .toEqual(['2025-08-01', '2025-10-31']);
  });
});

describe('review: attribution periods', () => {
  it('a moved market share takes the carried period but sets none for the results after it', () => {
    const text = 'Acme\'s revenue rose 5% to $10 billion in the third quarter.\n\nAcme\'s market share in China rose to 14% in October, a survey showed.\n\nNet profit fell 3% to $1 billion.';
    expect(periodOf(text, '$1 billion')).toEqual(['2025-07-01', '2025-09-30']);
  });

  it('a holding raised is no result of the period reported', () => {
    const text = 'Acme\'s revenue rose 5% to $10 billion in the third quarter.\n\nSeparately, Berkshire raised its stake in Acme to 9% from 7%, a filing showed on Tuesday.';
    expect(periodOf(text, '9%')).toEqual([undefined, undefined]);
  });

  it('"the year-earlier period" in the sentence of a forecast year is the year before it', () => {
    const text = 'Acme\'s third-quarter revenue rose 5% to $3 billion. Acme expects 2025 revenue of $10 billion, up 10% from $9.1 billion in the year-earlier period.';
    expect(periodOf(text, '$9.1 billion')).toEqual(['2024-01-01', '2024-12-31']);
  });

  it('a rise a forecast measures from today\'s level is no revised forecast', () => {
    expect(periodOf('Acme expects revenue to rise to $5 billion in 2026 from $4 billion.', '$4 billion')).not.toEqual(['2026-01-01', '2026-12-31']);
  });

  it('a name ending in -ing after "the quarter after" is no gerund', () => {
    const text = 'Acme\'s revenue rose 4% in the third quarter. In 2024, toy sales rose 9% in the quarter after Beijing eased rules.';
    expect(periodOf(text, '9%')).toEqual(['2024-01-01', '2024-12-31']);
  });
});
