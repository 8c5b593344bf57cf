import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// "said it would buy back shares in the fourth quarter. … taxes paid in the quarter totalled 58
// billion crowns": a figure told as done is of the quarter reported, not of a quarter still to come.
describe('"in the quarter" of a figure told as done passes over a quarter still to come', () => {
  const text = 'Brennvik posted third-quarter profit of $6.9 billion and said it would buy back up to $1.2 billion of shares in the fourth quarter. Taxes paid in the quarter totalled 58 billion crowns.';
  it('takes the quarter reported', () => {
    const p = aboutOf(text, '58 billion crowns', '2025-10-23').period;
    expect([p?.start, p?.end]).toEqual(['2025-07-01', '2025-09-30']);
  });
  it('a forecast in the quarter keeps the quarter to come', () => {
    const p = aboutOf('Brennvik posted third-quarter profit of $6.9 billion. It expects to buy back up to $1.2 billion of shares in the fourth quarter, and sees taxes of about 50 billion crowns in the quarter.', '50 billion crowns', '2025-10-23').period;
    expect([p?.start, p?.end]).toEqual(['2025-10-01', '2025-12-31']);
  });
});

// "taking total share repurchases for the year to $5 billion": "for the year" before "to" and the
// figure is the whole year, not "the year to June".
describe('"for the year to" and an amount is the whole year', () => {
  it('takes the calendar year, not the quarter named before', () => {
    const p = aboutOf('It will buy back up to $1.2 billion of shares in the fourth quarter, taking total share repurchases for the year to $5 billion.', '$5 billion', '2025-10-23').period;
    expect([p?.start, p?.end]).toEqual(['2025-01-01', '2025-12-31']);
  });
});

// "underperforming a 0.4% drop in the STOXX Europe 600 energy index": a stock index's move named by
// a noun is a price's move on the story's day, like a verb's.
describe('an index move named by a noun takes the story day', () => {
  const text = 'OSLO, Oct 23 – Brennvik Energi posted third-quarter profit of $6.9 billion on Thursday.\n\nShares in Brennvik were down 1.9% by 1030 GMT, underperforming a 0.4% drop in the STOXX Europe 600 energy index.';
  it('as a price of the day', () => {
    const a = aboutOf(text, '0.4%', '2025-10-23');
    expect(a.metric?.category).toBe('price');
    expect([a.period?.start, a.period?.end]).toEqual(['2025-10-23', '2025-10-23']);
  });
});

// "against $79.10 in the second quarter of 2025. … free cash flow of $560 million in the quarter":
// the period of an amount compared with is no antecedent of "the quarter".
describe('"in the quarter" passes over the period of an amount compared with', () => {
  it('takes the quarter reported', () => {
    const text = 'Second-quarter net income at Dunmore Oil fell 30% to $410 million. Its oil price averaged $64.10 a barrel, against $78.90 in the second quarter of 2025. Free cash flow was $520 million in the quarter.';
    const p = aboutOf(text, '$520 million', '2026-08-05').period;
    expect([p?.start, p?.end]).toEqual(['2026-04-01', '2026-06-30']);
  });
});
