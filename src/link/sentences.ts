/**
 * Sentence boundaries, good enough to keep links and checks inside one sentence: a `.`, `!`
 * or `?` followed by space and a capital, quote, bracket or digit ends a sentence unless the
 * word before it is a known abbreviation or a single letter (`U.S.`); a blank line always
 * does. Decimal points are never boundaries (no space follows them).
 */
const ABBREVIATIONS = new Set(
  ('corp co inc ltd plc llc mr mrs ms dr st no nos vs approx est jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'gov sen rep gen col lt sgt prof jr sr bros dept fig mt ft ave blvd e.g i.e cf al ag sa nv bhd')
    .split(' '),
);

const END = /[.!?]["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])|\n[ \t]*\n/g;

const WORD_CHAR = /[A-Za-z.]/;

/**
 * The run of letters and dots ending at `end`, looking back at most 12 characters (`U.S`,
 * `Corp`, `e.g`). A backward scan: an unanchored `/[A-Za-z.]+$/` retries from every start.
 */
function wordBefore(text: string, end: number): string {
  const limit = Math.max(0, end - 12);
  let start = end;
  while (start > limit && WORD_CHAR.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

/** Start offsets of the sentences of `text` (the first is 0), ascending. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  END.lastIndex = 0;
  for (let m = END.exec(text); m; m = END.exec(text)) {
    if (m[0][0] === '.') {
      const before = wordBefore(text, m.index);
      const word = before.toLowerCase().replace(/^\.+/, '');
      if (ABBREVIATIONS.has(word) || /^[a-z]$/i.test(word) || /^(?:[a-z]\.)+[a-z]$/i.test(word)) continue;
    }
    let next = m.index + m[0].length;
    while (next < text.length && /\s/.test(text[next]!)) next++;
    if (next < text.length && next > starts[starts.length - 1]!) starts.push(next);
  }
  return starts;
}

/** Index of the sentence containing `offset`. */
export function sentenceIndex(starts: readonly number[], offset: number): number {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
