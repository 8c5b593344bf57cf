import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// "followed by Samsung at 17% and Xiaomi at 13%": a name written right before "at" and the
// figure owns it; a place after "in", "on" or "from" before "at" does not ("opened in Tokyo at").
describe('a name right before "at" and the figure owns it', () => {
  it.each([
    ['Harlow led the market with a 24% share, followed by Quimby at 17% and Zentro at 13%.', '17%', 'Quimby'],
    ['Harlow led the market with a 24% share, followed by Quimby at 17% and Zentro at 13%.', '13%', 'Zentro'],
    ['Inflation was highest in Spain, followed by Canada at 4.0% and Norway at 3.1%.', '4.0%', 'Canada'],
    ['The offer values Brindle at $566 million, Castorp said.', '$566 million', 'Brindle'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });

  it.each([
    ['Castorp shares traded Friday on the Paris Bourse at 38.20 euros.', '38.20 euros', 'Castorp'],
  ] as const)('%s → %s stays with %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});
