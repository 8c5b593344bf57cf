/**
 * A figure right before a change noun, past the period the move was over ("a 5% first-quarter
 * rise"), is the amount of the move (attribute/change.ts). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a move with its period between the figure and the noun', () => {
  it.each([
    ['Orders at Pellham Tools fell in April after a 6% first-quarter rise.', '6%', 'up'],
    ['The gain followed a 0.8% October decline in retail sales.', '0.8%', 'down'],
    ['Shipments recovered after a revised 2.4 pct January drop.', '2.4 pct', 'down'],
    ['Caldera Mining shares rallied after a 15% third-quarter jump in revenue.', '15%', 'up'],
  ] as const)('%s → %s', (text, figure, direction) => {
    expect(aboutOf(text, figure).direction).toBe(direction);
  });

  it('reads the noun after a period word as the move only past a figure', () => {
    // no amount before the period: nothing moves
    expect(aboutOf('Pellham Tools paid $4m in 2022 rent increases.', '$4m').direction).toBeUndefined();
  });
});

describe('an earlier move after "after a" is of what moved', () => {
  it.each([
    ['CONSUMER PRICES. The Price Index rose 0.3%. Diesel prices rose 2.1% in May after a 4.4% April rise, the bureau said.', '4.4%', 'Diesel'],
    ['CONSUMER PRICES. The Price Index rose 0.3%. Natural gas prices climbed 1.2% after a 3.9% rise in April.', '3.9%', 'Natural gas'],
    ['CONSUMER PRICES. The Price Index rose 0.3%. Gasoline prices rose 0.8% in May, after a revised 2.6% April gain.', '2.6%', 'Gasoline'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    const about = aboutOf(text, figure);
    expect(about.subject?.name).toBe(subject);
    expect(about.direction).toBe('up');
  });
});
