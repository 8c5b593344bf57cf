/**
 * Builds the package once, with the project's own tsup config, into tests/artifacts/dist
 * (gitignored) for the tests that spawn the built CLI or load the built entries. A private
 * output keeps the tests immune to someone rebuilding dist/ meanwhile. Rebuilds only when a
 * source is newer than that build; a lock directory keeps two test runs from building at
 * once. `FINFIGURES_TEST_DIST=path` tests an existing build instead (e.g. dist).
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const TEST_DIST = join(root, 'tests/artifacts/dist');
const OUTPUTS = ['cli.js', 'cli-worker.js', 'index.js', 'stream.js', 'stream.cjs', 'report.js'];

function newest(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = 0;
  for (const e of readdirSync(path)) m = Math.max(m, newest(join(path, e)));
  return m;
}

function stale(): boolean {
  const outs = OUTPUTS.map((f) => join(TEST_DIST, f));
  if (!outs.every(existsSync)) return true;
  const built = Math.min(...outs.map((f) => statSync(f).mtimeMs));
  const sources = Math.max(newest(join(root, 'src')), newest(join(root, 'tsup.config.ts')), newest(join(root, 'package.json')));
  return sources > built;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export default async function setup(): Promise<void> {
  if (process.env.FINFIGURES_TEST_DIST) return;
  mkdirSync(join(root, 'tests/artifacts'), { recursive: true });
  const lock = join(root, 'tests/artifacts/.build.lock');
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another run is building; a lock older than 3 minutes is left over from a crash.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 180_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        /* gone meanwhile */
      }
      if (Date.now() > deadline) throw new Error(`waited 3 minutes for ${lock}`);
      await sleep(500);
    }
  }
  try {
    if (stale()) {
      const { build } = await import('tsup');
      const cwd = process.cwd();
      process.chdir(root);
      try {
        await build({ outDir: TEST_DIST, dts: false, sourcemap: false, silent: true });
      } finally {
        process.chdir(cwd);
      }
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
