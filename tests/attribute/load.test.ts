/**
 * Where extract() gets attribution from: in the source, the module itself (load.ts); in the
 * Node builds, attribution.cjs beside the bundle (load-node.ts, swapped in by tsup.config.ts).
 */
import { describe, expect, it } from 'vitest';
import { attributeFigures } from '../../src/attribute';
import { loadAttribution } from '../../src/attribute/load';
import { loadAttribution as loadBuilt } from '../../src/attribute/load-node';

describe('loadAttribution', () => {
  it('is the attribution module itself in the source (and the browser build)', () => {
    expect(loadAttribution()).toBe(attributeFigures);
  });

  it('says what is missing when the built file is not beside the bundle', () => {
    // From src/attribute/ there is no attribution.cjs: as in a Node bundle that inlined finfigures.
    expect(() => loadBuilt()).toThrow(/attribution lives in \.\/attribution\.cjs beside the package's bundle.*keep the package external/);
    try {
      loadBuilt();
    } catch (e) {
      expect((e as Error & { cause?: { code?: string } }).cause?.code).toBe('MODULE_NOT_FOUND');
    }
  });
});
