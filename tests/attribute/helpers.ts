/** Helpers for attribution tests: run extract with attribution and find a figure's `about`. */
import { extract } from '../../src/index';
import type { About } from '../../src/index';

export const REF = '2023-06-01';

export function aboutOf(text: string, figureText: string, referenceDate = REF): About {
  const figures = extract(text, { attribution: true, referenceDate });
  const f = figures.find((x) => x.text === figureText);
  if (!f) throw new Error(`no figure "${figureText}" in: ${figures.map((x) => x.text).join(' | ')}`);
  if (f.kind === 'period' || !f.about) throw new Error(`"${figureText}" has no about`);
  return f.about;
}
