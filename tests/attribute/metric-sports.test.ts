/**
 * Sports business: a club's broadcasting, commercial and matchday income is its revenue, not a
 * profit; a transfer told as a scaled "move" or "switch", a record fee and its add-ons are a
 * deal's value (lexicon/metrics.ts rows revenue.club-income, deal-value.move, deal-value).
 * Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

const REF = '2025-09-05';

describe("a club's income streams are its revenue", () => {
  it.each([
    ['Commercial income hit a record €360 million in the 2024/25 season.', '€360 million', undefined],
    ['Turnover was £715m, with broadcasting income of £253m and matchday income of £161m.', '£253m', undefined],
    ['Turnover was £715m, with broadcasting income of £253m and matchday income of £161m.', '£161m', undefined],
    ['Sponsorship income rose 14% to £301m.', '14%', 'up'],
    ['Sponsorship income rose 14% to £301m.', '£301m', 'up'],
    ['Gate receipts fell 3% as the stadium was rebuilt.', '3%', 'down'],
  ] as const)('%s → %s', (text, figure, direction) => {
    const about = aboutOf(text, figure, REF);
    expect(about.metric.category).toBe('revenue');
    expect(about.direction).toBe(direction);
  });

  it('a company named with the same first word keeps its name', () => {
    const about = aboutOf('Commercial Metals posted net income of $85 million.', '$85 million', REF);
    expect(about.metric.category).toBe('profit');
    expect(about.subject?.name).toBe('Commercial Metals');
  });
});

describe("a player's move, a record fee and its add-ons are a deal's value", () => {
  it.each([
    ['Harbour City completed the signing of the winger in a £100m move on Friday.', '£100m', 'Harbour City'],
    ['The striker completed a £45m switch from Ashbury to Harbour City.', '£45m', undefined],
    ['Valdora United paid a club-record fee of £65m plus £5m in add-ons for the striker.', '£65m', 'Valdora United'],
    ['Valdora United paid a club-record fee of £65m plus £5m in add-ons for the striker.', '£5m', 'Valdora United'],
  ] as const)('%s → %s', (text, figure, subject) => {
    const about = aboutOf(text, figure, REF);
    expect(about.metric.category).toBe('deal-value');
    expect(about.subject?.name).toBe(subject);
  });

  it('a price that makes a small move is no transfer', () => {
    expect(aboutOf('The stock made a $2 move on Friday.', '$2', REF).metric.category).not.toBe('deal-value');
  });
});
