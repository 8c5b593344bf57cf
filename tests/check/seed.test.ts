/**
 * The seed article (read from the shared corpora at test time, not copied into the repo):
 * of its four stated yuan/dollar equivalents, only the one implying 4.33 CNY per USD is
 * flagged. Skipped when ../shared is not checked out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index';

const file = resolve(process.env.FINFIGURES_SHARED ?? resolve(__dirname, '../../../shared'), 'corpora/seed-zte-2018.txt');

describe.skipIf(!existsSync(file))('seed article checks', () => {
  it('flags RMB7.8 billion ($1.8 billion) and passes the other three pairs', () => {
    const text = readFileSync(file, 'utf8');
    const findings = check(text, { referenceDate: '2018-10-08', includePassed: true }).filter((f) => f.kind === 'equivalent-rate');
    const summary = findings.map((f) => [text.slice(f.spans[0]!.start, f.spans[1]!.end), f.severity, f.numbers.implied]);
    expect(summary).toEqual([
      ['39.4 billion Chinese yuan ($5.7 billion', 'pass', '6.91228070175'],
      ['RMB7.8 billion ($1.8 billion', 'error', '4.33333333333'],
      ['RMB2.3 billion ($330 million', 'pass', '6.9696969697'],
      ['RMB297.8 billion ($43 billion', 'pass', '6.92558139535'],
    ]);
    const bad = findings[1]!;
    expect(bad.numbers).toMatchObject({ dateRate: '6.92081422244', dateRateDate: '2018-10', periodRate: '6.36889000862', periodRateDate: '2018-01-01/2018-06-30' });
    expect(bad.message).toBe(
      'RMB7.8 billion ($1.8 billion) implies 4.33 CNY per USD, but the rate was 6.92 at the document date (2018-10), 37.4% below it; it averaged 6.37 over 2018-01-01..2018-06-30, 32% below it (tolerance 10%). One of the two amounts is probably wrong.',
    );
  });
});
