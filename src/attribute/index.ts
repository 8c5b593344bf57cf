/**
 * The attribute stage: adds `about` to every money and percent figure: what it measures,
 * whose it is, which way it moved, when. Runs after link (it reads `equivalentOf` and the
 * linked `period`) and only with `extract(text, { attribution: true })`.
 *
 * Work is per sentence: the sentences that hold a money or percent figure are cut into
 * tokens; the others only have their first words read, to follow what the text is about
 * (for pronouns). Each field is decided in its own module:
 *   metric.ts  (lexicon/metrics.ts)      what is measured
 *   change.ts  (lexicon/change-verbs.ts) which way it moved; amount, target and base
 *   subject.ts (entities.ts, words.ts)   whose it is, pronouns included
 *   period.ts                            when
 */
import { sentenceIndex, sentenceStarts } from '../link/sentences';
import type { Figure } from '../types';
import { findChanges, type ChangeGroup } from './change';
import { changeCuesAt, isCueWord, metricCues } from './cues';
import { findMentions, type NameEvidence } from './entities';
import { adjustForUnit, findMetric, type MetricFound } from './metric';
import { findPeriod, isResolvedPeriod, lastPlainPeriod, type ResolvedPeriod } from './period';
import { candidates, pickSubject, resolve, toSubject, type Candidate, type Discourse, type Referent } from './subject';
import { sentenceTokens, type Tok } from './tokens';
import type { About, AboutChange, AboutPeriod, AboutSubject, ChangeRole } from './types';
import { isEquivalent, spanOf } from './util';

export type { About } from './types';

/** How far into a sentence without figures the subject is looked for. */
const HEAD_CHARS = 240;

/** Lower-case words of the document, built on first use. */
function evidence(text: string): NameEvidence {
  let lower: Set<string> | undefined;
  return {
    lowerSeen: (w) => {
      if (!lower) {
        lower = new Set();
        const re = /(?<![\p{L}\d])[a-z][a-z'-]*/gu;
        for (let m = re.exec(text); m; m = re.exec(text)) lower.add(m[0]);
      }
      return lower.has(w);
    },
    isCue: isCueWord,
  };
}

interface Work {
  about: {
    metric?: MetricFound;
    subject?: AboutSubject;
    change?: { group: ChangeGroup; role: ChangeRole };
    period?: AboutPeriod;
    why: string[];
  };
}

/** Returns `figures` with `about` added to the money and percent figures (new objects). */
export function attributeFigures(text: string, figures: readonly Figure[]): Figure[] {
  const amounts = figures.filter((f) => f.kind !== 'period');
  if (amounts.length === 0) return [...figures];
  const starts = sentenceStarts(text);
  const bySentence = new Map<number, Figure[]>();
  let last = 0;
  for (const f of figures) {
    const s = sentenceIndex(starts, f.span.start);
    const list = bySentence.get(s);
    if (list) list.push(f);
    else bySentence.set(s, [f]);
    if (f.kind !== 'period') last = Math.max(last, s);
  }
  const ev = evidence(text);
  const discourse: Discourse = { topicSentence: -1 };
  const work = new Map<Figure, Work['about']>();
  let previousPeriod: ResolvedPeriod | undefined;

  for (let s = 0; s <= last; s++) {
    const start = starts[s]!, end = starts[s + 1] ?? text.length;
    const figs = (bySentence.get(s) ?? []).slice().sort((a, b) => a.span.start - b.span.start);
    const hasAmounts = figs.some((f) => f.kind !== 'period');
    const sentence = sentenceTokens(text, start, hasAmounts ? end : Math.min(end, start + HEAD_CHARS), figs);
    const mentions = findMentions(text, sentence, ev);
    const cands = candidates(sentence.tokens, mentions, sentence.headline);
    // A blank line ends a paragraph: the sentence before is then not context.
    const sameParagraph = s > 0 && !/\n[ \t]*\n/.test(text.slice(Math.max(starts[s - 1]!, start - 400), start));
    if (hasAmounts) attributeSentence(text, sentence.tokens, cands, discourse, s, sameParagraph ? previousPeriod : undefined, work);
    // Follow the topic: the subject of the sentence's first clause that has one.
    const firstClause = cands.find((c) => !c.oblique)?.clause;
    const head = pickSubject(cands.filter((c) => c.clause === firstClause));
    const referent = head && resolve(head, undefined, discourse, s);
    if (referent) {
      discourse.topic = referent;
      discourse.topicSentence = s;
    }
    previousPeriod = hasAmounts || figs.length ? lastPlainPeriod(sentence.tokens) : undefined;
  }

  return figures.map((f) => {
    if (f.kind === 'period') return f;
    const w = work.get(f) ?? { why: [] };
    const about: Record<string, unknown> = {};
    if (w.metric) about.metric = w.metric.metric;
    if (w.subject) about.subject = w.subject;
    if (w.change && w.change.role !== 'base') about.direction = w.change.group.direction;
    if (w.change) about.change = changeOf(w.change.group, w.change.role);
    if (w.period) about.period = w.period;
    if (f.kind === 'money' && f.equivalentOf) about.equivalentOf = spanOf(f.equivalentOf);
    about.why = w.why;
    return Object.freeze({ ...f, about: Object.freeze(about as unknown as About) });
  });
}

function changeOf(g: ChangeGroup, role: ChangeRole): AboutChange {
  const out: { -readonly [K in keyof AboutChange]: AboutChange[K] } = {
    role,
    direction: g.direction,
    cue: { text: g.result ? `${g.cue.text} … ${g.result}` : g.cue.text, span: { start: g.cue.start, end: g.cue.end } },
  };
  for (const [f, r] of g.members) if (!out[r]) out[r] = spanOf(f.span);
  return out;
}

function attributeSentence(
  text: string,
  tokens: readonly Tok[],
  cands: readonly Candidate[],
  discourse: Discourse,
  s: number,
  previous: ResolvedPeriod | undefined,
  work: Map<Figure, Work['about']>,
): void {
  const cues = metricCues(tokens);
  const groups = findChanges(tokens);
  const index = new Map<Figure, number>();
  tokens.forEach((t, i) => t.figure && index.set(t.figure, i));
  const amounts = tokens.filter((t) => t.figure && t.figure.kind !== 'period').map((t) => t.figure!);

  // Stated equivalents share everything; a change group's members are related too.
  const partner = new Map<Figure, Figure>();
  for (const a of amounts) for (const b of amounts) if (a !== b && isEquivalent(a, b)) partner.set(a, b);
  const groupOf = new Map<Figure, { group: ChangeGroup; role: ChangeRole }>();
  for (const g of groups) for (const [f, role] of g.members) groupOf.set(f, { group: g, role });
  for (const [a, b] of partner) if (!groupOf.has(a) && groupOf.has(b)) groupOf.set(a, groupOf.get(b)!);
  const relatedTo = (f: Figure) => (g: Figure): boolean =>
    partner.get(f) === g || (groupOf.has(f) && groupOf.get(f)!.group === groupOf.get(g)?.group) || (partner.has(g) && groupOf.get(partner.get(g)!)?.group === groupOf.get(f)?.group && groupOf.has(f));
  const afterOf = (i: number): number => {
    const f = tokens[i]!.figure!;
    const p = partner.get(f);
    if (!p) return i + 1;
    const pi = index.get(p)!;
    if (pi < i || pi - i > 4) return i + 1;
    return tokens[pi + 1] && (tokens[pi + 1]!.text === ')' || tokens[pi + 1]!.text === ']') ? pi + 2 : pi + 1;
  };
  const isChangeWord = (i: number): boolean => changeCuesAt(tokens, i).length > 0;

  // Subject of each clause, resolved; for pronouns in later clauses and for rule 3.
  const clauseSubject = new Map<number, { ref: Referent; cand: Candidate }>();
  let earlier: Referent | undefined;
  for (const clause of [...new Set(cands.map((c) => c.clause))]) {
    const c = pickSubject(cands.filter((x) => x.clause === clause));
    const ref = c && resolve(c, earlier, discourse, s);
    if (c && ref) {
      clauseSubject.set(clause, { ref, cand: c });
      if (!c.pronoun || !earlier) earlier = ref;
    }
  }

  for (const f of amounts) {
    if (work.has(f) && partner.has(f)) continue;
    const at = index.get(f)!;
    const after = afterOf(at);
    const clause = tokens[at]!.clause;
    const why: string[] = [];
    const related = relatedTo(f);
    const change = groupOf.get(f);

    // metric
    let metric = adjustForUnit(f, findMetric({ text, tokens, cues, at, after, related, isChangeWord }));

    // subject
    let subject: AboutSubject | undefined;
    const earlierRef = [...clauseSubject.entries()].filter(([c]) => c < clause).pop()?.[1].ref;
    if (metric?.cue) {
      // 1. possessive on the metric: "ZTE's revenue", "its revenues", "sales at Apple"
      const owner = cands.find((c) => c.possessive && c.to <= metric!.cue!.from && metric!.cue!.from - c.to <= 4 && c.clause === tokens[metric!.cue!.from]!.clause && !tokens.slice(c.to, metric!.cue!.from).some((t) => t.kind !== 'word'))
        ?? cands.find((c) => c.from === metric!.cue!.to + 1 && tokens[metric!.cue!.to]?.lower === 'at');
      const ref = owner && resolve(owner, earlierRef, discourse, s);
      if (owner && ref) {
        subject = toSubject(ref, 'possessive', owner);
        why.push(`subject: "${ref.name}" owns the metric words`);
      }
    }
    if (!subject) {
      // 2. the clause's subject before the figure
      // Names after an earlier, unrelated figure of the clause are this figure's ("… Deal With
      // T-Mobile After Nokia Did Same and Nokia Reels In $3.5B"); else the whole clause.
      let from = 0;
      for (let k = at - 1; k >= 0 && tokens[k]!.clause === clause; k--) {
        const g = tokens[k]!.figure;
        if (g && g.kind !== 'period' && !related(g)) {
          from = k + 1;
          break;
        }
      }
      const inClause = cands.filter((x) => x.clause === clause && x.to <= at);
      const c = pickSubject(inClause.filter((x) => x.from >= from)) ?? pickSubject(inClause);
      const ref = c && resolve(c, earlierRef, discourse, s);
      if (c && ref) {
        subject = toSubject(ref, 'clause', c);
        why.push(`subject: "${ref.name}" is the subject of the figure's clause`);
      }
    }
    if (!subject && earlierRef) {
      // 3. an earlier clause's subject
      const e = [...clauseSubject.entries()].filter(([c]) => c < clause).pop()![1];
      subject = toSubject(e.ref, 'sentence', e.cand);
      why.push(`subject: "${e.ref.name}" is the subject of an earlier clause`);
    }
    if (!subject && discourse.topic) {
      // 4. the topic of the text so far
      subject = { name: discourse.topic.name, span: { start: discourse.topic.start, end: discourse.topic.end }, basis: 'topic' };
      why.push(`subject: "${discourse.topic.name}" is what the preceding sentences are about`);
    }

    // change
    if (change) why.push(`change: ${change.role} of "${change.group.cue.text}" → ${change.group.direction} (${change.group.rows.map((r) => r.id).join(', ')}: ${change.group.rows[0]!.reason})`);

    // period
    const found = findPeriod({ tokens, at, after, role: change?.role, related, previous, isBase: (g) => groupOf.get(g)?.role === 'base' && partner.get(f) !== g });
    let period = found?.period;
    if (found) why.push(found.why);
    else if (f.kind === 'money' && f.period && f.period.start && f.period.end) {
      const lp = f.period;
      period = { start: lp.start!, end: lp.end!, text: text.slice(lp.span.start, lp.span.end), span: spanOf(lp.span), basis: 'sentence' };
      why.push(`period: "${period.text}" from the link stage`);
    }

    if (metric) why.unshift(metric.why);
    const entry = { metric, subject, change, period, why };
    work.set(f, entry);
    const p = partner.get(f);
    if (p && !work.has(p)) work.set(p, { ...entry, why: [...why, 'shared with its stated equivalent'] });
  }

  // Shared fields: a change's members share its metric and period; a change without a metric
  // takes the one of the figure before it in the sentence ("…, after growing by 24%").
  let prev: Work['about'] | undefined;
  for (const f of amounts) {
    const w = work.get(f)!;
    if (w.change) {
      for (const [g] of w.change.group.members) {
        const o = work.get(g);
        if (!o || o === w) continue;
        if (!w.metric && o.metric && w.change.role !== 'base') {
          w.metric = o.metric;
          w.why.push(`metric: shared with its change ("${g.text}")`);
        }
        if (!w.period && o.period && w.change.role !== 'base' && o.change?.role !== 'base') {
          w.period = { ...o.period, basis: 'shared' };
          w.why.push(`period: shared with its change ("${g.text}")`);
        }
      }
      if (!w.metric && prev?.metric) {
        w.metric = prev.metric;
        w.why.push('metric: a change without its own metric words takes the one of the figure before it');
      }
    }
    if (!w.metric) {
      w.metric = { metric: { category: 'other' }, why: 'metric: no metric words tied to the figure → other' };
      w.why.unshift(w.metric.why);
    }
    const p = partner.get(f);
    if (p && work.get(p) !== w) {
      const o = work.get(p)!;
      o.metric ??= w.metric;
      o.period ??= w.period;
      o.change ??= w.change;
      o.subject ??= w.subject;
    }
    prev = w;
  }
}
