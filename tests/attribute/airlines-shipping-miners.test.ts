import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// Airlines', shippers' and miners' results: unit measures written in capitals are measures, not
// owners; a place after "shares in" is where they trade; a miner's cash and bullion is cash.
describe("an airline's unit revenue and unit cost abbreviations", () => {
  it.each([
    ['Southwest said RASM fell 2% in the quarter.', '2%', 'revenue', 'Southwest', 'down'],
    ['Delta said passenger unit revenue, or PRASM, rose 1.1%.', '1.1%', 'revenue', 'Delta', 'up'],
    ['JetBlue said CASM-ex rose 4.5% year over year.', '4.5%', 'cost', 'JetBlue', 'up'],
    ['Air Canada said CASK rose 1.5%.', '1.5%', 'cost', 'Air Canada', 'up'],
  ] as const)('%s → %s %s of %s', (text, figure, metric, subject, direction) => {
    const about = aboutOf(text, figure);
    expect(about.metric?.category).toBe(metric);
    expect(about.subject?.name).toBe(subject);
    expect(about.direction).toBe(direction);
  });

  it('traffic measures own nothing either', () => {
    const about = aboutOf('The carrier said RPKs grew 9% while ASKs rose 7%.', '9%');
    expect(about.subject).toBeUndefined();
    expect(about.metric?.category).toBe('other');
  });

  it('a container unit is no owner of a ship order', () => {
    expect(aboutOf('Nordhavn Line ordered six 17,000 TEU dual-fuel ships worth about $1.1 billion.', '$1.1 billion').subject?.name).toBe('Nordhavn Line');
  });
});

describe('a place after "shares in" is where they trade, not whose they are', () => {
  it.each([
    ['Equinor raised its dividend. Shares in Oslo rose 3% to NOK 310.', 'NOK 310', 'Equinor'],
    ['Harwell Energy said profit rose. Its shares in Sydney fell 1.2% to A$44.10.', '1.2%', 'Harwell Energy'],
    ['Nordhavn Line reported higher profit. Shares in Copenhagen jumped 5.8% to DKK 11,020.', '5.8%', 'Nordhavn Line'],
    // A company after "shares in" still owns them.
    ['Shares in Harwell Energy rose 3% to 410p.', '410p', 'Harwell Energy'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    const about = aboutOf(text, figure);
    expect(about.metric?.category).toBe('price');
    expect(about.subject?.name).toBe(subject);
  });

  it('a place after a measure and "in" still owns the measure', () => {
    expect(aboutOf('Inflation cooled. Prices in Scotland rose 4.1%, Nationwide said.', '4.1%').subject?.name).toBe('Scotland');
  });
});

describe("a gold miner's cash and bullion is cash, not a price of gold", () => {
  it.each([
    ['Goldvale said cash and bullion rose by A$412 million to A$1.8 billion.', 'A$1.8 billion', 'Goldvale'],
    ['Northern Star said cash and bullion totalled A$1.2 billion.', 'A$1.2 billion', 'Northern Star'],
  ] as const)('%s → %s is cash of %s', (text, figure, subject) => {
    const about = aboutOf(text, figure);
    expect(about.metric?.category).toBe('cash');
    expect(about.subject?.name).toBe(subject);
  });

  it('gold that moves is still its price', () => {
    expect(aboutOf('Gold rose 2% to $2,400 an ounce.', '$2,400').metric?.category).toBe('price');
  });
});

describe('a judged base period after "from a" is the base, not the figure\'s period', () => {
  it.each([
    ['Full-year 2023 revenue was US$13.2 billion, down 35% from a record 2022.', '35%'],
    ['Revenue in 2023 was US$13.2 billion, down 35% from an exceptional 2022.', 'US$13.2 billion'],
  ] as const)('%s → %s is of 2023', (text, figure) => {
    const about = aboutOf(text, figure, '2024-02-15');
    expect(about.period?.start).toBe('2023-01-01');
    expect(about.period?.end).toBe('2023-12-31');
  });

  it('"in a record 2023" is the figure\'s own year', () => {
    const about = aboutOf('Profit rose 5% in a record 2023.', '5%', '2024-02-15');
    expect(about.period?.start).toBe('2023-01-01');
  });
});

describe('a move of a good quoted for a month is of its trading day, not the contract month', () => {
  it('Brent crude for March moved on the day the lead names', () => {
    const about = aboutOf('Oil prices rose on Tuesday as supplies tightened. Brent crude for March gained 2% to $78.', '2%', '2024-01-10');
    expect(about.metric?.category).toBe('price');
    expect(about.period?.start).toBe('2024-01-09');
  });

  it('imports counted for a month keep that month', () => {
    const about = aboutOf('Imports of crude oil for December rose 3% from November.', '3%', '2024-01-10');
    expect(about.period?.start).toBe('2023-12-01');
  });
});

describe("a railway's operating ratio is none of the money measures", () => {
  it('its move is no revenue after the revenue before it', () => {
    const text = 'Canadian Pacific Kansas City posted revenue of C$3.8 billion, with its operating ratio improving 210 basis points to 61.2%.';
    expect(aboutOf(text, '210 basis points').metric?.category).toBe('other');
    expect(aboutOf(text, 'C$3.8 billion').metric?.category).toBe('revenue');
  });
});

describe('an amount written as the adjective of its noun takes the period after the noun', () => {
  it.each([
    ['Acme reported a first-quarter net loss of $124 million, narrower than the $194 million loss a year earlier.', '$194 million', '2023-01-01'],
    ['Acme reported first-quarter profit of $124 million, compared with a $194 million profit in the year-ago quarter.', '$194 million', '2023-01-01'],
    // The first figure keeps its own quarter.
    ['Acme reported first-quarter profit of $124 million, compared with a $194 million profit a year earlier.', '$124 million', '2024-01-01'],
  ] as const)('%s → %s from %s', (text, figure, start) => {
    expect(aboutOf(text, figure, '2024-04-18').period?.start).toBe(start);
  });

  it('with no period after its noun, the sentence\'s period stands', () => {
    expect(aboutOf('Acme reported first-quarter profit of $124 million, compared with a $194 million loss.', '$194 million', '2024-04-18').period?.start).toBe('2024-01-01');
  });
});
