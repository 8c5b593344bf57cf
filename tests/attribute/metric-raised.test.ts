import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('"raised $X": money raised is the value of a deal', () => {
  it.each([
    ['Six months ago Tessaly raised $250 million from a group of investors.', '$250 million', 'deal-value'],
    ['The shipping line said it will raise 9 billion yen by issuing new shares.', '9 billion yen', 'deal-value'],
    ['Rights issues during the month raised 180 million pounds in all.', '180 million pounds', 'deal-value'],
    // What is raised, when written after it, names the figure.
    ['The carrier plans to raise $400 million of bonds next week.', '$400 million', 'debt'],
    // A price raised, or raised to a new level, is a move, not money raised.
    ['The posted price for light crude was raised 50 cents a barrel.', '50 cents', 'price'],
    ['Refiners raised $1.50 to $19.25 a barrel for heavy crude.', '$19.25', 'price'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });

  it('a percentage raised is not money raised', () => {
    expect(aboutOf('The fund will raise 90% of what it needs from members.', '90%').metric?.category).not.toBe('deal-value');
  });
});
