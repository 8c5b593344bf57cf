import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'tsup';

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

/** The command and its worker: ES modules only, one file each (no shared chunks to clean). */
const CLI_FILES = ['cli.js', 'cli.js.map', 'cli-worker.js', 'cli-worker.js.map'];

// A function of the caller's options: the tests build into a directory of their own (outDir).
export default defineConfig((options) => [
  {
    entry: { index: 'src/index.ts', stream: 'src/stream/index.ts', report: 'src/report/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // Builds run in parallel: keep the CLI build's files when cleaning.
    clean: CLI_FILES.map((f) => `!${f}`),
    target: 'node20',
    splitting: true,
    treeshake: true,
    onSuccess: copyBundledLicences(options.outDir ?? 'dist'),
  },
  {
    // src/cli/main.ts starts with `#!/usr/bin/env node`; tsup keeps it and marks cli.js executable.
    entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    splitting: false,
    treeshake: true,
    define: { __FINFIGURES_VERSION__: JSON.stringify(version) },
  },
]);
