/**
 * Builds the package once, with the project's own tsup config, for the tests that spawn the
 * built CLI or load the built entries, and hands its path to them (`inject('finfiguresDist')`).
 * Each build goes to a new tests/artifacts/dist-<time> (gitignored) and is reused while no
 * source is newer: a test run never sees its build cleaned under it by another run, and
 * nobody's `npm run build` of dist/ can break it either. A lock directory keeps two runs from
 * building at once; builds older than an hour are removed. `FINFIGURES_TEST_DIST=dist` tests
 * an existing build instead.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    finfiguresDist: string;
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const artifacts = join(root, 'tests/artifacts');
const pointer = join(artifacts, 'dist-current');

/**
 * The current test build's directory, for test files that import it (read when imported,
 * i.e. after this setup ran). Prefer `inject('finfiguresDist')` in new tests.
 */
export const TEST_DIST = existsSync(pointer) ? join(artifacts, readFileSync(pointer, 'utf8').trim()) : join(artifacts, 'dist');

const OUTPUTS = ['cli.js', 'cli-worker.js', 'index.js', 'stream.js', 'stream.cjs', 'report.js', 'attribution.cjs', 'browser.js'];

function newest(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = 0;
  for (const e of readdirSync(path)) m = Math.max(m, newest(join(path, e)));
  return m;
}

function fresh(dist: string): boolean {
  const outs = OUTPUTS.map((f) => join(dist, f));
  if (!outs.every(existsSync)) return false;
  const built = Math.min(...outs.map((f) => statSync(f).mtimeMs));
  const sources = Math.max(newest(join(root, 'src')), newest(join(root, 'tsup.config.ts')), newest(join(root, 'package.json')));
  return sources <= built;
}

function prune(keep: string): void {
  for (const e of readdirSync(artifacts)) {
    const dir = join(artifacts, e);
    if (!/^dist(-\d+)?$/.test(e) || dir === keep) continue;
    if (Date.now() - statSync(dir).mtimeMs > 3_600_000) rmSync(dir, { recursive: true, force: true });
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export default async function setup(project: TestProject): Promise<void> {
  if (process.env.FINFIGURES_TEST_DIST) {
    project.provide('finfiguresDist', resolve(root, process.env.FINFIGURES_TEST_DIST));
    return;
  }
  mkdirSync(artifacts, { recursive: true });
  const lock = join(artifacts, '.build.lock');
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
    let dist = existsSync(pointer) ? join(artifacts, readFileSync(pointer, 'utf8').trim()) : '';
    if (!dist || !fresh(dist)) {
      dist = join(artifacts, `dist-${Date.now()}`);
      const { build } = await import('tsup');
      const cwd = process.cwd();
      process.chdir(root);
      try {
        await build({ outDir: dist, dts: false, sourcemap: false, silent: true });
      } finally {
        process.chdir(cwd);
      }
      writeFileSync(pointer, dist.slice(artifacts.length + 1));
    }
    prune(dist);
    project.provide('finfiguresDist', dist);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
