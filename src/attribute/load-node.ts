/**
 * load.ts for the Node builds (swapped in by tsup.config.ts): attribution is compiled into its
 * own file, `attribution.cjs` beside the bundle, and required on the first call that asks for
 * it. A plain `import` then compiles only the recognisers, and `extract()` stays synchronous.
 */
import { createRequire } from 'node:module';
import type { AttributeFigures } from './load';

/** The built file, relative to the bundle that requires it. */
const FILE = './attribution.cjs';

let attributeFigures: AttributeFigures | undefined;

/** Attribution's entry point, loaded once. Throws when the built file is not beside the bundle. */
export function loadAttribution(): AttributeFigures {
  if (attributeFigures) return attributeFigures;
  // ES module build: its own URL; CommonJS build: import.meta is empty and __filename is the bundle's.
  const from = (import.meta as { url?: string }).url || __filename;
  try {
    const mod = createRequire(from)(FILE) as { attributeFigures: AttributeFigures };
    attributeFigures = mod.attributeFigures;
  } catch (cause) {
    throw new Error(
      `finfigures: attribution lives in ${FILE} beside the package's bundle and could not be loaded. ` +
        'When bundling finfigures for Node, keep the package external; for a browser, use its "browser" export.',
      { cause },
    );
  }
  return attributeFigures;
}
