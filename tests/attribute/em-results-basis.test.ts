/**
 * Emerging-market results and markets: a result stated on a basis after "swung to" ("a headline
 * profit", Johannesburg's measure) still gives the direction; Portuguese, Spanish, French and
 * Italian connectors keep a company's name whole ("Banco do Brasil"); a bond "yielding" and a
 * currency that moves are rates (attribute/change.ts RESULT_SKIP, attribute/entities.ts
 * CONNECTORS, lexicon/metrics.ts). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

const REF = '2025-08-28';

describe('"swung to" a result on a stated basis', () => {
  it.each([
    ['Karoo Platinum swung to a headline profit of R1.2bn in the six months to June 30.', 'R1.2bn', 'up', 'profit'],
    ['Karoo Platinum swung to a headline loss of R2.1bn in the half.', 'R2.1bn', 'down', 'loss'],
    ['The retailer swung to an adjusted net loss of 310 million rand.', '310 million rand', 'down', 'loss'],
    ['The bank swung to an attributable profit of N12.4 billion in the quarter.', 'N12.4 billion', 'up', 'profit'],
    // The plain forms read as before.
    ['Karoo Platinum swung to a profit of R1.2bn in the half.', 'R1.2bn', 'up', 'profit'],
  ] as const)('%s', (text, figure, direction, metric) => {
    const about = aboutOf(text, figure, REF);
    expect(about.direction).toBe(direction);
    expect(about.metric?.category).toBe(metric);
  });

  it.each([
    // A basis word before something that is no result gives no direction.
    ['Attention swung to the core business, which earned R3.4bn in the half.', 'R3.4bn'],
    ['Talks turned to the headline number, a R900m fee.', 'R900m'],
  ] as const)('%s', (text, figure) => {
    expect(aboutOf(text, figure, REF).direction).toBeUndefined();
  });
});

describe('names joined by do, da, des, di', () => {
  it.each([
    ['Banco do Brasil cut its 2025 profit guidance to between R$21 billion and R$25 billion.', 'between R$21 billion and R$25 billion', 'Banco do Brasil'],
    ['State lender Banco da Amazonia said net income rose 12% in the half.', '12%', 'Banco da Amazonia'],
    ['French state lender Caisse des Depots said net profit rose to 2.1 billion euros.', '2.1 billion euros', 'Caisse des Depots'],
    ['Italian lender Cassa di Risparmio di Parma said profit rose 6%.', '6%', 'Cassa di Risparmio di Parma'],
    // Before a lower-case word "do" is a verb, not part of the name.
    ['Shares of Itau do not trade in Lagos; Itau said profit rose 8%.', '8%', 'Itau'],
  ] as const)('%s', (text, figure, subject) => {
    expect(aboutOf(text, figure, REF).subject?.name).toBe(subject);
  });
});

describe('rates of bonds and currencies', () => {
  it.each([
    ['Nigeria raised $2.2 billion from a Eurobond sale, with the 10-year note yielding 9.125%.', '9.125%', 'rate'],
    ["Zambia's kwacha weakened 1.2% to 27.5 per dollar.", '1.2%', 'rate'],
    ["Ethiopia's birr has lost about 55% of its value since July.", '55%', 'rate'],
    ['The Czech koruna firmed 0.3% against the euro.', '0.3%', 'rate'],
    // Not a currency: a copper producer's output.
    ["Zambia's copper output fell 3% in July.", '3%', 'other'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure, REF).metric?.category).toBe(metric);
  });
});
