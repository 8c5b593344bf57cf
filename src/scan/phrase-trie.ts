/**
 * Multi-word phrases matched against the token stream, longest match first. Built once from
 * data tables; a lookup walks at most the length of the longest phrase, so scanning stays
 * linear.
 */
import { tokenize, type Token } from './tokens';

interface Node<V> {
  readonly next: Map<string, Node<V>>;
  value?: V;
}

export interface PhraseMatch<V> {
  readonly value: V;
  /** Index of the first token matched. */
  readonly first: number;
  /** Index after the last token matched. */
  readonly next: number;
}

export class PhraseTrie<V> {
  private readonly root: Node<V> = { next: new Map() };
  private pending: Array<[string, V]> = [];
  private readonly keys = new Set<string>();

  /** Adds a phrase (tokenised like the text, compared lower-case). The first value added wins. */
  add(phrase: string, value: V): this {
    this.pending.push([phrase, value]);
    return this;
  }

  /**
   * Tokenises the phrases added so far, all in one string. Besides saving calls, this keeps
   * the tokenizer fast: phrases built with `+` or templates are rope strings, and a tokenizer
   * that has seen ropes reads every later text about 1.7 times slower. A joined string is flat.
   */
  private settle(): Node<V> {
    if (!this.pending.length) return this.root;
    const phrases = this.pending;
    this.pending = [];
    const tokens = tokenize(phrases.map(([phrase]) => phrase).join('\n'), false);
    let k = 0;
    let offset = 0;
    for (const [phrase, value] of phrases) {
      const end = offset + phrase.length;
      let node = this.root;
      let key: string | undefined;
      let symbol = false;
      for (; k < tokens.length && tokens[k]!.start < end; k++) {
        const t = tokens[k]!;
        let child = node.next.get(t.lower);
        if (!child) node.next.set(t.lower, (child = { next: new Map() }));
        node = child;
        if (t.kind === 'symbol') { key = t.lower; symbol = true; }
        else if (t.kind !== 'punct' && !symbol) key = t.lower;
      }
      if (key !== undefined) this.keys.add(key);
      if (node !== this.root && node.value === undefined) node.value = value;
      offset = end + 1;
    }
    return this.root;
  }

  /**
   * Longest phrase starting at `tokens[i]`. `accept` may veto a candidate (e.g. case rules);
   * a vetoed longer match falls back to a shorter one.
   */
  match(tokens: readonly Token[], i: number, accept?: (value: V, first: number, next: number) => boolean): PhraseMatch<V> | undefined {
    let node: Node<V> | undefined = this.settle();
    let best: PhraseMatch<V> | undefined;
    for (let j = i; j < tokens.length; j++) {
      node = node.next.get(tokens[j]!.lower);
      if (!node) break;
      if (node.value !== undefined && (!accept || accept(node.value, i, j + 1))) best = { value: node.value, first: i, next: j + 1 };
    }
    return best;
  }

  /** The lower-case first tokens of all phrases (for the tokenizer's word classes). */
  firstWords(): Iterable<string> {
    return this.settle().next.keys();
  }

  /**
   * The key word of each phrase: its symbol if it has one ("$" in "US$" and "$US"), else its
   * last word ("dollars" in "Hong Kong dollars", "c" in "p.c."). Every match contains the key
   * word of its phrase, so a text with none of them nearby cannot match. Symbols first, as
   * "$A" must not make every "a" a key.
   */
  keyWords(): Iterable<string> {
    this.settle();
    return this.keys;
  }

  /** True when some phrase starts with this token. */
  starts(token: Token): boolean {
    return this.settle().next.has(token.lower);
  }
}
