import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// What analysts expected is the expectation for the period of the figure it is set against,
// also when that figure takes its period from the sentences before.
describe('an amount analysts expected takes the period of the figure before it', () => {
  it.each([
    ['Quarry Foods said net income for the three months ended Sept. 30 rose 6% to $410 million.\n\nRevenue rose 5% to $3.2 billion, topping the $3.1 billion analysts had expected.', '$3.1 billion'],
    ['Quarry Foods said net income for the three months ended Sept. 30 rose 6% to $410 million.\n\nAdjusted earnings per share rose 8% to 88 cents, beating the 81-cent consensus.', '81-cent'],
    ['Quarry Foods said net income for the three months ended Sept. 30 rose 6% to $410 million.\n\nOperating profit rose to $520 million, short of the $540 million average estimate.', '$540 million'],
  ] as const)('%s → %s', (text, figure) => {
    const p = aboutOf(text, figure, '2026-10-29').period;
    expect([p?.start, p?.end]).toEqual(['2026-07-01', '2026-09-30']);
  });

  it('an amount before its own period keeps that period', () => {
    const p = aboutOf('Quarry Foods said revenue for the three months ended Sept. 30 rose 5% to $3.2 billion, above the consensus of $2.9 billion for the full year.', '$2.9 billion', '2026-10-29').period;
    expect(p?.end).not.toBe('2026-09-30');
  });
});

// "now expects 2026 revenue of $8.1 billion to $8.4 billion, up from $7.8 billion to $8.2
// billion": the base of a forecast raised or cut is the earlier forecast for the same period.
describe('the base of a revised forecast takes the forecast\'s period', () => {
  it.each([
    ['Ambery now expects 2026 revenue of $8.1 billion to $8.4 billion, up from $7.8 billion to $8.2 billion.', '$7.8 billion to $8.2 billion', '2026-01-01', '2026-12-31'],
    ['Ambery now sees operating profit of $900 million in 2026, down from $1 billion.', '$1 billion', '2026-01-01', '2026-12-31'],
  ] as const)('%s → %s', (text, figure, start, end) => {
    const p = aboutOf(text, figure, '2026-07-30').period;
    expect([p?.start, p?.end]).toEqual([start, end]);
  });

  it('a past result a forecast rise is measured from is no earlier forecast', () => {
    const p = aboutOf('Ambery expects 2026 earnings to rise 10% to 15% from the $90 million recorded in 2025.', '$90 million', '2026-07-30').period;
    expect(p?.start).not.toBe('2026-01-01');
  });
});
