import { describe, expect, it } from 'vitest';
import { CURRENCY_AFTER, CURRENCY_BEFORE, CURRENCY_CUE, HASH_SEED, hashStep, PERIOD, SCALE, WORD_NUMBER, WordClassTable, wordClasses } from '../../src/scan/word-classes';
import { scanTokens, tokenize } from '../../src/scan/tokens';
import '../../src/index';

const hashOf = (word: string): number => [...word].reduce((h, c) => hashStep(h, c.charCodeAt(0)), HASH_SEED);

describe('WordClassTable', () => {
  const table = new WordClassTable(new Map([['mln', 8], ['dlrs', 4], ['dlr', 4], ['złoty', 4], ['$', 2], ['us', 2 | 64]]));

  it.each([
    ['mln', 8], ['MLN', 8], ['Mln', 8], ['dlrs', 4], ['dlr', 4], ['us', 66], ['US', 66],
    ['ml', 0], ['mlns', 0], ['dlrz', 0], ['the', 0], ['', 0],
  ])('an ASCII word is looked up in place: %s → %i', (word, bits) => {
    const text = `(${word})`;
    expect(table.asciiWord(text, 1, 1 + word.length, hashOf(word.toLowerCase()))).toBe(bits);
  });

  it('looks up symbols and non-ASCII words by string', () => {
    expect(table.get('$')).toBe(2);
    expect(table.get('złoty')).toBe(4);
    expect(table.get('mln')).toBe(8);
    expect(table.get('€')).toBe(0);
  });

  it('keeps every entry findable when many words share a probe chain', () => {
    const words = Array.from({ length: 500 }, (_, i) => `w${'abcdefghij'[i % 10]}${'klmnopqrst'[Math.floor(i / 10) % 10]}${'uvwxyzabcd'[Math.floor(i / 100)]}`.replace(/\d/g, ''));
    const big = new WordClassTable(new Map(words.map((w, i) => [w, (i % 7) + 1])));
    words.forEach((w, i) => expect(big.get(w)).toBe((i % 7) + 1));
    expect(big.get('zzzz')).toBe(0);
  });

  it('finds every word of the lexicons past its hash filter, in place and by string', () => {
    // The filter skips the probe for hashes no entry has: a missed entry would be a word no rule sees.
    const words = ['dlrs', 'mln', 'billion', 'percent', 'pct', 'quarter', 'fiscal', 'yen', 'hong', 'between', 'half', 'twenty', 'january', 'cts', 'lakh', 'crore', 'rupees', 'francs'];
    const table = wordClasses();
    for (const w of words) {
      const text = ` ${w.toUpperCase()} `;
      expect(table.get(w), w).not.toBe(0);
      expect(table.asciiWord(text, 1, 1 + w.length, hashOf(w)), w).toBe(table.get(w));
    }
  });

  it('answers 0 for words with no class, whether the filter or the probe turns them away', () => {
    const table = new WordClassTable(new Map(Array.from({ length: 900 }, (_, i) => [`k${'abcdefghij'[i % 10]}${'abcdefghij'[Math.floor(i / 10) % 10]}${'abcdefghij'[Math.floor(i / 100)]}`, 1])));
    const strangers = Array.from({ length: 2000 }, (_, i) => `z${i.toString(26).replace(/\d/g, (d) => 'pqrstuvwxy'[+d]!)}`);
    for (const w of strangers) expect(table.asciiWord(w, 0, w.length, hashOf(w)), w).toBe(0);
    expect(table.get('kabc')).toBe(1);
  });
});

describe('word classes on tokens', () => {
  it('tags words from the lexicons, whatever their case', () => {
    const cls = (text: string) => tokenize(text).map((t) => t.cls);
    const [us, dlrs, mln, two, quarter, canadian] = cls('US dlrs MLN two quarter Canadian');
    expect(us! & CURRENCY_BEFORE).toBeTruthy();
    expect(dlrs! & CURRENCY_AFTER).toBeTruthy();
    expect(mln! & SCALE).toBeTruthy();
    expect(two! & WORD_NUMBER).toBeTruthy();
    expect(quarter! & PERIOD).toBeTruthy();
    expect(canadian! & CURRENCY_CUE).toBeTruthy();
    expect(cls('the market said')).toEqual([0, 0, 0]);
  });

  it('marks numbers and classed words as starting points, in order', () => {
    const text = 'Sales rose 5 pct to 3.5 mln dlrs in the third quarter.';
    const { tokens, marked } = scanTokens(text);
    const words = marked.map((i) => tokens[i]!.text);
    expect(words).toEqual(expect.arrayContaining(['5', 'pct', '3.5', 'mln', 'dlrs', 'third', 'quarter']));
    expect(words).not.toContain('Sales');
    expect(words).not.toContain('rose');
    expect([...marked].sort((a, b) => a - b)).toEqual(marked);
    expect(wordClasses().get('quarter') & PERIOD).toBeTruthy();
  });
});

describe('registerWordClass', () => {
  it('adds a class after the table is built, whatever the case of the text', async () => {
    const { registerWordClass } = await import('../../src/scan/word-classes');
    expect(tokenize('Zorblax')[0]!.cls & 4096).toBe(0);
    registerWordClass(['zorblax'], 4096);
    expect(tokenize('ZORBLAX zorblax')[0]!.cls & 4096).toBe(4096);
    expect(tokenize('ZORBLAX zorblax')[1]!.cls & 4096).toBe(4096);
    // The largest bit a token holds survives beside the kind and flags.
    registerWordClass(['blorzax'], 1 << 25);
    const [t] = tokenize(' Blorzax');
    expect([t!.cls & (1 << 25), t!.kind, t!.space, t!.text, t!.lower]).toEqual([1 << 25, 'word', true, 'Blorzax', 'blorzax']);
  });

  it('refuses a bit the tokens cannot hold', async () => {
    const { registerWordClass } = await import('../../src/scan/word-classes');
    expect(() => registerWordClass(['x'], 1 << 26)).toThrow(RangeError);
    expect(() => registerWordClass(['x'], 0)).toThrow(RangeError);
  });
});
