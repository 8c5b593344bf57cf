/**
 * A figure written again after "the", or corrected to, measures what the first one did
 * (attribute/restated.ts). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index';

const aboutAt = (text: string, figure: string, nth: number) => {
  const f = extract(text, { attribution: true, referenceDate: '2027-05-01' }).filter((x) => x.text === figure)[nth];
  if (!f || f.kind === 'period' || !f.about) throw new Error(`no ${figure} #${nth}`);
  return f.about;
};

describe('a figure written again after "the" takes the metric it had', () => {
  it.each([
    ['Net debt at Corbel Freight was $3.2 billion at March 31. Analysts asked whether the $3.2 billion includes leases.', '$3.2 billion', 'debt'],
    ['Tindall Homes now sees revenue growth of 4% to 6% this year. Does the 4% to 6% assume a weaker dollar?', '4% to 6%', 'revenue'],
    ['Ravelstone paid a dividend of 45 cents a share. The 45 cents was unchanged.', '45 cents', 'dividend'],
  ] as const)('%s → %s', (text, figure, metric) => {
    expect(aboutAt(text, figure, 1).metric.category).toBe(metric);
  });

  it('keeps the period of the first writing when the second has none', () => {
    const about = aboutAt('Capex at Corbel Freight was $410 million in the first quarter. Does the $410 million include maintenance?', '$410 million', 1);
    expect(about.metric.category).toBe('cost');
    expect(about.period?.start).toBe('2027-01-01');
  });

  it('leaves a bare repeat of another measure alone', () => {
    expect(aboutAt('Consumer prices rose 0.4% in March. Employment grew by 0.4% too, and wages were flat.', '0.4%', 1).metric.category).not.toBe('rate');
  });
});

describe('a figure a speaker corrects to takes the metric of the one corrected', () => {
  it.each([
    ['Adjusted EPS was $2.07 -- excuse me, $2.09 -- for the quarter.', '$2.09', 'eps'],
    ['Net debt ended the year at £4.6 billion -- sorry, £4.8 billion -- after the deal.', '£4.8 billion', 'debt'],
    // and the figure compared with the corrected one
    ['Adjusted EPS was $2.07 -- excuse me, $2.09 -- versus $1.95 a year ago.', '$1.95', 'eps'],
  ] as const)('%s → %s', (text, figure, metric) => {
    expect(aboutAt(text, figure, 0).metric.category).toBe(metric);
  });
});

describe('points with no measure named move what the points before did', () => {
  it.each([
    ['Operating margin at Pelton Works widened 150 basis points in the year. Management expects another 40 basis points next year.', '40 basis points', 'margin'],
    ['Gross margin at Pelton Works fell 1.2 percentage points. It should recover 0.5 percentage points next year.', '0.5 percentage points', 'margin'],
  ] as const)('%s → %s', (text, figure, metric) => {
    expect(aboutAt(text, figure, 0).metric.category).toBe(metric);
  });

  it('leaves basis points a rate with none before', () => {
    expect(aboutAt('Traders expect a 25 basis point cut in June.', '25 basis point', 0).metric.category).toBe('rate');
  });
});
