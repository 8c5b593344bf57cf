/**
 * The --ndjson batching in-process: how the main thread cuts raw input bytes into batches
 * (src/cli/ndjson.ts) and how a batch turns into output bytes (src/cli/batch.ts), on the main
 * thread and on the built worker (dist/cli-worker.js) with transferred buffers.
 */
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { processBytes } from '../../src/cli/batch';
import { runNdjson, type NdjsonSummary } from '../../src/cli/ndjson';
import { Progress } from '../../src/cli/progress';
import { toRecordConfig } from '../../src/stream/record';
import { DIST } from './run';

const config = toRecordConfig({});
const enc = new TextEncoder();
const record = (i: number, text = `Item ${i} sold for $${i}.50.`): string => JSON.stringify({ id: `r${i}`, text });

/** Runs runNdjson over `chunks` (as read, so lines and characters may straddle them). */
async function run(chunks: readonly (string | Uint8Array)[], opts: { jobs?: number; batchLines?: number; batchBytes?: number; strict?: boolean; names?: string[] } = {}): Promise<{ out: string; writes: number; summary: NdjsonSummary; progress: Progress }> {
  const parts: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _enc, done) {
      parts.push(chunk);
      done();
    },
  });
  const progress = new Progress(undefined, undefined);
  const open = (): Readable => Readable.from(chunks.map((c) => Buffer.from(typeof c === 'string' ? enc.encode(c) : c)), { objectMode: false });
  const summary = await runNdjson({
    inputs: (opts.names ?? ['-']).map((name) => ({ name, open })),
    out,
    config,
    jobs: opts.jobs ?? 0,
    strict: opts.strict ?? false,
    batchLines: opts.batchLines ?? 256,
    ...(opts.batchBytes !== undefined ? { batchBytes: opts.batchBytes } : {}),
    progress,
    workerUrl: pathToFileURL(join(DIST, 'cli-worker.js')),
  });
  return { out: Buffer.concat(parts).toString('utf8'), writes: parts.length, summary, progress };
}

const parse = (s: string): Record<string, unknown>[] => s.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('processBytes', () => {
  it('numbers lines from firstLine, skips blank ones, strips \\r and reports the first error for --strict', () => {
    const text = `${record(1)}\r\n\n   \n{oops\n${record(5, 'Prix: 3 €, «ça» monte de 2 %.')}\n[1]\n`;
    const r = processBytes({ bytes: enc.encode(text), firstLine: 41, first: false, config });
    const out = new TextDecoder().decode(r.output);
    const recs = parse(out);
    expect(r.count).toBe(4);
    expect(recs).toHaveLength(4);
    expect(r.errors).toBe(2);
    expect(recs[0]).toMatchObject({ id: 'r1', figures: [{ kind: 'money', amount: 1.5 }] });
    expect(recs[1]).toMatchObject({ error: { line: 44 }, input: '{oops' });
    expect(recs[2]).toMatchObject({ id: 'r5', text: 'Prix: 3 €, «ça» monte de 2 %.' });
    expect(recs[3]).toMatchObject({ error: { line: 46, message: 'line 46: expected a JSON object, got an array' } });
    expect(r.firstError).toEqual(recs[1]!.error);
    expect(r.firstErrorCount).toBe(2);
    // The byte offset of the end of the first error record, not its character offset.
    const upTo = out.split('\n').slice(0, 2).join('\n') + '\n';
    expect(r.firstErrorEnd).toBe(Buffer.byteLength(upTo));
    expect(new TextDecoder().decode(r.output.subarray(0, r.firstErrorEnd))).toBe(upTo);
  });

  it('drops a byte-order mark only from the first batch of an input, and keeps a last line without newline', () => {
    const bytes = enc.encode('\uFEFFnope\n' + record(2));
    const first = parse(new TextDecoder().decode(processBytes({ bytes, firstLine: 1, first: true, config }).output));
    expect(first).toMatchObject([{ error: { line: 1 }, input: 'nope' }, { id: 'r2' }]);
    const later = parse(new TextDecoder().decode(processBytes({ bytes, firstLine: 9, first: false, config }).output));
    expect(later).toMatchObject([{ error: { line: 9 }, input: '\uFEFFnope' }, { id: 'r2' }]);
  });

  it('returns output bytes with an ArrayBuffer of their own (so they can be transferred)', () => {
    const r = processBytes({ bytes: enc.encode(record(1) + '\n'), firstLine: 1, first: true, config });
    expect(r.output.byteOffset).toBe(0);
    expect(r.output.buffer.byteLength).toBe(r.output.length);
  });
});

describe('runNdjson batching', () => {
  const input = Array.from({ length: 60 }, (_, i) => (i % 13 === 7 ? '' : i === 34 ? 'not json' : record(i + 1, `Le café coûte ${i + 1} € — up ${i + 1}% on the year.`))).join('\n') + '\n';
  const expected = (() => {
    const byLine = input.split('\n').slice(0, -1);
    return byLine.map((l, i) => ({ l, no: i + 1 })).filter(({ l }) => l !== '');
  })();

  it('gives the same output however the input is chunked and batched, with line numbers across batches', async () => {
    const bytes = enc.encode(input);
    const reference = await run([bytes]);
    const recs = parse(reference.out);
    expect(recs).toHaveLength(expected.length);
    expect(reference.summary).toEqual({ records: expected.length, errors: 1 });
    expect(recs.map((r) => r.id ?? (r.error as { line: number }).line)).toEqual(expected.map(({ l, no }) => (l === 'not json' ? no : JSON.parse(l).id)));
    expect(recs.find((r) => r.error)).toMatchObject({ error: { line: 35 }, input: 'not json' });
    // Chunks of 1, 7 and 100 bytes split lines and multi-byte characters (€ is 3 bytes, — is 3).
    for (const size of [1, 7, 100]) {
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      for (const batching of [{ batchLines: 1 }, { batchLines: 5 }, { batchLines: 256, batchBytes: 300 }]) {
        const r = await run(chunks, batching);
        expect(r.out).toBe(reference.out);
        expect(r.summary).toEqual(reference.summary);
        expect(r.progress.bytes).toBe(bytes.length);
      }
    }
  });

  it('cuts a batch at batchLines lines (blank ones included) or batchBytes bytes, whichever comes first', async () => {
    // One write per batch: 60 lines in batches of 5 → 12 batches.
    expect((await run([input], { batchLines: 5 })).writes).toBe(12);
    // With batchBytes, a batch ends with the line that brings it to batchBytes or more.
    const sizes = input.split('\n').slice(0, -1).map((l) => Buffer.byteLength(l) + 1);
    let batches = 0, size = 0;
    for (const n of sizes) if ((size += n) >= 300) (batches++, (size = 0));
    if (size > 0) batches++;
    expect(batches).toBeGreaterThan(5);
    expect((await run([input], { batchBytes: 300 })).writes).toBe(batches);
    // A line longer than batchBytes is a batch on its own, never split.
    const long = record(1, 'x'.repeat(5000) + ' $7.');
    const r = await run([long + '\n' + record(2) + '\n'], { batchBytes: 100 });
    expect(r.writes).toBe(2);
    expect(parse(r.out).map((x) => x.id)).toEqual(['r1', 'r2']);
  });

  it('gives the same bytes on two worker threads, with input and output transferred', async () => {
    const main = await run([input], { batchLines: 3 });
    const workers = await run([input], { jobs: 2, batchLines: 3 });
    expect(workers.out).toBe(main.out);
    expect(workers.summary).toEqual(main.summary);
  });

  it('--strict stops at the first error, counting the records written, on the main thread and on workers', async () => {
    for (const jobs of [0, 2]) {
      const r = await run([input], { jobs, strict: true, batchLines: 4 });
      const recs = parse(r.out);
      expect(recs.at(-1)).toMatchObject({ error: { line: 35 } });
      expect(recs).toHaveLength(expected.findIndex(({ no }) => no === 35) + 1);
      expect(r.summary.records).toBe(recs.length);
      expect(r.summary.stoppedAt).toMatchObject({ line: 35, message: expect.stringMatching(/^line 35: malformed JSON/) });
    }
  });

  it('restarts line numbers and the byte-order mark for each input, naming the file', async () => {
    const r = await run(['\uFEFF{"text": "$1"}\nbad\n'], { names: ['a.jsonl', 'b.jsonl'], batchLines: 1 });
    const recs = parse(r.out);
    expect(recs.map((x) => (x.error as { message?: string } | undefined)?.message ?? x.text)).toEqual(['$1', 'a.jsonl:2: malformed JSON (Unexpected token \'b\', "bad" is not valid JSON)', '$1', 'b.jsonl:2: malformed JSON (Unexpected token \'b\', "bad" is not valid JSON)']);
  });
});
