import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// A period in a clause of cause after the figure (", helped by price rises in July") dates the
// cause; when the sentence names a period before the figure, that one is the figure's.
describe('a period in a ", helped by …" clause is the cause\'s', () => {
  it.each([
    ['Corlan reported a 31% rise in net profit for the second quarter, to $490 million, helped by price rises introduced in July.', '$490 million', '2026-04-01', '2026-06-30'],
    ['First-quarter sales at Mirren rose 8% to $1.2 billion, reflecting a deal closed in December.', '$1.2 billion', '2026-01-01', '2026-03-31'],
  ] as const)('%s → %s', (text, figure, start, end) => {
    const p = aboutOf(text, figure, '2026-10-29').period;
    expect([p?.start, p?.end]).toEqual([start, end]);
  });

  it('with no period before the figure, the one in the cause clause still dates it', () => {
    const p = aboutOf('Pellan expects a 1% rise in income, led by a strong gain in wages in September.', '1%', '2026-10-29').period;
    expect([p?.start, p?.end]).toEqual(['2026-09-01', '2026-09-30']);
  });
});

// A cause whose period ended before the one the text reports ("…, primarily due to the extra
// week in fiscal 2023" in a story of fiscal 2024) dates another event: the figure keeps the
// reported period.
describe('a cause dated before the period reported is not the figure\'s period', () => {
  const text = 'Revenue at Castellan rose 6% to $820 million in fiscal 2025.\n\nImaging revenue fell 3.2% to $210 million, mainly due to the extra week in fiscal 2024, which added $9 million of sales.';
  it.each([
    ['3.2%', '2025-01-01', '2025-12-31'],
    ['$210 million', '2025-01-01', '2025-12-31'],
    // (What the cause added is the cause's year.)
    ['$9 million', '2024-01-01', '2024-12-31'],
  ] as const)('%s', (figure, start, end) => {
    const p = aboutOf(text, figure, '2026-02-10').period;
    expect([p?.start, p?.end]).toEqual([start, end]);
  });
});

// A market move told as the effect of the news before it (", sending its shares down 8.4%") is
// no move of that news's period.
describe('a move after ", sending" does not take the period of the news before it', () => {
  it('"forecast first-quarter sales below estimates on Wednesday, sending its shares down 6.1%"', () => {
    const about = aboutOf('Tamsin Apparel forecast first-quarter sales below estimates on Wednesday, sending its shares down 6.1% in early trading.', '6.1%', '2026-03-04');
    expect(about.metric.category).toBe('price');
    expect(about.period?.text).not.toBe('first-quarter');
  });
});

// A lead that reports "fourth-quarter results" with no figure of its own gives that quarter to
// the results of the paragraphs after it.
describe('"reported … fourth-quarter results" in a lead dates the results after it', () => {
  it.each([
    ['$4.4 billion', '2025-10-01', '2025-12-31'],
    ['3%', '2025-10-01', '2025-12-31'],
  ] as const)('%s', (figure, start, end) => {
    const text = 'Two big freight carriers reported mixed fourth-quarter results on Thursday.\n\nHollins Freight Corp said operating revenue fell 3% to $4.4 billion.';
    const p = aboutOf(text, figure, '2026-01-23').period;
    expect([p?.start, p?.end]).toEqual([start, end]);
  });
});

// A cause opened by "as", "after" or "amid" with no comma before it dates another event when the
// sentence names the figure's own period before the figure; not "after taxes", "as of", "such as".
describe('a period after "as …" with no comma is the cause\'s when the figure has its own', () => {
  it.each([
    ['Quentra said revenue for 2025 fell 28% to €96 million as trading volumes slumped in the first half.', '€96 million', '2025-01-01', '2025-12-31'],
    ['Quentra said revenue for 2025 fell 28% to €96 million as trading volumes slumped in the first half.', '28%', '2025-01-01', '2025-12-31'],
    ['In March, exports fell 12% to $3.1 billion after rising in February.', '$3.1 billion', '2026-03-01', '2026-03-31'],
    // (An amount after tax keeps the period written after it.)
    ['The charge will cut first-quarter profit by $4 million, and $15 million after taxes for all of 2026.', '$15 million', '2026-01-01', '2026-12-31'],
  ] as const)('%s → %s', (text, figure, start, end) => {
    const p = aboutOf(text, figure, '2026-10-29').period;
    expect([p?.start, p?.end]).toEqual([start, end]);
  });

  it('with no period before the figure, the one after "as" still dates it', () => {
    const p = aboutOf('Halbrook said sales rose 4% as demand recovered in the third quarter.', '4%', '2026-10-29').period;
    expect([p?.start, p?.end]).toEqual(['2026-07-01', '2026-09-30']);
  });
});
