/**
 * "five or six percent": two spelled-out percentages joined by "or" (recognise/listed.ts
 * spelledAlternativeAt, recognise/percent.ts readListed). Sentences written for this project.
 */
import { expect, it } from 'vitest';
import { extract } from '../../src/extract';

const percents = (text: string) => extract(text, { kinds: ['percent'] }).map((f) => f.kind === 'percent' ? [f.text, Number(f.value), f.unit, f.span.start] : []);

it.each([
  ['Prices may climb five or six percent this summer.', [['five', 5, 'percent', 17], ['six percent', 6, 'percent', 25]]],
  ['The gap shrank one or two percentage points.', [['one', 1, 'percentage-point', 15], ['two percentage points', 2, 'percentage-point', 22]]],
  ['Only one or two of the fifty percent were sold.', [['fifty percent', 50, 'percent', 23]]],
] as const)('%s', (text, expected) => {
  expect(percents(text)).toEqual(expected);
});
