/**
 * Opt-in (FINFIGURES_LONG=1, about a minute): 100 MB of NDJSON through the built CLI with two
 * workers, in bounded memory, one record out per record in. See tests/bench/memory.mjs.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT } from './run';

describe.runIf(process.env.FINFIGURES_LONG === '1')('100 MB NDJSON (long)', () => {
  it('keeps peak RSS bounded and writes every record', () => {
    const out = execFileSync(process.execPath, [join(ROOT, 'tests/bench/memory.mjs'), '--mb', '100', '--jobs', '2', '--cli', CLI], { encoding: 'utf8', timeout: 600_000 });
    const result = JSON.parse(out.trim().split('\n').at(-1)!) as { inputMb: number; records: number; peakRssMb: number };
    expect(result.inputMb).toBeGreaterThanOrEqual(100);
    expect(result.records).toBeGreaterThan(100_000);
    // Three V8 isolates (main + 2 workers) settle near 300 MB whatever the input size.
    expect(result.peakRssMb).toBeLessThan(450);
  }, 600_000);
});
