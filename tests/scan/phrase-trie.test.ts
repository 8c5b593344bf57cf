import { describe, expect, it } from 'vitest';
import { PhraseTrie } from '../../src/scan/phrase-trie';
import { tokenize } from '../../src/scan/tokens';

describe('PhraseTrie', () => {
  const prefix = 'Hong';
  const trie = new PhraseTrie<string>()
    .add(`${prefix} Kong dollars`, 'HKD') // a template string: a rope, tokenised with the others
    .add('dollars', 'USD')
    .add('U.S. dollars', 'USD-explicit')
    .add('dollars', 'ignored: the first value added wins')
    .add('', 'ignored: empty');

  it.each([
    ['40 Hong Kong dollars', 1, 'HKD', 4],
    ['40 hong kong DOLLARS', 1, 'HKD', 4],
    ['40 dollars', 1, 'USD', 2],
    ['40 U.S. dollars', 1, 'USD-explicit', 6],
    ['40 Hong Kong', 1, undefined, undefined],
  ])('%s: longest match at token %i', (text, at, value, next) => {
    const m = trie.match(tokenize(text), at);
    expect(m?.value).toBe(value);
    expect(m?.next).toBe(next);
  });

  it('takes phrases added after the first lookup', () => {
    const t = new PhraseTrie<number>().add('basis points', 1);
    expect(t.match(tokenize('25 basis points'), 1)?.value).toBe(1);
    t.add('percentage points', 2);
    expect(t.match(tokenize('2 percentage points'), 1)?.value).toBe(2);
    expect([...t.firstWords()].sort()).toEqual(['basis', 'percentage']);
  });

  it('names each phrase by its key word: a symbol if it has one, else its last word', () => {
    const t = new PhraseTrie<number>().add('US$', 1).add('$A', 2).add('Hong Kong dollars', 3).add('p.c.', 4).add('rs.', 5);
    expect([...t.keyWords()].sort()).toEqual(['$', 'c', 'dollars', 'rs']);
  });

  it('lets a caller veto a longer match and fall back to a shorter one', () => {
    const tokens = tokenize('40 U.S. dollars');
    expect(trie.match(tokens, 3, (v) => v !== 'USD')?.value).toBeUndefined();
    expect(trie.match(tokenize('40 dollars'), 1, () => false)).toBeUndefined();
  });
});
