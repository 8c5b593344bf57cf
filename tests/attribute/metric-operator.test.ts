import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// Operators' and device makers' unit measures: ARPU (per user) and ARPA (per account) are revenue, ASP a price. Written
// in capitals they are measures, not the names of companies that own the figures.
describe('ARPU and ASP are measures, not names', () => {
  it.each([
    ['Lindqvist Mobile said consumer ARPU rose 3% to £22.40 a month.', '£22.40', 'revenue', 'Lindqvist Mobile'],
    ['Lindqvist Mobile said consumer ARPU rose 3% to £22.40 a month.', '3%', 'revenue', 'Lindqvist Mobile'],
    ['Tallon Telecom reported a 5% rise in profit. Its postpaid ARPU was A$51.20, and net debt fell to A$9.1 billion.', 'A$9.1 billion', 'debt', 'Tallon Telecom'],
    ['Corvid Wireless said its ARPA climbed to Rs 215.', 'Rs 215', 'revenue', 'Corvid Wireless'],
    ['Quintor said the ASP of its phones climbed 7% to $388.', '$388', 'price', 'Quintor'],
  ] as const)('%s → %s', (text, figure, metric, subject) => {
    const a = aboutOf(text, figure);
    expect(a.metric?.category).toBe(metric);
    expect(a.subject?.name).toBe(subject);
  });
});
