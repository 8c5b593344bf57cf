import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/scan/tokens';

const shape = (text: string) => tokenize(text).map((t) => `${t.kind}:${t.text}${t.space ? '' : '^'}`);

describe('tokenize', () => {
  it.each([
    ['RMB7.8 billion', ['word:RMB', 'number:7.8^', 'word:billion']],
    ['$5.2bn', ['symbol:$', 'number:5.2^', 'word:bn^']],
    ['1Q19 and H1', ['number:1', 'word:Q^', 'number:19^', 'word:and', 'word:H', 'number:1^']],
    ['1,234.56 and 1.234,56', ['number:1,234.56', 'word:and', 'number:1.234,56']],
    ['December 31, 2019', ['word:December', 'number:31', 'punct:,^', 'number:2019']],
    ['year-earlier', ['word:year', 'punct:-^', 'word:earlier^']],
    ['up .5%', ['word:up', 'number:.5', 'symbol:%^']],
    ['Rs.16', ['word:Rs', 'punct:.^', 'number:16^']],
    ['1\u00a0234,50 €', ['number:1\u00a0234,50', 'symbol:€']],
    // A scale word glued to the next word after a number is cut from it; words of their own are not.
    ['$7.6 millionand', ['symbol:$', 'number:7.6^', 'word:million', 'word:and^']],
    ['5.9 mlndlrs', ['number:5.9', 'word:mln', 'word:dlrs^']],
    ['5 billionaires', ['number:5', 'word:billionaires']],
    ['3 millionths', ['number:3', 'word:millionths']],
    ['a millionand', ['word:a', 'word:millionand']],
    ['5 Millionand', ['number:5', 'word:Millionand']],
    // A web or e-mail address is one inert token (scan/links.ts).
    ['see www.acme.com/q4, then', ['word:see', 'punct:www.acme.com/q4', 'punct:,^', 'word:then']],
    ['ir@acme.com: 5%', ['punct:ir@acme.com', 'punct::^', 'number:5', 'symbol:%^']],
  ])('%s', (text, expected) => {
    expect(shape(text)).toEqual(expected);
  });

  it('keeps exact UTF-16 offsets, including around surrogate pairs', () => {
    const text = 'a 😀 $5';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text).map((t) => t.text)).toEqual(['a', '😀', '$', '5']);
  });

  it.each([
    ['profits', 'profits'],
    ['Profits', 'profits'],
    ['RMB', 'rmb'],
    ['Zürich', 'zürich'],
    ['ÉTAT', 'état'],
    ['déjà', 'déjà'],
    ['42', '42'],
    ['$', '$'],
    // Words and symbols the lexicons know take their strings from the lookup.
    ['dlrs', 'dlrs'],
    ['DLRS', 'dlrs'],
    ['Billion', 'billion'],
    ['mLn', 'mln'],
    ['€', '€'],
    ['£', '£'],
    ['Złotys', 'złotys'],
  ])('%s: text and lower, whichever is read first', (word, lower) => {
    const [a] = tokenize(word), [b] = tokenize(word);
    expect([a!.text, a!.lower, a!.text]).toEqual([word, lower, word]);
    expect([b!.lower, b!.text, b!.lower]).toEqual([lower, word, lower]);
  });

  it('gives every token its own text, whatever lexicon string it shares', () => {
    const text = 'Dlrs, dlrs and DLRS; Quarter quarter QUARTER; Half half.';
    const tokens = tokenize(text);
    for (const t of tokens) {
      expect(t.text).toBe(text.slice(t.start, t.end));
      expect(t.lower).toBe(t.text.toLowerCase());
    }
  });
});
