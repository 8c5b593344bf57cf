/** Metric words of retailers' and restaurant chains' results (src/lexicon/metrics.ts). Sentences written for this project. */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe("retailers' measures", () => {
  it.each([
    // Visits and spend per visit, the parts of comparable sales: counts, not money.
    ['At Wrenfield Markets, customer numbers slipped 1.8% while the average basket grew 3%.', '1.8%', 'other'],
    ['Guest traffic at the burger chain fell 2.2% in the quarter.', '2.2%', 'other'],
    ['Same-store sales rose 1%, as a 3% decline in transactions offset a 4% higher average ticket.', '3%', 'other'],
    ['Same-store sales rose 1%, as a 3% decline in transactions offset a 4% higher average ticket.', '4%', 'other'],
    // An organic move named by its basis alone is of sales.
    ['The perfumes division posted a 4% organic decline, while the watches unit grew 2%.', '4%', 'revenue'],
    // Headlines shorten comparable sales.
    ['Moreau Brands UK comps up 2.6% as heatwave lifts drinks', '2.6%', 'revenue'],
    ['Its comp sales climbed 5.1% in the holiday quarter.', '5.1%', 'revenue'],
    // Inventory is held; its writedown is a cost and its holding gain a profit.
    ['Inventories rose 4% to $6.7 billion at the end of the quarter.', '$6.7 billion', 'assets'],
    ['Results include a $42 million inventory writedown at the home division.', '$42 million', 'cost'],
    ['Net income included an inventory holding gain of £18m.', '£18m', 'profit'],
    // Tariffs paid are a cost to the retailer, whatever qualifies them.
    ['Brackley expects $310 million in after-tax tariff costs this year.', '$310 million', 'cost'],
    // A per-share amount after a verb of losing is a loss per share.
    ['Excluding items, the chain lost 7 cents a share, narrower than expected.', '7 cents', 'eps'],
    ['In 2024 the group lost $52 million, or 41 cents a share.', '41 cents', 'eps'],
    // "transactions" after "cash" or an article are payments and deals.
    ['The fund reported a surplus on cash transactions of 4.2 billion francs.', '4.2 billion francs', 'cash'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric.category).toBe(category);
  });
});

describe("a sentence's opening measure word owns nothing", () => {
  it.each([
    // "Inventory" opening a sentence is the measure, not a company; the owner stays the topic.
    ['Pembury Stores said sales rose 3%. Inventory at the end of the quarter was $2.1 billion, down 5%.', '$2.1 billion', 'Pembury Stores'],
    ['Pembury Stores said sales rose 3%. Inventory at the end of the quarter was $2.1 billion, down 5%.', '5%', 'Pembury Stores'],
  ] as const)('%s → %s is owned by %s', (text, figure, owner) => {
    expect(aboutOf(text, figure).subject?.name).toBe(owner);
  });
});
