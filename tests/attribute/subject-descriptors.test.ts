import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a name that describes the next one ("Danish shipping group Nordhavn")', () => {
  it.each([
    ['Regulators fined Finnish paper group Kallio Mills 40 million euros on Monday.', '40 million euros', 'Kallio Mills', 'fine'],
    ['The watchdog fined Danish brewer Holmgaard 12 million crowns for misleading labels.', '12 million crowns', 'Holmgaard', 'fine'],
    ['The mill said New York investment banking firm Orrin Partners arranged $7 million in bonds.', '$7 million', 'Orrin Partners', 'debt'],
    ['Welsh water utility Afonwy Services raised its dividend to 30 pence.', '30 pence', 'Afonwy Services', 'dividend'],
  ] as const)('%s → %s of %s', (text, figure, subject, metric) => {
    const a = aboutOf(text, figure);
    expect(a.subject?.name).toBe(subject);
    expect(a.metric?.category).toBe(metric);
  });

  it('a name before a company noun with no name after it is still a name', () => {
    expect(aboutOf('Regulators fined Globex group 4 million euros.', '4 million euros').subject?.name).toBe('Globex');
  });
});

describe('the dateline a news text opens with owns nothing', () => {
  it.each([
    ['LISBON, April 30 (Wire) - Inflation in Portugal slowed to 2.1% in April.', '2.1%', 'Portugal'],
    ['OSLO, May 7 (Wire) - Prices rose 3.9% in April, the agency said.', '3.9%', undefined],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});

describe('a name right after "its" or "the bank\'s" names a thing of the owner', () => {
  it.each([
    ["Banco Lirio raised its Selic benchmark rate by 50 basis points. Annual inflation accelerated to 5.2%.", '5.2%', 'Banco Lirio'],
    ["Lindqvist Bank earned more. The bank's CET1 ratio was 14.9% at the end of June.", '14.9%', 'Lindqvist'],
    ['Fensom said the launch of its Respira inhaler pushed sales up 70%.', '70%', 'Fensom'],
    // A part with a name of its own keeps it, and so does a company the text names elsewhere.
    ['Orrin Corp said its Calder Inc subsidiary will redeem $40 million of notes.', '$40 million', 'Calder Inc'],
    // After a preposition the part is where the owner's measure comes from (ATTRIBUTION.md:
    // "Huawei's service provider business" is Huawei's).
    ['Talmer owns Brisk Line. It said the net loss from its Brisk Line rose to $33 million.', '$33 million', 'Talmer'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});
