/**
 * Figures in a plain-text table (src/attribute/table.ts): a cell takes its column's header
 * period, a header's metric or its row's, a "Change" column's direction by sign, and the story's
 * company as its subject. Tables written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

const REF = '2026-08-05';
const brief = (text: string, figure: string): [string, string | undefined, string | undefined, string | undefined] => {
  const a = aboutOf(text, figure, REF);
  return [a.metric.category, a.subject?.name, a.direction, a.period && `${a.period.start}..${a.period.end}`];
};

describe('a table with periods over its columns and a column of changes', () => {
  const t = [
    'Harrowgate Foods posts higher second-quarter sales',
    '',
    'LEEDS, Aug 5 -- Harrowgate Foods said on Wednesday that second-quarter revenue rose 7.1%, helped by its Spanish bakeries, where sales grew 12%.',
    '',
    'Key figures (GBP million)',
    '                   Q2 2026    Q2 2025    Change',
    'Revenue               £412       £385      7.1%',
    'Operating profit       £51        £55     -7.3%',
    'Net income             £33        £31      6.5%',
    '',
    'The company kept its outlook for the year.',
  ].join('\n');
  it.each([
    ['£412', ['revenue', 'Harrowgate Foods', undefined, '2026-04-01..2026-06-30']],
    ['£385', ['revenue', 'Harrowgate Foods', undefined, '2025-04-01..2025-06-30']],
    ['-7.3%', ['profit', 'Harrowgate Foods', 'down', '2026-04-01..2026-06-30']],
    ['£55', ['profit', 'Harrowgate Foods', undefined, '2025-04-01..2025-06-30']],
    ['6.5%', ['profit', 'Harrowgate Foods', 'up', '2026-04-01..2026-06-30']],
  ] as const)('%s', (figure, expected) => {
    expect(brief(t, figure)).toEqual(expected);
  });
});

describe('a day under "Three Months Ended" ends the quarter', () => {
  const t = [
    'Quillmark Corp. today reported results for the second quarter ended June 30, 2026.',
    '',
    '(in millions, except per share amounts)',
    '                          Three Months Ended',
    '                     June 30, 2026    June 30, 2025',
    'Net sales                 $1,204.5         $1,110.2',
    'Diluted EPS                  $1.92            $1.61',
  ].join('\n');
  it.each([
    ['$1,204.5', ['revenue', 'Quillmark Corp', undefined, '2026-04-01..2026-06-30']],
    ['$1,110.2', ['revenue', 'Quillmark Corp', undefined, '2025-04-01..2025-06-30']],
    ['$1.61', ['eps', 'Quillmark Corp', undefined, '2025-04-01..2025-06-30']],
  ] as const)('%s', (figure, expected) => {
    expect(brief(t, figure)).toEqual(expected);
  });
});

describe('metrics named by the header, or by the caption', () => {
  it('takes a header cell\'s metric, and the one before a column of changes', () => {
    const t = [
      'Sorrel Apparel said on Tuesday its fiscal-year sales rose.',
      '',
      'Region        Revenue    Change    Operating profit',
      'Europe         $2.1bn     +4.2%              $310m',
      'Asia           $1.4bn     -2.5%              $150m',
    ].join('\n');
    expect(brief(t, '-2.5%').slice(0, 3)).toEqual(['revenue', 'Sorrel Apparel', 'down']);
    expect(brief(t, '$310m')[0]).toBe('profit');
  });
  it('takes the metric a caption ending in a colon names', () => {
    const t = [
      'Brackley Stores reported July trading on Wednesday.',
      '',
      'Like-for-like sales for the periods were as follows:',
      '',
      '                   4 weeks    26 weeks',
      'Food                 3.1%        2.4%',
      'Clothing             5.2%        4.8%',
    ].join('\n');
    expect(brief(t, '4.8%').slice(0, 2)).toEqual(['revenue', 'Brackley Stores']);
  });
});

describe('a row label that names who the figures belong to', () => {
  it('keeps the row\'s own name as the subject', () => {
    const t = [
      'Bankers\' fees from mergers rose in the first half, a league table showed on Monday.',
      '',
      '                    H1 2026    H1 2025',
      'Ashdown Partners     $412m      $380m',
      'Corbel & Co          $298m      $305m',
    ].join('\n');
    expect(brief(t, '$305m')[1]).toBe('Corbel & Co');
    expect(brief(t, '$305m')[3]).toBe('2025-01-01..2025-06-30');
  });
});
