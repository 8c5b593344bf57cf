import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a dateline on the line after a headline owns nothing', () => {
  it.each([
    ['Corvane lands $40 million\n\nAUSTIN, April 2, 2026 — Corvane, a payroll startup, said it raised $40 million from two funds.', '$40 million', 'Corvane'],
    ['Brightmoor files for IPO\n\nSAN DIEGO, Calif., May 5, 2026 — Brightmoor Inc., the sensor maker, filed on Monday.\n\nRevenue rose 30% to $120 million in 2025.', '30%', 'Brightmoor Inc'],
    ['Orvel raises ₹200 crore\n\nPUNE, Jan 9: Logistics startup Orvel has raised ₹200 crore in a round led by a local fund.', '₹200 crore', 'Orvel'],
    ['Kitewell prices shares\n\nBy Staff Writer\n\nBOSTON (Markets Desk) - Kitewell priced its offering at $17 a share.', '$17', 'Kitewell'],
  ] as const)('%s → %s is %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2026-05-06').subject?.name).toBe(subject);
  });

  it('an acronym opening a later line before a comma is still a name', () => {
    expect(aboutOf('Chemicals outlook\n\nHALCO, the Dutch chemicals group, reported profit of €88 million for 2025.', '€88 million', '2026-05-06').subject?.name).toBe('HALCO');
  });
});

describe('a dateline that opens the text, with its region or country, owns nothing', () => {
  it.each([
    ['BERGEN, Norway, Oct 23 – Skarvik Olje posted a profit of $2.1 billion on Thursday.\n\nThe producer said its net debt fell to $4.4 billion.', '$4.4 billion', 'Skarvik Olje'],
    ['TULSA, Oklahoma, Feb 20 – Redbank Midstream raised its dividend on Thursday.\n\nIts pipeline revenue rose 7% in the fourth quarter.', '7%', 'Redbank Midstream'],
    ['INVERNESS, Scotland, March 6 – Lochmore Power reported a loss.\n\nThe utility said its costs climbed 12% last year.', '12%', 'Lochmore Power'],
  ] as const)('%s → %s is %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2026-05-06').subject?.name).toBe(subject);
  });
});
