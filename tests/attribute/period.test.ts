import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

const dates = (a: { period?: { start: string; end: string } }): string | undefined => (a.period ? `${a.period.start}..${a.period.end}` : undefined);

describe('period', () => {
  it('written right after the figure', () => {
    expect(aboutOf('Acme said revenue grew 24% in 2016.', '24%').period).toMatchObject({ start: '2016-01-01', end: '2016-12-31', basis: 'adjacent' });
    expect(dates(aboutOf('Acme posted a $790M Q1 loss.', '$790M', '2018-10-08'))).toBe('2018-01-01..2018-03-31');
  });

  it('in the same clause, further on', () => {
    const a = aboutOf('It paid fines equal to about 8.6% of its revenues in the last fiscal year.', '8.6%', '2018-10-08');
    expect(a.period).toMatchObject({ start: '2017-01-01', end: '2017-12-31', basis: 'clause' });
  });

  it('not past a share of something else, when the clause names the figure\'s own period first', () => {
    const text = 'The trade gap for January-August widened to $41 billion, or 3.2% of the estimate for 2026.';
    expect(dates(aboutOf(text, '$41 billion', '2025-10-01'))).toBe('2025-01-01..2025-08-31');
    // Without an earlier period the later one still links; and past a plain restatement it links too.
    expect(dates(aboutOf('Exports rose to $41 billion, or 3.2% of the estimate for 2026.', '$41 billion', '2025-10-01'))).toBe('2026-01-01..2026-12-31');
    expect(dates(aboutOf('In 2024 it earned $4.1 million, or 12 cents a share, in 2023.', '$4.1 million', '2025-10-01'))).toBe('2023-01-01..2023-12-31');
  });

  it('in another clause of the sentence', () => {
    const text = 'For the first six months, Stark Industries reported a 27% drop in revenues.';
    expect(aboutOf(text, '27%', '2018-10-08').period).toMatchObject({ start: '2018-01-01', end: '2018-06-30', basis: 'sentence' });
  });

  it('in the sentence before', () => {
    const text = 'Globex published its results for the third quarter of 2022 on Tuesday. Revenue fell 4% to $900 million.';
    expect(aboutOf(text, '4%').period).toMatchObject({ start: '2022-07-01', end: '2022-09-30', basis: 'previous-sentence' });
  });

  it('from the nearest earlier sentence of the paragraph that states one', () => {
    const text =
      'Initech reported its second-quarter results on Wednesday. The company opened two plants. ' +
      'Operating profit rose 8% to $120 million. Margins were also helped by lower freight costs of $14 million.';
    expect(aboutOf(text, '8%', '2023-08-02').period).toMatchObject({ start: '2023-04-01', end: '2023-06-30', basis: 'earlier-sentence' });
    expect(aboutOf(text, '$14 million', '2023-08-02').period).toMatchObject({ start: '2023-04-01', end: '2023-06-30', basis: 'earlier-sentence' });
    // A newer plain period takes over; a comparison period never does.
    const later =
      'Initech reported its second-quarter results on Wednesday. In 2021, the plant cost $40 million. ' +
      'Sales fell 3% from the year-earlier period. Costs rose 5%.';
    expect(aboutOf(later, '$40 million', '2023-08-02').period).toMatchObject({ start: '2021-01-01', end: '2021-12-31', basis: 'sentence' });
    expect(aboutOf(later, '5%', '2023-08-02').period).toMatchObject({ start: '2021-01-01', end: '2021-12-31', basis: 'earlier-sentence' });
  });

  it.each([
    ['Initech expects full-year revenue of $9 billion.', '$9 billion', 'full-year'],
    ['Initech expects whole-year profit of $2 billion.', '$2 billion', 'whole-year'],
  ])('the whole year of a quarter or half found elsewhere, for a full-year figure: %s', (second, figure, words) => {
    const text = `Initech's sales rose 6% in the first half of 2023. ${second}`;
    const a = aboutOf(text, figure, '2023-08-02');
    expect(a.period).toMatchObject({ start: '2023-01-01', end: '2023-12-31', basis: 'full-year', text: words });
    expect(text.slice(a.period!.span.start, a.period!.span.end)).toBe(words);
  });

  it('"for the full year" is a period of its own: the year of the half before it', () => {
    const text = "Initech's sales rose 6% in the first half of 2023. Initech sees revenue of $9 billion for the full year.";
    expect(aboutOf(text, '$9 billion', '2023-08-02').period).toMatchObject({ start: '2023-01-01', end: '2023-12-31', basis: 'adjacent', text: 'full year' });
  });

  it('not for a fiscal quarter or a period written next to the figure', () => {
    const fiscal = "Initech's sales rose 6% in the first quarter of fiscal 2024. It expects full-year revenue of $9 billion.";
    expect(aboutOf(fiscal, '$9 billion', '2023-08-02').period).toMatchObject({ basis: 'previous-sentence', start: '2024-01-01', end: '2024-03-31' });
    const adjacent = 'Initech expects full-year revenue of $9 billion in 2024.';
    expect(aboutOf(adjacent, '$9 billion', '2023-08-02').period).toMatchObject({ basis: 'adjacent', start: '2024-01-01', end: '2024-12-31' });
  });

  it('"in the quarter", "for the period": the latest such period of the paragraph', () => {
    const text =
      'Globex said profit for the July-September quarter rose 9%. It expects a weaker second half. ' +
      'Shipments fell 4% in the quarter. Costs were $2 billion for the period.';
    expect(aboutOf(text, '4%', '2024-11-07').period).toMatchObject({ start: '2024-07-01', end: '2024-09-30', basis: 'anaphora', text: 'July-September quarter' });
    expect(aboutOf(text, '$2 billion', '2024-11-07').period).toMatchObject({ start: '2024-07-01', end: '2024-12-31', basis: 'anaphora', text: 'second half' });
    // Words that go on to name the period are not a reference back.
    const own = 'Globex said profit for the fourth quarter rose 9%. It bought $5 billion in the period up to July 2023.';
    expect(aboutOf(own, '$5 billion', '2024-02-07').period).toMatchObject({ basis: 'clause', start: '2023-07-01', end: '2023-07-31' });
  });

  it('a period after a compared figure is the comparison\'s, not the next figures\'', () => {
    const text = 'Revenue fell 12% to $21.7 billion in fiscal 2024, compared with $24.7 billion in fiscal 2023. The average price dropped 17% to $98 a tonne.';
    expect(aboutOf(text, '17%', '2024-08-20').period).toMatchObject({ start: '2024-01-01', end: '2024-12-31', basis: 'previous-sentence' });
    const higher = 'Consumer prices in March rose 0.4% to stand 3.1% higher than in March 2023.';
    expect(aboutOf(higher, '3.1%', '2024-04-10').period).toMatchObject({ start: '2024-03-01', end: '2024-03-31', basis: 'sentence' });
    // "more than" qualifies the figure: the period after it is the figure's own.
    const more = 'Debt rose by more than 85% in 2023 after the purchase.';
    expect(aboutOf(more, '85%', '2024-04-10').period).toMatchObject({ start: '2023-01-01', end: '2023-12-31', basis: 'adjacent' });
  });

  it('an amount said again after ", or" does not stand between a figure and its period', () => {
    const text = 'Net income rose to $1.19 billion, or $1.07 per share, in the quarter ended Sept. 30.';
    expect(aboutOf(text, '$1.19 billion', '2017-10-26').period).toMatchObject({ start: '2017-07-01', end: '2017-09-30' });
  });

  it('not from the sentence before when a paragraph ended', () => {
    const text = 'Globex changed its chief executive in the third quarter of 2022.\n\nRevenue fell 4% to $900 million.';
    expect(aboutOf(text, '4%').period).toBeUndefined();
    // A sentence announcing results for the period is the exception (period-results.test.ts).
    const announced = 'Globex published its results for the third quarter of 2022.\n\nRevenue fell 4% to $900 million.';
    expect(aboutOf(announced, '4%').period).toMatchObject({ start: '2022-07-01', end: '2022-09-30', basis: 'reported' });
  });

  it('across paragraphs, the period an earlier result was reported for', () => {
    const text = 'Globex said net profit rose to $210 million in the third quarter of 2022.\n\nRevenue fell 4% to $900 million.\n\nIts shares rose 3%.';
    expect(aboutOf(text, '4%').period).toMatchObject({ start: '2022-07-01', end: '2022-09-30', basis: 'reported' });
    expect(aboutOf(text, '$900 million').period).toMatchObject({ start: '2022-07-01', end: '2022-09-30', basis: 'reported' });
    // A level at a moment (a share price) takes no carried period, and a day is no reported period.
    expect(aboutOf(text, '3%').period).toBeUndefined();
    const day = 'Globex said on Tuesday that net profit rose to $210 million.\n\nRevenue fell 4% to $900 million.';
    expect(aboutOf(day, '4%').period).toBeUndefined();
  });

  it('a comparison period goes to the base, the stated period to the target', () => {
    const text =
      'For the first half, Stark Industries swung to a net loss of $7.8 million, compared with the year-earlier period, from a profit of $2.3 million for the first half of 2017.';
    expect(dates(aboutOf(text, '$7.8 million', '2018-10-08'))).toBe('2018-01-01..2018-06-30');
    expect(dates(aboutOf(text, '$2.3 million', '2018-10-08'))).toBe('2017-01-01..2017-06-30');
  });

  it('a date elsewhere in the sentence is when something was said, not the period', () => {
    const text = 'Wayne Enterprises said on Tuesday that quarterly profit fell 18% to $730 million.';
    expect(aboutOf(text, '$730 million').period).toBeUndefined();
    expect(aboutOf(text, '18%').period).toBeUndefined();
  });

  it('a later period past another figure is that figure\'s', () => {
    const text = 'Vega reported a 3% decline in net sales, to €5.5 billion, and said its operating margin would fall to 9% next year.';
    expect(aboutOf(text, '€5.5 billion', '2019-10-25').period).toBeUndefined();
    expect(dates(aboutOf(text, '9%', '2019-10-25'))).toBe('2020-01-01..2020-12-31');
  });

  it('not from a later clause about something else', () => {
    const text = 'Vega reported fourth-quarter revenue of $9 billion. Its revenues rose 17.8% to $48 billion, largely because of an acquisition, which closed in June.';
    expect(dates(aboutOf(text, '17.8%', '2019-02-01'))).toBe('2018-10-01..2018-12-31');
  });

  it('a range read as one figure takes the metric and period', () => {
    const text = 'Vega expects capital spending of $17 billion to $17.5 billion this year.';
    expect(aboutOf(text, '$17 billion to $17.5 billion', '2019-02-01')).toMatchObject({ metric: { category: 'cost' }, period: { start: '2019-01-01', end: '2019-12-31' } });
  });

  it('both ends of a range written apart share metric and period', () => {
    const text = 'Vega expects capital spending, $17 billion to $17.5 billion, this year.';
    for (const fig of ['$17 billion', '$17.5 billion'])
      expect(aboutOf(text, fig, '2019-02-01')).toMatchObject({ metric: { category: 'cost' }, period: { start: '2019-01-01', end: '2019-12-31' } });
  });

  it('a change shares its period: "fell 27% to $5bn in the first half"', () => {
    const text = 'Acme said sales fell 27% to $5 billion in the first half of 2021.';
    expect(dates(aboutOf(text, '27%'))).toBe('2021-01-01..2021-06-30');
    expect(dates(aboutOf(text, '$5 billion'))).toBe('2021-01-01..2021-06-30');
  });

  it('a period that opens its sentence is that of the sentence, even a comparison one', () => {
    const cases: Array<[string, string, string]> = [
      ['Fabrikam said second-quarter profit rose to $40 million. A year earlier, it earned $31 million.', '$31 million', '2022-04-01..2022-06-30'],
      ['Litware reported third-quarter sales of $2 billion. In the year-ago quarter, sales were $1.8 billion.', '$1.8 billion', '2022-07-01..2022-09-30'],
    ];
    for (const [text, figure, want] of cases) expect(dates(aboutOf(text, figure, '2023-11-01')), text).toBe(want);
  });

  it('a comparison period, or one of a figure compared with, is not carried to later results', () => {
    const text =
      'Tailspin Toys said second-quarter net income rose to $52 million.\n\nThe carrier posted a loss of $9 million a year earlier.\n\n' +
      'Operating revenue was $900 million, slightly below the $910 million it made in the first three months of the year. ' +
      'Toy revenue grew 4%.\n\nMarketing costs rose 7% to $60 million.';
    for (const figure of ['$900 million', '4%', '7%', '$60 million']) expect(dates(aboutOf(text, figure, '2023-08-03')), figure).toBe('2023-04-01..2023-06-30');
    expect(dates(aboutOf(text, '$9 million', '2023-08-03'))).toBe('2022-04-01..2022-06-30');
  });

  it("a forecast's period carries only to other forecasts", () => {
    const text =
      'Northwind Bank said 2023 pretax profit rose 12% to $5 billion.\n\nIt expects its margin to be about 3% in 2024.\n\n' +
      'Operating costs rose 6% to $7 billion.\n\nIt expects costs of $7.5 billion.';
    expect(dates(aboutOf(text, '$7 billion', '2024-02-20'))).toBe('2023-01-01..2023-12-31');
    expect(dates(aboutOf(text, '$7.5 billion', '2024-02-20'))).toBe('2024-01-01..2024-12-31');
  });

  it('"in the quarter" finds the quarter named in an earlier paragraph', () => {
    const text =
      'Three carmakers reported second-quarter results on Thursday.\n\nWingtip Motors said revenue fell 3%.\n\n' +
      'Proseware Group bucked the trend. Its operating profit rose 6% to 812 million euros in the quarter.';
    expect(dates(aboutOf(text, '812 million euros', '2024-07-26'))).toBe('2024-04-01..2024-06-30');
    expect(dates(aboutOf(text, '6%', '2024-07-26'))).toBe('2024-04-01..2024-06-30');
  });

  it('"up 9% on the previous corresponding period" is no period of the figure', () => {
    const text = 'Revenue for the six months ended Dec. 31 fell 8%. Iron ore sold for an average of $108 a tonne, up 9% on the previous corresponding period.';
    expect(dates(aboutOf(text, '9%', '2024-02-20'))).toBe('2023-07-01..2023-12-31');
  });
});

describe('a period written as the adjective of a later noun, after an article', () => {
  it.each([
    ['Third quarter earnings were cut by about $800,000 by a year-to-date revision of the tax rate.', '$800,000', '2023-07-01', '2023-09-30'],
    ['January spending was 1.4 pct above the January 2022 level.', '1.4 pct', '2023-01-01', '2023-01-31'],
  ] as const)('%s → %s for %s', (text, figure, start, end) => {
    expect(aboutOf(text, figure, '2023-10-19').period).toMatchObject({ start, end });
  });

  it('keeps "a drop in first-quarter profit" for the quarter', () => {
    expect(aboutOf('May 2 - Hollis Bank posted a 22% drop in first-quarter profit.', '22%', '2023-05-02').period).toMatchObject({ start: '2023-01-01', end: '2023-03-31' });
  });
});
