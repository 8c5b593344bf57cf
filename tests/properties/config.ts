/**
 * Run parameters for every property test: a fixed seed and a bounded number of runs by
 * default (CI stays fast and reproducible); `npm run test:long` sets FC_LONG=1 for many more
 * runs with a random seed. Reproduce a failure with FC_SEED=<seed> (printed on failure).
 *
 *   FC_SEED   seed (integer); default 20240601, random under FC_LONG
 *   FC_RUNS   runs per property; default 150 (x20 under FC_LONG)
 */
import fc from 'fast-check';

const long = process.env.FC_LONG === '1';
const seedEnv = process.env.FC_SEED;
export const seed = seedEnv !== undefined && seedEnv !== '' ? Number(seedEnv) : long ? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0 : 20240601;
const baseRuns = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : 150;

if (long) console.log(`[properties] long run, FC_SEED=${seed}`);

/** Parameters for `fc.assert`: `scale` multiplies the run count for cheap properties (<1 for costly ones). */
export function params<T>(scale = 1): fc.Parameters<T> {
  const numRuns = Math.max(5, Math.round(baseRuns * scale * (long ? 20 : 1)));
  return { seed, numRuns, endOnFailure: !long, verbose: 1 };
}

/** Test timeout (ms) to pass to `it`, longer under FC_LONG. */
export const timeout = long ? 30 * 60_000 : 20_000;
