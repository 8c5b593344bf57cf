/**
 * Plain-text descriptions of figures and findings, shared by the CLI's table and CSV output
 * and the HTML report: the normalised value in one short string, and the details a tooltip
 * shows. Pure; reads optional fields (conversion, attribution) only when they are present.
 */
import type { Figure } from '../types';

/** A check finding as the report needs it (structurally; `check()` may be absent in a build). */
export interface FindingLike {
  readonly kind: string;
  readonly severity: string;
  readonly message: string;
  readonly spans: readonly { readonly start: number; readonly end: number }[];
  readonly numbers?: Readonly<Record<string, string>>;
}

/**
 * `"39400000000.5"` → `"39,400,000,000.5"`; keeps the sign and any decimals exactly. A loop,
 * not the usual lookahead regex, which is quadratic in the number of digits.
 */
export function groupDigits(exact: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(exact);
  if (!m) return exact;
  const int = m[2]!;
  let grouped = '';
  for (let i = 0; i < int.length; i++) grouped += (i > 0 && (int.length - i) % 3 === 0 ? ',' : '') + int[i];
  return `${m[1]}${grouped}${m[3] ?? ''}`;
}

const PERCENT_UNIT = { percent: '%', 'percentage-point': ' pp', 'basis-point': ' bp' } as const;

/** The normalised value in one short string: `USD 39,400,000,000`, `27%`, `2017-01-01 … 2017-06-30`. */
export function figureValue(f: Figure): string {
  switch (f.kind) {
    case 'money': {
      const cur = f.currency ?? '(currency unknown)';
      const high = f.amountMaxExact === undefined ? '' : ` – ${groupDigits(f.amountMaxExact)}`;
      return `${cur} ${groupDigits(f.amountExact)}${high}${f.per ? ` per ${f.per}` : ''}`;
    }
    case 'percent': {
      const unit = PERCENT_UNIT[f.unit] ?? ` ${f.unit}`;
      const high = f.valueMaxExact === undefined ? '' : `–${f.valueMaxExact}`;
      return `${f.valueExact}${high}${unit}`;
    }
    case 'period':
      if (f.start === undefined || f.end === undefined) return `unresolved${f.unresolved ? ` (${f.unresolved})` : ''}`;
      return f.start === f.end ? f.start : `${f.start} … ${f.end}`;
  }
}

/** A number to sort figures by within their kind (amount, percent value, start date). */
export function figureSortKey(f: Figure): number {
  switch (f.kind) {
    case 'money':
      return f.converted?.amount ?? f.amount;
    case 'percent':
      return f.value;
    case 'period':
      return f.start === undefined ? Number.NaN : Date.parse(f.start);
  }
}

/** Unit or currency column: `USD`, `percent`, `quarter`. */
export function figureUnit(f: Figure): string {
  return f.kind === 'money' ? (f.currency ?? '') : f.kind === 'percent' ? f.unit : f.granularity;
}

/**
 * The attribution `extract(text, { attribution: true })` adds as `figure.about`, read
 * structurally (every part optional) so builds without it, or with more fields, still render.
 */
interface AboutLike {
  readonly metric?: { readonly category?: string; readonly label?: string };
  readonly subject?: { readonly name?: string; readonly basis?: string; readonly via?: { readonly text?: string } };
  readonly direction?: string;
  readonly change?: { readonly role?: string; readonly cue?: { readonly text?: string } };
  readonly period?: { readonly text?: string; readonly start?: string; readonly end?: string };
}

const aboutOf = (f: Figure): AboutLike | undefined => {
  const about = (f as unknown as { about?: unknown }).about;
  return typeof about === 'object' && about !== null ? (about as AboutLike) : undefined;
};

/** Tooltip rows for `figure.about`: what it measures, whose it is, direction, change, period. */
export function aboutRows(f: Figure): [string, string][] {
  const a = aboutOf(f);
  if (!a) return [];
  const rows: [string, string][] = [];
  if (a.metric?.category) rows.push(['Measures', `${a.metric.category}${a.metric.label ? ` (“${a.metric.label}”)` : ''}`]);
  if (a.subject?.name) rows.push(['Whose', `${a.subject.name}${a.subject.basis ? ` (${a.subject.basis}${a.subject.via?.text ? ` via “${a.subject.via.text}”` : ''})` : ''}`]);
  if (a.direction) rows.push(['Direction', a.direction]);
  if (a.change?.role) rows.push(['Change', `${a.change.role}${a.change.cue?.text ? ` (“${a.change.cue.text}”)` : ''}`]);
  if (a.period?.start && a.period.end) rows.push(['About period', `${a.period.text ? `${a.period.text}: ` : ''}${a.period.start} … ${a.period.end}`]);
  return rows;
}

/** `revenue · Harbourline Foods · up`: attribution in one short string ('' when absent). */
export function aboutText(f: Figure): string {
  const a = aboutOf(f);
  if (!a) return '';
  return [a.metric?.category, a.subject?.name, a.direction].filter(Boolean).join(' · ');
}

/** The conversion in one line, or why there is none; undefined when conversion was not asked for. */
export function conversionText(f: Figure): string | undefined {
  if (f.kind !== 'money') return undefined;
  if (f.converted) {
    const c = f.converted;
    const high = c.amountMaxExact === undefined ? '' : ` – ${groupDigits(c.amountMaxExact)}`;
    return `${c.currency} ${groupDigits(c.amountExact)}${high} (rate ${c.rate}, ${c.rateDate}, ${c.rateSource})`;
  }
  return f.conversionError ? `not converted: ${f.conversionError}` : undefined;
}

/** Label/value rows for a figure's tooltip and detail cell, most important first. */
export function figureDetails(f: Figure, findings: readonly FindingLike[] = []): [string, string][] {
  const rows: [string, string][] = [[f.kind === 'period' ? 'Dates' : 'Value', figureValue(f)]];
  if (f.kind === 'money') {
    if (f.amountExact !== String(f.amount) && f.amountMaxExact === undefined) rows.push(['Exact', f.amountExact]);
    if (f.scale) rows.push(['Scale', f.scale]);
    const conv = conversionText(f);
    if (conv) rows.push(['Converted', conv]);
    if (f.currency) rows.push(['Currency', `${f.currency} (${f.currencyInference.basis}: ${f.currencyInference.reason})`]);
    if (f.period) rows.push(['For period', `${f.period.start} … ${f.period.end}`]);
    if (f.impliedRate) rows.push(['Implied rate', f.impliedRate]);
    if (f.notes?.length) rows.push(['Notes', f.notes.join('; ')]);
  } else if (f.kind === 'percent') {
    rows.push(['Unit', f.unit]);
  } else {
    rows.push(['Granularity', f.granularity]);
    const implied = Object.entries(f.implied).filter(([, v]) => v).map(([k]) => k);
    if (implied.length) rows.push(['Implied', implied.join(', ')]);
  }
  if (f.qualifier) rows.push(['Qualifier', `${f.qualifier.type} (“${f.qualifier.text}”)`]);
  rows.push(...aboutRows(f));
  for (const finding of findings) rows.push([`Check (${finding.severity})`, finding.message]);
  rows.push(['Rule', f.rule]);
  return rows;
}

/** A few short notes for a table cell; the tooltip has the full details. */
export function figureBrief(f: Figure, findings: readonly FindingLike[] = []): string[] {
  const out: string[] = [];
  if (f.kind === 'money') {
    if (f.converted) out.push(`→ ${f.converted.currency} ${groupDigits(f.converted.amountExact)}`);
    else if (f.conversionError) out.push('not converted');
    if (f.period) out.push(`for ${f.period.start === f.period.end ? f.period.start : `${f.period.start} … ${f.period.end}`}`);
    if (f.currencyInference.basis !== 'explicit') out.push(`currency: ${f.currencyInference.basis}`);
  } else if (f.kind === 'percent') {
    if (f.unit !== 'percent') out.push(f.unit);
  } else {
    out.push(f.granularity);
    const implied = Object.entries(f.implied).filter(([, v]) => v).map(([k]) => k);
    if (implied.length) out.push(`implied: ${implied.join(', ')}`);
  }
  if (f.qualifier) out.push(f.qualifier.type);
  const about = aboutText(f);
  if (about) out.push(about);
  for (const x of findings) out.push(`⚠ ${x.severity}: ${x.kind}`);
  return out;
}

/** Findings whose spans include the figure's span. */
export function findingsFor(f: Figure, findings: readonly FindingLike[]): FindingLike[] {
  return findings.filter((x) => x.spans.some((s) => s.start === f.span.start && s.end === f.span.end));
}
