/**
 * The record-in, record-out contract shared by the stream API, the CLI's `--ndjson` stage and
 * its worker threads. Pure (no Node modules): one JSON record or one JSON line goes in, exactly
 * one record comes out, either the input with `figures` (and `findings`) added or an error
 * record naming the line. Nothing here keeps state between records.
 */
import * as core from '../index';
import type { ExtractOptions, Figure } from '../types';

/** Names of the fields a record is read from and written to. */
export interface FieldNames {
  /** Field holding the text. Default `text`. */
  readonly text: string;
  /** Fields tried in order for the document date. Default `['date', 'referenceDate']`. */
  readonly date: readonly string[];
  /** Field the figures are written to. Default `figures`. */
  readonly figures: string;
  /** Field the check findings are written to (with `check`). Default `findings`. */
  readonly findings: string;
  /** Field an error is written to. Default `error`. */
  readonly error: string;
}

export const DEFAULT_FIELDS: FieldNames = Object.freeze({
  text: 'text',
  date: Object.freeze(['date', 'referenceDate']),
  figures: 'figures',
  findings: 'findings',
  error: 'error',
});

/** Options of the record contract: `extract()`'s options plus the field names and `check`. */
export interface RecordOptions extends ExtractOptions {
  /** Field names; any left out keep their default. `date` may be one name or a list. */
  readonly fields?: Partial<Omit<FieldNames, 'date'>> & { readonly date?: string | readonly string[] };
  /** Also run `check()` on each record and add its findings. */
  readonly check?: boolean;
  /** Ask for attribution (passed to `extract()`; ignored by builds without it). */
  readonly attribution?: boolean;
}

/** What an error record's error field holds. */
export interface RecordError {
  /** 1-based line (or record) number in the input. */
  readonly line: number;
  /** The input file, when there are several. */
  readonly file?: string;
  readonly message: string;
}

const where = (line: number, file: string | undefined): string => (file === undefined ? `line ${line}` : `${file}:${line}`);
const makeError = (line: number, file: string | undefined, message: string): RecordError =>
  file === undefined ? { line, message: `${where(line, file)}: ${message}` } : { line, file, message: `${where(line, file)}: ${message}` };

/** The result of one record: the output object and, when it failed, why. */
export interface RecordResult {
  readonly record: Record<string, unknown>;
  readonly error?: RecordError;
}

/** A plain, structured-clone-safe form of {@link RecordOptions} (for worker threads). */
export interface RecordConfig {
  readonly fields: FieldNames;
  readonly extract: ExtractOptions;
  readonly check: boolean;
}

type CheckFn = (text: string, options?: object) => unknown[];
type CheckFiguresFn = (text: string, figures: readonly Figure[], options?: object) => unknown[];

/** `check()` when this build has it; the CLI and streams degrade to "unavailable" otherwise. */
export function checkAvailable(): boolean {
  const lib = core as unknown as { check?: unknown; checkFigures?: unknown };
  return typeof lib.checkFigures === 'function' || typeof lib.check === 'function';
}

/** Runs the checks on `text`, reusing `figures` when the build exports `checkFigures`. */
export function runCheck(text: string, figures: readonly Figure[], options: ExtractOptions): unknown[] {
  const lib = core as unknown as { check?: CheckFn; checkFigures?: CheckFiguresFn };
  if (typeof lib.checkFigures === 'function') return lib.checkFigures(text, figures, options);
  if (typeof lib.check === 'function') return lib.check(text, options);
  throw new Error('check() is not available in this build of finfigures');
}

const describe = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v);

/** Options may be left out (undefined or null); anything else must be a plain object. */
export function checkOptionsObject(options: unknown): void {
  if (options !== undefined && options !== null && (typeof options !== 'object' || Array.isArray(options)))
    throw new TypeError(`options must be an object, got ${describe(options)}`);
}

/** Validates and completes {@link RecordOptions}; throws TypeError/RangeError naming the option. */
export function toRecordConfig(options: RecordOptions | undefined): RecordConfig {
  checkOptionsObject(options);
  const { fields, check, ...rest } = options ?? {};
  const extractOptions: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rest)) if (v !== undefined) extractOptions[k] = v;
  const out: { -readonly [K in keyof FieldNames]: FieldNames[K] } = { ...DEFAULT_FIELDS };
  if (fields !== undefined) {
    if (typeof fields !== 'object' || fields === null) throw new TypeError(`fields must be an object, got ${describe(fields)}`);
    for (const key of ['text', 'figures', 'findings', 'error'] as const) {
      const v = fields[key];
      if (v === undefined) continue;
      if (typeof v !== 'string' || v === '') throw new TypeError(`fields.${key} must be a non-empty string, got ${describe(v)}`);
      out[key] = v;
    }
    if (fields.date !== undefined) {
      const list = typeof fields.date === 'string' ? [fields.date] : fields.date;
      if (!Array.isArray(list) || list.some((d) => typeof d !== 'string' || d === ''))
        throw new TypeError('fields.date must be a field name or a list of field names');
      out.date = Object.freeze([...list]);
    }
  }
  if (check !== undefined && typeof check !== 'boolean') throw new TypeError(`check must be a boolean, got ${describe(check)}`);
  if (check && !checkAvailable()) throw new Error('check() is not available in this build of finfigures');
  // Validate the extract options once, up front, rather than once per record; with `check`,
  // its own options too (tolerance, includePassed, rates), which extract() does not read.
  core.extract('', extractOptions as ExtractOptions);
  if (check) runCheck('', [], extractOptions as ExtractOptions);
  return { fields: out, extract: extractOptions as ExtractOptions, check: check === true };
}

/** Processes one record (already parsed). `line` is its 1-based number, used in errors. */
export function processRecord(value: unknown, line: number, config: RecordConfig, file?: string): RecordResult {
  const { fields } = config;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const error = makeError(line, file, `expected a JSON object, got ${describe(value)}`);
    return { record: { [fields.error]: error, input: value }, error };
  }
  const record = value as Record<string, unknown>;
  const fail = (message: string): RecordResult => {
    const error = makeError(line, file, message);
    return { record: { ...record, [fields.error]: error }, error };
  };
  const text = record[fields.text];
  if (typeof text !== 'string') return fail(`field "${fields.text}" must be a string, got ${text === undefined ? 'nothing' : describe(text)}`);

  let options = config.extract;
  let dateField: string | undefined;
  for (const name of fields.date) {
    const date = record[name];
    if (date === undefined || date === null || date === '') continue;
    options = { ...options, referenceDate: date as string };
    dateField = name;
    break;
  }
  try {
    const figures = core.extract(text, options);
    const out: Record<string, unknown> = { ...record, [fields.figures]: figures };
    if (config.check) out[fields.findings] = runCheck(text, figures, options);
    return { record: out };
  } catch (err) {
    // An option error here can only come from the record's own date field.
    const message = err instanceof Error ? err.message : String(err);
    const dateProblem = dateField !== undefined && message.startsWith('referenceDate');
    return fail(dateProblem ? `field "${dateField}" ${message.slice('referenceDate'.length).trim()}` : message);
  }
}

/** Processes one JSON line. A line that is not JSON yields an error record holding the raw line. */
export function processLine(line: string, lineNo: number, config: RecordConfig, file?: string): RecordResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    const error = makeError(lineNo, file, `malformed JSON (${reason})`);
    return { record: { [config.fields.error]: error, input: line }, error };
  }
  return processRecord(value, lineNo, config, file);
}

/** A batch of lines for a worker: `lines[i]` is line `lines[i].no` of the input. */
export interface LineBatch {
  readonly lines: readonly { readonly no: number; readonly text: string }[];
  readonly config: RecordConfig;
  /** The input file, named in error records when there are several. */
  readonly file?: string;
}

/** What a batch returns: the output as NDJSON text and the errors in it. */
export interface BatchResult {
  readonly output: string;
  readonly count: number;
  readonly errors: readonly RecordError[];
  /** Length of `output` up to and including the first error record (for `--strict`). */
  readonly firstErrorEnd?: number;
}

/** Processes a batch of JSON lines into NDJSON text, in order. */
export function processBatch(batch: LineBatch): BatchResult {
  let output = '';
  const errors: RecordError[] = [];
  let firstErrorEnd: number | undefined;
  for (const { no, text } of batch.lines) {
    const result = processLine(text, no, batch.config, batch.file);
    output += JSON.stringify(result.record) + '\n';
    if (result.error) {
      errors.push(result.error);
      firstErrorEnd ??= output.length;
    }
  }
  return firstErrorEnd === undefined ? { output, count: batch.lines.length, errors } : { output, count: batch.lines.length, errors, firstErrorEnd };
}
