import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// Daily market reports: sentences written for these tests.
describe('a stock index that moves, with no metric words, moves by the prices of its shares', () => {
  it.each([
    ['Tokyo shares firmed. The Nikkei average closed up 0.8% at 39,412.10.', '0.8%', 'Nikkei'],
    ['Wall Street slipped. The Dow fell 0.4%, or 171 points, to 44,020.5.', '0.4%', 'Dow'],
    ['Mainland stocks were quiet, and the Shenzhen Component index edged up 0.3%.', '0.3%', 'Shenzhen Component'],
    ['Indian shares rose for a fourth day. The BSE Sensex gained 1.1% to 81,230.', '1.1%', 'BSE Sensex'],
    ['In Seoul, the KOSPI dropped 2.2% to 2,488.71.', '2.2%', 'KOSPI'],
    ['Frankfurt lagged. In Frankfurt, the DAX shed 0.9%.', '0.9%', 'DAX'],
  ] as const)('%s → %s of %s is a price', (text, figure, subject) => {
    const a = aboutOf(text, figure, '2026-03-05');
    expect(a.metric?.category).toBe('price');
    expect(a.subject?.name).toBe(subject);
  });

  it.each([
    // An index of what follows "of" is an economy's measure, not a stock index.
    ['The Commerce Department said its index of leading indicators rose 0.6 pct in May.', '0.6 pct'],
    // A bank named like an index, in a noun of change after its profit: not a price.
    ['Analysts expect Hang Seng to report higher net profit, an increase of 9 to 11 pct.', '9 to 11 pct'],
  ] as const)('%s → %s is no stock price', (text, figure) => {
    expect(aboutOf(text, figure, '2026-03-05').metric?.category).not.toBe('price');
  });
});

describe('the trading day a market report\'s lead names is the day of the moves after it', () => {
  const wrap = [
    'Stocks slide as oil jumps; bond yields climb',
    '',
    'NEW YORK, Feb 12 (Wire) - U.S. stocks ended lower on Thursday as a jump in oil prices revived inflation worries.',
    '',
    'The Nasdaq Composite slid 1.4% to 18,120.3, and Kestrel Systems shed 7.1% to $44.60 after a downgrade.',
    '',
    'Halvard Mining fell 3.3% after it said first-quarter revenue would drop 12% to $1.9 billion.',
    '',
    'The euro weakened 0.5% to $1.0710, and the yield on the 10-year note rose 6 basis points to 4.18%.',
    '',
    'The Nasdaq was down 2.6% for the week.',
  ].join('\n');
  const REF = '2026-02-12';

  it.each([
    ['1.4%'], ['7.1%'], ['$44.60'], ['3.3%'], ['0.5%'], ['$1.0710'], ['6 basis points'], ['4.18%'],
  ] as const)('%s is Thursday\'s move', (figure) => {
    const a = aboutOf(wrap, figure, REF);
    expect(a.period?.start).toBe('2026-02-12');
    expect(a.period?.end).toBe('2026-02-12');
    expect(a.period?.basis).toBe('session');
  });

  it('a company that moves by a percentage in a market report moved by its shares', () => {
    const a = aboutOf(wrap, '3.3%', REF);
    expect(a.metric?.category).toBe('price');
    expect(a.subject?.name).toBe('Halvard Mining');
  });

  it('a result of a quarter keeps its own period', () => {
    const a = aboutOf(wrap, '12%', REF);
    expect(a.metric?.category).toBe('revenue');
    expect(a.period?.start).toBe('2026-01-01');
    expect(a.period?.end).toBe('2026-03-31');
  });

  it('a move "for the week" is not the day\'s', () => {
    expect(aboutOf(wrap, '2.6%', REF).period?.basis).not.toBe('session');
  });

  it('reads the lead to its sentence stop, past the point of a price before the weekday', () => {
    const text = 'KANSAS CITY, Aug 4 - Wheat futures fell 9-1/2 cents to $5.31-3/4 a bushel on Monday.\n\nOats slipped 1.9% to $3.12 a bushel.';
    expect(aboutOf(text, '1.9%', '2025-08-04').period).toMatchObject({ start: '2025-08-04', end: '2025-08-04', basis: 'session' });
  });

  it('a move in the lead itself, before its weekday, is that day\'s', () => {
    const text = 'LONDON, March 4 (Wire) - Sterling slipped 0.4% against a firmer dollar on Wednesday as gilt yields rose.';
    expect(aboutOf(text, '0.4%', '2026-03-04').period).toMatchObject({ start: '2026-03-04', end: '2026-03-04', basis: 'session' });
  });

  it('a lead\'s weekday after another number is that number\'s day, not the move\'s', () => {
    const text = 'FRANKFURT, March 9 - The dollar was fixed lower at 1.4120 euros after 1.4275 on Friday, dealers said.';
    expect(aboutOf(text, '1.4120 euros', '2026-03-09').period?.basis).not.toBe('session');
  });

  it('a lead that names no weekday names no session', () => {
    const text = 'NEW YORK, Feb 12 (Wire) - U.S. stocks ended lower.\n\nKestrel Systems shed 7.1% to $44.60 after a downgrade.';
    expect(aboutOf(text, '$44.60', REF).period).toBeUndefined();
  });

  it('a weekday in a results story\'s lead names no session', () => {
    const text = 'Orvane Systems reported quarterly revenue of $4.2 billion on Tuesday.\n\nIts shares later rose 2.4% to $61.30.';
    expect(aboutOf(text, '$61.30', '2026-02-12').period?.basis).not.toBe('session');
  });

  it.each([
    // A move still to come, or one that may happen.
    ['Traders said the euro could weaken to $1.0550 before the ECB meets.', '$1.0550'],
    ['Brokers expect palm oil futures to rise 4% next month.', '4%'],
    // A move whose clause names its own day before it.
    ['The 30-year bond yield closed Wednesday at 4.61%, down from 4.66%.', '4.61%'],
  ] as const)('after the lead, %s → %s is not the session\'s', (sentence, figure) => {
    const text = `NEW YORK, Feb 12 (Wire) - U.S. stocks ended lower on Thursday as oil prices jumped.\n\n${sentence}`;
    expect(aboutOf(text, figure, '2026-02-12').period?.basis).not.toBe('session');
  });

  it('a byline between the headline and the lead is passed over', () => {
    const text = 'Gold slips as dollar firms\n\nBy Tomas Okafor\n\nLONDON, Feb 12 (Wire) - Gold prices fell on Thursday.\n\nSpot silver lost 1.1% to $31.20 an ounce.';
    expect(aboutOf(text, '$31.20', '2026-02-12').period?.start).toBe('2026-02-12');
  });

  it.each([
    ['Shares of Maribel Gas closed up 3.1% at 412 pence.', '3.1%'],
    ['Maribel\'s shares were down 1.4% at $22.75 in afternoon trading.', '$22.75'],
    ['The benchmark FTSE 100 index edged up 0.3%.', '0.3%'],
  ] as const)('a results story whose dateline dates its lead\'s weekday: %s → %s moved that day', (sentence, figure) => {
    const text = `PERTH, Feb 12 - Maribel Gas raised its interim dividend by 8% to 14 cents a share on Thursday after first-half profit rose 11%.\n\n${sentence}`;
    const a = aboutOf(text, figure, '2026-02-12');
    expect(a.period?.start).toBe('2026-02-12');
    expect(a.period?.end).toBe('2026-02-12');
  });

  it('a results story\'s weekday that its dateline does not date is no day of its shares', () => {
    // (The board met on Wednesday; the story is dated Thursday: the shares may have moved on either.)
    const text = 'PERTH, Feb 12 - Maribel Gas raised its interim dividend by 8% to 14 cents a share on Wednesday.\n\nShares of Maribel Gas closed up 3.1% at 412 pence.';
    expect(aboutOf(text, '3.1%', '2026-02-12').period?.basis).not.toBe('session');
  });

  it('a results story\'s dated weekday does not date its results or a commodity\'s price', () => {
    const text = 'PERTH, Feb 12 - Maribel Gas said on Thursday its fourth-quarter profit rose 11% to A$410 million.\n\nIts realised LNG price fell 6% to $10.20 per million British thermal units.';
    expect(aboutOf(text, '6%', '2026-02-12').period?.basis).not.toBe('session');
    expect(aboutOf(text, '11%', '2026-02-12').period?.start).toBe('2025-10-01');
    expect(aboutOf(text, '11%', '2026-02-12').period?.end).toBe('2025-12-31');
  });

  it('a weekday only in the headline names no session', () => {
    const text = 'Stocks to watch on Monday\n\nKestrel Systems shed 7.1% to $44.60 after a downgrade.';
    expect(aboutOf(text, '$44.60', '2026-02-09').period).toBeUndefined();
  });
});

describe('verbs of a market value lost and of a yield curve', () => {
  it.each([
    ['Brookfield Tiles slumped 9%, knocking about £310 million off its market value.', '£310 million', 'down'],
    ['Shares of Orvane sank 11%, erasing roughly $2.4 billion from its market capitalisation.', '$2.4 billion', 'down'],
    ['Long-dated yields rose faster, which steepened the gap between two- and 30-year yields to 71 basis points.', '71 basis points', 'up'],
    ['The curve flattened 3 basis points as short-dated yields rose.', '3 basis points', 'down'],
  ] as const)('%s → %s %s', (text, figure, direction) => {
    expect(aboutOf(text, figure, '2026-02-12').direction).toBe(direction);
  });
});

describe('a futures contract\'s month names the contract, not the day it moved', () => {
  const text = [
    'OIL-Crude climbs on supply worries',
    '',
    'LONDON, Feb 12 (Wire) - Oil prices rose on Thursday as Gulf supplies tightened.',
    '',
    'Brent crude futures for April delivery settled up 94 cents, or 1.3%, at $73.10 a barrel. U.S. crude gained 81 cents to $69.42.',
    '',
    'Cocoa for May delivery was steady at $7,820 a tonne.',
  ].join('\n');
  it.each([['94 cents'], ['1.3%'], ['$73.10'], ['81 cents'], ['$69.42']] as const)('%s moved on Thursday', (figure) => {
    const a = aboutOf(text, figure, '2026-02-12');
    expect(a.period?.start).toBe('2026-02-12');
    expect(a.period?.end).toBe('2026-02-12');
    expect(a.metric?.category).toBe('price');
  });
  it('a price quoted for a month with no move is not the session\'s move', () => {
    expect(aboutOf(text, '$7,820', '2026-02-12').period?.basis).not.toBe('session');
  });
});

describe('a time zone after a clock time is no name', () => {
  it.each([
    ['Copper was 0.8% higher at $9,655 a ton by 0945 GMT, after touching $9,700 earlier.', '$9,700'],
    ['Spot silver slipped 0.3% to $30.15 by 2:10 p.m. ET, having hit $30.60 on Monday.', '$30.60'],
  ] as const)('%s → %s is not the time zone\'s', (text, figure) => {
    const name = aboutOf(text, figure, '2026-02-12').subject?.name;
    expect(name === 'GMT' || name === 'ET').toBe(false);
  });
});

describe('a percentage in a table written with its sign states a change', () => {
  const text = [
    'Regional indexes at the close:',
    '',
    '  Index          Close      Day       Month',
    '  Topix        2,811.4     +0.7%     -2.3%',
    '  KOSPI        2,590.2     -1.1%     +4.6%',
  ].join('\n');
  it.each([['0.7%', 'up'], ['-2.3%', 'down'], ['-1.1%', 'down'], ['4.6%', 'up']] as const)('%s is %s', (figure, direction) => {
    expect(aboutOf(text, figure, '2026-02-12').direction).toBe(direction);
  });
});

describe('a stock index moving in ", which closed up 0.4%" right after its name (index.ts whichMovedAfter)', () => {
  it('is a price of the story\'s day, not a result of the year reported', () => {
    const text = 'TOKYO, May 19 (Reuters) - Kaidan Fire said on Tuesday net profit rose 8% to 90 billion yen in the year ended March 31.\n\nShares of Kaidan Fire ended 1.2% lower in Tokyo, underperforming the broader Topix index, which closed up 0.4%.';
    const a = aboutOf(text, '0.4%', '2026-05-19');
    expect(a.metric?.category).toBe('price');
    expect(a.subject?.name).toBe('Topix');
    expect(a.period).toMatchObject({ start: '2026-05-19', end: '2026-05-19' });
  });
});
