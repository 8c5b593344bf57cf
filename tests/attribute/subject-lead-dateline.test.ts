/** A dateline written after a headline and a byline, and names the lead writes with them. */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a dateline opening a line of the lead, after a headline, owns nothing', () => {
  it.each([
    // The place, its region, its date, its wire: none is the subject; the topic is the company.
    ['Orvik shares slide on weak outlook\n\nOSLO, March 3 — Orvik Telecom said on Tuesday revenue fell 4% to NOK 9.1 billion. Profit rose 6%.', '6%', 'Orvik Telecom'],
    ['Kanto Mobile beats estimates\n\nBy Aya Mori\n\nOSAKA, May 12 — Kanto Mobile said revenue rose 3%. Operating profit rose 9% to ¥310 billion, the carrier said.', '9%', 'Kanto Mobile'],
    ['Chip results\n\nTAINAN, Taiwan, Jan. 15 — Formosa Wafer Co. posted a 22% rise in profit. Revenue climbed 18% in the quarter.', '18%', 'Formosa Wafer Co'],
    ['Outlook cut\n\nTURKU, Finland (Feb. 2) -- Saari Networks cut its outlook. Sales fell 7% in the fourth quarter.', '7%', 'Saari Networks'],
    ['Headline here\n\nPUNE, Nov 4 (TeleWire) — Deccan Tel said profit rose 12%. Revenue rose 5% in the quarter.', '5%', 'Deccan Tel'],
    // Two places joined by a slash, the second of two words, then the name in apposition.
    ['Lanshan Motors trims loss\n\nSHANGHAI/HONG KONG, Aug 20 – Lanshan Motors, the Shanghai-listed carmaker, said its net loss narrowed to 1.4 billion yuan.', '1.4 billion yuan', 'Lanshan Motors'],
    ['Tidewell Partners draws record inflows as rates fall\n\nNEW YORK/SAN FRANCISCO, May 2 – Tidewell Partners, the asset manager, said assets rose 3% in April.', '3%', 'Tidewell Partners'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });

  it('a name in capitals opening a later line of the story, followed by words, is still a subject', () => {
    const text = 'Results day\n\nOSLO, March 3 — Orvik Telecom reported results.\n\nNORDCOM, its smaller rival, said sales rose 8%.';
    expect(aboutOf(text, '8%').subject?.name).toBe('NORDCOM');
  });
});

describe('"in U.S. dollar terms" is a way of counting, not an owner', () => {
  it.each([
    ['Formosa Wafer said revenue rose 12%. In U.S. dollar terms, revenue was $20.4 billion, up 15%.', '15%', 'Formosa Wafer'],
    ['Kanto Mobile said sales rose 2%. In U.S. dollar terms sales fell 6%.', '6%', 'Kanto Mobile'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});

describe('a name written with its acronym in brackets is named with both', () => {
  it.each([
    ['Formosa Wafer Manufacturing Co. (FWM) said profit rose 30% in the quarter.', '30%', 'Formosa Wafer Manufacturing Co (FWM)'],
    ['Deccan Telecom Services Ltd (DTS) reported revenue of Rs 900 crore. DTS said profit rose 4%.', '4%', 'Deccan Telecom Services (DTS)'],
    // No acronym of the name's letters in the bracket: the name alone.
    ['Kanto Mobile (Tokyo: 9999) said revenue rose 3%.', '3%', 'Kanto Mobile'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});

describe("a place written as one of a company's markets is the company's market, not the owner", () => {
  it.each([
    // After "in", and as the noun's modifier ("India revenue", "EMEA sales"), in a company's story.
    ['Kestrel Networks reported results on Monday. Sales in North America dropped 12% in the quarter.', '12%', 'Kestrel Networks'],
    ['Deccan Tel said profit rose 9%. India revenue rose 14% to Rs 2,000 crore.', '14%', 'Deccan Tel'],
    ['Saari Networks posted results. EMEA sales fell 3% and margins held.', '3%', 'Saari Networks'],
    // A region is a place too: "Latin America's biggest operator" stands for the company before it.
    ["Andes Movil, Latin America's biggest telecom operator, said its profit rose 8%.", '8%', 'Andes Movil'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });

  it.each([
    // A place that acts owns its figure, in any story.
    ['Kestrel Networks reported results. Kenya spent 27% of its budget on interest, the minister said.', '27%', 'Kenya'],
    // What a country owes is its own.
    ['Kestrel Networks reported results. Brazil, with foreign debt of $108 billion, halted payments.', '$108 billion', 'Brazil'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});

describe('measure abbreviations and table headings own nothing', () => {
  it.each([
    ['Saari Networks said adjusted EBITDAaL rose 4% to €1.2 billion.', '4%', 'Saari Networks'],
    ['Kestrel Networks said free cash flow before M&A rose to SEK 2.1 billion. Net cash rose 5%.', '5%', 'Kestrel Networks'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });

  it('"Change" heading a table of periods is no topic for the rows after it', () => {
    const text = 'Andes Movil said revenue rose 7%.\n\nKey figures\n  Q2 2025   Q2 2024   Change\nRevenue   10.2   9.5   7.0%\nCapex   3.1   3.4   -8.8%';
    expect(aboutOf(text, '-8.8%', '2025-07-20').subject?.name).toBe('Andes Movil');
  });
});
