import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a country\'s aim for growth is a rate', () => {
  it.each([
    ['Beijing set a growth target of around 5% for next year.', '5%', 'Beijing'],
    ['Vietnam kept a growth goal of 6.5% for 2024.', '6.5%', 'Vietnam'],
    ['The IMF cut India\'s growth forecast of 6.8% to 6.3%.', '6.8%', 'India'],
    ['Poland has a growth projection of about 3 percent.', '3 percent', 'Poland'],
  ])('%s → %s', (text, figure, subject) => {
    const about = aboutOf(text, figure);
    expect(about.metric?.category).toBe('rate');
    expect(about.subject?.name).toBe(subject);
  });

  it.each([
    // A company's growth target stays unnamed: growth of what is not said.
    ['Acme set a growth target of around 5% for next year.', '5%', 'other'],
    // A measure named keeps its own metric.
    ['Poland has a revenue target of about 3 percent.', '3 percent', 'revenue'],
    ['Vietnam set an export growth target of 6%.', '6%', undefined],
  ])('not: %s', (text, figure, category) => {
    const about = aboutOf(text, figure);
    if (category !== undefined) expect(about.metric?.category).toBe(category);
    else expect(about.metric?.category).not.toBe('rate');
  });
});
