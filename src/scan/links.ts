/**
 * Web addresses and e-mail addresses in a text. Press releases and modern articles end with
 * links ("www.acme.com/ir/q4-2023", "https://x.com/files/Q3_2024_10pct.pdf",
 * "q4results@acme.com") whose parts read as figures. The tokenizer makes each one a single
 * inert token, so no recogniser starts or ends inside it.
 *
 * Linear: each search below moves forward through the text, a link is measured once, and
 * the look-backs are bounded.
 */

/** How far back from "://", "@" or "/" a scheme, mailbox or host may start. */
const MAX_SCHEME = 10;
const MAX_MAILBOX = 64;
const MAX_HOST = 253;

const isLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isAlnum = (c: number): boolean => isLower(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
/** A character of a host name: letters, digits, hyphens and dots. */
const isHostChar = (c: number): boolean => isAlnum(c) || c === 0x2d || c === 0x2e;
/** A character of a mailbox name before "@". */
const isMailboxChar = (c: number): boolean => isAlnum(c) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;

/** A character a link cannot hold: whitespace, quotes, angle brackets, or anything past ASCII. */
const endsLink = (c: number): boolean => c <= 0x20 || c >= 0x7f || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x60;

/** Punctuation that closes the sentence around a link rather than belonging to it. */
const isTrailing = (c: number): boolean =>
  c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x27 || c === 0x29 || c === 0x5d;

/** Where a link that starts at `from` ends: the run of link characters, less sentence punctuation after it. */
function linkEnd(text: string, from: number): number {
  let end = from;
  let open = 0;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (endsLink(c)) break;
    if (c === 0x28) open++;
    else if (c === 0x29) open--;
    end++;
  }
  // "(see www.acme.com/ir)." keeps neither the ")" nor the "."; a link's own "(…)" stays.
  while (end > from) {
    const c = text.charCodeAt(end - 1);
    if (!isTrailing(c) || (c === 0x29 && open >= 0)) break;
    if (c === 0x29) open++;
    end--;
  }
  return end;
}

/** Whether a host name ends at `end` (exclusive) with a top-level domain: ".com", ".co.uk", ".io". */
function hostStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && end - i < 6 && isLower(text.charCodeAt(i - 1))) i--;
  if (end - i < 2 || i < 2 || text.charCodeAt(i - 1) !== 0x2e || !isAlnum(text.charCodeAt(i - 2))) return -1;
  let start = i - 1;
  while (start > 0 && end - start < MAX_HOST && isHostChar(text.charCodeAt(start - 1))) start--;
  // A host starts with a letter or digit ("...acme.com" is no host before its dots).
  while (start < end && !isAlnum(text.charCodeAt(start))) start++;
  return start;
}

/** Whether the character before `i` lets a link start at `i` (not the middle of a word). */
const startsFree = (text: string, i: number): boolean => i === 0 || !isHostChar(text.charCodeAt(i - 1));

/**
 * The links of `text` as flat `[start, end, start, end, …]` pairs in text order, not
 * overlapping. Empty for most texts: each kind of link is looked for only when its mark
 * ("://", "www.", "@", "/") occurs.
 */
export function findLinks(text: string): number[] {
  const found: [number, number][] = [];
  /** Notes a link and returns where the search for its kind goes on: past it, so no link is measured twice. */
  const add = (start: number, end: number): number => {
    found.push([start, end]);
    return end;
  };
  // "https://…", "ftp://…": the scheme's letters before "://".
  for (let at = text.indexOf('://'); at >= 0; at = text.indexOf('://', at + 3)) {
    let s = at;
    while (s > 0 && at - s < MAX_SCHEME && isLower(text.charCodeAt(s - 1) | 0x20)) s--;
    if (at - s >= 2 && startsFree(text, s)) at = add(s, linkEnd(text, at + 3)) - 3;
  }
  // "www.acme.com": no scheme.
  for (const mark of ['www.', 'WWW.']) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 4)) {
      if (startsFree(text, at) && at + 4 < text.length && isAlnum(text.charCodeAt(at + 4))) at = add(at, linkEnd(text, at)) - 4;
    }
  }
  // "ir@acme.com": a mailbox glued to a host with a top-level domain.
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && at - s < MAX_MAILBOX && isMailboxChar(text.charCodeAt(s - 1))) s--;
    if (s === at || !startsFree(text, s)) continue;
    let host = at + 1;
    while (host < text.length && isHostChar(text.charCodeAt(host))) host++;
    // (A host ending in a dot, "ir@acme.com.", ends before it.)
    while (host > at + 1 && text.charCodeAt(host - 1) === 0x2e) host--;
    if (hostStart(text, host) > at) at = add(s, linkEnd(text, at + 1)) - 1;
  }
  // "acme.com/ir/q4": a host with a top-level domain, then a path.
  for (let at = text.indexOf('/'); at >= 0; at = text.indexOf('/', at + 1)) {
    const s = hostStart(text, at);
    if (s >= 0 && startsFree(text, s)) at = add(s, linkEnd(text, s)) - 1;
  }
  return merge(found);
}

/** The links in text order, each one kept only when it starts past the end of the one before. */
function merge(found: [number, number][]): number[] {
  if (found.length === 0) return [];
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: number[] = [];
  let last = -1;
  for (const [s, e] of found) {
    if (s < last || e <= s) continue;
    out.push(s, e);
    last = e;
  }
  return out;
}
