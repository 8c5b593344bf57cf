import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a pronoun after an object name stands for the subject that a verb follows', () => {
  it.each([
    // "takeover of pensions group Corrin": a name after a preposition and a description is no antecedent.
    ['Brixworth Foods plc raised 300 million pounds to pay for its purchase of dairy group Melling for 900 million pounds, sending its shares down 4%.', '4%', 'Brixworth Foods'],
    ['Tolland Mining agreed to buy a stake in the nickel producer Quorra for $200 million, lifting its shares 3%.', '3%', 'Tolland Mining'],
    // and the topic of the next sentence is the subject too
    ['Brixworth Foods plc raised 300 million pounds to pay for its purchase of dairy group Melling for 900 million pounds. The company also reported a 12% rise in operating profit.', '12%', 'Brixworth Foods'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });

  it('a name with a verb after it, after a preposition, is still its own subject', () => {
    expect(aboutOf('Pell said that Orrin reported its sales fell 5%.', '5%').subject?.name).toBe('Orrin');
  });
});

describe('a sentence whose subject is a speaker: the owner written with "\'s" is the topic', () => {
  it.each([
    ["SANTIAGO, May 2 (Wire) - Chile's government set a deficit goal for next year, Finance Minister Ana Ruiz said. Total spending is budgeted at $90 billion.", '$90 billion', 'Chile'],
    ["NEW DELHI, May 2 (Wire) - Nepal's central bank kept rates on hold, Governor Ram Thapa said. Inflation rose 5% in April.", '5%', 'Nepal'],
    ["Fitch affirmed Corlan Energy's BBB rating on Monday. Net debt stood at 8 billion euros at the end of March.", '8 billion euros', 'Corlan Energy'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });

  it('an owner inside the speaker\'s title, not opening the sentence, is no topic', () => {
    expect(aboutOf("Trade rose last month. Head of the Banco do Mar's trade office, Rui Costa, told reporters so. Exports totalled $2 billion.", '$2 billion').subject?.name).not.toBe('Mar');
  });
});

describe('a dateline in capitals is no subject', () => {
  it('"NEW DELHI, …": the capitals before the place are part of the dateline', () => {
    expect(aboutOf('NEW DELHI, Feb 1 (Wire) - Spending is budgeted at $600 billion.', '$600 billion').subject?.name).toBeUndefined();
  });
});

describe('a speaker in an earlier clause owns nothing', () => {
  it('"CFO Maria Lenz said volumes fell 4%, while prices were 2% lower": the topic owns the 2%', () => {
    const text = 'Kessler Chemie said its quarterly profit fell 18% to 640 million euros. Chief Financial Officer Maria Lenz said volumes fell 4%, while prices were 2% lower.';
    expect(aboutOf(text, '2%').subject?.name).toBe('Kessler Chemie');
  });
});

describe('a commodity that moved is no topic for the figures after it', () => {
  const text = 'Orinoco Energy said first-half profit rose 12% to $120 million. Brent crude averaged $67 a barrel in the period, down from $83. Revenue rose 8% to $1.1 billion, and the company kept its dividend at 10 cents.';
  it('the commodity owns its own price', () => {
    expect(aboutOf(text, '$67', '2025-08-20').subject?.name).toBe('Brent');
  });
  it.each(['8%', '$1.1 billion', '10 cents'])('the company owns %s', (figure) => {
    expect(aboutOf(text, figure, '2025-08-20').subject?.name).toBe('Orinoco Energy');
  });
});
