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
    // Without a date: the dash or colon before the story, as other papers write it.
    ['ACCRA — Cocoa board revenue rose 14% in the season, officials said.', '14%', undefined],
    ['PERTH: Wheat exports fell 8% in March, the agency said.', '8%', undefined],
    ['KUALA LUMPUR – Palm oil stocks rose 6% in May, the board said.', '6%', undefined],
    ['OSAKA -- Department store sales slipped 2% in June, an industry body said.', '2%', undefined],
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

describe("a place's ranked company stands for the company named before", () => {
  it.each([
    ["Shares of Marlow Foods fell 3% after Britain's biggest food retailer warned that profit would fall to £80 million.", '£80 million', 'Marlow Foods'],
    ["Kessler Bank cut 900 jobs. Germany's second-largest lender expects a profit of €1.2 billion this year.", '€1.2 billion', 'Kessler Bank'],
    // Without a ranking word the place owns the figure: a country's central bank.
    ["Chile's central bank sold $400 million of bonds on Monday.", '$400 million', 'Chile'],
    // After a dateline, "Shares of X" still opens the sentence.
    ['OSLO, May 4 (Wire) - Shares of Nordlys Energi rose 6% after it reported a profit of $210 million. Sales rose 8%.', '8%', 'Nordlys Energi'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });

  it('a speaker in an earlier clause of the sentence is not the owner either', () => {
    const text = 'Tarrant Stores posted results on Monday. Chief executive Lena Hart said store sales rose 2%, while online sales jumped 14%.';
    expect(aboutOf(text, '14%').subject?.name).toBe('Tarrant Stores');
  });
});

describe('a measure code ("C1 costs", "M2 money supply") owns nothing', () => {
  it.each([
    ['Karoo Iron lifted output 6%. C1 costs were A$21.40 a tonne.', 'A$21.40', 'Karoo Iron'],
    ["Ruritania's broad M2 money supply rose 4.1% in May.", '4.1%', 'Ruritania'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});

// A description set off by commas after a name ("Brisbane Crown, the owner of fashion label
// Tessa and jeweller Orlo, reported …"): the names inside it say what the company is and own
// nothing of its results (attribute/subject.ts descriptionEnd).
describe('names inside a description between commas own nothing', () => {
  it.each([
    ['Brisbane Crown, the owner of fashion label Tessa and jeweller Orlo, reported a 4% rise in revenue.', '4%', 'Brisbane Crown'],
    ['Halde Group, a maker of garden tools for Bauhaus and Obi, said sales fell 6%.', '6%', 'Halde Group'],
  ] as const)('%s → %s belongs to %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2026-02-10').subject?.name).toBe(subject);
  });

  it('keeps a list of companies that each act', () => {
    expect(aboutOf('Acme, the retailer, and Beta, the grocer, said sales rose 3%.', '3%').subject?.name).toMatch(/Acme|Beta/);
  });
});
