/**
 * finfigures: find the money amounts, percentages and periods in text, each as a typed,
 * normalised value with its exact source span.
 */
export { extract } from './extract';
export { convert } from './convert/convert';
export { check, checkFigures } from './check';
export type { CheckOptions, Finding, FindingKind, FindingSeverity } from './check';
export type {
  About,
  AboutChange,
  AboutMetric,
  AboutPeriod,
  AboutSubject,
  ChangeDirection,
  ChangeRole,
  MetricCategory,
  PeriodBasis,
  SubjectBasis,
} from './attribute/types';
export type { Conversion, ConvertOptions, EmbeddedRates, LinkedPeriod, RateBasis, RateFunction, RateInput, RateOptions, RateTable } from './convert/types';
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
