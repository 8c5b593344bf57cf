/**
 * The pipeline: scan → recognise → resolve → refine. Each stage is a pure function of the
 * document; later stages (link, convert, check, attribute) only add fields.
 */
import { makeDoc } from './document';
import { resolveOptions } from './options';
import { recogniseMoney } from './recognise/money';
import { recognisePercents } from './recognise/percent';
import { recognisePeriods } from './recognise/period';
import { freezeFigure } from './refine/freeze';
import { mergeFigures, mergeInTextOrder } from './refine/overlaps';
import { convertFigures } from './convert/figures';
import { linkFigures } from './link';
import { loadAttribution } from './attribute/load';
import type { ExtractOptions, Figure } from './types';

/**
 * Finds every monetary amount, percentage and period in `text`, in text order.
 *
 * @throws TypeError when `text` is not a string or an option has the wrong type.
 * @throws RangeError when an option is out of range (`fiscalYearStart: 13`).
 */
export function extract(text: string, options?: ExtractOptions): Figure[] {
  if (typeof text !== 'string') throw new TypeError(`text must be a string, got ${text === null ? 'null' : typeof text}`);
  const opts = resolveOptions(options);
  const doc = makeDoc(text, opts);
  // Conversion takes a figure's linked period, so it reads periods even when they are not returned.
  const readsPeriods = opts.kinds.has('period') || options?.convertTo !== undefined;
  // Wherever periods are read, money and percent are too: a number they claim ("$2017", "5%")
  // is never a period. Otherwise each is read only when returned (or for attribution).
  const all = readsPeriods || opts.attribution;
  const money = all || opts.kinds.has('money') ? recogniseMoney(doc) : [];
  const percents = all || opts.kinds.has('percent') ? recognisePercents(doc) : [];
  const amounts = mergeInTextOrder(money, percents);
  const periods = readsPeriods ? recognisePeriods(doc) : [];
  let merged = linkFigures(text, mergeFigures(amounts, periods));
  // Rate data loads only here, on the first call with `convertTo`.
  if (options?.convertTo !== undefined) merged = convertFigures(merged, options, opts.referenceISO);
  // Attribution (its code, and compromise's lexicon) only when asked for; it only adds `about`. It reads
  // periods even when they are not returned, without letting them change the other figures.
  if (opts.attribution) merged = loadAttribution()(text, merged, periods.length || opts.kinds.has('period') ? [] : recognisePeriods(doc), opts.referenceISO);
  const out: Figure[] = [];
  for (const f of merged) if (opts.kinds.has(f.kind)) out.push(freezeFigure(f));
  return out;
}
