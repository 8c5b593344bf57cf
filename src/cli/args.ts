/**
 * Command-line parsing: `finfigures <extract|report> [options] [FILE...]`. Every mistake is a
 * {@link UsageError} with one line of text; main prints it and exits with status 2.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { toCurrencyCode, toReferenceDate } from '../options';
import type { FigureKind } from '../types';
import { FORMATS, type Format } from './format';

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const HELP = `finfigures: find money amounts, percentages and periods in text

Usage
  finfigures extract [options] [FILE...|-]     figures of each file (or stdin)
  finfigures extract --ndjson [options] [FILE...|-]
                                               pipeline stage: JSON Lines in, the same
                                               records with a "figures" field out
  finfigures report [options] FILE|- [-o report.html]
                                               a self-contained HTML page to look at

Options
  -f, --format FMT          json (default), ndjson, csv or table
  -d, --reference-date D    document date YYYY-MM-DD for "last year", "Q1", "October"
      --fiscal-year-start M month the fiscal year starts: 1-12 or a name (april)
      --convert-to CUR      add each amount converted to CUR (ISO 4217), with its rate
      --dollar CUR          what a bare "$" means (default USD)
      --check               add the check findings (numbers that disagree)
      --attribution         add what each figure measures, whose it is, its direction and period
  -k, --kinds LIST          only these kinds: money,percent,period (repeatable)
  -o, --output FILE         write to FILE instead of stdout
  -q, --quiet               no progress bar, no warnings
      --progress            show the progress bar even when stderr is not a terminal
  -h, --help                this help
  -v, --version             the version

NDJSON pipeline (--ndjson)
  -j, --jobs N              worker threads (default: all cores, ${availableParallelism()} here); 0 = main thread
      --strict              stop with exit status 1 at the first bad line (after writing
                            its error record); default: error record and go on
      --text-field NAME     field with the text (default text)
      --date-field NAMES    fields tried for the date, comma-separated
                            (default date,referenceDate)
      --figures-field NAME  field the figures go to (default figures)
      --findings-field NAME field the findings go to with --check (default findings)
      --error-field NAME    field of an error record (default error)
      --batch-lines N       lines per worker task (default 256)
  Every input line yields exactly one output line, in input order; blank lines are skipped.
  A bad line yields {"error":{"line":N,"message":"..."},...}: malformed JSON keeps the raw
  line in "input"; a record without text keeps all its fields.

Report
      --title TEXT          page title (default: the file name)
      --no-check            leave the check findings out (they are on when available)

Examples
  finfigures extract article.txt
  finfigures extract -f table -d 2018-10-08 --convert-to EUR article.txt
  echo 'Sales rose 12% to $4.5 billion in the first quarter.' | finfigures extract -f csv -d 2024-05-02 -
  finfigures extract --ndjson --jobs 2 news.jsonl > news.figures.jsonl
  finfigures extract --ndjson --text-field body --date-field published < in.jsonl > out.jsonl
  finfigures report article.txt -d 2018-10-08 --convert-to USD -o report.html

Exit status: 0 ok, 1 a file could not be read or --strict met a bad line, 2 wrong usage.
`;

export type Command = 'extract' | 'report';

export interface CliArgs {
  readonly command: Command | 'help' | 'version';
  readonly files: readonly string[];
  readonly format: Format;
  readonly referenceDate?: string;
  readonly fiscalYearStart?: number;
  readonly convertTo?: string;
  readonly dollar?: string;
  readonly check: boolean;
  readonly noCheck: boolean;
  readonly attribution: boolean;
  readonly kinds?: readonly FigureKind[];
  readonly output?: string;
  readonly quiet: boolean;
  readonly progress: boolean;
  readonly ndjson: boolean;
  readonly jobs: number;
  readonly strict: boolean;
  readonly fields: {
    readonly text?: string;
    readonly date?: readonly string[];
    readonly figures?: string;
    readonly findings?: string;
    readonly error?: string;
  };
  readonly title?: string;
  readonly batchLines: number;
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  'reference-date': { type: 'string', short: 'd' },
  'fiscal-year-start': { type: 'string' },
  'convert-to': { type: 'string' },
  dollar: { type: 'string' },
  check: { type: 'boolean' },
  'no-check': { type: 'boolean' },
  attribution: { type: 'boolean' },
  // Repeatable: "-k money -k percent" is "-k money,percent".
  kinds: { type: 'string', short: 'k', multiple: true },
  output: { type: 'string', short: 'o' },
  quiet: { type: 'boolean', short: 'q' },
  progress: { type: 'boolean' },
  ndjson: { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  strict: { type: 'boolean' },
  'text-field': { type: 'string' },
  'date-field': { type: 'string' },
  'figures-field': { type: 'string' },
  'findings-field': { type: 'string' },
  'error-field': { type: 'string' },
  title: { type: 'string' },
  'batch-lines': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Options that only make sense for one command. */
const ONLY: Readonly<Record<string, Command>> = {
  format: 'extract', ndjson: 'extract', jobs: 'extract', strict: 'extract', 'text-field': 'extract', 'date-field': 'extract',
  'figures-field': 'extract', 'findings-field': 'extract', 'error-field': 'extract', 'batch-lines': 'extract',
  title: 'report', 'no-check': 'report',
};
const NDJSON_ONLY = ['jobs', 'strict', 'text-field', 'date-field', 'figures-field', 'findings-field', 'error-field', 'batch-lines'];

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function month(value: string): number {
  const v = value.trim().toLowerCase();
  if (/^\d{1,2}$/.test(v) && Number(v) >= 1 && Number(v) <= 12) return Number(v);
  const i = v.length >= 3 ? MONTHS.findIndex((m) => m.startsWith(v)) : -1;
  if (i >= 0) return i + 1;
  throw new UsageError(`--fiscal-year-start must be a month 1-12 or a month name, got "${value}"`);
}

function count(value: string, name: string, min: number): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < min) throw new UsageError(`--${name} must be a whole number ≥ ${min}, got "${value}"`);
  return Number(value);
}

const fieldName = (value: string | undefined, name: string): string | undefined => {
  if (value === undefined) return undefined;
  if (value.trim() === '') throw new UsageError(`--${name} must not be empty`);
  return value;
};

/** The long name of an option that takes a value, written `--name` or `-x`; else undefined. */
function valueOption(arg: string): string | undefined {
  for (const [name, o] of Object.entries(OPTIONS) as [string, { type: string; short?: string }][]) {
    if (o.type === 'string' && (arg === `--${name}` || (o.short !== undefined && arg === `-${o.short}`))) return name;
  }
  return undefined;
}

/**
 * `--jobs -1`, `-d -5`: a negative number after an option that takes a value is that value
 * (parseArgs calls it ambiguous), so that the mistake is reported as a bad value of the option
 * rather than as a missing one.
 */
function joinNegativeValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      out.push(...argv.slice(i));
      break;
    }
    const name = valueOption(arg);
    const next = argv[i + 1];
    if (name !== undefined && next !== undefined && /^-\d/.test(next)) {
      out.push(`--${name}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/** Parses `argv` (without node and the script); throws {@link UsageError} on any mistake. */
export function parseCli(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeValues(argv), options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const unknown = /Unknown option '([^']+)'/.exec(msg);
    if (unknown) throw new UsageError(`unknown option ${unknown[1]} (see finfigures --help)`);
    // "Option '-d, --reference-date <value>' argument missing", "Option '-d' argument is
    // ambiguous" (an option after it: "-d --check"): name the option by its long name.
    const missing = /^Option '([^']+?)(?: <value>)?' argument (?:missing|is ambiguous)/.exec(msg);
    if (missing) {
      const flags = missing[1]!.split(', ');
      const long = flags.find((f) => f.startsWith('--')) ?? (valueOption(flags[0]!) !== undefined ? `--${valueOption(flags[0]!)}` : flags[0]!);
      throw new UsageError(`option ${long} needs a value (see finfigures --help)`);
    }
    // "--check=yes": "Option '--check' does not take an argument".
    const flag = /^Option '(?:-\w, )?([^']+)' does not take an argument/.exec(msg);
    if (flag) throw new UsageError(`option ${flag[1]} takes no value (see finfigures --help)`);
    throw new UsageError(msg.split('\n')[0]!);
  }
  const { values: v, positionals } = parsed;
  const [first, ...files] = positionals;
  const base = {
    files: [] as string[], format: 'json' as Format, check: false, noCheck: false, attribution: false, quiet: false, progress: false,
    ndjson: false, jobs: 0, strict: false, fields: {}, batchLines: 256,
  };
  if (v.version) return { ...base, command: 'version' };
  if (v.help || first === undefined || first === 'help') {
    if (first === undefined && !v.help) throw new UsageError('no command: use "finfigures extract FILE" or "finfigures report FILE" (see finfigures --help)');
    return { ...base, command: 'help' };
  }
  if (first !== 'extract' && first !== 'report') throw new UsageError(`unknown command "${first}": expected extract or report (see finfigures --help)`);
  const command: Command = first;
  for (const [name, only] of Object.entries(ONLY)) {
    if ((v as Record<string, unknown>)[name] !== undefined && only !== command) throw new UsageError(`--${name} is an option of "finfigures ${only}", not "${command}"`);
  }
  if (!v.ndjson) for (const name of NDJSON_ONLY) if ((v as Record<string, unknown>)[name] !== undefined) throw new UsageError(`--${name} needs --ndjson`);

  let format: Format = 'json';
  if (v.format !== undefined) {
    if (!(FORMATS as readonly string[]).includes(v.format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${v.format}"`);
    if (v.ndjson) throw new UsageError('--format does not apply with --ndjson (the output is the input records with figures added)');
    format = v.format as Format;
  }
  let referenceDate: string | undefined;
  if (v['reference-date'] !== undefined) {
    try {
      referenceDate = toReferenceDate(v['reference-date'], '--reference-date').toISOString().slice(0, 10);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
  }
  const code = (value: string | undefined, name: string): string | undefined => {
    if (value === undefined) return undefined;
    try {
      return toCurrencyCode(value, `--${name}`);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
  };
  let kinds: FigureKind[] | undefined;
  if (v.kinds !== undefined) {
    const given = v.kinds.join(',');
    kinds = [...new Set(given.split(',').map((k) => k.trim()).filter(Boolean))] as FigureKind[];
    const bad = kinds.find((k) => !['money', 'percent', 'period'].includes(k));
    if (bad !== undefined || kinds.length === 0) throw new UsageError(`--kinds must list money, percent or period, comma-separated, got "${given}"`);
  }
  if (command === 'report') {
    if (files.length !== 1) throw new UsageError(`report takes one FILE (or - for stdin), got ${files.length}`);
    if (v.check && v['no-check']) throw new UsageError('--check and --no-check contradict each other');
  }
  const dateFields = v['date-field']?.split(',').map((s) => s.trim()).filter(Boolean);
  if (dateFields !== undefined && dateFields.length === 0) throw new UsageError('--date-field must name at least one field');

  return {
    command,
    files,
    format,
    ...(referenceDate !== undefined ? { referenceDate } : {}),
    ...(v['fiscal-year-start'] !== undefined ? { fiscalYearStart: month(v['fiscal-year-start']) } : {}),
    ...(v['convert-to'] !== undefined ? { convertTo: code(v['convert-to'], 'convert-to') } : {}),
    ...(v.dollar !== undefined ? { dollar: code(v.dollar, 'dollar') } : {}),
    check: v.check === true,
    noCheck: v['no-check'] === true,
    attribution: v.attribution === true,
    ...(kinds !== undefined ? { kinds } : {}),
    ...(v.output !== undefined ? { output: v.output } : {}),
    quiet: v.quiet === true,
    progress: v.progress === true,
    ndjson: v.ndjson === true,
    jobs: v.jobs === undefined ? availableParallelism() : count(v.jobs, 'jobs', 0),
    strict: v.strict === true,
    fields: {
      ...(v['text-field'] !== undefined ? { text: fieldName(v['text-field'], 'text-field') } : {}),
      ...(dateFields !== undefined ? { date: dateFields } : {}),
      ...(v['figures-field'] !== undefined ? { figures: fieldName(v['figures-field'], 'figures-field') } : {}),
      ...(v['findings-field'] !== undefined ? { findings: fieldName(v['findings-field'], 'findings-field') } : {}),
      ...(v['error-field'] !== undefined ? { error: fieldName(v['error-field'], 'error-field') } : {}),
    },
    ...(v.title !== undefined ? { title: v.title } : {}),
    batchLines: v['batch-lines'] === undefined ? 256 : count(v['batch-lines'], 'batch-lines', 1),
  };
}
