/**
 * `finfigures extract --ndjson`: JSON Lines in, the same records with figures out, in input
 * order and in bounded memory. The main thread only cuts the input bytes at newlines into
 * batches (at most `batchLines` lines or about 1 MB) and writes back the bytes each batch
 * returns; decoding, JSON.parse, extraction, JSON.stringify and encoding all happen in the
 * batch (src/cli/batch.ts), on a piscina pool with --jobs N. Batches go to the workers and
 * come back by transfer, not by copy. At most a few batches per worker are in flight, and
 * results are written strictly in submission order, so memory stays bounded by (jobs × 3)
 * batches whatever the input size, and reading pauses while stdout is slow.
 */
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { Piscina } from 'piscina';
import type { RecordConfig, RecordError } from '../stream/record';
import { processBytes, type ByteBatch, type ByteBatchResult } from './batch';
import type { Progress } from './progress';

export interface NdjsonInput {
  /** Shown in error records when there are several inputs. */
  readonly name: string;
  readonly open: () => Readable;
}

export interface NdjsonRun {
  readonly inputs: readonly NdjsonInput[];
  readonly out: Writable;
  readonly config: RecordConfig;
  /** Worker threads; 0 runs on the main thread. */
  readonly jobs: number;
  readonly strict: boolean;
  /** Most lines per batch (blank ones included). */
  readonly batchLines: number;
  /** Most bytes per batch, unless a single line is longer. Default 1 MB. */
  readonly batchBytes?: number;
  readonly progress: Progress;
  /** URL of the built worker module (dist/cli-worker.js). */
  readonly workerUrl: URL;
}

export interface NdjsonSummary {
  readonly records: number;
  readonly errors: number;
  /** With `strict`: the error that stopped the run. */
  readonly stoppedAt?: RecordError;
}

const BATCH_BYTES = 1 << 20;

/**
 * V8 flags for an extraction run, set before any worker starts (V8's flags are per process, so
 * they hold for the workers' isolates too; `execArgv` cannot pass V8 flags to a worker).
 *
 * Why: most of the CPU that is not extraction proper is TurboFan compiling the extractor's
 * large functions on V8's background threads, several times each, since optimised code that
 * inlined a rarely-taken path deoptimises when the path is taken and is compiled again. On
 * the 17 MB Reuters corpus one worker used ~1.8 s of background CPU beside its own 3.0 s, so
 * `--jobs 1` already kept ~1.4 cores busy, and every extra worker compiles everything again.
 * A smaller cumulative inlining budget (V8's default is 920 bytes of bytecode) makes each
 * compilation smaller and cheaper and gives fewer deoptimisations, while the code it produces
 * runs as fast (worker-thread CPU unchanged). See tests/bench/jobs.mjs for the measurements.
 */
export const V8_FLAGS = ['--max-inlined-bytecode-size-cumulative=200'];
const NEWLINE = 0x0a;

export async function runNdjson(run: NdjsonRun): Promise<NdjsonSummary> {
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
  // The pool starts with the first batch: empty input starts no worker. Destroying a pool whose workers were still loading their module crashed
  // Node 20 now and then (an internal assertion in require(esm), exit by signal).
  let pool: Piscina<ByteBatch, ByteBatchResult> | undefined;
  const exec = (batch: ByteBatch): Promise<ByteBatchResult> => {
    if (run.jobs === 0) return Promise.resolve().then(() => processBytes(batch));
    // One worker to start, up to `jobs` as batches queue: a small input does not start 200 threads for `--jobs 200`.
    pool ??= new Piscina<ByteBatch, ByteBatchResult>({ filename: run.workerUrl.href, minThreads: 1, maxThreads: run.jobs, idleTimeout: 60_000 });
    return pool.run(batch, { transferList: [batch.bytes.buffer as ArrayBuffer] });
  };
  const maxInFlight = Math.max(2, run.jobs * 3);
  const batchBytes = run.batchBytes ?? BATCH_BYTES;
  const queue: Promise<ByteBatchResult>[] = [];
  let records = 0, errors = 0;
  let stoppedAt: RecordError | undefined;

  const write = async (bytes: Uint8Array): Promise<void> => {
    if (bytes.length > 0 && !run.out.write(bytes)) await once(run.out, 'drain');
  };
  const flushOne = async (): Promise<void> => {
    const r = await queue.shift()!;
    if (run.strict && r.firstError !== undefined) {
      records += r.firstErrorCount!;
      errors++;
      stoppedAt = r.firstError;
      await write(r.output.subarray(0, r.firstErrorEnd));
      return;
    }
    records += r.count;
    errors += r.errors;
    run.progress.records = records;
    run.progress.update();
    await write(r.output);
  };
  const submit = async (batch: ByteBatch): Promise<void> => {
    const p = exec(batch);
    p.catch(() => undefined); // rejections are seen by flushOne; a stopped run leaves some unread
    queue.push(p);
    while (queue.length >= maxInFlight && !stoppedAt) await flushOne();
  };

  try {
    const file = run.inputs.length > 1;
    for (const input of run.inputs) {
      if (stoppedAt) break;
      // The batch being gathered: views into the read chunks, copied into one array of its own
      // (which can be transferred) when the batch is cut.
      let parts: Uint8Array[] = [];
      let size = 0, lines = 0, firstLine = 1, first = true;
      const cut = async (): Promise<void> => {
        const bytes = new Uint8Array(size);
        let at = 0;
        for (const p of parts) {
          bytes.set(p, at);
          at += p.length;
        }
        const batch: ByteBatch = file ? { bytes, firstLine, first, config: run.config, file: input.name } : { bytes, firstLine, first, config: run.config };
        firstLine += lines;
        first = false;
        parts = [];
        size = 0;
        lines = 0;
        await submit(batch);
      };
      const stream = input.open();
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        run.progress.bytes += chunk.length;
        let from = 0;
        for (let nl = chunk.indexOf(NEWLINE); nl !== -1; nl = chunk.indexOf(NEWLINE, nl + 1)) {
          lines++;
          if (lines >= run.batchLines || size + nl + 1 - from >= batchBytes) {
            parts.push(chunk.subarray(from, nl + 1));
            size += nl + 1 - from;
            from = nl + 1;
            await cut();
            if (stoppedAt) break;
          }
        }
        if (stoppedAt) break;
        if (from < chunk.length) {
          parts.push(chunk.subarray(from));
          size += chunk.length - from;
        }
      }
      if (stoppedAt) break;
      if (size > 0) await cut();
    }
    while (queue.length > 0 && !stoppedAt) await flushOne();
  } finally {
    run.progress.records = records;
    run.progress.done();
    if (pool) {
      // A --strict stop leaves batches in flight: let them settle (at most jobs × 3) so that no
      // worker answers a pool that is already gone.
      await Promise.allSettled(queue);
      await pool.destroy();
    }
  }
  return stoppedAt ? { records, errors, stoppedAt } : { records, errors };
}
