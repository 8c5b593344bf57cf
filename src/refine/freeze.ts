/**
 * Figures are values: frozen all the way down, so a caller cannot change a span or a
 * conversion that another part of their program also holds.
 *
 * Freezing visits the parts each kind of figure is known to have rather than enumerating
 * every key of every object: a pipeline makes hundreds of thousands of figures, and a
 * generic walk cost as much again as the freezing itself. The freeze tests (every option
 * mode) and the property tests check that every reachable object is frozen, so a new part
 * left out here fails them. A money figure's `currencyInference` comes frozen: figures with
 * the same currency choice share it (resolve/currency.ts), as periods share `implied`.
 */
import type { About } from '../attribute/types';
import type { Figure } from '../types';

const freeze = Object.freeze;

export function freezeFigure<F extends Figure>(f: F): F {
  freeze(f.span);
  if (f.qualifier) { freeze(f.qualifier.span); freeze(f.qualifier); }
  switch (f.kind) {
    case 'money':
      if (f.notes) freeze(f.notes);
      if (f.equivalentOf) freeze(f.equivalentOf);
      if (f.period) { freeze(f.period.span); freeze(f.period); }
      if (f.converted) freeze(f.converted);
      if (f.about) freezeAbout(f.about);
      break;
    case 'percent':
      if (f.about) freezeAbout(f.about);
      break;
  }
  return freeze(f);
}

/** Attribution's `about`: every part it can have (attribute/types.ts). */
function freezeAbout(about: About): void {
  freeze(about.why);
  const { metric, subject, change, period } = about;
  if (metric) { if (metric.span) freeze(metric.span); freeze(metric); }
  if (subject) {
    freeze(subject.span);
    if (subject.via) { freeze(subject.via.span); freeze(subject.via); }
    freeze(subject);
  }
  if (change) {
    freeze(change.cue.span);
    freeze(change.cue);
    if (change.amount) freeze(change.amount);
    if (change.target) freeze(change.target);
    if (change.base) freeze(change.base);
    freeze(change);
  }
  if (period) { freeze(period.span); freeze(period); }
  if (about.equivalentOf) freeze(about.equivalentOf);
  freeze(about);
}
