import { describe, expect, it } from 'vitest';
import { extract, type MoneyFigure } from '../../../src/index';
import { isPerShareLabel } from '../../../src/recognise/money/table-scale';

const money = (text: string): MoneyFigure[] => extract(text, { kinds: ['money'] }) as MoneyFigure[];
/** Each figure as "text=exact amount". */
const amounts = (text: string): string[] => money(text).map((f) => `${f.text}=${f.amountExact}${f.amountMaxExact ? '-' + f.amountMaxExact : ''}`);

const STATEMENT = [
  'Harrow Tools reported a record quarter on Thursday.',
  '',
  'Condensed Statement of Income',
  '(in millions, except per share amounts)',
  '',
  '                         Q2 2026      Q2 2025',
  'Net sales                $1,482.7     $1,390.1',
  'Operating income           $201.4       $188.0',
  'Net loss                   $(12.6)      $(40.3)',
  'Diluted EPS                 $0.84        $0.71',
  'Dividends per share         $0.25        $0.22',
  '',
  'The company will pay its dividend of $0.25 on May 4 and expects sales of $6 billion this year.',
].join('\n');

describe('money: results tables scaled by their header', () => {
  it('scales the bare amounts under "(in millions, except per share amounts)"', () => {
    expect(amounts(STATEMENT)).toEqual([
      '$1,482.7=1482700000', '$1,390.1=1390100000',
      '$201.4=201400000', '$188.0=188000000',
      '$(12.6)=-12600000', '$(40.3)=-40300000',
      // Per-share rows keep their amounts.
      '$0.84=0.84', '$0.71=0.71', '$0.25=0.25', '$0.22=0.22',
      // Prose after the table is out of its reach.
      '$0.25=0.25', '$6 billion=6000000000',
    ]);
  });

  it('says why the amount was scaled, keeping the span as written', () => {
    const f = money(STATEMENT).find((x) => x.text === '$1,482.7')!;
    expect(f.scale).toBe('millions');
    expect(f.amount).toBe(1482700000);
    expect(STATEMENT.slice(f.span.start, f.span.end)).toBe('$1,482.7');
    expect(f.notes?.some((n) => n.includes('table header'))).toBe(true);
  });

  /** [header, first amount's row, expected exact amount] */
  it.each<[string, string, string]>([
    ['(in thousands)', 'Revenue     $48,213', '48213000'],
    ['($ in thousands)', 'Revenue     $48,213', '48213000'],
    ['(Dollars in millions, except per share data)', 'Backlog     $912.5', '912500000'],
    ['(in millions of U.S. dollars)', 'Backlog     $912.5', '912500000'],
    ['(unaudited, in millions)', 'Backlog     $912.5', '912500000'],
    ['(€ millions)', 'Umsatz      €3,410', '3410000000'],
    ['(in € millions)', 'Umsatz      €3,410', '3410000000'],
    ['(€m)', 'Revenue     €3,410', '3410000000'],
    ['(US$m)', 'Revenue     US$77.1', '77100000'],
    ['(£bn)', 'Deposits    £51.2', '51200000000'],
    ['(in billions)', 'Assets      $1.9', '1900000000'],
  ])('%s scales %s', (header, row, amount) => {
    const text = `Quarterly summary ${header}\n\n${row}    ${row.split(/\s+/).pop()}\n`;
    expect(money(text)[0]!.amountExact).toBe(amount);
  });

  it('scales only its own row when the header labels a row with amounts after it', () => {
    expect(amounts('Revenue (in millions)   $286.4   $188.4\nShare price at year end   $41.20')).toEqual([
      '$286.4=286400000', '$188.4=188400000', '$41.20=41.2',
    ]);
  });

  it('ends the table at the next header, which takes over', () => {
    expect(amounts('(in millions)\nSales   $12.5\n(in thousands)\nGrants   $640\n')).toEqual(['$12.5=12500000', '$640=640000']);
  });

  it.each([
    // A header inside a running sentence, as filings flattened to one line write it.
    'Long-term debt consisted of the following (in thousands): the notes of $36 and $27 were repaid.',
    // Brackets that are no header: a footnote mark, a unit alone, people counted in millions.
    'Results (1)\nRevenue   $14.2\n',
    'Output (m)\nRevenue   $14.2\n',
    'Households (in millions of homes)\nRevenue   $14.2\n',
    // Prose right after the header ends the table before it starts.
    '(in millions)\nThe board approved a special payment of $14.2 to every holder of record.\n',
    // Words after a header on its line: a sentence, not a row.
    'Revenue (in millions) rose to $286.4 last year, while a ticket still cost $12',
    // A three-letter word in the currency's place is no code.
    'The council approved 1,000 (one thousand)\ngrants, paying $40 to each and $15 to\nevery volunteer',
  ])('leaves bare amounts alone: %s', (text) => {
    for (const f of money(text)) expect(f.scale).toBeUndefined();
  });

  it('does not rescale amounts that carry their own scale or unit', () => {
    expect(amounts('(in millions)\nRevenue   $4.1 billion   $3.9bn\nPrice     $12 a share\nTip   50 cents\n')).toEqual([
      '$4.1 billion=4100000000', '$3.9bn=3900000000', '$12=12', '50 cents=0.5',
    ]);
  });

  it('ends a table at a paragraph after a blank line, wrapped or not', () => {
    expect(amounts('Results (in millions)\nRevenue  $286.4\n\nThe company also said it would pay each holder $5 in cash\nand more later')).toEqual([
      '$286.4=286400000', '$5=5',
    ]);
  });

  it('ends a row label\'s reach at the next header on its line', () => {
    expect(amounts('Revenue (in millions) $286.4 | Bonus pool (in thousands) $512')).toEqual(['$286.4=286400000', '$512=512000']);
  });

  it('keeps "Basic" and "Diluted" rows per share, and scales a total of dividends paid', () => {
    expect(amounts('(in millions)\nNet income  $50.1\nEarnings per share:\n  Basic   $0.45\n  Diluted  $0.44\nDividends paid  $(120.5)\n')).toEqual([
      '$50.1=50100000', '$0.45=0.45', '$0.44=0.44', '$(120.5)=-120500000',
    ]);
  });
});

describe('isPerShareLabel: a row label about one share or unit', () => {
  it.each([
    ['Diluted EPS ', true],
    ['Dividends per share', true],
    ['Dividends declared per common share', true],
    ['Book value per ADS', true],
    ['Net income per diluted share', true],
    ['  Basic', true],
    ['Share price at period end', true],
    ['Realised price per barrel', true],
    ['Dividends paid', false],
    ['Revenue', false],
    ['Net income attributable to shareholders', false],
    ['Operating expenses per employee', false],
    ['Cash (basic needs)', false],
    ['', false],
  ] as const)('%j → %s', (label, expected) => {
    expect(isPerShareLabel(label)).toBe(expected);
  });
});
