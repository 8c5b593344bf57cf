/**
 * When --ndjson starts its worker pool. Empty input once crashed the CLI in a full test run:
 * Node 20 asserted inside require(esm) (exit by signal, no message) as the pool was destroyed
 * while its workers were still loading the worker module. The pool now starts with the first
 * batch, so empty input starts none. Piscina is replaced here to count the pools made.
 */
import { Readable, Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';

const made = vi.hoisted(() => ({ pools: 0, destroyed: 0 }));
vi.mock('piscina', async () => {
  const { processBytes } = await import('../../src/cli/batch');
  class Piscina {
    constructor() {
      made.pools++;
    }
    run(batch: Parameters<typeof processBytes>[0]) {
      return Promise.resolve(processBytes(batch));
    }
    destroy() {
      made.destroyed++;
      return Promise.resolve();
    }
  }
  return { Piscina };
});

const { runNdjson } = await import('../../src/cli/ndjson');
const { Progress } = await import('../../src/cli/progress');
const { toRecordConfig } = await import('../../src/stream/record');

async function run(input: string): Promise<string> {
  let out = '';
  const sink = new Writable({ write(chunk: Buffer, _e, done) { out += chunk.toString(); done(); } });
  await runNdjson({
    inputs: [{ name: '-', open: () => Readable.from(input === '' ? [] : [Buffer.from(input)]) }],
    out: sink, config: toRecordConfig({}), jobs: 2, strict: false, batchLines: 256,
    progress: new Progress(undefined, undefined), workerUrl: new URL('file:///unused.js'),
  });
  return out;
}

describe('--ndjson worker pool', () => {
  it('empty input makes no pool', async () => {
    made.pools = made.destroyed = 0;
    expect(await run('')).toBe('');
    expect(made).toEqual({ pools: 0, destroyed: 0 });
  });

  it('input makes one pool, used for every batch and destroyed at the end', async () => {
    made.pools = made.destroyed = 0;
    const out = await run('{"text":"Up 3%."}\n{"text":"$4"}\n');
    expect(out.trim().split('\n').map((l) => (JSON.parse(l) as { figures: { text: string }[] }).figures.map((f) => f.text))).toEqual([['3%'], ['$4']]);
    expect(made).toEqual({ pools: 1, destroyed: 1 });
  });
});
