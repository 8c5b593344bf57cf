/**
 * An acronym subject stands for the full name written earlier: "RBNZ" after "the Reserve Bank
 * of New Zealand", "ECB" after "the European Central Bank". The full name is the most specific
 * mention, so it is the one given. Read only when a subject is an acronym; one linear pass over
 * the text before it, cached per acronym.
 */

/** Lower-case words inside a name that give no letter: "Bank of England", "Bank for International Settlements". */
const SKIPPED = new Set(['of', 'and', 'for', 'the', 'de', '&']);

export const isAcronymName = (name: string): boolean => {
  if (name.length < 2 || name.length > 6) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
};

interface Word { readonly start: number; readonly end: number; readonly first: string; readonly cap: boolean; readonly lower: string }

/** The words of text[0, end): letters, digits, `&`, `'`, `.`, `-` inside a word. */
function wordsOf(text: string, end: number): Word[] {
  const out: Word[] = [];
  let i = 0;
  while (i < end) {
    const c = text[i]!;
    if (!/[A-Za-z&]/.test(c)) {
      i++;
      continue;
    }
    const s = i;
    while (i < end && /[A-Za-z0-9&'.-]/.test(text[i]!)) i++;
    let e = i;
    while (e > s && /[.'-]/.test(text[e - 1]!)) e--;
    const w = text.slice(s, e);
    out.push({ start: s, end: e, first: w[0]!, cap: w[0]! >= 'A' && w[0]! <= 'Z', lower: w.toLowerCase() });
  }
  return out;
}

/** The full name `acronym` abbreviates, written in text before `before`: its span, or undefined. */
export function expandAcronym(text: string, acronym: string, before: number): { start: number; end: number } | undefined {
  const words = wordsOf(text, before);
  for (let i = 0; i < words.length; i++) {
    if (!words[i]!.cap || words[i]!.first !== acronym[0]) continue;
    let k = 0, j = i, last = i;
    while (j < words.length && k < acronym.length) {
      const w = words[j]!;
      // Only spaces between the words of one name.
      if (j > i && !/^ +$/.test(text.slice(words[j - 1]!.end, w.start))) break;
      if (j > i && SKIPPED.has(w.lower)) {
        j++;
        continue;
      }
      if (!w.cap || w.first !== acronym[k]) break;
      k++;
      last = j;
      j++;
    }
    // All letters, and the next word does not go on with the name.
    const next = words[last + 1];
    const joined = next && /^ +$/.test(text.slice(words[last]!.end, next.start)) && next.cap;
    if (k === acronym.length && last > i && !joined) return { start: words[i]!.start, end: words[last]!.end };
  }
  return undefined;
}
