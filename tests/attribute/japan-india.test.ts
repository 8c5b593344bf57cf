/**
 * Readings of Japanese and Indian results (attribute/entities.ts, index.ts, period.ts,
 * change.ts): "Street estimates" name no owner, a stock index owns its move written after "in"
 * or with "index's", "full-year" after a fiscal quarter is the fiscal year, the base of a year's
 * growth is the year before, a quarter the story refers back to stays its period, and ", up 11%
 * from" takes its base. Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('whose figure it is', () => {
  it('"Street estimates" are the analysts\', not an owner', () => {
    const text = 'Wardha Foods\' results beat Street expectations, with net profit rising 18% to Rs 912 crore.';
    expect(aboutOf(text, '18%', '2025-07-25').subject?.name).toBe('Wardha Foods');
    expect(aboutOf(text, 'Rs 912 crore', '2025-07-25').subject?.name).toBe('Wardha Foods');
  });

  it.each([
    ['Kestrel Bank shares have gained 6% this year, compared with an 8.2% rise in the Nifty Bank index.', '8.2%', 'Nifty Bank'],
    // (a name ending in a word the text also writes in lower case, after "the lender's shares")
    ['Kestrel Bank posted a profit. The bank\'s shares have gained 6% this year, against a 3.1% fall in the Nifty Bank index.', '3.1%', 'Nifty Bank'],
    ['Tsubame Heavy rose 1.9%, beating a 0.7% gain in the broader Topix.', '0.7%', 'Topix'],
    ['Tsubame Heavy said it would buy back shares. Its shares, which have doubled this year, were up 1.9%, ahead of the benchmark Topix index\'s 0.7% gain.', '0.7%', 'Topix'],
  ] as const)('%s → %s is %s\'s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2025-11-14').subject?.name).toBe(subject);
  });

  it('the company keeps its own move', () => {
    const text = 'Tsubame Heavy said it would buy back shares. Its shares, which have doubled this year, were up 1.9%, ahead of the benchmark Topix index\'s 0.7% gain.';
    expect(aboutOf(text, '1.9%', '2025-11-14').subject?.name).toBe('Tsubame Heavy');
  });
});

describe('which period a figure is for', () => {
  it('"full-year" after a fiscal quarter is the fiscal year the text wrote', () => {
    const text = 'Ogura Trading said profit for the year ended March 31 fell 9%. Its unit posted a loss in the fourth quarter, though full-year profit rose 4% to 210 billion yen.';
    for (const figure of ['4%', '210 billion yen']) {
      const p = aboutOf(text, figure, '2024-05-10').period;
      expect([p?.start, p?.end, p?.basis]).toEqual(['2023-04-01', '2024-03-31', 'full-year']);
    }
  });

  it.each([
    ['Net profit for the year ended March rose 21% from 640 billion yen.', '640 billion yen', '2024-04-01', '2025-03-31'],
    ['For the fiscal year ending February 2027, the grocer forecast net profit of 90 billion yen, up 8% from 83.3 billion yen.', '83.3 billion yen', '2025-03-01', '2026-02-28'],
  ] as const)('the base of a year\'s growth is the year before: %s', (text, figure, start, end) => {
    const p = aboutOf(text, figure, '2026-05-12').period;
    expect([p?.start, p?.end]).toEqual([start, end]);
  });

  it('a revised forecast\'s base keeps its year', () => {
    const text = 'The company raised its net profit forecast for the year ending March 2026 to ¥320 billion from ¥280 billion.';
    const p = aboutOf(text, '¥280 billion', '2025-11-11').period;
    expect([p?.start, p?.end]).toEqual(['2025-04-01', '2026-03-31']);
  });

  it('a quarter a later sentence refers back to stays the story\'s period after a full-year headline', () => {
    const text = 'Narmada Chemicals Q4 profit up 5% at ₹610 crore; FY25 sales cross ₹10,000 crore\n\n'
      + 'Narmada Chemicals reported a 5 per cent rise in net profit to ₹610 crore for the January-March quarter.\n\n'
      + 'Revenue for the quarter rose 7 per cent to ₹2,700 crore. EBITDA grew 4 per cent to ₹980 crore.';
    const p = aboutOf(text, '₹980 crore', '2025-05-05').period;
    expect([p?.start, p?.end]).toEqual(['2025-01-01', '2025-03-31']);
  });
});

describe('", up 11% from" after a level', () => {
  it('takes the base after the amount', () => {
    const text = "Hokuto Paper's net profit was 48 billion yen, up 11% from 43.2 billion yen.";
    const about = aboutOf(text, '43.2 billion yen');
    expect(about.change?.role).toBe('base');
    expect(about.metric?.category).toBe('profit');
    expect(aboutOf(text, '48 billion yen').change?.role).toBe('target');
  });
});

describe('payout words of Japanese results', () => {
  it('"return 40% of profit to shareholders" is the payout', () => {
    expect(aboutOf('Ogura plans to return 40% of profit to shareholders.', '40%', '2024-05-09').metric?.category).toBe('dividend');
  });
});
