import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// Payments, exchanges and crypto: measures written the way those results stories write them.
describe('finserv measures', () => {
  it.each([
    // a crypto-asset that moves: its price
    ['Bitcoin fell 3.2% to $61,800 on Sunday.', '3.2%', 'price'],
    ['Ether slid 5% in Asian trading.', '5%', 'price'],
    ['Solana climbed 9% over the weekend.', '9%', 'price'],
    // cash EBITDA and EBTDA are EBITDA, not cash held
    ['Lendrix said cash EBITDA rose 40% to A$88 million in the half.', 'A$88 million', 'ebitda'],
    ['Its cash EBTDA was A$51.2 million for the half.', 'A$51.2 million', 'ebitda'],
    ['EBTDA rose 12% to $40 million.', '$40 million', 'ebitda'],
    // a count of contracts traded is a volume, not a deal
    ['Orbis Exchange said average daily volume hit 12.1 million contracts in March, up 22% from a year earlier.', '22%', 'other'],
    ['Traders swapped 3.4 million contracts a day, up 9% on the month.', '9%', 'other'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric.category).toBe(metric);
  });

  it.each([
    ['Quillpay Inc forecast GMV of $12 billion to $13 billion and revenue of $900 million.', '$12 billion to $13 billion'],
    ['Total payment volume rose 9% to $437 billion.', '$437 billion'],
    ['Group total transaction volume grew 32% to A$8.4 billion.', 'A$8.4 billion'],
    ['Spot trading volume fell 18% to $210 billion in March.', '18%'],
  ] as const)('%s → %s is a volume (other)', (text, figure) => {
    expect(aboutOf(text, figure).metric.category).toBe('other');
  });

  it('keeps a contract with a value a deal', () => {
    expect(aboutOf('Norvale won a contract worth $400 million, up 10% on its last award.', '$400 million').metric.category).toBe('deal-value');
  });
});

// Abbreviations of measures and products own no figure: "GMV", "TTV", "ESOP", "ETF".
describe('finserv abbreviations are no subject', () => {
  it.each([
    ['Quillpay Inc forecast GMV of $12 billion to $13 billion for the quarter.', '$12 billion to $13 billion', 'Quillpay Inc'],
    ['Quillpay said bad debts were 1.9% of TTV.', '1.9%', 'Quillpay'],
    ['Rupeelane said EBITDA before ESOP costs was ₹54 crore.', '₹54 crore', 'Rupeelane'],
  ] as const)('%s → %s belongs to %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2026-02-10').subject?.name).toBe(subject);
  });
});

// A payment firm's volume is a result of the period it was reported for, and carries it.
describe('money volumes carry the period reported', () => {
  it('carries the quarter of a payment volume to the revenue after it', () => {
    const text = 'Quillpay Inc said total payment volume rose 9% to $91 billion in the fourth quarter.\n\nRevenue rose 6% to $2.3 billion.';
    expect(aboutOf(text, '$2.3 billion', '2026-02-10').period?.start).toBe('2025-10-01');
  });
});

describe('a count of contracts traded carries its quarter', () => {
  it('gives the revenue after it the quarter the volume was reported for', () => {
    const text = 'Orbis Exchange Group said average daily volume reached 12.1 million contracts in the fourth quarter, up 22% from a year earlier.\n\nRevenue rose 9% to $1.1 billion.';
    const about = aboutOf(text, '$1.1 billion', '2026-02-10');
    expect([about.period?.start, about.period?.end]).toEqual(['2025-10-01', '2025-12-31']);
  });
});

describe('an exchange\'s fee lines are its revenue', () => {
  it.each([
    ['Revenue rose 8% to $900 million, with clearing and transaction fees of $700 million.', '$700 million'],
    ['Custody fees rose 6% to $410 million.', '$410 million'],
    ['Interchange fees climbed 11% in the quarter.', '11%'],
  ] as const)('%s → %s is revenue', (text, figure) => {
    expect(aboutOf(text, figure).metric.category).toBe('revenue');
  });
});
