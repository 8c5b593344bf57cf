/**
 * `finfigures/stream`: the record-in, record-out contract as Node streams and async
 * iterables, for data pipelines. Node only (the core `finfigures` import stays free of Node
 * modules).
 *
 * ```js
 * import { pipeline } from 'node:stream/promises';
 * import { createReadStream, createWriteStream } from 'node:fs';
 * import { splitLines, extractStream, stringifyLines } from 'finfigures/stream';
 *
 * await pipeline(createReadStream('in.jsonl'), splitLines(), extractStream({ referenceDate: '2018-10-08' }),
 *   stringifyLines(), createWriteStream('out.jsonl'));
 * ```
 *
 * Every input record yields exactly one output record, in input order: the record with a
 * `figures` field (and `findings` with `check: true`), or, for a line that is not JSON or a
 * record without text, an error record `{ error: { line, message }, ... }`. With
 * `strict: true` the stream fails after emitting the first error record. Blank lines are
 * skipped but counted, so `line` numbers match the input's lines.
 */
import { Transform, type TransformCallback } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { isBlank, LineSplitter } from './lines';
import { checkOptionsObject, processLine, processRecord, toRecordConfig, type RecordConfig, type RecordOptions, type RecordResult } from './record';

export type { FieldNames, RecordError, RecordOptions } from './record';
export { DEFAULT_FIELDS } from './record';

export interface StreamOptions extends RecordOptions {
  /** Fail (stream error / thrown error) after emitting the first error record. Default false. */
  readonly strict?: boolean;
}

/** Thrown (or emitted) in strict mode: carries the error record's line. */
export class RecordFailure extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.name = 'RecordFailure';
    this.line = line;
  }
}

/** Reads one chunk: a string or Buffer is one JSON line, anything else a parsed record. */
function step(chunk: unknown, no: number, config: RecordConfig): RecordResult | undefined {
  if (typeof chunk === 'string') return isBlank(chunk) ? undefined : processLine(chunk, no, config);
  if (chunk instanceof Uint8Array) {
    const line = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('utf8');
    return isBlank(line) ? undefined : processLine(line, no, config);
  }
  return processRecord(chunk, no, config);
}

/**
 * A Transform in object mode: records (objects) or JSON lines (strings) in, records with
 * `figures` out. Options are `extract()`'s plus `fields`, `check` and `strict`; they are
 * validated here, so a bad option throws at once rather than per record.
 */
export function extractStream(options?: StreamOptions): Transform {
  checkOptionsObject(options);
  const { strict = false, ...rest } = options ?? {};
  if (typeof strict !== 'boolean') throw new TypeError(`strict must be a boolean, got ${typeof strict}`);
  const config = toRecordConfig(rest);
  let no = 0;
  return new Transform({
    objectMode: true,
    transform(chunk: unknown, _encoding: BufferEncoding, callback: TransformCallback) {
      no++;
      let result: RecordResult | undefined;
      try {
        result = step(chunk, no, config);
      } catch (err) {
        callback(err as Error);
        return;
      }
      if (!result) return callback();
      if (result.error && strict) {
        this.push(result.record);
        callback(new RecordFailure(result.error.message, result.error.line));
        return;
      }
      callback(null, result.record);
    },
  });
}

/**
 * The same contract as an async generator: `for await (const rec of extractRecords(source))`.
 * `source` may be any (async) iterable of records or JSON lines, e.g. `readline` lines.
 */
export async function* extractRecords(
  source: AsyncIterable<unknown> | Iterable<unknown>,
  options?: StreamOptions,
): AsyncGenerator<Record<string, unknown>, void, undefined> {
  checkOptionsObject(options);
  const { strict = false, ...rest } = options ?? {};
  if (typeof strict !== 'boolean') throw new TypeError(`strict must be a boolean, got ${typeof strict}`);
  const config = toRecordConfig(rest);
  let no = 0;
  for await (const chunk of source) {
    const result = step(chunk, ++no, config);
    if (!result) continue;
    yield result.record;
    if (result.error && strict) throw new RecordFailure(result.error.message, result.error.line);
  }
}

/** Bytes (or text) in, one string per line out; `\r\n` handled, a final line without newline kept. */
export function splitLines(): Transform {
  const decoder = new StringDecoder('utf8');
  const splitter = new LineSplitter();
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer | string, _encoding, callback) {
      const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
      for (const line of splitter.push(text)) this.push(line);
      callback();
    },
    flush(callback) {
      for (const line of splitter.push(decoder.end())) this.push(line);
      for (const line of splitter.end()) this.push(line);
      callback();
    },
  });
}

/** Records in, NDJSON text out (one `JSON.stringify` line per record). */
export function stringifyLines(): Transform {
  return new Transform({
    writableObjectMode: true,
    transform(record: unknown, _encoding, callback) {
      callback(null, JSON.stringify(record) + '\n');
    },
  });
}
