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

  /** Adds a phrase (tokenised like the text, compared lower-case). The first value added wins. */
  add(phrase: string, value: V): this {
    let node = this.root;
    for (const t of tokenize(phrase, false)) {
      let child = node.next.get(t.lower);
      if (!child) node.next.set(t.lower, (child = { next: new Map() }));
      node = child;
    }
    if (node !== this.root && node.value === undefined) node.value = value;
    return this;
  }

  /**
   * Longest phrase starting at `tokens[i]`. `accept` may veto a candidate (e.g. case rules);
   * a vetoed longer match falls back to a shorter one.
   */
  match(tokens: readonly Token[], i: number, accept?: (value: V, first: number, next: number) => boolean): PhraseMatch<V> | undefined {
    let node: Node<V> | undefined = this.root;
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
    return this.root.next.keys();
  }

  /** True when some phrase starts with this token. */
  starts(token: Token): boolean {
    return this.root.next.has(token.lower);
  }
}
