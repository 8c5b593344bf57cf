/**
 * Bank and insurer results stories (attribute/index.ts, entities.ts, change.ts, lexicon/metrics.ts):
 * a central bank carried on owns none of a bank's results, a month's name after a title is a first
 * name, a fine carried on is the fined one's, "to resolve" a case is a settlement, and "as" opens a
 * clause of reason after a move's figures. Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a central bank carried on owns none of the results of the bank the story is about', () => {
  it.each([
    ['Harbor Bank said net income rose 5% to $2 billion. The Federal Reserve cut rates three times last year. Net interest income fell 3% to $5 billion.', '$5 billion', 'revenue', 'Harbor Bank'],
    ['Nordvik Bank reported a net profit of 27.4 billion Swedish crowns. The Riksbank cut its benchmark rate to 1.75% last year. Credit impairments were a low 0.03% of lending.', '0.03%', 'cost', 'Nordvik'],
    ['Nordvik Bank reported a net profit of 27.4 billion Swedish crowns. The Riksbank cut its benchmark rate to 1.75% last year. The bank will pay a dividend of 8.20 crowns. It targets a return on equity of 15% over the two years.', '15%', 'other', 'Nordvik'],
  ] as const)('%s → %s (%s) is %s', (text, figure, metric, subject) => {
    const about = aboutOf(text, figure, '2026-03-05');
    expect(about.metric?.category).toBe(metric);
    expect(about.subject?.name).toContain(subject);
  });

  it.each([
    // the central bank's own rate and the economy's figures stay theirs
    ['Nordvik Bank reported a net profit of 27.4 billion Swedish crowns. The Riksbank cut its benchmark rate to 1.75% last year.', '1.75%', 'Riksbank'],
    // a central bank whose own results the story reports
    ['The Swiss National Bank posted a profit of 80 billion francs for 2025. It will pay a dividend of 15 francs per share.', '15 francs', 'Swiss National Bank'],
  ] as const)('%s → %s stays %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2026-03-05').subject?.name).toBe(subject);
  });
});

describe("a month's name right after a title is a person's first name", () => {
  it.each([
    ['Rheinmark Bank reported a profit of €1.5 billion. Chief financial officer Jan Oster said net interest income would be about €13.5 billion this year.', '€13.5 billion'],
    ['Rheinmark Bank reported a profit of €1.5 billion. Chief Financial Officer Jan Oster said costs would be €4 billion.', '€4 billion'],
    ['Rheinmark Bank reported a profit of €1.5 billion. Net interest income will be about €13.5 billion this year, finance director Jan Oster said.', '€13.5 billion'],
    ['Rheinmark Bank reported a profit of €1.5 billion. Analyst May Chen expects net interest income of €13.5 billion this year.', '€13.5 billion'],
  ] as const)('%s → %s is the bank\'s', (text, figure) => {
    expect(aboutOf(text, figure, '2026-04-29').subject?.name).toBe('Rheinmark Bank');
  });

  it('a month before a company name is still a date', () => {
    const about = aboutOf('Rheinmark Bank reported a profit of €1.5 billion for the quarter ended in May. Chief executive June Park said costs would reach €4 billion in 2026.', '€1.5 billion', '2026-07-29');
    expect(about.subject?.name).toBe('Rheinmark Bank');
    expect(about.period).toMatchObject({ start: '2026-03-01', end: '2026-05-31' });
  });
});

describe('a fine carried on is the fined one\'s', () => {
  it.each([
    ["Britain's Financial Conduct Authority fined Ardent Bank £42.7 million on Thursday. The penalty would have been £61 million without a discount.", '£61 million', 'Ardent'],
    ['The Financial Conduct Authority fined Ardent Bank £42.7 million. The penalty would have been £61 million without a discount.', '£61 million', 'Ardent'],
  ] as const)('%s → %s is %s', (text, figure, subject) => {
    const about = aboutOf(text, figure, '2026-03-12');
    expect(about.metric?.category).toBe('fine');
    expect(about.subject?.name).toBe(subject);
  });

  it('a fine with a subject of its own keeps it', () => {
    expect(aboutOf('The SEC fined Meridian Capital $12 million. Separately, Harbor Bank agreed to pay a penalty of $5 million.', '$5 million').subject?.name).toBe('Harbor Bank');
  });
});

describe('money paid "to resolve" a case against it is a settlement', () => {
  it.each([
    ['Ardent agreed to pay $185 million to US authorities to resolve a sanctions investigation.', '$185 million'],
    ['Ardent Bank will pay $185 million to resolve claims that it misled investors.', '$185 million'],
    ['It paid $40 million to resolve Justice Department allegations.', '$40 million'],
  ] as const)('%s → %s is a fine', (text, figure) => {
    expect(aboutOf(text, figure).metric?.category).toBe('fine');
  });

  it('resolving something else is no settlement', () => {
    expect(aboutOf('The bank injected $2 billion to resolve the liquidity shortfall.', '$2 billion').metric?.category).not.toBe('fine');
  });
});

describe('"as" opens a clause of reason after a move\'s figures', () => {
  it('the level in the clause is no level of the move', () => {
    const text = 'Granite Mutual said first-quarter net income fell 22% to $612 million as winter storms drove catastrophe losses to $480 million.';
    expect(aboutOf(text, '$612 million').direction).toBe('down');
    expect(aboutOf(text, '$480 million').direction).toBeUndefined();
    expect(aboutOf(text, '$480 million').metric?.category).toBe('loss');
  });

  it.each([
    ['Shares fell as much as 5% to 300p.', '300p', 'down'],
    ['Net income rose 10% to $5 billion as expected, from $4.5 billion.', '$5 billion', 'up'],
    ['Profit fell 8% as costs rose to $2 billion.', '$2 billion', 'up'],
  ] as const)('%s → %s keeps %s', (text, figure, direction) => {
    expect(aboutOf(text, figure).direction).toBe(direction);
  });
});

describe("an insurer's renewal pricing is a price", () => {
  it('renewal pricing rose', () => {
    expect(aboutOf('Net premiums written increased 6% to $5.8 billion, led by commercial lines, where renewal pricing rose 7.5%.', '7.5%').metric?.category).toBe('price');
  });
});

describe("a company's own target range is of the measure before it", () => {
  it.each([
    ['Its CET1 ratio ended the year at 14.1%, above its 13-13.5% target range.', '13-13.5%', 'other'],
    ['Its CET1 ratio was 14.1%, above its target range of 13-13.5%.', '13-13.5%', 'other'],
    // a central bank's target range stays a rate
    ['The Fed held rates at 4.5%, and its target range of 4.25%-4.5% was unchanged.', '4.25%-4.5%', 'rate'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});
