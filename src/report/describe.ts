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

/** `"39400000000.5"` → `"39,400,000,000.5"`; keeps the sign and any decimals exactly. */
export function groupDigits(exact: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(exact);
  if (!m) return exact;
  return `${m[1]}${m[2]!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${m[3] ?? ''}`;
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

const flat = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map(flat).filter(Boolean).join(', ');
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    // An attribution-like object: show its human parts first, skip spans.
    const parts = Object.entries(o)
      .filter(([k, x]) => k !== 'span' && k !== 'spans' && x !== undefined && typeof x !== 'object')
      .map(([k, x]) => `${k}: ${flat(x)}`);
    return parts.join('; ');
  }
  return String(v);
};

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
  const attribution = (f as unknown as { attribution?: unknown }).attribution;
  if (attribution !== undefined && attribution !== null) rows.push(['Attribution', flat(attribution)]);
  for (const finding of findings) rows.push([`Check (${finding.severity})`, finding.message]);
  rows.push(['Rule', f.rule]);
  return rows;
}

/** Findings whose spans include the figure's span. */
export function findingsFor(f: Figure, findings: readonly FindingLike[]): FindingLike[] {
  return findings.filter((x) => x.spans.some((s) => s.start === f.span.start && s.end === f.span.end));
}
