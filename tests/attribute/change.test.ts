import { describe, expect, it } from 'vitest';
import { CHANGE_ROWS } from '../../src/lexicon/change-verbs';
import { aboutOf } from './helpers';

describe('changes stated with verbs', () => {
  it.each([
    ['Acme said revenue rose 12% to $4.1 billion.', '12%', 'up', 'amount'],
    ['Acme said revenue rose 12% to $4.1 billion.', '$4.1 billion', 'up', 'target'],
    ['Operating profit at Globex slumped 40% last year.', '40%', 'down', 'amount'],
    ['Initech said sales dropped to $300 million from $350 million.', '$300 million', 'down', 'target'],
    ['Initech said sales dropped to $300 million from $350 million.', '$350 million', undefined, 'base'],
    ['Globex widened its loss by $20 million.', '$20 million', 'up', 'amount'],
    ["Umbrella's net loss narrowed to $3 million.", '$3 million', 'down', 'target'],
    ['Hooli cut its dividend by 25%.', '25%', 'down', 'amount'],
    ['The lender raised its dividend to 40 cents from 35 cents.', '40 cents', 'up', 'target'],
    // a share issue spreads a measure over more shares: "dilute … by" is a move down
    ["The rights issue will dilute Tarvin Bank's earnings per share by 6.5% next year.", '6.5%', 'down', 'amount'],
    ['Issuing the new stock dilutes book value per share by 3.2%, Corlow said.', '3.2%', 'down', 'amount'],
  ] as const)('%s → %s', (text, figure, direction, role) => {
    const a = aboutOf(text, figure);
    expect(a.direction).toBe(direction);
    expect(a.change?.role).toBe(role);
  });

  it.each([
    // "up 2.1% at 1,905 yen": the level after an adverb's amount
    ['The index added 0.4%, with Tamura Steel up 2.1% at 1,905 yen.', '1,905 yen', 'up', 'target'],
    ['Spot silver was down 0.7% at $31.20 an ounce.', '$31.20', 'down', 'target'],
  ] as const)('%s → %s', (text, figure, direction, role) => {
    const a = aboutOf(text, figure);
    expect(a.direction).toBe(direction);
    expect(a.change?.role).toBe(role);
  });

  it('a clause of reason after the move holds its own figures', () => {
    const text = 'Harwick Stores slid 6% to 290p after warning that profit would come in at £410m.';
    expect(aboutOf(text, '290p').change?.role).toBe('target');
    expect(aboutOf(text, '£410m').change).toBeUndefined();
    // A participle and a figure right after it say where the measure stood before.
    expect(aboutOf('Inflation should ease to 1.9% after peaking at 2.6% in March.', '2.6%').change?.role).toBe('base');
    expect(aboutOf('Inflation should ease to 1.9% after reaching 2.6% in March.', '1.9%').change?.role).toBe('target');
  });

  it('swung to a loss is down and swung to a profit is up', () => {
    const text = 'Soylent swung to a net loss of $8 million from a profit of $5 million.';
    expect(aboutOf(text, '$8 million')).toMatchObject({ direction: 'down', metric: { category: 'loss' }, change: { role: 'target' } });
    const base = aboutOf(text, '$5 million');
    expect(base).toMatchObject({ metric: { category: 'profit' }, change: { role: 'base' } });
    expect(base.direction).toBeUndefined();
    expect(aboutOf('Soylent swung to a profit of $2 million.', '$2 million').direction).toBe('up');
  });

  it('"racks up $5m" is not a change, and "turned" alone says nothing', () => {
    expect(aboutOf('Massive Dynamic Racks Up $790M Loss', '$790M').direction).toBeUndefined();
    expect(aboutOf('Acme turned in revenue of $5 million.', '$5 million').direction).toBeUndefined();
  });

  it('"raised $50m" is money raised, not a change', () => {
    const a = aboutOf('Pied Piper raised $50 million in a funding round.', '$50 million');
    expect(a.direction).toBeUndefined();
    expect(a.metric?.category).toBe('deal-value');
  });
});

describe('changes stated with nouns and adverbs', () => {
  it('"a 27% drop in revenues, to …": amount and target', () => {
    const text = 'Stark Industries reported a 27% drop in revenues, to $3.9 billion, compared with a year earlier.';
    const pct = aboutOf(text, '27%');
    const money = aboutOf(text, '$3.9 billion');
    expect(pct).toMatchObject({ direction: 'down', metric: { category: 'revenue' }, change: { role: 'amount' } });
    expect(money).toMatchObject({ direction: 'down', metric: { category: 'revenue' }, change: { role: 'target' } });
    // The change links its figures to each other.
    expect(pct.change?.target).toEqual(money.change?.target);
  });

  it.each([
    // "up by"/"down by" after the measure or "were": "by" gives the size, as after a verb.
    ['Halden posted pretax profits up by 41 pct to 12.5 mln stg for the year.', '41 pct', 'up', 'amount'],
    ['Halden posted pretax profits up by 41 pct to 12.5 mln stg for the year.', '12.5 mln stg', 'up', 'target'],
    ['Prices in the port were down by about 3% at $410 a tonne.', '3%', 'down', 'amount'],
    ['The ministry said exports were up by roughly 9 pct.', '9 pct', 'up', 'amount'],
  ] as const)('adverb and "by": %s → %s', (text, figure, direction, role) => {
    const a = aboutOf(text, figure);
    expect(a.direction).toBe(direction);
    expect(a.change?.role).toBe(role);
  });

  it.each([
    // A cue word inside a name moves nothing: "the Advanced Planning System", "Rising Star".
    ['Its Advanced Ledger Suite is priced at $2,400 a seat.', '$2,400'],
    ['Advanced Micro Devices posted revenue of $7.7 billion.', '$7.7 billion'],
    ['The kit is sold by Desk Top Planning Inc for $995.', '$995'],
  ] as const)('a cue inside a name: %s → %s', (text, figure) => {
    const a = aboutOf(text, figure);
    expect(a.direction).toBeUndefined();
    expect(a.change).toBeUndefined();
  });

  it('a cue written in capitals throughout still moves ("SALES HAVE RISEN 20 PCT")', () => {
    expect(aboutOf('OSLO - SALES HAVE RISEN BY 20 PCT THIS YEAR.', '20 PCT').direction).toBe('up');
  });

  it('"100 bps of cuts": the basis points before "of" and a change noun are its size', () => {
    expect(aboutOf('Futures now price 75 bps of cuts from the Riksbank.', '75 bps')).toMatchObject({ direction: 'down', change: { role: 'amount' } });
    expect(aboutOf('Swaps show 40 basis points of hikes by March.', '40 basis points')).toMatchObject({ direction: 'up', change: { role: 'amount' } });
    // A share of something is no change, nor a percentage of a change noun.
    expect(aboutOf('Lenders sold 15% of the loans.', '15%').direction).toBeUndefined();
    expect(aboutOf('Exports accounted for 30% of growth in 2025.', '30%').direction).toBeUndefined();
  });

  it('a move with its unit, a restatement or a day before "to" keeps its target ("lost 5p, or 2%, to 250p")', () => {
    expect(aboutOf('Shares of Tarn lost 5p, or 2%, to 250p.', '250p')).toMatchObject({ direction: 'down', change: { role: 'target' } });
    expect(aboutOf('Brent lost $1.20 on Monday to $80.10.', '$80.10')).toMatchObject({ direction: 'down', change: { role: 'target' } });
    expect(aboutOf('Gold lost $5 per troy ounce to $1,900.', '$1,900')).toMatchObject({ direction: 'down', change: { role: 'target' } });
    // Money raised, with another amount before the next marker, and a value given after "and", are no move.
    expect(aboutOf('Rights issues raised 210 mln stg, compared with 140 mln from eight issues a year ago.', '140 mln').direction).toBeUndefined();
    expect(aboutOf('It priced the shares at $18, raising $864 million and valuing it at $6.3 billion.', '$6.3 billion').direction).toBeUndefined();
  });

  it('"improved" flips only for a measure better when lower ("combined ratio", not "combined sales" or a coverage ratio)', () => {
    expect(aboutOf('The combined ratio improved to 94.1% from 96.3%.', '94.1%').direction).toBe('down');
    expect(aboutOf('The two firms\' combined sales improved 5% in 2025.', '5%').direction).toBe('up');
    expect(aboutOf('The NPL coverage ratio improved by 5 points to 80%.', '80%').direction).toBe('up');
  });

  it('"an increase of 2.5%", "a 10% rise", "up 7%", "5% higher"', () => {
    expect(aboutOf('Wayne Enterprises recorded a sales increase of 2.5% in 2019.', '2.5%')).toMatchObject({ direction: 'up', change: { role: 'amount' } });
    expect(aboutOf('Acme saw a 10% rise in costs.', '10%')).toMatchObject({ direction: 'up', metric: { category: 'cost' } });
    const text = 'Kramerica posted revenue of $2.3 billion, up 7% from a year earlier.';
    expect(aboutOf(text, '$2.3 billion')).toMatchObject({ direction: 'up', change: { role: 'target' } });
    expect(aboutOf(text, '7%')).toMatchObject({ direction: 'up', change: { role: 'amount' } });
    expect(aboutOf('Its shares closed 5% higher.', '5%').direction).toBe('up');
    expect(aboutOf('Its shares ended down 3%.', '3%').direction).toBe('down');
  });

  it('"a loss of $48 million, narrowing from $112 million": the level before the comma is the target', () => {
    const text = 'Vandelay reported an operating loss of $21 million, widening from a loss of $9 million.';
    expect(aboutOf(text, '$21 million')).toMatchObject({ direction: 'up', metric: { category: 'loss' }, change: { role: 'target' } });
    expect(aboutOf(text, '$9 million')).toMatchObject({ change: { role: 'base' } });
  });

  it('"closed 1.6% higher at $41.20": the level after "at" is the target', () => {
    const text = 'Shares of Hooli closed 2.4% lower at $18.35 on Thursday.';
    expect(aboutOf(text, '$18.35')).toMatchObject({ direction: 'down', metric: { category: 'price' }, change: { role: 'target' } });
    expect(aboutOf(text, '2.4%')).toMatchObject({ direction: 'down', change: { role: 'amount' } });
  });

  it('"closed 3p, or 1.2%, higher at 250p": the move in money and in percent, then the level', () => {
    const text = 'Units of Harbourline Trust closed 2 cents, or 1.5 per cent, higher at S$1.36.';
    for (const [figure, role] of [['2 cents', 'amount'], ['1.5 per cent', 'amount'], ['S$1.36', 'target']] as const) {
      expect(aboutOf(text, figure)).toMatchObject({ direction: 'up', change: { role } });
    }
    // "lower" is a verb too.
    expect(aboutOf('Shares in Pellow ended 4p, or 1.6%, lower at 246p.', '4p')).toMatchObject({ direction: 'down', change: { role: 'amount' } });
    expect(aboutOf('Spending was $5.1 billion, or 1.4%, above the 2024 total.', '1.4%')).toMatchObject({ direction: 'up' });
  });

  it('a level before ", a 26% increase" or ", down 9%" reached that change', () => {
    const text = "Initrode's cloud group generated $5.5 billion in revenue, a 26% increase from a year ago.";
    expect(aboutOf(text, '$5.5 billion')).toMatchObject({ direction: 'up', change: { role: 'target' }, metric: { category: 'revenue' } });
    const bt = 'Vega Group posted pretax profit of £2.4 billion for the year ended March 31, down 9%.';
    expect(aboutOf(bt, '£2.4 billion')).toMatchObject({ direction: 'down', change: { role: 'target' } });
    expect(aboutOf(bt, '9%')).toMatchObject({ direction: 'down', metric: { category: 'profit' } });
  });

  it('"lifted sales 18%": a short object between the verb and the amount', () => {
    expect(aboutOf('Its network unit lifted sales 18% last year.', '18%')).toMatchObject({ direction: 'up', metric: { category: 'revenue' } });
  });

  it('"…, down from €0.19": target and base around the adverb; per share after a dividend cue', () => {
    const text = 'Vega has also cut its dividend. Shareholders will now receive €0.05 per share, down from €0.19 in 2018.';
    expect(aboutOf(text, '€0.05', '2019-10-25')).toMatchObject({ direction: 'down', change: { role: 'target' }, metric: { category: 'dividend' } });
    expect(aboutOf(text, '€0.19', '2019-10-25')).toMatchObject({ change: { role: 'base' }, metric: { category: 'dividend' }, period: { start: '2018-01-01' } });
  });

  it('"up to $5m" is a bound, not a change', () => {
    expect(aboutOf('Acme may pay up to $5 million.', '$5 million').direction).toBeUndefined();
  });

  it('a figure with no change words has no direction', () => {
    const a = aboutOf('Acme had revenue of $5 million.', '$5 million');
    expect(a.direction).toBeUndefined();
    expect(a.change).toBeUndefined();
  });

  it('a change without metric words takes the metric of the figure before it in the sentence', () => {
    const text = 'Its main business registered a sales increase of 2.5% last year, after growing by 24% in 2016.';
    expect(aboutOf(text, '24%', '2018-10-08')).toMatchObject({ metric: { category: 'revenue' }, direction: 'up' });
  });

  it('rows are data with reasons', () => {
    for (const row of CHANGE_ROWS) {
      expect(row.reason.length).toBeGreaterThan(5);
      expect(['up', 'down', 'toward']).toContain(row.direction);
    }
  });

  it('a target after "to a 12-year high of"', () => {
    const text = 'The central bank raised its policy rate by 25 basis points to a 15-year high of 5.25%.';
    expect(aboutOf(text, '5.25%', '2024-05-01')).toMatchObject({ metric: { category: 'rate' }, direction: 'up' });
  });
});

describe('basis points of easing or tightening are the size of a rate move', () => {
  it.each([
    ['Traders now price in 125 bps of easing by December.', '125 bps', 'down'],
    ['The central bank delivered 75 basis points of tightening last year.', '75 basis points', 'up'],
  ] as const)('%s → %s %s', (text, figure, direction) => {
    const a = aboutOf(text, figure);
    expect(a.direction).toBe(direction);
    expect(a.change?.role).toBe('amount');
  });
});

describe('a gain booked in the accounts is income, not a move', () => {
  it.each([
    ['Net income includes an extraordinary gain of 3.1 mln dlrs from a debt buyback.', '3.1 mln dlrs', 'profit'],
    ['The insurer booked a pretax gain of $48 million in the quarter.', '$48 million', 'profit'],
  ] as const)('%s → %s is %s, with no direction', (text, figure, metric) => {
    const a = aboutOf(text, figure);
    expect(a.metric?.category).toBe(metric);
    expect(a.direction).toBeUndefined();
    expect(a.change).toBeUndefined();
  });

  it.each([
    ['Korvell recorded a gain of $210 million on the sale of its trucking arm.', '$210 million'],
    ['1986 net includes gain 700,000 dlrs from a lawsuit settlement.', '700,000 dlrs'],
    ['Results exclude a gain of 1.4 mln dlrs from the sale of a plant.', '1.4 mln dlrs'],
  ] as const)('%s → %s has no direction', (text, figure) => {
    const a = aboutOf(text, figure);
    expect(a.direction).toBeUndefined();
    expect(a.change).toBeUndefined();
  });

  it('a gain in a price or a measure is still a move', () => {
    const a = aboutOf('Shares of Lumatek posted a gain of 12% after the results.', '12%');
    expect(a.direction).toBe('up');
  });
});

describe('"diluted" as an adjective states no move', () => {
  it.each([
    ['Holders would own 49.5% of the shares on a fully diluted basis.', '49.5%', undefined],
    ['Diluted earnings per share rose 7% to $2.14.', '7%', 'up'],
  ] as const)('%s → %s', (text, figure, direction) => {
    expect(aboutOf(text, figure).direction).toBe(direction);
  });
});

describe('a level, then a noun of change with its amount after "of"', () => {
  it.each([
    ['Pelham Foods declared a quarterly dividend of $0.42 per share, an increase of 5% over the prior dividend.', '$0.42', 'up'],
    ['Sales at Hobart Mills were $318.4 million, a decrease of $12.1 million from the prior year.', '$318.4 million', 'down'],
    ['Exports totalled 41.3 billion francs in May, a rise of 2.2 pct on April.', '41.3 billion francs', 'up'],
  ] as const)('%s → %s moved %s', (text, figure, direction) => {
    const about = aboutOf(text, figure, '2025-08-01');
    expect(about.direction).toBe(direction);
    expect(about.change?.role).toBe('target');
  });
});

describe('"by up to" bounds the amount of a move', () => {
  it.each([
    ['The levy would reduce Carwick\'s operating margin by up to 1.2 percentage points.', '1.2 percentage points', 'down'],
    ['The central bank may raise its key rate by up to 75 basis points.', '75 basis points', 'up'],
  ] as const)('%s → %s', (text, figure, direction) => {
    expect(aboutOf(text, figure, '2025-08-01').direction).toBe(direction);
  });
});

describe('growth that a verb of change moves "by" an amount names the measure', () => {
  it('"will cut full-year sales growth by about 3 percentage points" is a move down', () => {
    const text = 'A stronger franc will cut full-year sales growth by about 3 percentage points and core profit growth by 5 percentage points.';
    expect(aboutOf(text, '3 percentage points', '2025-08-01').direction).toBe('down');
    expect(aboutOf(text, '5 percentage points', '2025-08-01').direction).toBe('down');
  });

  it('growth alone still moves up', () => {
    expect(aboutOf('Sales growth of 4% beat forecasts.', '4%', '2025-08-01').direction).toBe('up');
  });
});

describe('a level, then a participle of the opposite result it turned from', () => {
  it.each([
    ['Dunmore posted a pretax profit of $88 million for 2025, swinging from a loss of $14 million.', '$88 million', '$14 million', 'up'],
    ['Caldera Bank reported net income of 210 billion pesos, reversing a loss of 35 billion pesos.', '210 billion pesos', '35 billion pesos', 'up'],
    ['Tamsin Retail posted a net loss of £6 million, reversing a profit of £9 million.', '£6 million', '£9 million', 'down'],
  ] as const)('%s', (text, level, base, direction) => {
    const a = aboutOf(text, level, '2026-02-01');
    expect(a.direction).toBe(direction);
    expect(a.change?.role).toBe('target');
    expect(aboutOf(text, base, '2026-02-01').change?.role).toBe('base');
  });

  it('"reversing" with no result after it is no move', () => {
    const text = 'Sterling firmed on the data, reversing a weaker trend, to stand at 1.2450 dollars.';
    expect(aboutOf(text, '1.2450 dollars', '2026-02-01').change?.cue.text).toBe('firmed');
  });
});
