/**
 * Farm and food markets and results: traded contracts named with their delivery month and
 * exchange, a move restated as a percentage, "added … to" a price, EBIT written after the
 * amount, and prices per farm unit. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

const LEAD = 'SINGAPORE, June 3 (Reuters) - Vegetable oil futures rose on Tuesday. ';
const DAY = '2025-06-03';

describe('a traded contract that moves, past its delivery month and exchange, is a price of its commodity', () => {
  it.each([
    ['The benchmark palm oil contract for August delivery on Bursa Malaysia Derivatives Exchange rose 41 ringgit, or 1.1%, to 3,980 ringgit a tonne.', '41 ringgit'],
    ['The benchmark palm oil contract for August delivery on Bursa Malaysia Derivatives Exchange rose 41 ringgit, or 1.1%, to 3,980 ringgit a tonne.', '1.1%'],
    ['The benchmark palm oil contract for August delivery on Bursa Malaysia Derivatives Exchange rose 41 ringgit, or 1.1%, to 3,980 ringgit a tonne.', '3,980 ringgit'],
  ] as const)('%s → %s', (text, figure) => {
    const a = aboutOf(LEAD + text, figure, DAY);
    expect(a.metric?.category).toBe('price');
    expect(a.subject?.name).toBe('palm oil');
    expect(a.direction).toBe('up');
    expect(a.period?.start).toBe(DAY);
  });
});

describe('an exchange named "… Futures" owns no move', () => {
  it.each([
    ['The July arabica contract on ICE Futures U.S. fell 6.1 cents, or 1.7%, to $3.52 per lb.', '6.1 cents'],
    ['The July arabica contract on ICE Futures U.S. fell 6.1 cents, or 1.7%, to $3.52 per lb.', '1.7%'],
    ['The July arabica contract on ICE Futures U.S. fell 6.1 cents, or 1.7%, to $3.52 per lb.', '$3.52'],
  ] as const)('%s → %s', (text, figure) => {
    const a = aboutOf(LEAD + text, figure, DAY);
    expect(a.subject?.name).toBe('arabica');
    expect(a.direction).toBe('down');
    expect(a.period?.start).toBe(DAY);
  });
});

describe('"added X, or Y%, to Z": a move to a new level', () => {
  it.each([
    ['Robusta coffee for September delivery on ICE Europe added $95, or 2.2%, to $4,410 a tonne.', '$95', 'amount'],
    ['Robusta coffee for September delivery on ICE Europe added $95, or 2.2%, to $4,410 a tonne.', '2.2%', 'amount'],
    ['Robusta coffee for September delivery on ICE Europe added $95, or 2.2%, to $4,410 a tonne.', '$4,410', 'target'],
  ] as const)('%s → %s', (text, figure, role) => {
    const a = aboutOf(LEAD + text, figure, DAY);
    expect(a.metric?.category).toBe('price');
    expect(a.subject?.name).toBe('coffee');
    expect(a.direction).toBe('up');
    expect(a.change?.role).toBe(role);
    // The delivery month names the contract, not when it moved.
    expect(a.period?.start).toBe(DAY);
  });
});

describe('"earned X before interest and tax" is a profit (EBIT), not a tax', () => {
  it.each([
    ['Its malting unit earned A$52 million before interest and tax, up 9%.', 'A$52 million', 'profit', 'up'],
    ['Its malting unit earned A$52 million before interest and tax, up 9%.', '9%', 'profit', 'up'],
    ['The seeds arm made a loss before interest and tax of A$6 million.', 'A$6 million', 'loss', undefined],
  ] as const)('%s → %s', (text, figure, metric, direction) => {
    const a = aboutOf(text, figure);
    expect(a.metric?.category).toBe(metric);
    expect(a.direction).toBe(direction);
  });
});

describe('an amount per farm unit is a price', () => {
  it.each([
    ['Packers paid an average of 241 reais per arroba for cattle.', '241 reais'],
    ['The co-op expects to pay NZ$9.40 per kgMS this season.', 'NZ$9.40'],
    ['The state set the cane price at 355 rupees per quintal.', '355 rupees'],
    ['Ginners paid $310 per bale.', '$310'],
  ] as const)('%s → %s', (text, figure) => {
    expect(aboutOf(text, figure).metric?.category).toBe('price');
  });
});

describe('a percentage restating a move after "or" shares its owner', () => {
  it('over the story\'s topic', () => {
    const text = 'NEW YORK, March 4 (Reuters) - Brazil cut its crop outlook on Tuesday. Raw sugar settled down 0.32 cent, or 1.8%, at 17.66 cents per lb.';
    const a = aboutOf(text, '1.8%', '2025-03-04');
    expect(a.subject?.name).toBe('sugar');
    expect(a.direction).toBe('down');
  });
});
