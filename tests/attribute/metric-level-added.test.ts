import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a level without a move, "add … to", a term before a security', () => {
  it.each([
    ['The Canadian dollar was flat at 72.40 U.S. cents.', '72.40 U.S. cents', 'rate', 'dollar'],
    ['Sterling traded around $1.2810 in late trade.', '$1.2810', 'rate', 'Sterling'],
  ] as const)('%s → %s is %s of %s', (text, figure, category, subject) => {
    const a = aboutOf(text, figure);
    expect(a.metric.category).toBe(category);
    expect(a.subject?.name).toBe(subject);
  });

  it.each([
    ['Marrow Foods expects the merger to add $90 million to annual operating profit.', '$90 million', 'profit'],
    ['The new plant will contribute 40 million euros to revenue next year.', '40 million euros', 'revenue'],
    ['The package included a 900 million-euro 12-year tranche.', '900 million-euro', 'debt'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric.category).toBe(category);
  });

  it('a name after a capitalised possessive pronoun names a thing of the owner', () => {
    const text = 'Corlan Life raised its dividend by 5%. Its Solvency II ratio fell to 170% from 182%.';
    expect(aboutOf(text, '170%').subject?.name).toBe('Corlan Life');
  });
});
