/**
 * Takeover stories: the company a deal buys, for "valuing the company at …" after it.
 */
import { BUYING_VERBS, DEAL_NOUNS, MERGED_WORDS, TAKING_VERBS } from '../lexicon/deals';
import type { CueMatch } from './cues';
import type { MetricRow } from '../lexicon/metrics';
import type { Candidate } from './subject';
import type { Tok } from './tokens';

/** The valuing cues whose words between name what is valued: "valuing the company at". */
const VALUING: ReadonlySet<string> = new Set(['valuing * at', 'values * at', 'valued * at']);
/** Those and "value * at": a name between their words owns the market value ("its bid valued TMOC at"). */
export const VALUED_BETWEEN: ReadonlySet<string> = new Set([...VALUING, 'value * at']);
/** How many words may stand between the verb or "for"/"of" and the company's name: "buy Dutch rival Oostmeer". */
const TARGET_REACH = 7;

/**
 * "Halvern agreed to buy Oostmeer NV for €41.20 a share, valuing the company at €6.8bn": a
 * description or "it" valued in a sentence that buys a company is that company (not the buyer
 * that is the clause's subject). Undefined when a name is valued ("valuing Oostmeer at" is read
 * as usual), when what is valued is the merged company ("the combined group"), or when the
 * sentence names no company bought before the cue.
 */
export function valuedTarget(tokens: readonly Tok[], cands: readonly Candidate[], cue: CueMatch<MetricRow>): Candidate | undefined {
  if (cue.row.id !== 'market-value') return undefined;
  const to = VALUING.has(cue.phrase) ? cue.to : cue.phrase === 'valuing' ? longDescriptionAt(tokens, cue.to) : -1;
  if (to < 0) return undefined;
  const first = tokens[cue.from + 1]?.lower;
  if (first !== 'it' && first !== 'the') return undefined;
  for (let k = cue.from + 1; k < to - 1; k++) if (MERGED_WORDS.has(tokens[k]!.lower)) return undefined;
  if (cands.some((c) => c.mention && !c.pronoun && c.from > cue.from && c.from < to)) return undefined;
  for (let n = cands.length - 1; n >= 0; n--) {
    const c = cands[n]!;
    if (c.to > cue.from || !c.mention || c.pronoun || c.person || c.mention.kind === 'place' || c.mention.kind === 'person') continue;
    if (boughtAt(tokens, c)) return c;
  }
  return undefined;
}

/** How many lower-case words a description between "valuing the" and "at" may run: "the pub and hotel operator". */
const DESCRIPTION_REACH = 6;

/**
 * "valuing the pub and hotel operator at £1.9bn": a description longer than the cue's wildcard
 * after a bare "valuing" at `k` ("the" and lower-case words, then "at"). The index after "at",
 * or -1.
 */
function longDescriptionAt(tokens: readonly Tok[], k: number): number {
  if (tokens[k]?.lower !== 'the') return -1;
  for (let j = k + 1; j <= k + DESCRIPTION_REACH && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.lower === 'at') return j > k + 1 ? j + 1 : -1;
    if (t.kind !== 'word' || t.cap) return -1;
  }
  return -1;
}

/** Is the name `c` what a deal buys: after a buying verb, "offer for", "takeover of", or in "take … private"? */
function boughtAt(tokens: readonly Tok[], c: Candidate): boolean {
  for (let j = c.from - 1; j >= 0 && j >= c.from - TARGET_REACH; j--) {
    const t = tokens[j]!;
    if (t.kind !== 'word' && t.text !== '-') return false;
    if (BUYING_VERBS.has(t.lower)) return true;
    if (TAKING_VERBS.has(t.lower)) return tokens[c.to]?.lower === 'private';
    if ((t.lower === 'for' || t.lower === 'of') && DEAL_NOUNS.has(tokens[j - 1]?.lower ?? '')) return true;
  }
  return false;
}
