/**
 * The end a text states for a fiscal year right after its label: "fiscal 2024 ended June
 * 30, 2024", "fiscal 1986, ending March 31", "FY2024 (ended June 30, 2024)", "Fiscal 2024,
 * which ended June 30". The end gives the fiscal calendar whatever `fiscalYearStart` says.
 *
 * Two shapes. Joined ("fiscal 2024 ended June 30"): label and end are one period. Aside
 * (in parentheses, or "which"/"that" ...): the end is a clause of its own, so the label alone
 * is the period, resolved with that end, and the date stays a day of its own.
 */
import { ENDING_WORDS, FISCAL_END_WORDS } from '../../lexicon/periods';
import type { PeriodSpec } from '../../resolve/period/spec';
import { readEndDate } from './months-ended';
import { isWordAt, punctAt, wordAt, type Toks } from './read';

export interface StatedEnd {
  /** The last month or day of the fiscal year, with its year filled in. */
  readonly end: PeriodSpec;
  /** The index after the end date. */
  readonly next: number;
  /** The end is a parenthesis or relative clause: the period is the label alone. */
  readonly aside: boolean;
  /** The end's year was not written: how the end was told (PeriodSpec `openEnd`). */
  readonly open?: 'ended' | 'ending';
}

/**
 * The stated end of fiscal year `fy` after its label, read from token `j`. A year-less end
 * takes the label's year (resolving may move it a year on: PeriodSpec `openEnd`). A written year must be the label's or the next one (fiscal years
 * named by the year they start in: "fiscal 2024, ended March 31, 2025"); any other, or a
 * relative one ("ended last June"), is not this year's end.
 */
export function readStatedEnd(toks: Toks, j: number, fy: number): StatedEnd | undefined {
  let k = j;
  let aside = false;
  if (punctAt(toks, k, '(')) { aside = true; k++; }
  else if (punctAt(toks, k, ',')) k++;
  if (isWordAt(toks, k, 'which', 'that')) { aside = true; k++; }
  // "fiscal 2025 will end on August 28, 2025": an end still to come, told with a modal.
  if (isWordAt(toks, k, 'will', 'would', 'shall') && isWordAt(toks, k + 1, 'end')) k++;
  const w = wordAt(toks, k) === 'end' && k > j && isWordAt(toks, k - 1, 'will', 'would', 'shall') ? 'ending' : wordAt(toks, k);
  if (w === undefined) return undefined;
  // Joined: any ending word ("fiscal 1986 to March 31"); aside, or with a stated year, only ended/ending/ends.
  const stating = FISCAL_END_WORDS.has(w);
  if (!stating && (aside || !ENDING_WORDS.has(w))) return undefined;
  k++;
  if (isWordAt(toks, k, 'on', 'in')) k++;
  const d = readEndDate(toks, k, false);
  if (!d) return undefined;
  const e = d.value;
  if (e.t !== 'day' && e.t !== 'month') return undefined;
  if (e.t === 'day' && e.month.kind !== 'abs') return undefined;
  if (e.year.kind === 'implied') return { end: { ...e, year: { kind: 'abs', y: fy } }, next: d.next, aside, open: w === 'ended' ? 'ended' : 'ending' };
  if (e.year.kind === 'abs' && stating && (e.year.y === fy || e.year.y === fy + 1)) return { end: e, next: d.next, aside };
  return undefined;
}
