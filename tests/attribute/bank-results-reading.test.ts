/**
 * Readings of bank results stories beyond their words (attribute/index.ts, entities.ts,
 * period.ts, clause.ts, shared.ts): a name in a ", as …" clause is no topic, a heading with a
 * bracket owns nothing, the day a result was told is not its period, "They" after a share move is
 * the shares, and the amount analysts expected shares the measure before it. Sentences written
 * for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a name only in a clause of cause is no topic for the sentences after', () => {
  it.each([
    ['Norrland Bank said loan income rose 9% in the half. Fee income at its wealth arm increased 4%, as the Riksbank\'s rate cut in March lifted fund sales. Deposits grew 3.1%, while lending was flat.', '3.1%', 'Norrland Bank'],
    ['Kasai Trust raised its profit forecast. Trading income grew 11%, because the Bank of Japan\'s move pushed up volumes. Credit costs fell to ¥8 billion.', '¥8 billion', 'Kasai Trust'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});

describe("a section heading with a bracket after it owns nothing", () => {
  it('the company of the story owns the bullet figures', () => {
    const text = 'Westmere Bank said profit fell 6% in the quarter.\n\nHIGHLIGHTS (six months to June 30)\n* Net interest income £2.1bn, up 4%\n* CET1 ratio 14.2%';
    expect(aboutOf(text, '£2.1bn').subject?.name).toBe('Westmere Bank');
    expect(aboutOf(text, '14.2%').subject?.name).toBe('Westmere Bank');
  });
});

describe('a day after "on" is when a result was told, not its period', () => {
  it.each([
    ['Ashdown Bank reported first-quarter results. It raised its net profit forecast by 5% to £2.2 billion on Tuesday.', '£2.2 billion', '2023-01-01', '2023-03-31'],
    ['Revenue in the third quarter rose 8%. Lorne Bank is expected to report net profit of €1.9 billion on May 3.', '€1.9 billion', '2022-07-01', '2022-09-30'],
  ] as const)('%s → %s is of the quarter before', (text, figure, start, end) => {
    expect(aboutOf(text, figure, '2023-04-28').period).toMatchObject({ start, end });
  });

  it('a price on a day keeps the day', () => {
    expect(aboutOf('Shares of Ashdown Bank closed at 412p on Tuesday.', '412p', '2023-04-28').period).toMatchObject({ start: '2023-04-25', end: '2023-04-25' });
  });

  it('a cash balance on a date keeps the date', () => {
    expect(aboutOf("The Treasury's cash balance totalled $17.8 billion on March 5.", '$17.8 billion', '2023-04-28').period).toMatchObject({ start: '2023-03-05', end: '2023-03-05' });
  });
});

describe('"They" after a move of the shares', () => {
  it.each([
    ['Corran Bank shares were up 1.2% in early trading. They have risen 17% this year.', '17%'],
    ['Shares in Corran Bank fell 2%. They had gained 30% in the past year.', '30%'],
  ] as const)('%s → %s is price', (text, figure) => {
    expect(aboutOf(text, figure).metric?.category).toBe('price');
  });
});

describe('the amount analysts expected shares the measure before it', () => {
  it.each([
    ['Pretax profit was £2.9 billion, ahead of the £2.7 billion analysts had forecast.', '£2.7 billion', 'profit'],
    ['Cash earnings were A$5.1 billion, below a Visible Alpha consensus of A$5.3 billion.', 'A$5.3 billion', 'profit'],
    ['Revenue rose to $4.4 billion, above a consensus estimate of $4.2 billion.', '$4.2 billion', 'revenue'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});

describe('a name after "as" or "because" right after the figure is no topic either (index.ts causeAfterFigure)', () => {
  it('the lender of the lead owns the figures after', () => {
    const text = 'Corrib Bancorp said net income rose 9% in the quarter. Lending income dipped 2% to $3.4 billion as the Federal Reserve\'s cuts squeezed yields. The margin narrowed 8 basis points to 2.7%.';
    expect(aboutOf(text, '2.7%').subject?.name).toBe('Corrib Bancorp');
  });
});

describe('an apposition between a measure and its verb does not hide the measure (metric.ts appositionBefore)', () => {
  it.each([
    ['Net interest income, the gap between what a lender earns on loans and pays on deposits, fell 4% to $2.2 billion.', '4%', 'revenue'],
    ['Net interest income, the gap between what a lender earns on loans and pays on deposits, fell 4% to $2.2 billion.', '$2.2 billion', 'revenue'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric.category).toBe(category);
  });
});

describe('a company head word between a name and its apposition (subject.ts isInApposition)', () => {
  it('the bank, not the region the apposition names, is the topic', () => {
    const text = 'Skarven Bank, the Nordic region\'s fourth-biggest lender, reported higher profit on Monday.\n\nOperating profit rose 6% to 7.1 billion crowns. The bank\'s Finnish arm grew deposits 2%.';
    expect(aboutOf(text, '6%').subject?.name).toBe('Skarven');
  });
});

describe('a lead that names a quarter of results before any figure gives it to the figures after (period.ts measureNamedAfter)', () => {
  it.each([
    ['Skarven Bank posted a smaller drop in third-quarter operating profit on Tuesday.\n\nOperating profit fell 5% to 7.2 billion crowns.', '5%', '2025-07-01', '2025-09-30'],
    ['Torva Insurance reported a jump in first-half net profit.\n\nNet profit rose 12% to 410 million euros.', '410 million euros', '2025-01-01', '2025-06-30'],
  ] as const)('%s → %s', (text, figure, start, end) => {
    expect(aboutOf(text, figure, '2025-11-04').period).toMatchObject({ start, end });
  });

  it('not a half written apart, which may be a fiscal one', () => {
    const text = 'Kellerby said its first half net profit was flat.\n\nNet earnings rose 2.1% to 31 mln dlrs in the 26 weeks ended December 28.\n\nNet would have risen 9.5 pct but for tax.';
    expect(aboutOf(text, '9.5 pct', '1987-03-19').period).toMatchObject({ start: '1986-06-30', end: '1986-12-28' });
  });
});

describe('a person named with initials after a title is the source (subject.ts hasTitle)', () => {
  it.each([
    '"We expect loan growth of 14% in 2026," managing director K. Raghavan said.',
    '"We expect loan growth of 14% in 2026," chief executive A.K. Menon said.',
  ])('%s', (text) => {
    expect(aboutOf(text, '14%').subject?.name ?? null).toBeNull();
  });
});

describe('an interim or final dividend the company will pay is the period reported, not a forecast\'s year (index.ts declared dividends)', () => {
  it('the half reported', () => {
    const text = 'Pellow Bank said pre-tax profit rose 8% to £2.1bn in the six months to 30 June. It expects a return on equity of 12% for 2025. It will pay an interim dividend of 2.4p a share.';
    expect(aboutOf(text, '2.4p', '2025-07-28').period).toMatchObject({ start: '2025-01-01', end: '2025-06-30' });
  });
});

describe('a rival after "at" owns the measure (index.ts)', () => {
  it('"earnings at rival X"', () => {
    const text = 'Kestrel Bank said profit rose 4%. That compares with a 6% drop in cash earnings at rival Marlin Banking Corp.';
    expect(aboutOf(text, '6%').subject?.name).toBe('Marlin Banking Corp');
  });
});
