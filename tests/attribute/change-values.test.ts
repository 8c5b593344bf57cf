import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a noun cue with a target and a base: the values say the direction', () => {
  it.each([
    ['The institute trimmed its forecast for economic growth this year to 1.2% from 1.9%.', '1.2%', 'down'],
    ['Regulators will lift the permitted reduction in quota to 8% from 4%.', '8%', 'up'],
    ['The ministry now sees growth in exports at 3.1% against 2.4% last year.', '3.1%', 'up'],
    ['Analysts revised their growth estimate for Ruritania to $4.5 billion from $5 billion.', '$4.5 billion', 'down'],
  ] as const)('%s → %s %s', (text, figure, direction) => {
    expect(aboutOf(text, figure).direction).toBe(direction);
  });

  it.each([
    // A verb (even against the values), or a stated amount, keeps its own direction.
    ['Acme said sales rose to $300 million from $350 million.', '$300 million', 'up'],
    ['Globex paid a dividend of 12 cents, a 9% increase from the 20 cents paid before the split.', '9%', 'up'],
    // Figures of different units are not compared.
    ['Initech expects growth of 4% against $2 million last year.', '4%', 'up'],
  ] as const)('%s → %s keeps %s', (text, figure, direction) => {
    expect(aboutOf(text, figure).direction).toBe(direction);
  });
});

describe('a figure restating the one before after "or" shares its change', () => {
  it.each([
    ['Shares in Pellow Group fell 22p, or 3.4%, to 625p.', '3.4%', 'down'],
    ['Net income rose to $310 million, or 96 cents a share, in the quarter.', '96 cents', 'up'],
  ] as const)('%s → %s is %s', (text, figure, direction) => {
    expect(aboutOf(text, figure).direction).toBe(direction);
  });
});

describe('hedges between a change word and its figure', () => {
  it.each([
    ['Shares of Dunmore Mining fell as much as 7.5% in early trade.', '7.5%', 'down'],
    ['The fund plans to raise its stake in Ardent Foods to as much as 19.9%.', '19.9%', 'up'],
  ] as const)('%s → %s is %s', (text, figure, direction) => {
    expect(aboutOf(text, figure).direction).toBe(direction);
  });
});
