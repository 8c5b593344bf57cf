/**
 * The exported types as a TypeScript user meets them. `npm run typecheck` (tsc over tests/)
 * is the real test here: the functions below must compile under `strict`; the runtime
 * assertions check that the values match what the types promise.
 */
import { describe, expect, it } from 'vitest';
import { extract, type About, type Figure } from '../../src/index';

/** Reads `about` on any figure, as the README's attribution example does, without narrowing on kind. */
const aboutOf = (f: Figure): About | undefined => f.about;
/** `about.metric` is always there: `f.about.metric.category` needs no `?.` (strict TS checks this line). */
const categoryOf = (f: Figure): string | undefined => (f.about ? f.about.metric.category : undefined);

/** Narrowing on `kind` reaches each kind's own fields. */
function valueOf(f: Figure): string {
  switch (f.kind) {
    case 'money':
      return `${f.currency ?? '?'} ${f.amountExact}`;
    case 'percent':
      return `${f.valueExact} ${f.unit}`;
    case 'period':
      return f.start === undefined ? `(${f.unresolved ?? ''})` : `${f.start}..${f.end ?? ''}`;
    default: {
      const never: never = f;
      return never;
    }
  }
}

describe('exported types', () => {
  it('f.about reads on any figure: an About on money and percent with attribution, undefined on periods', () => {
    const figures = extract('Revenue rose 5% to $10 million in 2023.', { attribution: true });
    expect(figures.map((f) => [f.kind, aboutOf(f)?.metric?.category])).toEqual([
      ['percent', 'revenue'],
      ['money', 'revenue'],
      ['period', undefined],
    ]);
    expect(figures.map(valueOf)).toEqual(['5 percent', 'USD 10000000', '2023-01-01..2023-12-31']);
    expect(extract('Acme paid $3 million.', { attribution: true, kinds: ['money'] }).map(categoryOf)).toEqual(['other']);
  });
});
