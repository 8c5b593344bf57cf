import { describe, expect, it } from 'vitest';
import { countriesIn } from '../../src/attribute/country';
import { elidedOwnerBefore, isBareTarget, isOfficial, placeOnMeasure, rankedEconomyAfter } from '../../src/attribute/economy';
import { aboutOf } from './helpers';

describe('rankedEconomyAfter', () => {
  it.each([
    ["Inflation in Latin America's largest economy rose.", 'Latin America'],
    ["Asia's third-largest economy grew 1.1%.", 'Asia'],
    ["Output in Africa's most populous nation slowed.", 'Africa'],
  ])('%s: %s ranks an economy', (text, name) => {
    expect(rankedEconomyAfter(text, text.indexOf(name) + name.length)).toBe(true);
  });
  it.each([
    ["Europe's largest carmaker cut prices.", 'Europe'],
    ["Asia's markets fell.", 'Asia'],
  ])('%s: %s does not', (text, name) => {
    expect(rankedEconomyAfter(text, text.indexOf(name) + name.length)).toBe(false);
  });
});

describe('elidedOwnerBefore', () => {
  it.each([
    ["Spanish inflation slowed to 2.9% and Portugal's to 2.1%.", '2.1%', 'Portugal'],
    ["It lifted its forecast for Chile but cut the euro zone's to 0.9%.", '0.9%', 'euro zone'],
    ["Growth eased in Peru, while Colombia's was at about 1.7%.", '1.7%', undefined],
    ["Sales rose at Orlen and Acme's to $3 billion.", '$3 billion', undefined],
  ])('%s → %s: %s', (text, figure, owner) => {
    const at = text.indexOf(figure);
    const found = elidedOwnerBefore(text, at);
    expect(found?.name).toBe(owner);
    if (found) expect(text.slice(found.start, found.end)).toBe(owner);
  });
});

describe('placeOnMeasure', () => {
  const read = (text: string, label: string) => {
    const at = text.indexOf(label);
    return placeOnMeasure(text, countriesIn(text), at, label)?.name;
  };
  it.each([
    ['The fund raised its U.S. growth forecast to 2.1%.', 'growth forecast', 'U.S.'],
    ["The bank now sees Mexico's inflation at 3.8%.", 'inflation', 'Mexico'],
    ['Global headline inflation will slow to 5.9%.', 'inflation', 'Global'],
    ['It cut its 2026 world growth forecast.', 'growth forecast', 'world'],
    ['The OECD kept its global growth forecast at 3.1%.', 'global growth', 'global'],
  ])('%s: %s is of %s', (text, label, place) => {
    expect(read(text, label)).toBe(place);
  });
  it.each([
    ['Peru said the inflation of its partners slowed.', 'inflation'],
    ['Chile, where inflation eased, cut rates.', 'inflation'],
  ])('%s: %s names no place', (text, label) => {
    expect(read(text, label)).toBeUndefined();
  });
});

describe('isOfficial', () => {
  const text = 'Finance minister Carla Montes said the deficit would narrow. Analyst Tom Reyes disagreed. Treasurer Ian Holt spoke later.';
  it.each([
    ['Carla Montes', true],
    ['Montes', true],
    ['Treasurer Ian Holt', true],
    ['Tom Reyes', false],
    ['Reyes', false],
  ] as const)('%s → %s', (name, official) => {
    expect(isOfficial(text, name, new Map())).toBe(official);
  });
});

describe('isBareTarget', () => {
  it.each([
    ['well above the official target of 3.5% for this year', '3.5%', true],
    ["closer to the central bank's 2% target", '2%', true],
    ['a target range of 1.5% to 3.5%', '1.5% to 3.5%', true],
    ['inflation eased to 2.4% in May', '2.4%', false],
  ] as const)('%s: %s → %s', (text, figure, bare) => {
    const start = text.indexOf(figure);
    expect(isBareTarget(text, { start, end: start + figure.length })).toBe(bare);
  });
});

describe("economic news: whose figure it is, end to end", () => {
  it.each([
    // A region's ranked economy stands for the country the story names.
    ["Chile's central bank held rates. Inflation in South America's fifth-largest economy stood at 4.9% in May.", '4.9%', 'Chile'],
    // An owner written with its noun left out.
    ["Dutch harmonised inflation fell to 3.1% and Belgium's to 2.6% in June.", '2.6%', 'Belgium'],
    // A forecaster's measure written with its place.
    ['The International Monetary Fund raised its Indian growth forecast for 2024 to 6.8% from 6.5%.', '6.8%', 'India'],
    ['The International Monetary Fund raised its U.S. growth forecast for 2024 to 2.7% from 2.1%.', '2.1%', 'U.S.'],
    ['The World Bank kept its global growth forecast at 2.6% but cut its 2026 outlook to 2.5% from 2.7%.', '2.5%', 'global'],
    // A government's official speaks for the government whose books they are.
    ["Kenya's finance minister Joseph Owino said he would cut spending by 120 billion shillings next year.", '120 billion shillings', 'Kenya'],
    ['Peru posted a narrower deficit. Separately, Treasurer Ana Lucero is expected to announce a surplus of 2 billion soles on Friday.', '2 billion soles', 'Peru'],
  ] as const)('%s → %s of %s', (text, figure, owner) => {
    expect(aboutOf(text, figure, '2024-06-12').subject?.name).toBe(owner);
  });

  it('a percentage of GDP restating a government\'s borrowing after its year is its borrowing, and the country\'s', () => {
    const text = 'Norway\'s finance ministry said. The Office for Budget Responsibility said public sector net borrowing would total £98.1 billion in the 2025-26 financial year, or 3.2% of GDP.';
    const a = aboutOf(text, '3.2%', '2025-03-26');
    expect(a.metric.category).toBe('debt');
    expect(a.metric.label).toBe('borrowing');
    expect(a.period?.start).toBe('2025-04-01');
    expect(a.period?.end).toBe('2026-03-31');
  });

  it('a target with no measure of its own measures what the figure before it does', () => {
    const a = aboutOf("Annual inflation in Ghana stood at 23.1% in May, far above the official target of 8% for this year.", '8%', '2024-06-12');
    expect(a.metric.category).toBe('rate');
    expect(a.subject?.name).toBe('Ghana');
    expect(a.period?.start).toBe('2024-01-01');
  });

  it('the base of a change is measured as its target is, not by a relative clause\'s words', () => {
    const a = aboutOf('Core inflation, which strips out fuel and food prices, eased to 3.1% from 3.4% in April.', '3.4%', '2024-05-20');
    expect(a.metric.category).toBe('rate');
  });

  it.each([
    ['Output grew a revised 0.6% in the first quarter.', '0.6%', 'up'],
    ['Retail sales fell a provisional 1.2% in March.', '1.2%', 'down'],
  ] as const)('an estimate\'s word between the verb and the figure keeps the change: %s', (text, figure, direction) => {
    expect(aboutOf(text, figure, '2024-05-20').direction).toBe(direction);
  });

  it('a base "up from an estimated" figure is the change\'s base, of the same measure and owner', () => {
    const a = aboutOf('The Treasury expects the economy of Ghana to grow 4.1% this year, up from an estimated 2.9% in 2023.', '2.9%', '2024-03-12');
    expect(a.change?.role).toBe('base');
    expect(a.metric.category).toBe('rate');
    expect(a.period?.start).toBe('2023-01-01');
  });

  it.each([
    ['Corporate tax receipts were $410 billion, up 9%.', '$410 billion'],
    ['Income tax receipts rose 6% to £260 billion.', '6%'],
  ] as const)('a tax named before its receipts is a tax: %s', (text, figure) => {
    expect(aboutOf(text, figure, '2024-05-20').metric.category).toBe('tax');
  });

  it('a growth forecast after a company\'s measure word is that measure\'s', () => {
    expect(aboutOf('Velmora raised its revenue growth forecast to 7%.', '7%', '2024-05-20').metric.category).toBe('revenue');
    expect(aboutOf('The central bank raised its growth forecast to 1.4%.', '1.4%', '2024-05-20').metric.category).toBe('rate');
  });
});

describe('economic news: measures and periods read past asides', () => {
  it('a condition after a comma names no measure of the figure before it', () => {
    const a = aboutOf("The bank expects Peru's economy to grow 2.9% in 2025 and 2.7% in 2026, after 3.1% in 2024, assuming no new tariffs.", '3.1%', '2025-01-29');
    expect(a.metric.category).not.toBe('tax');
  });

  it.each([
    ['Norway\'s economy grew 0.9% in the first quarter. That translated into a 3.6% annualised rise, the statistics office said.', '3.6%'],
    ['Ghana\'s inflation eased to 21.5% in June. This compared with 23.1% in May.', '23.1%'],
  ] as const)('"That"/"This" opening a sentence stands for what the sentence before measured: %s', (text, figure) => {
    expect(aboutOf(text, figure, '2024-07-10').metric.category).toBe('rate');
  });

  it('"This is equivalent to" states its own level, no measure of the sentence before', () => {
    const a = aboutOf('Orbis raised its cash holdings to $2 billion. This is equivalent to 95 cents per share.', '95 cents', '2024-07-10');
    expect(a.metric.category).not.toBe('cash');
  });

  it('an owner written on the figure keeps it over the place of the measure it shares', () => {
    const a = aboutOf("Euro zone inflation eased to 2.4% in November, closer to the European Central Bank's 2% target.", '2%', '2023-11-30');
    expect(a.subject?.name).toBe('European Central Bank');
    expect(a.metric.category).toBe('rate');
  });

  it('a period after "but" and a verb belongs to that predicate', () => {
    const text = 'The OECD kept its 2025 global growth forecast unchanged at 3.1% but trimmed its 2026 outlook to 2.9% from 3.0%.';
    const kept = aboutOf(text, '3.1%', '2025-06-03');
    expect(kept.period?.start).toBe('2025-01-01');
    expect(kept.subject?.name).toBe('global');
    const trimmed = aboutOf(text, '2.9%', '2025-06-03');
    expect(trimmed.period?.start).toBe('2026-01-01');
    expect(trimmed.direction).toBe('down');
  });
});

describe("a country's trade", () => {
  it.each([
    ["Vietnam's exports grew 11.2% year-on-year in March, customs data showed.", '11.2%', 'other', 'Vietnam'],
    ['Imports fell 3.4% in March, leaving Vietnam with a trade surplus, the statistics office said.', '3.4%', 'other', undefined],
    ['The Trade Ministry said exports rose to $31.2 billion in the first quarter of 2024.', '$31.2 billion', 'other', undefined],
  ] as const)('%s → %s is %s', (text, figure, category, owner) => {
    const a = aboutOf(text, figure, '2024-04-15');
    expect(a.metric.category).toBe(category);
    if (owner) expect(a.subject?.name).toBe(owner);
  });

  it("a government's body reports its country's trade", () => {
    const a = aboutOf('Chile posted a trade surplus in March. The Trade Ministry said exports rose to $9.2 billion in March.', '$9.2 billion', '2024-04-15');
    expect(a.subject?.name).toBe('Chile');
  });

  it("a company's exports are its sales abroad, its imports what it buys", () => {
    expect(aboutOf('Orlen Steel Corp said its exports rose 14% to $2.1 billion in 2023.', '$2.1 billion', '2024-04-15').metric.category).toBe('revenue');
    expect(aboutOf('Orlen Steel Corp said its imports fell 9% to $1.3 billion in 2023.', '$1.3 billion', '2024-04-15').metric.category).toBe('cost');
  });
});
