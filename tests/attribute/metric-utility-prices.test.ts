/**
 * What a utility charges (lexicon/metrics.ts `price.utility`): tariffs, rates and bills of
 * electricity, gas and water are prices, not taxes or interest rates; and a sentence's first
 * word that makes such a phrase with the next ("Water rates") is the measure's, not a name
 * (entities.ts, cues.ts opensMetricPhrase). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('utility tariffs, rates and bills are prices', () => {
  it.each([
    ['The regulator approved a 12% rise in electricity tariffs for households.', '12%', 'price', 'up'],
    ['Fenwick Power will raise residential power rates by an average 3.5% next spring.', '3.5%', 'price', 'up'],
    ['Household energy bills will fall 7% when the price cap drops to £1,720.', '£1,720', 'price', 'down'],
    ['The rate plan would add $9.50 to the average monthly bill.', '$9.50', 'price', 'up'],
    // Still a central bank's rate and still a tax.
    ['The Bank of England cut base rates to 4% in August.', '4%', 'rate', 'down'],
    ['The government raised import tariffs on steel to 25%.', '25%', 'tax', 'up'],
  ] as const)('%s → %s is %s', (text, figure, category, direction) => {
    const about = aboutOf(text, figure, '2025-10-20');
    expect(about.metric?.category).toBe(category);
    expect(about.direction).toBe(direction);
  });

  it('"Water rates" opening a sentence names no one', () => {
    const about = aboutOf('Water rates will increase 4.5% next year.', '4.5%', '2025-10-20');
    expect(about.metric?.category).toBe('price');
    expect(about.subject).toBeUndefined();
  });

  it('a company named by a common word before a verb keeps its name', () => {
    expect(aboutOf('Orange cut its dividend by 10%.', '10%', '2025-10-20').subject?.name).toBe('Orange');
  });
});
