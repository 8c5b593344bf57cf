/**
 * Results rows in the newswire's table form: one measure a line, this period's figure, then
 * "vs" and the same period a year before's. Lines that are only a period head the rows below:
 *
 *   Qtr ended March 31
 *   Shr 42 cts vs 37 cts
 *   Net 12.4 mln dlrs vs 10.9 mln dlrs
 *   Nine mths
 *   Shr 1.18 dlrs vs 1.02 dlrs
 *
 * Sentences break at each line, and a blank line stands between the rows, so without this pass
 * the heading's period reaches no row: each row is a paragraph of its own. A row's figures before
 * "vs" take the heading's period, those after it the same months a year back. A heading written
 * as a length alone ("Year", "Six mths", "Nine mths") is that many months to the end of the
 * heading period before it (a fourth quarter's "Year" ends with the quarter); with no heading
 * period before it, it dates nothing (the wire puts the first block's period in the headline).
 * A block ends at the next heading or at a line that is no row (a note in prose: "NOTE: …").
 * A heading read as a period not yet ended by the reference date dates no row: results are of
 * periods that have ended.
 * A figure whose own line or clause writes a period keeps it.
 */
import { daysInMonth, shiftMonths, toISO, wholeMonths, ymd, type Interval, type YMD } from '../resolve/period/calendar';
import type { Figure, PeriodFigure } from '../types';
import type { WorkAbout } from './shared';

/** Row labels open a line and are short: "Shr", "Oper net loss", "Revs", "Pretax profit". */
const ROW = /^[ \t]*[A-Z][A-Za-z.,'&/ -]{0,40}?\s(?:[-(]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|nil)\b)/i;
/** A note or other prose after the rows. */
const NOTE = /^[ \t]*(?:note|notes|nb)\b/i;
/** A row's longest line; longer ones are prose. */
const ROW_CHARS = 120;
/** Headings written as a length of time alone, and their months. */
const LENGTH_HEADING = /^(?:(year|twelve mths|12 mths|twelve months|12 months)|(six|nine|three) (?:mths|months))$/i;
const LENGTH_MONTHS: Readonly<Record<string, number>> = { six: 6, nine: 9, three: 3 };
/** The word before a row's column of the year before: "vs"; and before a total of this period's: "making". */
const VERSUS = /\s(?:vs\.?|versus)\s/gi;
const MAKING = /\smaking\s/gi;

/** The offset after the last match of `re` in `text[from, to)`, or -1. */
function lastMatch(re: RegExp, text: string, from: number, to: number): number {
  re.lastIndex = 0;
  const s = text.slice(from, to);
  let at = -1;
  for (let m = re.exec(s); m; m = re.exec(s)) at = from + m.index;
  return at;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The `months` months to the end of the month `end` falls in; undefined unless `end` is a month's last day. */
function monthsTo(end: string, months: number): { start: string; end: string } | undefined {
  const y = Number(end.slice(0, 4)), m = Number(end.slice(5, 7)), d = Number(end.slice(8, 10));
  if (d !== daysInMonth(y, m)) return undefined;
  const first = y * 12 + (m - 1) - (months - 1);
  return { start: `${Math.floor(first / 12)}-${pad((first % 12) + 1)}-01`, end };
}

/** An ISO date string as the calendar's date. */
const ymdOf = (iso: string): YMD => ymd(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
/** The calendar's interval of `p`'s ISO dates. */
const intervalOf = (p: { start: string; end: string }): Interval => ({ start: ymdOf(p.start), end: ymdOf(p.end) });

/** The same months a year back (a month's last day stays its month's last day: February). */
function yearBack(p: { start: string; end: string }): { start: string; end: string } {
  const iv = shiftMonths(intervalOf(p), -12);
  return { start: toISO(iv.start), end: toISO(iv.end) };
}

/** What stands between a figure and the one it is compared with: "1,650,000 dlrs vs 980,000 dlrs", "vs loss 3,324,000". */
const VERSUS_BETWEEN = /^\s*(?:vs\.?|versus)\s+(?:(?:loss|profit|gain|debit|credit)\s+)?$/i;

/** Whole months of three or more: a quarter, a half, nine months or a year, which "vs" sets against the same months a year before. */
function resultSpan(p: { start: string; end: string }): boolean {
  const months = wholeMonths(intervalOf(p));
  return months !== undefined && months >= 3 && months <= 12;
}

/**
 * "1986 net excludes tax credits of 1,650,000 dlrs vs 980,000 dlrs": the wire's "vs" sets a
 * result against the same period a year before, in notes and prose as in the rows. The figure
 * after it, which took the period of the sentence like the one before it, is a year back; one
 * that writes its own period keeps it.
 */
function yearBackAfterVersus(text: string, amounts: readonly Figure[], work: Map<Figure, WorkAbout>): void {
  for (let k = 1; k < amounts.length; k++) {
    const f = amounts[k]!, prev = amounts[k - 1]!;
    if (f.kind !== prev.kind || f.span.start - prev.span.end > 24 || !VERSUS_BETWEEN.test(text.slice(prev.span.end, f.span.start))) continue;
    const w = work.get(f), p = work.get(prev)?.period;
    if (!w?.period || !p || w.period.basis === 'adjacent' || w.period.basis === 'clause' || w.period.start !== p.start || w.period.end !== p.end || !resultSpan(p)) continue;
    const iv = yearBack(p);
    w.period = { ...w.period, start: iv.start, end: iv.end };
    w.why.push(`period: "${p.text}" a year back, the result "vs" sets "${prev.text}" against`);
  }
}

interface Heading {
  readonly start: string;
  readonly end: string;
  readonly text: string;
  readonly span: { readonly start: number; readonly end: number };
}

/**
 * The company a note after the rows names: "NOTE: Full company name is Thornbury Holdings Plc",
 * "NOTE: Thornbury Holdings Plc said the final dividend …". The wire puts the company in the
 * headline, which the text does not carry; such a note is the only place the text names it.
 */
const FULL_NAME = /\b[Ff]ull\s+(?:[Cc]ompany\s+)?[Nn]ame(?:\s+of\s+(?:the\s+)?company)?\s+is\s+((?:(?:[A-Z][\w&.'-]*|and|of|&)\s+){0,7}[A-Z][\w&'-]*)/;
const NOTE_SAID = /^[ \t]*(?:NOTE|Note|note)[:.\s-]+((?:(?:[A-Z][\w&.'-]*|and|of|&)\s+){1,7}?(?:Inc|Corp|Co|Ltd|Plc|PLC|Bancorp)\b\.?)\s+said\b/;
/** A company ending, where a name written before more capitalised words ends: "U.S. Facilities Corp. This is …". */
const ENDING = /^.*?\b(?:Inc|Corp|Co|Ltd|Plc|PLC|Company|Corporation|Bancorp|Holdings|Group)\b(?:\.?,?\s+(?:Inc|Corp|Co|Ltd|Plc|PLC)\b)*/;

/** The company a note names, as a referent in the text; undefined when no note names one. */
function noteCompany(text: string, from: number): { name: string; start: number; end: number } | undefined {
  const rest = text.slice(from);
  const m = FULL_NAME.exec(rest) ?? NOTE_SAID.exec(rest);
  if (!m?.[1]) return undefined;
  const name = (ENDING.exec(m[1])?.[0] ?? m[1]).trim();
  const start = from + m.index + m[0].indexOf(m[1]);
  return { name, start, end: start + name.length };
}

/** `s` without the colons, dashes and spaces that end a heading ("Year to March 31 -"); a loop, so no regex can backtrack. */
function withoutTrailingMarks(s: string): string {
  let e = s.length;
  while (e > 0 && (s[e - 1] === ':' || s[e - 1] === '-' || s[e - 1] === ' ' || s[e - 1] === '\t')) e--;
  return s.slice(0, e);
}

/** Gives figure `f` the period `iv` of the heading `heading`, unless its own words date it. */
function setPeriod(f: Figure, work: Map<Figure, WorkAbout>, heading: Heading, iv: { start: string; end: string }, why: string): void {
  const w = work.get(f) ?? { why: [] };
  if (w.period && (w.period.basis === 'adjacent' || w.period.basis === 'clause')) return;
  w.period = { start: iv.start, end: iv.end, text: heading.text, span: heading.span, basis: 'earlier-sentence' };
  w.why.push(why);
  work.set(f, w);
}

/**
 * Gives the figures of wire results rows the period of the heading line above them, in `work`,
 * and the company a note names to those with no owner. One pass over the lines and one over the
 * figures, both in text order. `until`: the reference date.
 */
export function matchWireRows(text: string, figures: readonly Figure[], work: Map<Figure, WorkAbout>, until?: string): void {
  // (The cheap test first: rows compare two columns with "vs".)
  if (!/\svs\.?\s/i.test(text)) return;
  const periods = figures.filter((f): f is PeriodFigure & { start: string; end: string } => f.kind === 'period' && !!f.start && !!f.end);
  const amounts = figures.filter((f) => f.kind !== 'period').sort((a, b) => a.span.start - b.span.start);
  let pi = 0, ai = 0, firstNote = -1;
  let heading: Heading | undefined, last: Heading | undefined;
  // Headings written as a length alone, which a note may open with again ("NOTE: Nine mths net includes …").
  const lengths = new Map<string, Heading>();
  const rowFigures: Figure[] = [];
  for (let from = 0; from <= text.length;) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to);
    const trimmed = line.trim();
    while (pi < periods.length && periods[pi]!.span.start < from) pi++;
    while (ai < amounts.length && amounts[ai]!.span.start < from) ai++;
    if (trimmed) {
      const lead = from + line.indexOf(trimmed);
      const p = periods[pi];
      const bare = withoutTrailingMarks(trimmed);
      const length = LENGTH_HEADING.exec(bare);
      if (p && p.span.start === lead && p.span.end >= lead + bare.length && p.span.end <= to) {
        // (Results are of a period that has ended: a heading read as one still to come, "1st half"
        // in March of a company whose year ends in July, is some other half, and dates no row.)
        heading = until && p.end > until ? undefined : { start: p.start, end: p.end, text: p.text, span: { start: p.span.start, end: p.span.end } };
        if (heading) last = heading;
      } else if (length) {
        const months = length[1] ? 12 : LENGTH_MONTHS[length[2]!.toLowerCase()]!;
        const iv = last && monthsTo(last.end, months);
        heading = iv ? { ...iv, text: trimmed, span: { start: lead, end: lead + bare.length } } : undefined;
        if (heading) { last = heading; lengths.set(bare.toLowerCase(), heading); }
      } else if (NOTE.test(line) || line.length > ROW_CHARS || !ROW.test(line)) {
        heading = undefined;
        if (firstNote < 0 && NOTE.test(line)) firstNote = from;
        // ("NOTE: Nine mths net includes gain of …": a note that opens with a heading's words is of its period, to its first sentence's end.)
        const opening = /^[ \t]*(?:note|notes|nb)[:.\s-]+([a-z]+ [a-z]+)\b/i.exec(line);
        const named = opening ? lengths.get(opening[1]!.toLowerCase()) : undefined;
        if (named) {
          // (Searched within the line: a note with no stop must not scan the rest of the text.)
          const stop = line.indexOf('. ');
          const end = stop >= 0 ? from + stop : to;
          for (let k = ai; k < amounts.length && amounts[k]!.span.start < end; k++) setPeriod(amounts[k]!, work, named, named, `period: "${named.text}", the heading of the rows its note opens with`);
        }
      } else {
        for (let k = ai; k < amounts.length && amounts[k]!.span.start < to; k++) {
          const f = amounts[k]!;
          rowFigures.push(f);
          if (!heading) continue;
          // ("Div 6.5p vs 5.4p making 10.1p vs 8.4p": "making" opens this period's column again.)
          const before = lastMatch(VERSUS, text, from, f.span.start) <= lastMatch(MAKING, text, from, f.span.start);
          setPeriod(f, work, heading, before ? heading : yearBack(heading), before ? `period: "${heading.text}", the heading of its results rows` : `period: "${heading.text}" a year back, the column after "vs" in its results row`);
        }
      }
    }
    from = to + 1;
  }
  yearBackAfterVersus(text, amounts, work);
  const company = rowFigures.length && firstNote >= 0 ? noteCompany(text, firstNote) : undefined;
  if (!company) return;
  // The rows and the notes after them are the company's: figures with no owner of their own take it.
  for (const f of amounts) {
    if (f.span.start < rowFigures[0]!.span.start) continue;
    const w = work.get(f) ?? { why: [] };
    if (w.subject) continue;
    w.subject = { name: company.name, span: { start: company.start, end: company.end }, basis: 'topic' };
    w.why.push(`subject: "${company.name}", the company the note after its results rows names`);
    work.set(f, w);
  }
}
