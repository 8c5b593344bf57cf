import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// Press releases: bullet lists and table rows name no one, so the company the release opened
// with stays the topic past them; a results table's "Change" column is no name; a brand listed
// after a governed brand is governed too.

describe('bullet points that name no one do not use up the topic\'s lookback', () => {
  it('the company of the opening sentence owns a figure after many bullets', () => {
    const bullets = Array.from({ length: 10 }, (_, i) => `- Revenue of $${i + 1}.5 million`).join('\n');
    const text = `Quillon Air Co. today reported results for the quarter.\n\nHighlights\n${bullets}\n\nFuel expense fell 4.2% to $1.1 billion.`;
    expect(aboutOf(text, '4.2%').subject?.name).toBe('Quillon Air Co');
  });
});

describe('a results table\'s "Change" column label is no name', () => {
  it('the company before the table owns a row\'s change', () => {
    const text = 'Morvane Tools Inc. reported results.\n\n                 Q3 2025   Q3 2024   Change\nSales            $410.2    $388.0    5.7%\nOrganic growth was 3.1%.';
    expect(aboutOf(text, '3.1%').subject?.name).toBe('Morvane Tools Inc');
  });
});

describe('names listed after a governed name are governed too', () => {
  it('"maker of Oatlings cereal and Crisp Crowns crackers" names products, not the subject', () => {
    const text = 'Dellmoor Foods Inc cut its forecast. The Ohio-based maker of Oatlings cereal and Crisp Crowns crackers now expects sales to fall 2%.';
    expect(aboutOf(text, '2%').subject?.name).toBe('Dellmoor Foods Inc');
  });

  // A brand written with its own 's, listed after a made thing, is a product too; so is the first.
  it.each([
    ["Brightwell Group said sales rose 3%. The maker of Sunleaf tea and Corrigan's crisps kept its forecast for growth of 2% to 4%.", '2% to 4%', 'Brightwell Group'],
    ['Halvard Brands said sales rose 3%. The maker of Sunleaf tea and Corrigan crisps repeated its margin goal of 17%.', '17%', 'Halvard Brands'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});

// A release's section headings ("Outlook", "Third Quarter Summary") are no names.
describe('a word heading a section on a line of its own is not the subject', () => {
  it.each([
    ['Pellham Tools Reports Second Quarter Results\n\nPellham Tools said sales rose 5% to $1.2 billion in the second quarter.\n\nSecond Quarter Summary\nSales $1,204.5 $1,147.1 5.0%', '$1,204.5'],
    ['Pellham Tools said sales rose 5% to $1.2 billion in the second quarter.\n\nSegments\nIndustrial sales were $700 million, up 4%.', '$700 million'],
  ] as const)('%s → %s', (text, figure) => {
    expect(aboutOf(text, figure, '2026-08-01').subject?.name).toBe('Pellham Tools');
  });
});

// Far down a release, past bullets and quotes, "the company" and "it" are still the company of the story.
describe('"the company" and "it" out of the topic\'s reach are the story\'s company', () => {
  const text = 'Harlow Air Reports Fourth Quarter Results\n\nDALLAS, Jan. 14, 2026 -- Harlow Air Co. (NYSE: HRL) today reported results for the fourth quarter.\n\n'
    + 'Highlights\n- Revenue of $6.8 billion, up 4.2%\n- Pre-tax margin of 7.1%\n- Capacity up 2.5%\n\n"We finished the year strongly," said Chief Executive Officer Ana Ruiz.\n\n'
    + 'Fuel\nThe average fuel price was $2.38 per gallon, 9% lower than a year earlier.\n\nCosts\nUnit costs rose 3.8%, in line with guidance.\n\n'
    + 'Outlook\nFor the first quarter of 2026, the company expects adjusted EPS of $0.10 to $0.30. For the full year it expects free cash flow of more than $1.5 billion.';
  it.each([['$0.10 to $0.30'], ['$1.5 billion']] as const)('%s', (figure) => {
    expect(aboutOf(text, figure, '2026-01-14').subject?.name).toMatch(/^Harlow Air/);
  });
});
