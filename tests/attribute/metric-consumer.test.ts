/**
 * Consumer companies' measures: a film's takings at cinemas are revenue, a drinks maker's
 * depletions a volume (src/lexicon/metrics.ts rows revenue.box-office and other.volumes).
 * Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('box office takings are revenue', () => {
  it.each([
    ["Lumen Pictures' 'Night Harbor' grossed $84 million in North American theaters over the weekend.", '$84 million'],
    ['Box office receipts rose 11% to $2.3 billion in the first half.', '11%'],
    ['Domestic ticket sales reached $3.9 billion for the year so far.', '$3.9 billion'],
    ['The sequel took $61 million in its opening weekend.', '$61 million'],
  ])('%s → %s', (text, fig) => {
    expect(aboutOf(text, fig, '2025-07-14').metric?.category).toBe('revenue');
  });
});

describe('depletions are a volume, not money', () => {
  it.each([
    ['Depletions fell 4% in the quarter, Corran Spirits said.', '4%'],
    ['Corran Spirits said depletions declined 2.5% as distributors cut stocks.', '2.5%'],
  ])('%s → %s', (text, fig) => {
    const a = aboutOf(text, fig, '2025-08-06');
    expect(a.metric?.category).toBe('other');
    expect(a.direction).toBe('down');
  });
});
