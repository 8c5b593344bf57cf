import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * date-fns and @date-fns/utc are bundled, not imported (they are devDependencies, and tsup
 * bundles whatever is not a dependency): resolving their dozen small modules was a fifth of
 * the package's load time. Their MIT licences ship beside the bundle.
 */
const copyBundledLicences = (outDir: string) => async (): Promise<void> => {
  mkdirSync(join(outDir, 'licenses'), { recursive: true });
  copyFileSync('node_modules/date-fns/LICENSE.md', join(outDir, 'licenses/date-fns.md'));
  copyFileSync('node_modules/@date-fns/utc/LICENSE.md', join(outDir, 'licenses/date-fns-utc.md'));
};

/**
 * The Node builds load attribution lazily: `src/attribute/load.ts` (attribution bundled in) is
 * swapped for `load-node.ts`, which requires `attribution.cjs`, built on its own below, on the
 * first call with `attribution: true`. Attribution is almost half of the code; a plain import
 * no longer has V8 compile it. The browser build keeps load.ts, everything in one file.
 */
const lazyAttribution: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'lazy-attribution',
  setup(build) {
    build.onResolve({ filter: /^\.\/attribute\/load$/ }, () => ({ path: resolve('src/attribute/load-node.ts') }));
  },
};

/** The builds of one file each, beside the main build (which cleans the directory, in parallel). */
const SINGLE_FILE: Options = { dts: false, sourcemap: true, clean: false, target: 'node20', splitting: false, treeshake: true };

/** Files of the builds that do not clean: the command and its worker (ES modules only, one file each), attribution, the browser bundle. */
const UNCLEANED = ['cli.js', 'cli-worker.js', 'attribution.cjs', 'browser.js'].flatMap((f) => [f, `${f}.map`]);

// A function of the caller's options: the tests build into a directory of their own (outDir).
export default defineConfig((options) => [
  {
    entry: { index: 'src/index.ts', stream: 'src/stream/index.ts', report: 'src/report/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // Builds run in parallel: keep the other builds' files when cleaning.
    clean: UNCLEANED.map((f) => `!${f}`),
    target: 'node20',
    splitting: true,
    treeshake: true,
    esbuildPlugins: [lazyAttribution],
    onSuccess: copyBundledLicences(options.outDir ?? 'dist'),
  },
  {
    // What the Node builds require on the first call with `attribution: true` (one file, CommonJS,
    // so both builds can load it synchronously).
    ...SINGLE_FILE,
    entry: { attribution: 'src/attribute/index.ts' },
    format: ['cjs'],
  },
  {
    // Bundlers for browsers pick this file (the `browser` condition of package.json's exports):
    // no Node imports, attribution bundled in.
    ...SINGLE_FILE,
    entry: { browser: 'src/index.ts' },
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
  },
  {
    // src/cli/main.ts starts with `#!/usr/bin/env node`; tsup keeps it and marks cli.js executable.
    ...SINGLE_FILE,
    entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    esbuildPlugins: [lazyAttribution],
    define: { __FINFIGURES_VERSION__: JSON.stringify(version) },
  },
]);
