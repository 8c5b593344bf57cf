/**
 * Figures in a table set out in plain text, as press releases and results notes print them:
 *
 *                     Q2 2025   Q2 2024   Change
 *   Revenue             226.3     211.4     7.0%
 *   Net profit           22.6       5.1     343%
 *
 * A figure in a row takes the period of the header cell above its column ("Q2 2024"; a day
 * under "Three Months Ended" is the quarter to that day), the metric of a header cell that
 * names one ("Revenue   Change   Operating profit"), else the metric of the row's first figure;
 * a figure under "Change" is the change of the row's measure over the first period column,
 * up or down by its sign. The figures are the company's the story is about, unless the row's
 * label names who they belong to ("Goldman Sachs   812.4   +22%"); a place there is one of the
 * company's markets. Sentences read a table as one run of words, so without this pass every
 * cell would take the period written last before it, and the subject of the prose above.
 *
 * Columns are matched by character position: cells are cut at runs of two or more spaces
 * (or a tab), and a figure's cell belongs to the header cell it overlaps most.
 */
import { sentenceIndex } from '../link/sentences';
import { daysInMonth } from '../resolve/period/calendar';
import type { Figure, PeriodFigure } from '../types';
import { metricCues } from './cues';
import type { WorkAbout } from './shared';
import { isPlaceName } from './story';
import type { Referent } from './subject';
import { sentenceTokens } from './tokens';
import type { AboutChange, AboutPeriod } from './types';

/** Two cells on one line: the cheap test that a text may hold a table at all. */
const TABLE_HINT = /\S(?: {2,}|\t)[^\s]/;

/** Header words of a column of changes: "Change", "% chg", "YoY", "+/-". */
const CHANGE_HEADER = /^(?:%\s*)?(?:change|chg\.?|yoy|y\/y|y-o-y|growth|var\.?|variance|\+\/-)(?:\s*\(%\))?$/i;

/** A figure written with a plus or minus sign. */
const SIGNED = /^[+\-\u2212]/;

/** A line above the header that makes a day below it the end of months: "Three Months Ended". */
const MONTHS_ENDED = /\b(three|six|nine|twelve|3|6|9|12)[ -]months?\s+ended\b|\b(quarter|year)\s+ended\b/i;
const MONTH_COUNTS: Readonly<Record<string, number>> = { three: 3, six: 6, nine: 9, twelve: 12, '3': 3, '6': 6, '9': 9, '12': 12, quarter: 3, year: 12 };

/** How many lines above a row its header may be, and how many blank lines may stand between. */
const HEADER_REACH = 12;
const BLANKS_ALLOWED = 1;

interface Cell {
  /** Offsets in the text. */
  readonly start: number;
  readonly end: number;
  /** Columns on the line. */
  readonly col0: number;
  readonly col1: number;
}

/** The cells of the line `text[from, to)`: runs of text between two or more spaces, or a tab. */
function cellsOf(text: string, from: number, to: number): Cell[] {
  const cells: Cell[] = [];
  let i = from;
  while (i < to) {
    while (i < to && (text[i] === ' ' || text[i] === '\t')) i++;
    if (i >= to) break;
    const start = i;
    let end = i;
    while (i < to) {
      const c = text[i]!;
      if (c === '\t' || (c === ' ' && (text[i + 1] === ' ' || text[i + 1] === '\t' || i + 1 >= to))) break;
      i++;
      if (c !== ' ') end = i;
    }
    cells.push({ start, end, col0: start - from, col1: end - from });
  }
  return cells;
}

/** The index of the last of `sorted` (ascending) at or before `at`; -1 when none is. */
function lastAtOrBefore(sorted: readonly number[], at: number): number {
  const k = sentenceIndex(sorted, at);
  return sorted[k] !== undefined && sorted[k]! <= at ? k : -1;
}

const overlap = (a: Cell, b: Cell): number => Math.min(a.col1, b.col1) - Math.max(a.col0, b.col0);

/** The header cell above `cell`: the one it overlaps most. */
function columnHead(head: readonly Cell[], cell: Cell): number {
  let best = -1, most = 0;
  for (let k = 0; k < head.length; k++) {
    const o = overlap(head[k]!, cell);
    if (o > most) { most = o; best = k; }
  }
  return best;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The `months` months up to a day that ends its month ("Three Months Ended / Sept. 30, 2025"). */
function monthsTo(end: string, months: number): string | undefined {
  const y = Number(end.slice(0, 4)), m = Number(end.slice(5, 7)), d = Number(end.slice(8, 10));
  if (d !== daysInMonth(y, m)) return undefined;
  const first = y * 12 + (m - 1) - (months - 1);
  return `${Math.floor(first / 12)}-${pad((first % 12) + 1)}-01`;
}

/**
 * Gives the figures of each table row in `figures` (text order) what their column's header says,
 * in `work`. `owner`: the company the story is about, for the figures of a row whose label names
 * no one.
 */
export function matchTableColumns(text: string, figures: readonly Figure[], work: Map<Figure, WorkAbout>, owner: () => Referent | undefined): void {
  if (!TABLE_HINT.test(text)) return;
  const lineStarts: number[] = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1);
  const lineEnd = (li: number): number => (li + 1 < lineStarts.length ? lineStarts[li + 1]! - 1 : text.length);
  const cellCache = new Map<number, Cell[]>();
  const cells = (li: number): Cell[] => {
    let c = cellCache.get(li);
    if (!c) { c = cellsOf(text, lineStarts[li]!, lineEnd(li)); cellCache.set(li, c); }
    return c;
  };
  const amounts = figures.filter((f) => f.kind !== 'period');
  const periods = figures.filter((f): f is PeriodFigure => f.kind === 'period' && f.start !== undefined && f.end !== undefined);
  const periodStarts = periods.map((p) => p.span.start);
  const amountStarts = amounts.map((f) => f.span.start);
  const amountLines = new Set(amountStarts.map((at) => lastAtOrBefore(lineStarts, at)));
  const periodIn = (c: Cell): PeriodFigure | undefined => {
    const k = lastAtOrBefore(periodStarts, c.end - 1);
    const p = periods[k];
    return p && p.span.start >= c.start && p.span.end <= c.end ? p : undefined;
  };

  /**
   * The header line of the table row `li`: the nearest line above it, past the table's other rows
   * and one blank line, with two cells or more and no amount; none past a line of prose.
   */
  const headers = new Map<number, number | undefined>();
  const headerOf = (li: number): number | undefined => {
    if (headers.has(li)) return headers.get(li);
    let found: number | undefined, blanks = 0;
    for (let k = li - 1; k >= 0 && k >= li - HEADER_REACH; k--) {
      const cs = cells(k);
      if (cs.length === 0) { if (++blanks > BLANKS_ALLOWED) break; continue; }
      if (amountLines.has(k)) { if (cs.length < 3) break; continue; }
      if (cs.length >= 2) found = k;
      break;
    }
    headers.set(li, found);
    return found;
  };

  /**
   * The caption of the table row `li`: a line ending in a colon right above the table ("Comparable
   * sales for the periods were as follows:"), past its header and any line of units.
   */
  const captionOf = (li: number): Cell | undefined => {
    let blanks = 0, lines = 0;
    for (let k = li - 1; k >= 0 && k >= li - HEADER_REACH; k--) {
      const cs = cells(k);
      if (cs.length === 0) { if (++blanks > BLANKS_ALLOWED) return undefined; continue; }
      if (cs.length >= 2) continue;
      const c = cs[0]!;
      if (text[c.end - 1] === ':') return c;
      if (++lines >= 2) return undefined;
    }
    return undefined;
  };

  for (const f of amounts) {
    const li = lastAtOrBefore(lineStarts, f.span.start);
    const row = cells(li);
    if (row.length < 3) continue;
    const ci = row.findIndex((c) => c.start <= f.span.start && f.span.end <= c.end);
    // (The row's label is its first cell: a figure there names the row, "Q2 2025 revenue".)
    if (ci <= 0) continue;
    let w = work.get(f);
    const h = headerOf(li);
    const hk = h === undefined ? -1 : columnHead(cells(h), row[ci]!);
    if (h === undefined || hk < 0) {
      // No header over its column: the metric a caption names, when the row's own words name none.
      const caption = !w?.metric || w.metric.metric.category === 'other' ? captionOf(li) : undefined;
      const named = caption ? metricOfCell(text, caption, true) : undefined;
      if (named) {
        if (!w) { w = { why: [] }; work.set(f, w); }
        w.metric = named;
        w.why.push(`metric: "${named.metric.label ?? ''}", named by the table's caption`);
      }
      continue;
    }
    const head = cells(h);
    if (!w) { w = { why: [] }; work.set(f, w); }
    const hc = head[hk]!;
    const headText = text.slice(hc.start, hc.end);
    // The period of a column: its own, or the first period column's for a column of changes.
    const change = CHANGE_HEADER.test(headText);
    let pk = hk;
    if (change) pk = head.findIndex((c) => periodIn(c) !== undefined);
    const p = pk >= 0 ? periodIn(head[pk]!) : undefined;
    if (p) {
      let start = p.start!;
      // "Three Months Ended" on a line above the header: a day under it ends that many months.
      if (p.start === p.end && h > 0) {
        const above = text.slice(lineStarts[Math.max(0, h - 2)]!, lineStarts[h]!);
        const m = MONTHS_ENDED.exec(above);
        const n = m ? MONTH_COUNTS[(m[1] ?? m[2])!.toLowerCase()] : undefined;
        const from = n ? monthsTo(p.end!, n) : undefined;
        if (from) start = from;
      }
      const period: AboutPeriod = { start, end: p.end!, text: p.text, span: { start: p.span.start, end: p.span.end }, basis: 'sentence' };
      w.period = period;
      w.why.push(`period: "${p.text}", the header of ${change ? 'the first column of the table its column of changes compares' : 'its column of the table'}`);
    }
    // (A percentage written with its sign, "+1.8%", "-0.4%" under "Week" or "YTD", states a change too.)
    const signed = f.kind === 'percent' && (SIGNED.test(f.text) || text[f.span.start - 1] === '+');
    if (change || signed) {
      const value = f.kind === 'money' ? f.amount : f.kind === 'percent' ? f.value : 0;
      if (value !== 0 && !w.change) {
        const stated: AboutChange = { role: 'amount', direction: value < 0 ? 'down' : 'up', cue: { text: headText, span: { start: hc.start, end: hc.end } } };
        w.column = stated;
        w.why.push(`change: under "${headText}", ${stated.direction} by its sign`);
      }
    }
    const label = row[0]!;
    const own = w.subject && w.subject.span.start >= label.start && w.subject.span.end <= label.end && !isPlaceName(w.subject.name);
    const company = own ? undefined : owner();
    if (company && company.start < f.span.start && company.name !== w.subject?.name) {
      w.subject = { name: company.name, span: { start: company.start, end: company.end }, basis: 'topic' };
      w.why.push(`subject: "${company.name}", the company the story is about, whose table it is`);
    }
    // The metric a header cell names ("Revenue   Change   Operating profit"); for a column of
    // changes, the one of the column before it. Else the row's first figure's.
    const named = metricOfCell(text, change && hk > 0 ? head[hk - 1]! : hc);
    if (named) {
      w.metric = named;
      w.why.push(`metric: "${named.metric.label ?? ''}", the header of its column`);
    } else if (!w.metric || w.metric.metric.category === 'other') {
      const k = lastAtOrBefore(amountStarts, row[1]!.start - 1) + 1;
      const first = amounts[k] !== f && amounts[k]!.span.start < f.span.start ? amounts[k] : undefined;
      const m = first ? work.get(first)?.metric : undefined;
      if (m && m.metric.category !== 'other') {
        w.metric = m;
        w.why.push('metric: its row\'s, as the first figure of the row reads it');
      } else {
        const caption = captionOf(li);
        const c = caption ? metricOfCell(text, caption, true) : undefined;
        if (c) {
          w.metric = c;
          w.why.push(`metric: "${c.metric.label ?? ''}", named by the table's caption`);
        }
      }
    }
  }
}

/**
 * The metric a header cell's words name ("Revenue", "Operating profit"), when they open with
 * one; `anywhere`: in a caption, the first they name.
 */
function metricOfCell(text: string, c: Cell, anywhere = false): WorkAbout['metric'] {
  const tokens = sentenceTokens(text, c.start, c.end, []).tokens;
  const cue = metricCues(tokens)[0];
  if (!cue || (cue.from !== 0 && !anywhere)) return undefined;
  const span = { start: tokens[cue.from]!.start, end: tokens[cue.to - 1]!.end };
  return { metric: { category: cue.row.category, label: text.slice(span.start, span.end), span }, cue, why: `"${cue.phrase}" heads the column` };
}
