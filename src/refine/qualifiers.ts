/**
 * Hedges written just before a figure ("about $5m", "more than 20%"). They are kept on the
 * figure, outside its span, so the value stays what the text wrote.
 */
import { QUALIFIER_PHRASES } from '../lexicon/qualifiers';
import type { Token } from '../scan/tokens';
import type { Qualifier } from '../types';

interface Node {
  type?: Qualifier['type'];
  readonly before: Map<string, Node>;
}

/**
 * The phrases as a trie read backwards from their last word ("than" → "more" → …), so a
 * figure's qualifier is found by walking back from it without building phrase strings.
 */
const BACKWARDS: Node = (() => {
  const root: Node = { before: new Map() };
  for (const [phrase, type] of Object.entries(QUALIFIER_PHRASES)) {
    let node = root;
    for (const word of phrase.split(' ').reverse()) {
      let next = node.before.get(word);
      if (!next) node.before.set(word, (next = { before: new Map() }));
      node = next;
    }
    node.type ??= type;
  }
  return root;
})();

/** The longest qualifier phrase ending right before `tokens[first]`. */
export function readQualifier(text: string, tokens: readonly Token[], first: number): Qualifier | undefined {
  let node: Node | undefined = BACKWARDS;
  let found: Qualifier | undefined;
  for (let k = first - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') break;
    node = node.before.get(t.lower);
    if (!node) break;
    if (node.type) {
      const end = tokens[first - 1]!.end;
      found = { type: node.type, text: text.slice(t.start, end), span: { start: t.start, end } };
    }
  }
  return found;
}
