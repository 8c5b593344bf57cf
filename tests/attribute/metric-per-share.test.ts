import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a per-share amount with only a holding, cash or debt word nearby is a price', () => {
  it.each([
    ['Veracom agreed to buy Linkway for 2.3 billion euros, including debt, paying 14.20 euros per share.', '14.20 euros', 'price'],
    ['Orrin made a $42-a-share cash offer for Talmer on Monday.', '$42', 'price'],
    // ", or 13 cents a share" restates the amount before it.
    ['Results include a charge for debt redemption of $6 million, or 13 cents a share.', '13 cents', 'debt'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});

describe('a worth per share is a price', () => {
  it('"values X at 8.40 euros per share"', () => {
    expect(aboutOf('The offer values Prevela at 8.40 euros per share, a 25% premium.', '8.40 euros').metric?.category).toBe('price');
  });
});
