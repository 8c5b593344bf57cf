/**
 * Where `extract()` gets attribution from. Here, in the source and in the browser build, it is
 * the module itself, bundled with the rest. The Node builds swap this file for load-node.ts
 * (see tsup.config.ts), which requires the separately built `attribution.cjs` on first use:
 * attribution is almost half of the code, and a plain import should not pay V8 to compile it.
 */
import { attributeFigures } from './index';

export type AttributeFigures = typeof attributeFigures;

/** Attribution's entry point. */
export const loadAttribution = (): AttributeFigures => attributeFigures;
