import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// "reported third-quarter earnings of $5.4 billion on Tuesday": the weekday after "on" is when
// the results came out; the longer period named before the figure in the sentence is theirs.
describe('a weekday after "on" is the day results were reported, not their period', () => {
  it.each([
    ['Tamsin Oil reported second-quarter net income of $2.3 billion on Thursday, ahead of forecasts.', '$2.3 billion', '2023-04-01', '2023-06-30'],
    ['For the first half, Coralie Power booked EBITDA of €1.9bn on Monday.', '€1.9bn', '2023-01-01', '2023-06-30'],
    ['Nordhavn posted 2022 revenue of NOK 41 billion on Wednesday.', 'NOK 41 billion', '2022-01-01', '2022-12-31'],
  ] as const)('%s → %s in %s..%s', (text, figure, start, end) => {
    const p = aboutOf(text, figure).period;
    expect(p?.start).toBe(start);
    expect(p?.end).toBe(end);
  });

  it('with no longer period in the sentence the weekday stays the figure\'s', () => {
    const p = aboutOf('Shares in Tamsin Oil fell 3.1% on Thursday.', '3.1%').period;
    expect(p?.start).toBe('2023-06-01');
    expect(p?.end).toBe('2023-06-01');
  });
});

// "A year earlier, it earned $7.8 billion. Revenue fell 4% to $81.1 billion.": a comparison
// period opening a sentence is that sentence's own; the next sentence is back in the period reported.
describe('a comparison period opening a sentence does not carry to the next one', () => {
  it.each([
    ['Korvell Petroleum posted first-quarter profit of $3.1 billion. A year earlier, it earned $3.6 billion. Revenue slipped 2% to $52 billion.', '$52 billion'],
    ['Korvell Petroleum posted first-quarter profit of $3.1 billion. A year ago, it earned $3.6 billion. Sales were down 3%.', '3%'],
  ] as const)('%s → %s in the first quarter', (text, figure) => {
    const p = aboutOf(text, figure).period;
    expect(p?.start).toBe('2023-01-01');
    expect(p?.end).toBe('2023-03-31');
  });

  it('the sentence it opens keeps it', () => {
    const p = aboutOf('Korvell Petroleum posted first-quarter profit of $3.1 billion. A year earlier, it earned $3.6 billion.', '$3.6 billion').period;
    expect(p?.start).toBe('2022-01-01');
    expect(p?.end).toBe('2022-03-31');
  });
});

// "Yield, or the average fare per kilometre, rose 3%": a price a company charges over the period
// reported is a result of that period, not a move of a traded price on the day of the story.
describe('a price charged over the period takes the period reported, not the story\'s day', () => {
  const lead = 'PUNE, Feb 5 (Reuters) - Sahyadri Air posted a 22% jump in third-quarter profit on Thursday, helped by busy holiday travel and cheaper jet fuel prices.\n\nNet profit for the three months ended Dec. 31 rose to 9.1 billion rupees from 7.4 billion rupees a year ago.\n\n';
  it.each([
    ['Yield, or the average fare per kilometre, climbed 2% to 4.80 rupees.', '2%'],
    ['Yield, or the average fare per kilometre, climbed 2% to 4.80 rupees.', '4.80 rupees'],
  ] as const)('%s → %s', (sentence, figure) => {
    expect(aboutOf(lead + sentence, figure, '2026-02-05').period).toMatchObject({ start: '2025-10-01', end: '2025-12-31' });
  });

  it('a share price that moves still takes the day', () => {
    expect(aboutOf(lead + 'Its shares climbed 2% to 1,310 rupees.', '1,310 rupees', '2026-02-05').period).toMatchObject({ start: '2026-02-05', end: '2026-02-05' });
  });
});

// "The deal is expected to close in the second quarter. Velmora's shares slipped 1.1% in
// premarket trading.": a move that has happened is no move of a period still to come.
describe('a share move does not take a period still to come from the sentence before', () => {
  const text = 'March 6 (Wire) - Corvane said on Monday it would buy Lisk Labs. The deal is expected to close in the third quarter. Corvane shares slipped 1.1% in premarket trading.';
  it('takes the day the lead names instead', () => {
    const p = aboutOf(text, '1.1%', '2023-03-06').period;
    expect(p?.start).toBe('2023-03-06');
    expect(p?.end).toBe('2023-03-06');
  });
  it('with no day in the lead, it takes none', () => {
    expect(aboutOf('The deal is expected to close in the third quarter. Corvane shares slipped 1.1%.', '1.1%', '2023-03-06').period).toBeUndefined();
  });
});
