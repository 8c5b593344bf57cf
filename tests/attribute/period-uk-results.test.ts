/**
 * Periods of British and European half-year results and trading updates (attribute/period.ts,
 * attribute/index.ts): full-year guidance after a half stated by its end or as a fiscal one, a
 * clause of another event between "full-year" and a figure, a period owning a figure ("last
 * year's 16.7%"), a share move on the story's day past a running period or a span to date, and
 * a cause's earlier period. Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

const periodOf = (text: string, figure: string, ref: string) => {
  const a = aboutOf(text, figure, ref);
  return [a.period?.start, a.period?.end];
};

describe('full-year guidance after a half stated by its end', () => {
  it.each([
    // a calendar half: the calendar year
    ['Fenwick Homes said pre-tax profit for the six months to 30 June 2026 fell 12% to £88m. It still expects full-year pre-tax profit of about £200m.', '£200m', '2026-07-30', ['2026-01-01', '2026-12-31']],
    // the first half of a fiscal year the text names: that fiscal year
    ['Avonmore Telecom reported EBITDA of £1.2bn for the six months to 30 September 2025, the first half of its 2025/26 financial year. It narrowed its full-year EBITDA guidance to £2.4bn-£2.5bn.', '£2.4bn-£2.5bn', '2025-11-13', ['2025-04-01', '2026-03-31']],
    // a half from January keeps the calendar year when another company's year ends in March
    ['Pellham Foods, whose financial year ends in March, kept its guidance. Fenwick Homes reported pre-tax profit of £88m for the six months to 30 June 2026 and still expects full-year pre-tax profit of about £200m.', '£200m', '2026-07-30', ['2026-01-01', '2026-12-31']],
  ] as const)('%s → %s', (text, figure, ref, period) => {
    expect(periodOf(text, figure, ref)).toEqual(period);
  });

  it('leaves a half to December 31 alone: its year may start in July', () => {
    const text = 'Quorn Minerals reported a profit of A$40m for the six months to Dec. 31. It raised its full-year production forecast to A$90m.';
    expect(periodOf(text, 'A$90m', '2026-02-20')).not.toEqual(['2026-01-01', '2026-12-31']);
  });
});

describe('a clause of another event between "full-year" and a figure', () => {
  it('"raised its full-year guidance after profit rose 12% … in the first half" is the half\'s', () => {
    const text = 'ZURICH, July 24 - Marwick Holding AG raised its full-year guidance on Thursday after core operating profit rose 12% at constant exchange rates in the first half, to CHF 1.9bn.';
    expect(periodOf(text, '12%', '2025-07-24')).toEqual(['2025-01-01', '2025-06-30']);
  });
});

describe('a period owning the figure right after it', () => {
  it.each([
    ["Hollin Brands expects a modest improvement in its operating margin for 2024 from last year's 16.7%.", '16.7%', ['2023-01-01', '2023-12-31']],
    ["Sales at Brayford in 2024 beat 2022's £4.1bn.", '£4.1bn', ['2022-01-01', '2022-12-31']],
  ] as const)('%s → %s', (text, figure, period) => {
    expect(periodOf(text, figure, '2024-04-25')).toEqual(period);
  });
});

describe('a share move on the story\'s day', () => {
  it('is not the running period of a forecast in the sentence before', () => {
    const text = 'LONDON, Oct 15 - Harrow Retail lifted its interim dividend on Wednesday. Analysts said the guidance implied second-half profit of about £300m. Shares in Harrow rose 5 per cent.';
    expect(periodOf(text, '5 per cent', '2025-10-15')).toEqual(['2025-10-15', '2025-10-15']);
  });

  it('is not the span to date of another figure before it in the sentence', () => {
    const text = 'OSLO, March 4 - Fjordline ASA cut its dividend on Wednesday. Fjordline shares, down 6 per cent so far this year, fell 2.5 per cent.';
    expect(periodOf(text, '2.5 per cent', '2026-03-04')).toEqual(['2026-03-04', '2026-03-04']);
    expect(periodOf(text, '6 per cent', '2026-03-04')).toEqual(['2026-01-01', '2026-03-04']);
  });

  it('is the weekday the lead names when that day is the reference date, with no dateline', () => {
    const text = 'Coldharbour Inns said on Tuesday that like-for-like sales rose 4% in the 52 weeks to 28 September 2024. Its shares rose 3p to 96p.';
    expect(periodOf(text, '96p', '2024-11-12')).toEqual(['2024-11-12', '2024-11-12']);
  });
});

describe('a cause\'s period that ended before the period reported', () => {
  it('is neither the figure\'s nor carried on', () => {
    const text = 'Maison Vercors said revenue for the first half of 2025 fell 4%. Sales in Japan fell 15% after a boom in tourist spending last year. It will keep its interim dividend at €4.50 a share.';
    expect(periodOf(text, '15%', '2025-07-29')).toEqual(['2025-01-01', '2025-06-30']);
    expect(periodOf(text, '€4.50', '2025-07-29')).toEqual(['2025-01-01', '2025-06-30']);
  });
});

describe('orders taken are a result of the period reported', () => {
  it('"Orders increased 11% to 21.0 billion euros" takes the quarter', () => {
    const text = 'Rheinhaus AG said revenue fell 2% in its first quarter, the three months to December 31. Orders increased 11% to 21.0 billion euros.';
    expect(periodOf(text, '21.0 billion euros', '2026-02-03')).toEqual(['2025-10-01', '2025-12-31']);
  });
});
