import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a person named after a reporting verb is the source, not the owner', () => {
  it.each([
    // A title makes the name a person, even a first name the lexicon lacks.
    ['Trellis raised $30 million on Monday. Of the new money, $12 million will fund hiring, co-founder Arvind Kulkarni said.', '$12 million'],
    // A surname written before after a title ("Chief executive Maya Okafor").
    ['Chief executive Maya Okafor spoke at the launch. About 40% of the funds will go to research, Okafor said.', '40%'],
  ] as const)('%s → %s is not the person\'s', (text, figure) => {
    const name = aboutOf(text, figure).subject?.name ?? '';
    expect(name).not.toMatch(/Kulkarni|Okafor/);
  });

  it('the company named before stays the owner', () => {
    expect(aboutOf('Trellis raised $30 million on Monday. Of the new money, $12 million will fund hiring, co-founder Arvind Kulkarni said.', '$12 million').subject?.name).toBe('Trellis');
  });

  it('a company after the reporting verb still owns the figure', () => {
    expect(aboutOf('Quarterly sales rose 8% to $40 million, Holbrook Tools said.', '8%').subject?.name).toBe('Holbrook Tools');
  });
});

describe('"he" or "she" after a named speaker is the speaker again, not the topic', () => {
  it.each([
    ['Corvel Systems posted revenue of $2.2 billion in the third quarter. Chief executive Dana Holt said she expects the market to stay flat. The company will spend $400 million on a new plant.', '$400 million', 'Corvel Systems'],
    ['Brackwater Mining lifted output by 6% last year. CEO Tom Reyes said he sees copper prices rising. The group plans to cut 300 jobs, saving $45 million a year.', '$45 million', 'Brackwater Mining'],
    ['Halden Foods reported sales of $910 million. Finance chief Ana Ruiz said she was pleased with the result. It raised its dividend by 5%.', '5%', 'Halden Foods'],
  ] as const)('%s → %s is %s\'s', (text, figure, owner) => {
    expect(aboutOf(text, figure, '2025-11-20').subject?.name).toBe(owner);
  });

  it('"he" still stands for a company named before it in its own sentence', () => {
    expect(aboutOf('Tellmark said its sales rose 4% in May. Its chairman said he expects sales to rise 6% in June.', '6%', '2025-11-20').subject?.name).toBe('Tellmark');
  });
});

describe('a surname that is also a cue word (entities.ts surnameAfter, cues.ts isSurname)', () => {
  it('"Oliver Grant" is a person speaking, not a grant nor an owner', () => {
    const text = 'Corran Holdings raised its dividend. Chief executive Oliver Grant said premium rates had fallen 4% across the book.';
    const about = aboutOf(text, '4%', '2026-03-05');
    expect(about.metric.category).not.toBe('deal-value');
    expect(about.subject?.name).toBe('Corran Holdings');
  });

  it('"Dana Price" names no price', () => {
    const text = 'Fenwick Mutual said on Monday net profit rose 9%, finance director Dana Price told analysts.';
    expect(aboutOf(text, '9%', '2026-03-05').metric.category).toBe('profit');
  });
});
