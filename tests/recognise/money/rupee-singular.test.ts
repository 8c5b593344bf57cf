/**
 * "Re", the rupee's singular ("shares of face value Re 1", "Re 0.50 a share"), in a text that
 * names the rupee (lexicon/currencies.ts SPACED_SHORT_FORMS, recognise/money/sides.ts); not the
 * end of a reinsurer's name ("Munich Re 1.5%") nor before a percentage. Sentences written for
 * this project.
 */
import { expect, it } from 'vitest';
import { extract } from '../../../src/extract';

const money = (text: string) => extract(text, { kinds: ['money'] }).map((f) => f.kind === 'money' ? [f.text, f.currency, f.amount] : []);

it.each([
  ['Mumbai: The board approved splitting shares of face value Rs 10 into shares of Re 1 each.', [['Rs 10', 'INR', 10], ['Re 1', 'INR', 1]]],
  ['Mumbai: It will pay Re 0.50 a share, or Rs 42 crore in all.', [['Re 0.50', 'INR', 0.5], ['Rs 42 crore', 'INR', 420000000]]],
  // Not where the text names no rupee, nor the end of a name, nor a percentage.
  ['Re 1 is the first item of the agenda.', []],
  ['Mumbai: Munich Re 1.5% of the insurer was sold for Rs 90 crore.', [['Rs 90 crore', 'INR', 900000000]]],
  ['Mumbai: Re 2 per cent of the Rs 90 crore issue went unsold.', [['Rs 90 crore', 'INR', 900000000]]],
] as const)('%s', (text, expected) => {
  expect(money(text)).toEqual(expected);
});
