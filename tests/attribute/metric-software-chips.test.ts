/**
 * Software and chip companies' measures (src/lexicon/metrics.ts, src/attribute/metric.ts,
 * src/attribute/entities.ts): a software backlog, revenue retention, pay in shares, a unit
 * price a foundry charges or a gadget sells for, and a common word opening a sentence as the
 * possessive owner of a measure. Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

const REF = '2025-11-20';

/** [sentence, figure text, category, subject?, direction?] */
type Row = [string, string, string, string?, ('up' | 'down')?];

const check = ([text, fig, category, subject, direction]: Row): void => {
  const a = aboutOf(text, fig, REF);
  expect(a.metric?.category).toBe(category);
  if (subject !== undefined) expect(a.subject?.name).toBe(subject);
  if (direction !== undefined) expect(a.direction).toBe(direction);
};

describe('remaining performance obligations are a backlog of contracts', () => {
  it.each<Row>([
    ['Remaining performance obligations climbed 41% to $71.2 billion.', '$71.2 billion', 'deal-value', undefined, 'up'],
    ['Remaining performance obligations climbed 41% to $71.2 billion.', '41%', 'deal-value', undefined, 'up'],
    ['Halvard Systems said current RPO was $14.6 billion, up 12% Y/Y.', '$14.6 billion', 'deal-value', 'Halvard Systems'],
    ['Quillon Software said cRPO grew 15% to $3.8 billion.', '15%', 'deal-value', 'Quillon Software', 'up'],
    // A backlog in the second clause is not the share price of the first.
    ['Brightmoor shares jumped 9% after the company said RPO rose to $12 billion.', '$12 billion', 'deal-value', 'Brightmoor', 'up'],
  ])('%s → %s', (...row) => check(row));
});

describe('net and gross revenue retention are ratios of revenue, not interest rates', () => {
  it.each<Row>([
    ['Dollar-based net retention rate was 116% at quarter end.', '116%', 'revenue'],
    ['Net revenue retention rate slipped to 112% from 119%.', '112%', 'revenue', undefined, 'down'],
    ['Gross retention rate held above 94% for the year.', '94%', 'revenue'],
  ])('%s → %s', (...row) => check(row));
});

describe('pay in shares is a cost, not a settlement', () => {
  it.each<Row>([
    ['Stock-based compensation was $845 million, or 16% of revenue.', '$845 million', 'cost'],
    ['Share-based compensation rose 9% to $1.1 billion in fiscal 2025.', '$1.1 billion', 'cost', undefined, 'up'],
    // A settlement's compensation stays a fine.
    ['The chipmaker agreed to pay $25 million in compensation to the suppliers.', '$25 million', 'fine'],
  ])('%s → %s', (...row) => check(row));
});

describe('what a seller charges or a gadget sells for is a price', () => {
  it.each<Row>([
    ['The foundry charges roughly $25,000 per wafer for its 3nm node.', '$25,000', 'price'],
    ['The handset maker charges about $40 per license for the modem patents.', '$40', 'price'],
    ['The flagship graphics card sells for $1,599 in the United States.', '$1,599', 'price'],
    ['The entry model starts at $799, while the larger one retails for $999.', '$799', 'price'],
    ['The entry model starts at $799, while the larger one retails for $999.', '$999', 'price'],
    // A charge booked, and a business sold, keep their measures.
    ['The company took a charge of $310 million for the plant closure.', '$310 million', 'cost'],
    ['Tessaly sold its modem unit for $1.2 billion.', '$1.2 billion', 'deal-value'],
  ])('%s → %s', (...row) => check(row));
});

describe('a common word opening a sentence as the possessive of a measure is a name', () => {
  it.each<Row>([
    ["Oracle's revenue rose 14% to $16.1 billion.", '$16.1 billion', 'revenue', 'Oracle', 'up'],
    ["Oracle's remaining performance obligations jumped 438% to $523 billion.", '438%', 'deal-value', 'Oracle', 'up'],
    ["Shell's profit rose 5% to $4 billion.", '$4 billion', 'profit', 'Shell', 'up'],
  ])('%s → %s', (...row) => check(row));
});
