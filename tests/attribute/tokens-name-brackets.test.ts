import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// Newswires write a company without a ticker in angle brackets ("<Royal Bank of Canada> said");
// the name inside reads like any other (attribute/tokens.ts, dropNameBrackets). A ticker in
// them ("<ACME>", "<RHON.PA>") stays an aside.
describe('a company named in angle brackets', () => {
  it.each([
    ['<Harwick Bank of Canada> said it would lower its credit card interest rate to 15.9 pct from 18.6 pct.', '15.9 pct', 'Harwick Bank of Canada'],
    ['<Dunmore Foods Inc> said first quarter profit rose 12 pct to 3.1 mln dlrs.', '3.1 mln dlrs', 'Dunmore Foods Inc'],
    ["Sweden's <AB Varna Electric> has bid for the maximum 20 pct permitted.", '20 pct', 'AB Varna Electric'],
    // (After a capitalised word the bracket still ends the name before it.)
    ['Wormley Ltd said London-listed <Harlow Security Group Inc> will issue it 6.1 mln shares at 1.72 stg each.', '1.72 stg', 'Harlow Security Group Inc'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '1987-04-02').subject?.name).toBe(subject);
  });
  it('a ticker in angle brackets names no one', () => {
    expect(aboutOf('Calder Mills Corp <CALM> said first quarter profit rose 12 pct to 3.1 mln dlrs.', '3.1 mln dlrs', '1987-04-02').subject?.name).toBe('Calder Mills Corp');
  });
});
