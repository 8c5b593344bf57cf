/**
 * Spoken amounts: "a couple (of)" as two before a magnitude or a currency word
 * (lexicon/number-words.ts ARTICLE_COUNT_WORDS, scan/number-words.ts), "a hundred grand"
 * (recognise/money/sides.ts), a spaced "mil" (lexicon/scales.ts) and "a dollar and a half"
 * (recognise/money/read-parts.ts readMinorTail); "ten or twenty dollars", two spelled amounts
 * (recognise/listed.ts, money/number-first.ts); "5 pounds heavier", a weight
 * (money/not-money.ts). Sentences written for this project.
 */
import { expect, it } from 'vitest';
import { extract } from '../../../src/extract';

const money = (text: string) => extract(text, { kinds: ['money'] }).map((f) => f.kind === 'money' ? [f.text, f.currency, Number(f.amount), f.span.start] : []);

it.each([
  ['Patching the roof ran us a couple hundred dollars.', [['a couple hundred dollars', 'USD', 200, 25]]],
  ['She owes me a couple of hundred quid.', [['a couple of hundred quid', 'GBP', 200, 12]]],
  ['He sold the boat for a couple grand.', [['a couple grand', 'USD', 2000, 21]]],
  ['Lend me a couple of bucks for the bus.', [['a couple of bucks', 'USD', 2, 8]]],
  ['The studio spent a couple of million dollars on effects.', [['a couple of million dollars', 'USD', 2000000, 17]]],
  ['That vintage guitar is worth a hundred grand.', [['a hundred grand', 'USD', 100000, 29]]],
  ['They paid two hundred grand for the flat.', [['two hundred grand', 'USD', 200000, 10]]],
  // "worth", "more": words that follow an amount, not the noun a count of things names.
  ['The storm did 3 grand worth of damage to the shed.', [['3 grand', 'USD', 3000, 14]]],
  ['The seller wanted five grand more for the van.', [['five grand', 'USD', 5000, 18]]],
  ['The seed round brought in $2 mil.', [['$2 mil', 'USD', 2000000, 26]]],
  ['Their payroll is about 3 mil dollars a year.', [['3 mil dollars', 'USD', 3000000, 23]]],
  ['A bag of chips is a dollar and a half.', [['a dollar and a half', 'USD', 1.5, 18]]],
  ['The bus ride was two dollars and a half, cash only.', [['two dollars and a half', 'USD', 2.5, 17]]],
  // Not money, or not the half: a couple of things, a grand of a million, a half of something else.
  ['A couple hundred people came to the rally.', []],
  ['We stayed a couple of years in Lisbon.', []],
  ['A million grand pianos were never built.', []],
  ['The hall bought 2 grand pianos last year.', []],
  ['The film is 1.2 mil frames long.', []],
  ['It cost two dollars and a half dozen eggs were thrown in.', [['two dollars', 'USD', 2, 8]]],
  ['A cab across town is ten or twenty dollars.', [['ten', 'USD', 10, 21], ['twenty dollars', 'USD', 20, 28]]],
  ['The repairs could run two or three million dollars.', [['two', 'USD', 2000000, 22], ['three million dollars', 'USD', 3000000, 29]]],
  ['The snack bar sells juice for one or two bucks.', [['one', 'USD', 1, 30], ['two bucks', 'USD', 2, 37]]],
  ['Leave a dollar or two for the porter.', [['a dollar', 'USD', 1, 6]]],
  ['She is 5 pounds heavier than last spring.', []],
  ['I put on twenty pounds over the winter.', []],
  ['He paid 5 pounds for the sandwich.', [['5 pounds', 'GBP', 5, 8]]],
] as const)('%s', (text, expected) => {
  expect(money(text)).toEqual(expected);
});
