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
