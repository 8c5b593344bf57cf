/**
 * The organisation a filing defines as "the Company" is the topic of the sentence that defines
 * it, whatever other parties it names (src/attribute/index.ts, definedCompany). Sentences
 * written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a name defined as "the Company" is the topic', () => {
  it.each([
    ['On May 2, 2025, Tallis Robotics, Inc. (the "Company") signed a loan agreement with Eastmoor Bank, N.A., as lender. The loan bears interest at 7.1%.', '7.1%', 'Tallis Robotics'],
    ['Brevik Oil ASA (“Brevik” or the “Company”) entered into a charter with Norland Shipping, as owner. The charter is worth $48 million.', '$48 million', 'Brevik Oil ASA'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2025-06-01').subject?.name).toBe(subject);
  });
});

describe('an 8-K item heading is no topic', () => {
  it('keeps the filer as "the Company" after an item heading', () => {
    const t = 'Pinecrest Labs Inc. (the "Company") filed this report.\n\nItem 8.01 Other Events.\n\nThe Company said it paid $12 million for a site.';
    expect(aboutOf(t, '$12 million', '2025-06-01').subject?.name).toBe('Pinecrest Labs Inc');
  });
});
