/** Hedges and bounds written before a figure ("about $5m", "more than 20%"). Data only. */
import type { Qualifier } from '../types';

export const QUALIFIER_PHRASES: Readonly<Record<string, Qualifier['type']>> = {
  about: 'approximate', around: 'approximate', approximately: 'approximate', roughly: 'approximate',
  some: 'approximate', nearly: 'approximate', almost: 'approximate', 'close to': 'approximate',
  'an estimated': 'approximate', estimated: 'approximate', circa: 'approximate', 'just over': 'more-than',
  'just under': 'less-than', 'more than': 'more-than', over: 'more-than', above: 'more-than', 'in excess of': 'more-than',
  'at least': 'at-least', 'no less than': 'at-least', 'a minimum of': 'at-least',
  'up to': 'at-most', 'at most': 'at-most', 'as much as': 'at-most', 'as many as': 'at-most', 'a maximum of': 'at-most', 'no more than': 'at-most',
  'less than': 'less-than', under: 'less-than', below: 'less-than', 'fewer than': 'less-than',
  exactly: 'exactly', precisely: 'exactly',
};
