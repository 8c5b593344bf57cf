import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// A measure with no money name that a verb says moved (visits, spend per visit, market share)
// moved over the period the story's results were reported for.
describe('a moved measure without a money name takes the reported period', () => {
  it.each([
    ['Dunmore Foods said quarterly revenue for the three months ended Sept. 30 rose 4% to $2.1 billion.\n\nFoot traffic rose 1.9% and the average basket grew 2.4%.', '1.9%'],
    ['Dunmore Foods said quarterly revenue for the three months ended Sept. 30 rose 4% to $2.1 billion.\n\nFoot traffic rose 1.9% and the average basket grew 2.4%.', '2.4%'],
    ['Kestrel Phones said revenue in the three months to Sept. 30 rose 6% to $4 billion.\n\nIts market share rose to 12.5% from 11.8%.', '12.5%'],
  ] as const)('%s → %s', (text, figure) => {
    const p = aboutOf(text, figure, '2026-10-29').period;
    expect([p?.start, p?.end]).toEqual(['2026-07-01', '2026-09-30']);
  });

  it('so does a move whose metric words come from the figure before it', () => {
    const text = 'Brevik ASA said sales for the three months to Sept. 30 fell 4% to NOK 9.1 billion.\n\nBy segment, Marine sales fell 6% to NOK 5.4 billion, while Offshore grew 3% to NOK 2.0 billion.';
    for (const figure of ['3%', 'NOK 2.0 billion']) {
      const a = aboutOf(text, figure, '2026-10-29');
      expect([a.metric?.category, a.period?.start, a.period?.end]).toEqual(['revenue', '2026-07-01', '2026-09-30']);
    }
  });

  it("a price's move to an amount without a scale is no result of the period", () => {
    const text = 'Brevik ASA said sales for the three months to Sept. 30 fell 4% to NOK 9.1 billion.\n\nHutchison rose 1.50 crowns to 54.50 on Friday.';
    expect(aboutOf(text, '1.50 crowns', '2026-10-29').period?.start).not.toBe('2026-07-01');
  });

  it('a level that no verb moves carries nothing', () => {
    const p = aboutOf('Kestrel Phones said revenue in the three months to Sept. 30 rose 6% to $4 billion.\n\nIts shares were priced at $12 in 2019.', '$12', '2026-10-29').period;
    expect([p?.start, p?.end]).toEqual(['2019-01-01', '2019-12-31']);
  });
});

// "the 13 weeks ended June 28, its fiscal third quarter": the label names the same stretch of
// time, so a figure linked to the label gets the dates written out before it.
describe('a period label in apposition takes the written-out dates', () => {
  it.each([
    ['Palisade Stores said comparable sales fell 3% in the 13 weeks ended June 28, its fiscal third quarter, as transactions dropped 5%.', '5%', '2026-03-30', '2026-06-28'],
    ['Orrin Micro said revenue rose 9% in the three months ended Aug. 2, the company\'s fiscal second quarter, and its gross margin widened 60 basis points.', '60 basis points', '2026-05-04', '2026-08-02'],
  ] as const)('%s → %s', (text, figure, start, end) => {
    const p = aboutOf(text, figure, '2026-10-29').period;
    expect([p?.start, p?.end]).toEqual([start, end]);
  });

  it('the period figures themselves keep their own reading', async () => {
    const { extract } = await import('../../src/index');
    const figures = extract('Palisade Stores said comparable sales fell 3% in the 13 weeks ended June 28, its fiscal third quarter, as transactions dropped 5%.', { referenceDate: '2026-10-29', attribution: true });
    const label = figures.find((f) => f.text === 'fiscal third quarter');
    expect(label?.kind).toBe('period');
    const weeks = figures.find((f) => f.text === '13 weeks ended June 28');
    expect(weeks && weeks.kind === 'period' && [weeks.start, weeks.end]).toEqual(['2026-03-30', '2026-06-28']);
  });
});

// A part of the period reported, named in one sentence ("in the second quarter" of a half-year
// story), dates that sentence's figures; the figures of later sentences are the half's again.
describe('a part of the reported period is an aside of its sentence', () => {
  const story = 'Tollgate Bank said pretax profit for the six months to June 30 rose 9% to £2.2 billion.\n\n'
    + 'Its net interest margin widened to 3.1% in the second quarter from 3.0% in the first quarter, and the quarter\'s fee income was £410 million.\n\n'
    + 'Impairment charges fell to £180 million from £260 million in the first half of 2025. Operating costs rose 3% to £3.9 billion.';
  it.each([
    ['£180 million', '2026-01-01', '2026-06-30'],
    ['3%', '2026-01-01', '2026-06-30'],
    ['£3.9 billion', '2026-01-01', '2026-06-30'],
    ['3.1%', '2026-04-01', '2026-06-30'],
  ] as const)('%s → %s..%s', (figure, start, end) => {
    const p = aboutOf(story, figure, '2026-07-30').period;
    expect([p?.start, p?.end]).toEqual([start, end]);
  });

  it('a restatement in the sentence that names the part keeps the part', () => {
    const text = 'Marlin Oil said a fourth-quarter charge of $300 million cut its 2026 net income by 12% to $800 million.\n\nIts loss in the quarter was $90 million, or 45 cents a share, against a profit of $20 million a year ago.';
    const p = aboutOf(text, '45 cents', '2027-02-20').period;
    expect([p?.start, p?.end]).toEqual(['2026-10-01', '2026-12-31']);
  });
});

describe('"in the quarter after falling …" is still the latest quarter', () => {
  it('a gerund after "after" says what went before, not which quarter', () => {
    const text = 'Revenue for the six months to September 30 rose 4% to €9 billion, and growth picked up to 3.9% in its fiscal second quarter.\n\nService revenue in Spain rose 0.4% in the quarter after falling 1.2% in the April-June period.';
    const p = aboutOf(text, '0.4%', '2026-11-12').period;
    expect([p?.start, p?.end]).toEqual(['2026-04-01', '2026-06-30']);
  });
});
