/** Texts written for these tests (not taken from any publication). */
export const ARTICLE =
  'Harbourline Foods said revenue rose 12% to $4.5 billion in the first quarter, up from $4 billion a year earlier. ' +
  'Its margin narrowed by 50 basis points. The board approved a dividend of €0.35 a share for fiscal 2023.\n';

/** A stated change that disagrees with its amounts: 150 from 120 is 25%, not 50%. */
export const WRONG_CHANGE = 'Revenue rose 50% to $150 million from $120 million in 2023.\n';

export interface FigureJson {
  kind: string;
  text: string;
  span: { start: number; end: number };
  [k: string]: unknown;
}

export function byText(figures: readonly FigureJson[], text: string): FigureJson {
  const f = figures.find((x) => x.text === text);
  if (!f) throw new Error(`no figure "${text}" in ${JSON.stringify(figures.map((x) => x.text))}`);
  return f;
}
