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
