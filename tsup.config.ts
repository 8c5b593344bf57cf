import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** The command and its worker: ES modules only, one file each (no shared chunks to clean). */
const CLI_FILES = ['cli.js', 'cli.js.map', 'cli-worker.js', 'cli-worker.js.map'];

export default defineConfig([
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
