/**
 * Output formats of `finfigures extract FILE...`: json (pretty), ndjson (one line per figure
 * or finding), csv (one row per figure or finding) and table (aligned text for a terminal).
 */
import { aboutText, conversionText, figureUnit, figureValue, type FindingLike } from '../report/describe';
import type { Figure } from '../types';

export const FORMATS = ['json', 'ndjson', 'csv', 'table'] as const;
export type Format = (typeof FORMATS)[number];

/** The figures (and findings, with `--check`) of one input. */
export interface DocResult {
  /** File name, or `-` for stdin. */
  readonly source: string;
  readonly figures: readonly Figure[];
  readonly findings?: readonly FindingLike[];
}

/** One JSON document: the result object for one input, an array for several. */
export function formatJson(results: readonly DocResult[]): string {
  return JSON.stringify(results.length === 1 ? results[0] : results, null, 2) + '\n';
}

/** One line per figure `{"source", ...figure}` and per finding `{"source", "finding": {...}}`. */
export function formatNdjson(results: readonly DocResult[]): string {
  let out = '';
  for (const r of results) {
    for (const f of r.figures) out += JSON.stringify({ source: r.source, ...f }) + '\n';
    for (const finding of r.findings ?? []) out += JSON.stringify({ source: r.source, finding }) + '\n';
  }
  return out;
}

const CSV_COLUMNS = [
  'source', 'kind', 'start', 'end', 'text', 'value', 'value_max', 'unit', 'period_start', 'period_end',
  'converted', 'converted_currency', 'qualifier', 'rule', 'message', 'about_metric', 'about_subject', 'about_direction',
] as const;

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
export function csvField(v: string | number | undefined): string {
  const s = v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvRow(r: DocResult, f: Figure): (string | number | undefined)[] {
  const about = (f as { about?: { metric?: { category?: string }; subject?: { name?: string }; direction?: string } }).about;
  return [...csvFigure(r, f), about?.metric?.category, about?.subject?.name, about?.direction];
}

function csvFigure(r: DocResult, f: Figure): (string | number | undefined)[] {
  const base = [r.source, f.kind, f.span.start, f.span.end, f.text];
  const q = f.qualifier?.type;
  switch (f.kind) {
    case 'money':
      return [...base, f.amountExact, f.amountMaxExact, f.currency ?? '', f.period?.start, f.period?.end,
        f.converted?.amountExact, f.converted?.currency ?? (f.conversionError ? 'error' : undefined), q, f.rule, f.conversionError];
    case 'percent':
      return [...base, f.valueExact, f.valueMaxExact, f.unit, undefined, undefined, undefined, undefined, q, f.rule, undefined];
    case 'period':
      return [...base, undefined, undefined, f.granularity, f.start, f.end, undefined, undefined, q, f.rule, f.unresolved];
  }
}

/** A header row, one row per figure, then one row per finding (kind `finding:<kind>`). */
export function formatCsv(results: readonly DocResult[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of results) {
    for (const f of r.figures) lines.push(csvRow(r, f).map(csvField).join(','));
    for (const x of r.findings ?? []) {
      const row: Record<string, string | number | undefined> = {
        source: r.source, kind: `finding:${x.kind}`, start: x.spans[0]?.start, end: x.spans[0]?.end, unit: x.severity, message: x.message,
      };
      lines.push(CSV_COLUMNS.map((c) => csvField(row[c])).join(','));
    }
  }
  return lines.join('\r\n') + '\r\n';
}

const width = (s: string): number => [...s].length;
const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - width(s)));
const clip = (s: string, n: number): string => (width(s) <= n ? s : [...s].slice(0, n - 1).join('') + '…');

/** Aligned columns for a terminal: kind, text, value, unit, span, and conversion when asked. */
export function formatTable(results: readonly DocResult[]): string {
  let out = '';
  for (const r of results) {
    if (results.length > 1 || r.source !== '-') out += `${r.source}\n`;
    const withConv = r.figures.some((f) => conversionText(f) !== undefined);
    const withAbout = r.figures.some((f) => aboutText(f) !== '');
    const head = ['kind', 'text', 'value', 'unit', 'span', ...(withConv ? ['converted'] : []), ...(withAbout ? ['about'] : [])];
    const rows = r.figures.map((f) => [
      f.kind, clip(f.text.replace(/\s+/g, ' '), 40), figureValue(f), figureUnit(f), `${f.span.start}-${f.span.end}`,
      ...(withConv ? [conversionText(f) ?? ''] : []),
      ...(withAbout ? [aboutText(f)] : []),
    ]);
    const widths = head.map((h, i) => Math.max(width(h), ...rows.map((row) => width(row[i] ?? ''))));
    const line = (cells: string[]): string => cells.map((c, i) => pad(c, widths[i]!)).join('  ').trimEnd() + '\n';
    out += line(head) + line(widths.map((w) => '-'.repeat(w)));
    for (const row of rows) out += line(row);
    out += `${r.figures.length} figure${r.figures.length === 1 ? '' : 's'}\n`;
    if (r.findings) {
      out += r.findings.length === 0 ? 'checks: no findings\n' : `findings:\n`;
      for (const x of r.findings) out += `  ${x.severity.padEnd(7)} ${x.kind}: ${x.message}\n`;
    }
    if (results.length > 1) out += '\n';
  }
  return out;
}

export function formatResults(format: Format, results: readonly DocResult[]): string {
  switch (format) {
    case 'json':
      return formatJson(results);
    case 'ndjson':
      return formatNdjson(results);
    case 'csv':
      return formatCsv(results);
    case 'table':
      return formatTable(results);
  }
}
