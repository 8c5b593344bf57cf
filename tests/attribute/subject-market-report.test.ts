/**
 * Whose move it is in a market report (attribute/subject.ts, attribute/index.ts): "the index"
 * is the stock index named before, and a figure in a short ", which …" clause belongs to the
 * organisation or index the clause describes. Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('"the index" is the stock index named before it', () => {
  it.each([
    ["Germany's DAX fell 1.1 per cent on Monday as carmakers slid. The index has lost 4 per cent this month.", '4 per cent', 'DAX'],
    ['The FTSE 250 climbed 0.8 per cent, led by housebuilders. The mid-cap index is up 6 per cent this year.', '6 per cent', 'FTSE'],
    ['Paris-listed Vellum Group rose 3 per cent and the CAC 40 gained 0.5 per cent; the benchmark index ended the week 1.2 per cent higher.', '1.2 per cent', 'CAC'],
  ] as const)('%s → %s is %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2026-03-06').subject?.name).toBe(subject);
  });

});

describe('a figure in a short ", which …" clause belongs to what the clause describes', () => {
  it.each([
    ['Brackley Foods was the biggest riser in the FTSE 100, which was up 0.4 per cent at the close.', '0.4 per cent', 'FTSE'],
    ['Ormond Capital sold its stake to Lisle Partners, which now owns 22 per cent of the group.', '22 per cent', 'Lisle Partners'],
    ['The deal was agreed with Carrow Bank, which has €40bn in assets.', '€40bn', 'Carrow Bank'],
  ] as const)('%s → %s is %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2026-03-06').subject?.name).toBe(subject);
  });

  it('not for a passive holder named after "by"', () => {
    const a = aboutOf('Ormond Capital said Tenby Mills, which is 40 per cent owned by Ormond Capital, would be sold.', '40 per cent', '2026-03-06');
    expect(a.why.some((w) => w.includes('clause of the figure describes'))).toBe(false);
  });
});
