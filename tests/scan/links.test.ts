import { describe, expect, it } from 'vitest';
import { findLinks } from '../../src/scan/links';
import { extract } from '../../src/index';

/** The texts of the links `findLinks` finds. */
const linksIn = (text: string): string[] => {
  const spans = findLinks(text);
  const out: string[] = [];
  for (let k = 0; k < spans.length; k += 2) out.push(text.slice(spans[k], spans[k + 1]));
  return out;
};

describe('findLinks', () => {
  it.each([
    ['Slides are at https://ir.example.com/2024/q3-slides.pdf today.', ['https://ir.example.com/2024/q3-slides.pdf']],
    ['(see www.northwind.com/investors).', ['www.northwind.com/investors']],
    ['Write to results@northwind.co.uk, or call.', ['results@northwind.co.uk']],
    ['The deck is on northwind.com/fy2025/h1 now.', ['northwind.com/fy2025/h1']],
    ['Old page: ftp://files.example.org/q4.txt; new page: WWW.EXAMPLE.ORG/Q4', ['ftp://files.example.org/q4.txt', 'WWW.EXAMPLE.ORG/Q4']],
    ['https://en.example.org/wiki/Tax_(2019) is cited.', ['https://en.example.org/wiki/Tax_(2019)']],
    // No host with a top-level domain before the slash, no mailbox, no scheme: not links.
    ['The U.S./Canada pact and Sept./Oct. sales', []],
    ['Sales rose in 1986/87 to 5 dlrs/share.', []],
    ['Bonds @ 5% and a tweet by @northwind', []],
    ['', []],
  ])('%s', (text, expected) => {
    expect(linksIn(text)).toEqual(expected);
  });

  it('stays linear on a long run of host-like slashes', () => {
    const text = 'a.bc/'.repeat(100_000);
    const spans = findLinks(text);
    expect(spans).toEqual([0, text.length]);
  });
});

describe('links in extract()', () => {
  it.each([
    'Results at www.northwind.com/ir/q4-2023 and https://northwind.com/2023/h1-report.',
    'Email q4results@northwind.com or see northwind.com/fy2024.',
    'Download https://x.example/files/Q3_2024_earnings_10pct.pdf now.',
    'See https://example.com/news/2024/05/14/profit-up-5-percent',
  ])('finds no figure inside a link: %s', (text) => {
    expect(extract(text, { referenceDate: '2024-05-15' })).toEqual([]);
  });

  it('reads the figures around a link', () => {
    const text = 'Northwind (www.northwind.com) said sales rose 5% to $4m in Q4.';
    const figures = extract(text, { referenceDate: '2024-05-15' });
    expect(figures.map((f) => [f.kind, f.text, f.span.start])).toEqual([
      ['percent', '5%', 46],
      ['money', '$4m', 52],
      ['period', 'Q4', 59],
    ]);
    expect(figures[1]).toMatchObject({ currency: 'USD', amount: 4_000_000 });
  });
});
