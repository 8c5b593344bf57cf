/**
 * Readings of Indian business news (attribute/metric.ts, change.ts, period.ts, index.ts):
 * shares sold "apiece", an analyst's "upside" and the stock a rating is "on", a company
 * "would be valued at" or set off by commas as "valued at", "investor wealth", GST revenue, a
 * forecast of growth that a verb lowers, a level "as of" a day and a close "on" a weekday.
 * Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

type Row = [text: string, figure: string, ref: string, metric: string, subject: string | undefined, direction: string | undefined];

describe('metric, subject and direction', () => {
  it.each<Row>([
    // A block of shares sold at a price each is the price of a share, not the deal's value.
    ['Promoter Harit Holdings sold 12 lakh shares of Kaveri Textiles at ₹565 apiece on Thursday.', '₹565', '2023-07-13', 'price', 'Kaveri Textiles', undefined],
    // An analyst's target and the upside it implies are the rated stock's, not the brokerage's.
    ["Brokerage Sahyadri Securities kept its 'buy' rating on Narmada Cement with a target price of ₹1,180, implying an upside of 24 per cent.", '₹1,180', '2024-11-08', 'price', 'Narmada Cement', undefined],
    ["Brokerage Sahyadri Securities kept its 'buy' rating on Narmada Cement with a target price of ₹1,180, implying an upside of 24 per cent.", '24 per cent', '2024-11-08', 'price', 'Narmada Cement', 'up'],
    ['Analysts at Konkan Capital see a potential downside of 15 per cent for Tapti Motors.', '15 per cent', '2024-11-08', 'price', undefined, 'down'],
    // What a company would be worth at an issue's price ("the top of the band" is no rise), and a
    // company "valued at" set off by commas.
    ['At the top of the band, the housing financier would be valued at about ₹41,200 crore.', '₹41,200 crore', '2024-09-05', 'market-value', undefined, undefined],
    ['The grocery delivery startup, valued at $3.4 billion in its last round, posted revenue of ₹2,980 crore in FY24.', '$3.4 billion', '2024-11-20', 'market-value', undefined, undefined],
    // (Not a thing written inside another noun phrase: the offer is what is valued.)
    ['The family\'s offer for the company, valued at ₹900 crore, lapsed on Monday.', '₹900 crore', '2024-11-20', 'deal-value', undefined, undefined],
    // "Investor wealth" is the market value of listed shares.
    ['Investor wealth rose by ₹5.6 lakh crore as the Sensex gained 1.2 per cent.', '₹5.6 lakh crore', '2024-06-05', 'market-value', undefined, 'up'],
    // GST revenue is a tax.
    ['Net GST revenue after refunds grew 14.1 per cent to ₹1.66 lakh crore.', '14.1 per cent', '2024-05-01', 'tax', undefined, 'up'],
    ['Net GST revenue after refunds grew 14.1 per cent to ₹1.66 lakh crore.', '₹1.66 lakh crore', '2024-05-01', 'tax', undefined, 'up'],
    // A growth forecast that a verb lowers went down.
    ['The central bank lowered its GDP growth forecast for 2025-26 to 6.4 per cent.', '6.4 per cent', '2025-02-07', 'rate', undefined, 'down'],
    ['The central bank raised its growth forecast for the year to 7.1 per cent.', '7.1 per cent', '2025-02-07', 'rate', undefined, 'up'],
  ])('%s → %s', (text, figure, ref, metric, subject, direction) => {
    const about = aboutOf(text, figure, ref);
    expect(about.metric.category).toBe(metric);
    if (subject) expect(about.subject?.name).toBe(subject);
    expect(about.direction).toBe(direction);
  });
});

describe('period', () => {
  it.each([
    // A level "as of" a day is that day's, past the words of what it is of.
    ['Mumbai: Gross bad loans rose to 2.31 per cent of gross advances as of December 31, 2024, from 2.18 per cent.', '2.31 per cent', '2025-01-22', '2024-12-31', '2024-12-31'],
    // A close with no move takes the weekday later in its clause.
    ['Mumbai: Godavari Bank reported a 4% rise in third-quarter profit. Its shares closed at Rs 1,212.40 on the NSE on Wednesday.', 'Rs 1,212.40', '2025-01-22', '2025-01-22', '2025-01-22'],
  ] as const)('%s → %s', (text, figure, ref, start, end) => {
    const p = aboutOf(text, figure, ref).period;
    expect([p?.start, p?.end]).toEqual([start, end]);
  });

  it('not a record date after "held as of"', () => {
    const text = 'Holders may buy one new share at Rs 60 each for every share held as of March 8.';
    expect(aboutOf(text, 'Rs 60', '2024-02-20').period).toBeUndefined();
  });
});
