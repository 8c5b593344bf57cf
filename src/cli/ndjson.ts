/**
 * `finfigures extract --ndjson`: JSON Lines in, the same records with figures out, in input
 * order and in bounded memory. Lines are cut into batches on the main thread and extracted on
 * a piscina pool; at most a few batches per worker are in flight, and results are written
 * strictly in submission order, so memory stays bounded by (jobs × 3) batches whatever the
 * input size, and reading pauses while stdout is slow.
 */
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { Piscina } from 'piscina';
import { isBlank, LineSplitter } from '../stream/lines';
import { processBatch, type BatchResult, type LineBatch, type RecordConfig, type RecordError } from '../stream/record';
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
  readonly batchLines: number;
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

const BATCH_CHARS = 1 << 20;

export async function runNdjson(run: NdjsonRun): Promise<NdjsonSummary> {
  const pool = run.jobs > 0 ? new Piscina<LineBatch, BatchResult>({ filename: run.workerUrl.href, minThreads: run.jobs, maxThreads: run.jobs, idleTimeout: 60_000 }) : undefined;
  const exec = (batch: LineBatch): Promise<BatchResult> => (pool ? pool.run(batch) : Promise.resolve().then(() => processBatch(batch)));
  const maxInFlight = Math.max(2, run.jobs * 3);
  const queue: Promise<BatchResult>[] = [];
  let records = 0, errors = 0;
  let stoppedAt: RecordError | undefined;

  const write = async (s: string): Promise<void> => {
    if (s.length > 0 && !run.out.write(s)) await once(run.out, 'drain');
  };
  const flushOne = async (): Promise<void> => {
    const r = await queue.shift()!;
    if (run.strict && r.firstErrorEnd !== undefined) {
      const part = r.output.slice(0, r.firstErrorEnd);
      records += part.split('\n').length - 1;
      errors++;
      stoppedAt = r.errors[0];
      await write(part);
      return;
    }
    records += r.count;
    errors += r.errors.length;
    run.progress.records = records;
    run.progress.update();
    await write(r.output);
  };
  const submit = async (batch: LineBatch): Promise<void> => {
    const p = exec(batch);
    p.catch(() => undefined); // rejections are seen by flushOne; a stopped run leaves some unread
    queue.push(p);
    while (queue.length >= maxInFlight && !stoppedAt) await flushOne();
  };

  try {
    const file = run.inputs.length > 1;
    for (const input of run.inputs) {
      if (stoppedAt) break;
      const decoder = new StringDecoder('utf8');
      const splitter = new LineSplitter();
      let no = 0;
      let lines: { no: number; text: string }[] = [];
      let chars = 0;
      const take = async (batchLines: string[]): Promise<void> => {
        for (const text of batchLines) {
          no++;
          if (isBlank(text)) continue;
          lines.push({ no, text });
          chars += text.length;
          if (lines.length >= run.batchLines || chars >= BATCH_CHARS) {
            const batch = file ? { lines, config: run.config, file: input.name } : { lines, config: run.config };
            lines = [];
            chars = 0;
            await submit(batch);
            if (stoppedAt) return;
          }
        }
      };
      const stream = input.open();
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        run.progress.bytes += chunk.length;
        await take(splitter.push(decoder.write(chunk)));
        if (stoppedAt) break;
      }
      if (stoppedAt) break;
      await take([...splitter.push(decoder.end()), ...splitter.end()]);
      if (lines.length > 0 && !stoppedAt) await submit(file ? { lines, config: run.config, file: input.name } : { lines, config: run.config });
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
