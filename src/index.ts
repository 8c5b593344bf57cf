/**
 * finfigures: find the money amounts, percentages and periods in text, each as a typed,
 * normalised value with its exact source span.
 */
export { extract } from './extract';
export type {
  CurrencyHints,
  CurrencyInference,
  ExtractOptions,
  Figure,
  FigureKind,
  MoneyFigure,
  PercentFigure,
  PercentUnit,
  PeriodFigure,
  PeriodGranularity,
  PeriodImplied,
  Qualifier,
  Span,
} from './types';
