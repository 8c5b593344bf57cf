import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// A market report's indexes and yields by their names: "average" in an index's name is no
// averaged price, a currency index moves as a currency does, and the issuer after "the yield
// on" owns the yield (attribute/index.ts isIndexAverage, the moved thing; subject.ts yieldOn).
const LEAD = 'TORONTO, Sept 9 (Wire) - Stocks rose on Monday after a calm start to the week.';
const DAY = { start: '2025-09-08', end: '2025-09-08' };

describe('market report names', () => {
  it.each([
    ['The Dow Jones Industrial Average added 0.6%.', '0.6%', 'Dow Jones', 'up'],
    ['The Dow Jones transportation average fell 1.2%.', '1.2%', 'Dow Jones', 'down'],
    ["Japan's Nikkei average ended 0.9% higher.", '0.9%', 'Nikkei', 'up'],
  ] as const)('%s → the session day', (sentence, figure, subject, direction) => {
    const about = aboutOf(`${LEAD} ${sentence}`, figure, '2025-09-09');
    expect(about.metric?.category).toBe('price');
    expect(about.subject?.name).toContain(subject);
    expect(about.direction).toBe(direction);
    expect(about.period).toMatchObject(DAY);
  });

  it('keeps an average price averaged: no session day', () => {
    const about = aboutOf(`${LEAD} The group's average selling price fell 3.4% in the quarter.`, '3.4%', '2025-09-09');
    expect(about.period?.start).not.toBe(DAY.start);
  });

  it('gives a currency index its own move', () => {
    const about = aboutOf(`${LEAD} Shares of Norland Mining rose 4%. The dollar index slipped 0.2%.`, '0.2%', '2025-09-09');
    expect(about.metric?.category).toBe('rate');
    expect(about.subject?.name).toBe('dollar index');
    expect(about.direction).toBe('down');
  });

  it.each([
    ["The yield on Germany's 10-year Bund rose 3 basis points to 2.7%.", '3 basis points', 'Germany'],
    ["The yield on Italy's 10-year bond fell 5 basis points.", '5 basis points', 'Italy'],
  ] as const)('gives a yield to the issuer after "the yield on": %s', (sentence, figure, subject) => {
    const about = aboutOf(`${LEAD} The loonie was flat at 73.10 U.S. cents. ${sentence}`, figure, '2025-09-09');
    expect(about.metric?.category).toBe('rate');
    expect(about.subject?.name).toBe(subject);
  });
});
