/**
 * One task of `finfigures extract --ndjson`: a run of whole input lines as raw UTF-8 bytes in,
 * their output records as UTF-8 NDJSON bytes out. Everything per line (decoding, splitting,
 * JSON.parse, extract, JSON.stringify, encoding) happens here, i.e. on a worker thread with
 * --jobs N; the main thread only cuts the input at newlines and writes the bytes back. Both
 * byte arrays own their ArrayBuffer, so they cross threads by transfer, not by copy.
 */
import { isBlank } from '../stream/lines';
import { processLine, type RecordConfig, type RecordError } from '../stream/record';

export interface ByteBatch {
  /** Whole lines, each ending in `\n` except perhaps the input's last one. */
  readonly bytes: Uint8Array;
  /** 1-based input line number of the first line in `bytes`. */
  readonly firstLine: number;
  /** The input's first batch: a leading byte-order mark is dropped. */
  readonly first: boolean;
  readonly config: RecordConfig;
  /** The input file, named in error records when there are several. */
  readonly file?: string;
}

export interface ByteBatchResult {
  /** One NDJSON line per non-blank input line, in order. */
  readonly output: Uint8Array;
  /** Records in `output`. */
  readonly count: number;
  readonly errors: number;
  readonly firstError?: RecordError;
  /** Records up to and including the first error record, and their length in bytes (for `--strict`). */
  readonly firstErrorCount?: number;
  readonly firstErrorEnd?: number;
}

// ignoreBOM keeps a byte-order mark in the text; only the input's first batch drops it (below).
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

export function processBytes(batch: ByteBatch): ByteBatchResult {
  let text = decoder.decode(batch.bytes);
  if (batch.first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let output = '';
  let count = 0, errors = 0;
  let firstError: RecordError | undefined;
  let firstErrorCount = 0, firstErrorChars = 0;
  let no = batch.firstLine;
  for (let start = 0; start < text.length; no++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let stop = end;
    if (stop > start && text.charCodeAt(stop - 1) === 13) stop--; // \r\n
    const line = text.slice(start, stop);
    start = end + 1;
    if (isBlank(line)) continue; // blank: skipped, but it still counts as a line
    const result = processLine(line, no, batch.config, batch.file);
    output += JSON.stringify(result.record) + '\n';
    count++;
    if (result.error) {
      errors++;
      if (firstError === undefined) {
        firstError = result.error;
        firstErrorCount = count;
        firstErrorChars = output.length;
      }
    }
  }
  const bytes = encoder.encode(output);
  if (firstError === undefined) return { output: bytes, count, errors };
  const firstErrorEnd = firstErrorChars === output.length ? bytes.length : encoder.encode(output.slice(0, firstErrorChars)).length;
  return { output: bytes, count, errors, firstError, firstErrorCount, firstErrorEnd };
}
