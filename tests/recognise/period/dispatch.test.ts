/**
 * readPeriods skips number rules by their `digits` and `after` declarations (and count
 * rules after a one-word count). A declaration that is narrower than what the rule's
 * reader accepts would silently lose periods, so this checks the declarations against the
 * readers themselves: every match a reader makes from a number (or a lone count word)
 * must start with a length and a next token its rule declares.
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/scan/tokens';
import { anaphoraRules } from '../../../src/recognise/period/anaphora';
import { dayRules } from '../../../src/recognise/period/day';
import { fiscalRules } from '../../../src/recognise/period/fiscal';
import { halfRules } from '../../../src/recognise/period/half';
import { monthRules } from '../../../src/recognise/period/month';
import { monthsEndedRules } from '../../../src/recognise/period/months-ended';
import { quarterRules } from '../../../src/recognise/period/quarter';
import { relativeRules } from '../../../src/recognise/period/relative';
import { weekRules } from '../../../src/recognise/period/week';
import { yearRules } from '../../../src/recognise/period/year';
import type { Rule } from '../../../src/recognise/period/read';

const RULES: readonly Rule[] = [
  ...anaphoraRules, ...fiscalRules, ...monthsEndedRules, ...quarterRules, ...halfRules, ...weekRules,
  ...dayRules, ...monthRules, ...yearRules, ...relativeRules,
];

const afterOf = (r: Rule): { any: Set<string>; glued: Set<string> } => ({ any: new Set(r.after?.any), glued: new Set(r.after?.glued) });

/** What may follow the start, and what may come after that. */
const FOLLOWERS = [
  'months', 'month', 'weeks', 'years', 'qtrs', 'days', 'fortnight', 'and', 'upcoming', 'next', 'of', 'in', 'the', 'this', 'last',
  'previous', 'following', 'past', 'day', 'june', 'Oct', 'sept', 'ad', 'AD', 'a', 'st', 'nd', 'rd', 'th', 'q', 'Q', 'h', 'H',
  'pct', 'mln', 'shares', 'to', 'ago', 'ended', 'quarter', 'half', 'week', '-', '\u2013', '/', '.', ',', "'", ':', '(',
];
const TAILS = [
  '', ' ended June 30, 2019', ' month', ' next month', ' of next month', ' 2019', '19', '2019', '-Oct-74', 'Oct.74', 'Oct/1974', '/2019',
  '/15', '.d.', ' ago', ' ended March 1987', ' quarter', ' quarter of 2019', ' of 2019', ' October', ' October 2015', ' of October',
  ' day', ' day of May', ' week of June 2020', ' and nine months ended June 30', 'month period ended June 30', 'year ended March 1987',
  '3-3', '3/15', '12/2019', 'aug-01',
];
const NUMBERS = ['1', '3', '12', '31', '104', '2019', '1987', '0'];
const COUNT_WORDS = ['one', 'two', 'six', 'nine', 'twelve', 'eighteen'];

/** Token index of the first token starting at or after character `at`. */
const tokenAt = (toks: ReturnType<typeof tokenize>, at: number): number => toks.findIndex((t) => t.start >= at);

function* cases(starts: readonly string[]): Generator<[text: string, at: number]> {
  for (const lead of ['', 'on the ', 'in ']) {
    for (const s of starts) {
      for (const f of FOLLOWERS) {
        for (const sep of [' ', '']) {
          for (const tail of TAILS) yield [`${lead}${s}${sep}${f}${tail}`, lead.length];
        }
      }
    }
  }
}

describe('period dispatch declarations', () => {
  it('every number rule matches only numbers of its digits, followed as its `after` says', () => {
    let matched = 0;
    for (const rule of RULES.filter((r) => r.numbers && (r.digits || r.after))) {
      const { any, glued } = afterOf(rule);
      for (const [text, at] of cases(NUMBERS)) {
        const toks = tokenize(text);
        const i = tokenAt(toks, at);
        const t = toks[i]!;
        if (t.kind !== 'number' || !/^\d+$/.test(t.text)) continue;
        let m;
        try { m = rule.read(toks, i); } catch { m = undefined; }
        if (!m || m.next <= i) continue;
        matched++;
        const len = t.text.length;
        if (rule.digits) expect([rule.id, text, len >= rule.digits[0] && len <= rule.digits[1]]).toEqual([rule.id, text, true]);
        if (rule.after && len <= 4) {
          const n = toks[i + 1];
          const ok = !!n && ((n.kind === 'word' && (any.has(n.lower) || (!n.space && glued.has(n.lower)))) || (n.kind === 'punct' && !n.space && glued.has(n.text)));
          expect([rule.id, text, ok]).toEqual([rule.id, text, true]);
        }
      }
    }
    // The cases do reach the readers.
    expect(matched).toBeGreaterThan(500);
  });

  it('every count rule matches a lone count word only before what its `after` says', () => {
    let matched = 0;
    for (const rule of RULES.filter((r) => r.count && r.after)) {
      const { any, glued } = afterOf(rule);
      for (const [text, at] of cases(COUNT_WORDS)) {
        const toks = tokenize(text);
        const i = tokenAt(toks, at);
        let m;
        try { m = rule.read(toks, i); } catch { m = undefined; }
        if (!m || m.next <= i) continue;
        matched++;
        const n = toks[i + 1];
        const ok = !!n && ((n.kind === 'word' && (any.has(n.lower) || (!n.space && glued.has(n.lower)))) || (n.kind === 'punct' && !n.space && glued.has(n.text)));
        expect([rule.id, text, ok]).toEqual([rule.id, text, true]);
      }
    }
    expect(matched).toBeGreaterThan(50);
  });
});
