import { describe, expect, it } from 'vitest';
import { extract, type PercentFigure } from '../../src/index';

const percents = (text: string): PercentFigure[] => extract(text, { kinds: ['percent'] }) as PercentFigure[];

/** [sentence, figure text, exact value, unit, exact high end?] */
type Row = [string, string, string, PercentFigure['unit'], string?];

describe('percent', () => {
  it.each<Row>([
    ['Revenue fell 27% in the half.', '27%', '27', 'percent'],
    ['Margins rose 27 percent.', '27 percent', '27', 'percent'],
    ['Margins rose 27 per cent.', '27 per cent', '27', 'percent'],
    ['Output grew 27pc last year.', '27pc', '27', 'percent'],
    ['Share rose 2.5% pts on the year.', '2.5% pts', '2.5', 'percentage-point'],
    ['Margin fell 1.5 %pts.', '1.5 %pts', '1.5', 'percentage-point'],
    // An article before a unit written in full is one.
    ['Call rates fell by a percentage point.', 'a percentage point', '1', 'percentage-point'],
    ['The spread narrowed a basis point on Friday.', 'a basis point', '1', 'basis-point'],
    // Tokenised text spaces a compound's hyphens.
    ['the group holds a 5 - percent stake .', '5 - percent', '5', 'percent'],
    ['a 25 - basis - point cut was made .', '25 - basis - point', '25', 'basis-point'],
    // Spaced "pc"/"pp" in lower case after a number with decimals.
    ['The fund paid a 6.4 pc yield.', '6.4 pc', '6.4', 'percent'],
    ['Turnout fell 3.5 pp from the last vote.', '3.5 pp', '3.5', 'percentage-point'],
    // ... or after a whole number that a word of change or "by" leads.
    ['Two-wheeler sales rose 8 pc in October.', '8 pc', '8', 'percent'],
    ['Exports were up 12 pc on the year.', '12 pc', '12', 'percent'],
    ['The lender cut its rate by 1 pc.', '1 pc', '1', 'percent'],
    ['The party\'s share fell 4 pp.', '4 pp', '4', 'percentage-point'],
    ['Sales rose 27 pct in March.', '27 pct', '27', 'percent'],
    ['Turnout was twenty percent.', 'twenty percent', '20', 'percent'],
    // "nought" (and "naught") is a spelled zero, so the decimal reads whole.
    ['Inflation edged up nought point three per cent.', 'nought point three per cent', '0.3', 'percent'],
    ['A naught point seven percent rise.', 'naught point seven percent', '0.7', 'percent'],
    ['The index lost -3.2% on Monday.', '-3.2%', '-3.2', 'percent'],
    ['Prices moved \u22120.4% overnight.', '\u22120.4%', '-0.4', 'percent'],
    ['Rates rose 0.5 percentage point.', '0.5 percentage point', '0.5', 'percentage-point'],
    ['Rates rose 2 percentage points.', '2 percentage points', '2', 'percentage-point'],
    ['The bank cut by 25 basis points.', '25 basis points', '25', 'basis-point'],
    ['The bank cut by 25bps.', '25bps', '25', 'basis-point'],
    ['Junk spreads blew out by 2,400 bps.', '2,400 bps', '2400', 'basis-point'],
    ['A bond at 10,000 basis points over Treasuries.', '10,000 basis points', '10000', 'basis-point'],
    ['A coupon of 10-1/2 pct.', '10-1/2 pct', '10.5', 'percent'],
    ['A spread of 5/8 percentage point.', '5/8 percentage point', '0.625', 'percentage-point'],
    ['The tax rate was (26.1)% in the quarter.', '(26.1)%', '-26.1', 'percent'],
    ['Inflation of 3%-4% is expected.', '3%-4%', '3', 'percent', '4'],
    ['Growth of 3-4% is expected.', '3-4%', '3', 'percent', '4'],
    ['Growth of 3-to-4% is expected.', '3-to-4%', '3', 'percent', '4'],
    ['Prices rose five-to-six percent.', 'five-to-six percent', '5', 'percent', '6'],
    ['Earnings should grow in the 12-to-15 pct range.', '12-to-15 pct', '12', 'percent', '15'],
    ['Growth of 3 to 4 per cent is expected.', '3 to 4 per cent', '3', 'percent', '4'],
    ['A yield between 3% and 4% is likely.', 'between 3% and 4%', '3', 'percent', '4'],
    ['It owns 4.875 % of the notes.', '4.875 %', '4.875', 'percent'],
    ['Approval hit one hundred percent.', 'one hundred percent', '100', 'percent'],
    ['It took a 3.5-percent stake.', '3.5-percent', '3.5', 'percent'],
    ['The bank cut rates by half a percentage point.', 'half a percentage point', '0.5', 'percentage-point'],
    ['Yields rose a quarter of a percentage point.', 'a quarter of a percentage point', '0.25', 'percentage-point'],
    ['Fees fell three-quarters of a percent.', 'three-quarters of a percent', '0.75', 'percent'],
    ['Margins widened by one and a half percent.', 'one and a half percent', '1.5', 'percent'],
    ['Inflation ran at 2 and a half per cent.', '2 and a half per cent', '2.5', 'percent'],
    ['The coupon is 6 and a quarter percent.', '6 and a quarter percent', '6.25', 'percent'],
    ['Turnout reached sixty-six and two thirds percent.', 'sixty-six and two thirds percent', '66.666666666667', 'percent'],
    ['Its stake is twelve and one third per cent.', 'twelve and one third per cent', '12.333333333333', 'percent'],
    ['Yields rose 0.25 of a percentage point.', '0.25 of a percentage point', '0.25', 'percentage-point'],
    // Fraction words for a number: glued "-point" compounds, a unit straight after, "a full".
    ['The central bank made a quarter-point cut.', 'quarter-point', '0.25', 'percentage-point'],
    ['Markets now price in a half-point hike.', 'half-point', '0.5', 'percentage-point'],
    ['Two half-point moves are likely this year.', 'half-point', '0.5', 'percentage-point'],
    ['Traders bet on a three-quarter-point rise.', 'three-quarter-point', '0.75', 'percentage-point'],
    ['Its first quarter-point cut came in May.', 'quarter-point', '0.25', 'percentage-point'],
    ['Officials backed a quarter-percentage-point reduction.', 'quarter-percentage-point', '0.25', 'percentage-point'],
    ['Lenders lifted rates a half percentage point.', 'half percentage point', '0.5', 'percentage-point'],
    ['The bank rate sits one-quarter percentage point above bills.', 'one-quarter percentage point', '0.25', 'percentage-point'],
    ['Unemployment is a full percentage point higher.', 'a full percentage point', '1', 'percentage-point'],
    ['Spreads widened one full percentage point.', 'one full percentage point', '1', 'percentage-point'],
    ['The yield gap shrank by two-thirds of a percentage point.', 'two-thirds of a percentage point', '0.666666666667', 'percentage-point'],
    ['The coupon was trimmed an eighth of a percentage point.', 'an eighth of a percentage point', '0.125', 'percentage-point'],
    ['Yields rose a tenth of a percentage point.', 'a tenth of a percentage point', '0.1', 'percentage-point'],
    ['Fees fell to one-tenth of one pct.', 'one-tenth of one pct', '0.1', 'percent'],
    ['The spread narrowed two fifths of a percentage point.', 'two fifths of a percentage point', '0.4', 'percentage-point'],
    ['Exports slipped a half pct on the year.', 'half pct', '0.5', 'percent'],
    // Spaced "half point", "quarter point" in a rate move.
    ['Rates may fall another half point soon.', 'half point', '0.5', 'percentage-point'],
    ['Dealers expect a half point cut in base rates.', 'half point', '0.5', 'percentage-point'],
    ['Two lenders raised their prime rate a quarter point to 8 pct.', 'quarter point', '0.25', 'percentage-point'],
    ['The prime rate went up one-half point on Tuesday.', 'one-half point', '0.5', 'percentage-point'],
    // A verb that only moves rates, a few words before: "trimming it by a quarter point".
    ['The central bank held, having trimmed it by a quarter point in March.', 'quarter point', '0.25', 'percentage-point'],
    ['Lenders are cutting by a half point this week.', 'half point', '0.5', 'percentage-point'],
    ['The Fed, hiking again by a quarter point, surprised no one.', 'quarter point', '0.25', 'percentage-point'],
    // Unicode vulgar fractions, glued, spaced or alone.
    ['The lender sold 6⅜% bonds due 2031.', '6⅜%', '6.375', 'percent'],
    ['Deposit rates rose ½% this week.', '½%', '0.5', 'percent'],
    ['The notes yield 3 ¾ per cent.', '3 ¾ per cent', '3.75', 'percent'],
    ['Fees are ⅓ pct of assets.', '⅓ pct', '0.333333333333', 'percent'],
    ['Output rose a hundred and ten percent.', 'a hundred and ten percent', '110', 'percent'],
    // Tokenised text spaces the decimal point.
    ['margins rose 4 . 75 % in the period .', '4 . 75 %', '4.75', 'percent'],
    // A margin either way is not negative; "minus" alone still is.
    ['The survey is accurate to plus or minus 3 percentage points.', '3 percentage points', '3', 'percentage-point'],
    ['Cargoes may vary plus or minus 5 pct.', '5 pct', '5', 'percent'],
    ['Real rates stood at minus 0.5 pct.', 'minus 0.5 pct', '-0.5', 'percent'],
    // Abbreviated percentage points.
    ['The jobless rate fell 0.3 percentage pts in June.', '0.3 percentage pts', '0.3', 'percentage-point'],
    ['Margins gained 1.1%-pts over the year.', '1.1%-pts', '1.1', 'percentage-point'],
    ['Margins gained 0.4%-pt over the year.', '0.4%-pt', '0.4', 'percentage-point'],
    // "A% to B%", the unit on both ends, where the words around make it one range.
    ['Core prices are rising at 3.1 per cent to 3.4 per cent.', '3.1 per cent to 3.4 per cent', '3.1', 'percent', '3.4'],
    ['Staff took a 5% to 8% pay cut.', '5% to 8%', '5', 'percent', '8'],
    ['Yields hovered in the 6 pct to 7 pct range.', '6 pct to 7 pct', '6', 'percent', '7'],
    // "the" and a noun around it: one attributive range.
    ['Savers chased the 4% to 5% returns on offer.', '4% to 5%', '4', 'percent', '5'],
    ['It targets margins of about 12% to 14%.', '12% to 14%', '12', 'percent', '14'],
    // A forecast of change, or a rate-of-change noun, with close ends: one range.
    ['The group expects sales to grow 2% to 4% next year.', '2% to 4%', '2', 'percent', '4'],
    ['Volumes will decline by 5% to 7% this year.', '5% to 7%', '5', 'percent', '7'],
    // The verb's object, and an adverb after "by", before the size.
    ['The unit is expected to grow annual sales by 4% to 6%.', '4% to 6%', '4', 'percent', '6'],
    ['Airlines plan to lift fares by only 2% to 3% in spring.', '2% to 3%', '2', 'percent', '3'],
    ['Exports could rise about 3 pct to four pct.', '3 pct to four pct', '3', 'percent', '4'],
    ['It targets sales growth of 6% to 8% a year.', '6% to 8%', '6', 'percent', '8'],
    ['Management sees an increase of 0% to 3% in orders.', '0% to 3%', '0', 'percent', '3'],
    // After a noun of a rate, guidance may span wider ends (up to ten times the low one).
    ['The grocer expects net sales growth of 1% to 5% this year.', '1% to 5%', '1', 'percent', '5'],
    ['It guided to comparable growth of 0.5 pct to 4 pct.', '0.5 pct to 4 pct', '0.5', 'percent', '4'],
    // Plural changes: many moves, each within the range.
    ['Staff got pay increases of 2% to 4% this spring.', '2% to 4%', '2', 'percent', '4'],
    ['Dealers expect price cuts of 10 pct to 15 pct.', '10 pct to 15 pct', '10', 'percent', '15'],
    ['Some 40 pct to 60 pct of the crop was lost.', '40 pct to 60 pct', '40', 'percent', '60'],
    // A reported change measured on a basis: a level reached has none, so both ends size the change.
    ['Spot contract prices rose 12% to 15% quarter on quarter in June.', '12% to 15%', '12', 'percent', '15'],
    ['Module prices climbed 8% to 10% year-on-year.', '8% to 10%', '8', 'percent', '10'],
    ['Panel quotes slipped 3 pct to 5 pct QoQ.', '3 pct to 5 pct', '3', 'percent', '5'],
    // "up"/"down" before the range: a move foreseen ("to be up", "guidance of up"), or measured on a basis.
    ['Bookings were up 5% to 8% year-on-year.', '5% to 8%', '5', 'percent', '8'],
    ['The carrier expects seat capacity to be up 2% to 4% next quarter.', '2% to 4%', '2', 'percent', '4'],
    ['Unit costs rose 3.1%, within guidance of up 3% to 4%.', '3% to 4%', '3', 'percent', '4'],
    ['Orders will be down 6% to 9% this year.', '6% to 9%', '6', 'percent', '9'],
    // Past the words that size a change, and past a verb's object before "by".
    ['Wafer prices are set to climb a further 20% to 25% next quarter.', '20% to 25%', '20', 'percent', '25'],
    ['Tariffs may raise retail prices by 4% to 6% next year.', '4% to 6%', '4', 'percent', '6'],
    // A share of a whole opened by "with".
    ['The fund was rebalanced, with 60% to 70% going into bonds.', '60% to 70%', '60', 'percent', '70'],
  ])('%s', (sentence, text, value, unit, max) => {
    const found = percents(sentence);
    const f = found.find((x) => x.text === text);
    expect(f, JSON.stringify(found.map((x) => x.text))).toBeDefined();
    expect(f!.valueExact).toBe(value);
    expect(f!.value).toBe(Number(value));
    expect(f!.unit).toBe(unit);
    expect(sentence.slice(f!.span.start, f!.span.end)).toBe(text);
    if (max) expect(f!.valueMaxExact).toBe(max);
    else expect(f!.valueMax).toBeUndefined();
  });

  it.each([
    'The index fell 12 points on Friday.',
    'Gilts closed a full point lower.',
    'Bonds slid three-quarters of a point.',
    'Bonds may fall another half point soon.',
    'Bonds trimmed their losses to a quarter point.',
    'The bonds fall by a half point each year after 2030.',
    'The stock rose one-eighth point in late trading.',
    'The race reached its half point in May.',
    'Sales in the third-quarter percent table were revised.',
    'Only a third of staff and a half of managers agreed.',
    'It holds a 7% PT Astra stake and a full year of data.',
  ])('reads no percentage point where none is written: %s', (sentence) => {
    expect(percents(sentence).filter((f) => f.unit === 'percentage-point')).toEqual([]);
  });

  it.each([
    'Dial-up modems topped out at 56,000 bps.',
    'The terminal ran on a 9600 bps line.',
    // URL escapes.
    'See https://example.org/search?q=50%25%20off for the list.',
    // A table's column heads: years, then a "%" column.
    'Net sales 2025 2024 % Change',
    'Units 1987 % chg',
  ])('reads a bit rate, a URL escape or a column head as no percentage: %s', (sentence) => {
    expect(percents(sentence)).toEqual([]);
  });

  it('keeps a large percentage written with a year-like number in prose', () => {
    expect(percents('Its shares soared 2000 % in a year.').map((f) => f.value)).toEqual([2000]);
  });

  it('reads "from 3% to 4%" as two figures, a change not a range', () => {
    expect(percents('The rate rose from 3% to 4%.').map((f) => [f.text, f.value])).toEqual([['3%', 3], ['4%', 4]]);
  });

  it.each([
    ['Unemployment climbed 0.4% to 5.9%.', ['0.4%', '5.9%']],
    ['It cut the levy by 2 pct to 9 pct.', ['2 pct', '9 pct']],
    ['A rise of 1.5% to 4% followed.', ['1.5%', '4%']],
    ['Prices are expected to rise 0.2% to 3.1%.', ['0.2%', '3.1%']],
    ['Loan rates rose about 2% to 3% in May.', ['2%', '3%']],
    ['The yield should fall by 0.5% to 4.5%.', ['0.5%', '4.5%']],
    ['An increase of 2% to 3% followed.', ['2%', '3%']],
    ['The margin was 12 pct to 9 pct lower.', ['12 pct', '9 pct']],
    // A basis after the level does not join ends far apart: a size and a level.
    ['The jobless rate rose 0.4% to 5.9% year on year.', ['0.4%', '5.9%']],
    ['Its share climbed 2 pct to 24 pct year-on-year.', ['2 pct', '24 pct']],
    // After "the", no noun follows: a share and a level.
    ['The group lifted the 5% to 6% of the shares it held.', ['5%', '6%']],
    // "up" reporting a move, with no basis after it: a size and a level.
    ['The jobless rate was up 0.2% to 4.3% in May.', ['0.2%', '4.3%']],
    ['Rates will be up 0.5% to 4.5% by the end of the year.', ['0.5%', '4.5%']],
  ])('keeps a change "A% to B%" as two figures: %s', (sentence, texts) => {
    expect(percents(sentence).map((f) => [f.text, f.valueMax])).toEqual(texts.map((t) => [t, undefined]));
  });

  it.each([
    ['Net costs   -4,310    -7%   lower', ['-7%'], [-7]],
    ['Fees  1,250   -3.5%', ['-3.5%'], [-3.5]],
    ['Yields went from -0.4 -0.2% today', ['-0.2%'], [-0.2]],
  ])('reads a minus glued to a number after a column gap as its sign, not a range: %s', (sentence, texts, values) => {
    const got = percents(sentence);
    expect(got.map((f) => f.text)).toEqual(texts);
    expect(got.map((f) => [f.value, f.valueMax])).toEqual(values.map((v) => [v, undefined]));
  });

  it('keeps a spaced dash between two numbers a range', () => {
    expect(percents('Growth of 3 - 4% is likely.').map((f) => [f.value, f.valueMax])).toEqual([[3, 4]]);
  });

  it('keeps a hedge as a qualifier outside the span', () => {
    const [f] = percents('Sales grew by nearly 12% last year.');
    expect(f!.text).toBe('12%');
    expect(f!.qualifier).toMatchObject({ type: 'approximate', text: 'nearly' });
  });

  it.each(['A BP spokesman declined to comment.', 'Only a percentage of sales is taxed.', 'He gave it a percent sign.'])('an article before an abbreviation or a bare percent word is no figure: %s', (sentence) => {
    expect(percents(sentence)).toEqual([]);
  });

  it('keeps a fraction before the article as one figure', () => {
    expect(percents('Rates fell half a percentage point.').map((f) => [f.text, f.value])).toEqual([['half a percentage point', 0.5]]);
    expect(percents('Rates fell three-quarters of a percentage point.').map((f) => [f.text, f.value])).toEqual([['three-quarters of a percentage point', 0.75]]);
  });

  it.each(['We ordered 12 pc of the desk chairs.', 'A 3 pc sofa set.', 'Sales rose to 40 pc units.', 'Shipments rose 8 PC.', 'The order grew by 6 pcs.', 'The lab bought 2.5 PC units.', 'See 4 pp of notes.'])('a spaced "pc"/"pp" after a whole number or in capitals is no unit: %s', (sentence) => {
    expect(percents(sentence)).toEqual([]);
  });

  it.each(['It ended five pct.', 'The PC 5 model.', 'Page 5 of 10.'])('ends the unit at the word: %s', (sentence) => {
    expect(percents(sentence).map((f) => f.text)).toEqual(sentence.includes('pct') ? ['five pct'] : []);
  });

  it.each([
    ['Call money eased to 3.75/80 pct from 4 pct.', ['4 pct']],
    ['Bills yielded 4.46/37 pct today.', []],
    ['A 3/4 pct rise.', ['3/4 pct']],
    ['Rates rose by 1/4 to 14 pct.', ['14 pct']],
    ['It cut the tax rate on April 1 to 15 pct.', ['15 pct']],
    ['Tariffs of 1 to 15 pct apply.', ['1 to 15 pct']],
    ['Yields of 0.5 to 2 pct.', ['0.5 to 2 pct']],
    ['Growth of two to 15 pct.', ['two to 15 pct']],
    ['Weights between zero and 100 pct.', ['between zero and 100 pct']],
  ])('reads quote halves, changes and ranges apart: %s', (sentence, texts) => {
    expect(percents(sentence).map((f) => f.text)).toEqual(texts);
  });

  it.each<[string, [string, string][]]>([
    ['Yields were 4.6 and 4.9 percent, respectively.', [['4.6', '4.6'], ['4.9 percent', '4.9']]],
    ['Growth of 3.1, 2.8 and 2.5 pct in the three years.', [['3.1', '3.1'], ['2.8', '2.8'], ['2.5 pct', '2.5']]],
    ['margins of 1.0 , 1.2 , and 1.5 % are typical .', [['1.0', '1'], ['1.2', '1.2'], ['1.5 %', '1.5']]],
    ['Inflation was a negative 0.5 and 0.7 pct.', [['negative 0.5', '-0.5'], ['0.7 pct', '0.7']]],
    ['Spreads fell 50 and 40 basis points.', [['50', '50'], ['40 basis points', '40']]],
    ['Output may slip 4 or 5 pct.', [['4', '4'], ['5 pct', '5']]],
  ])('reads a bare number listed before a percentage in that unit: %s', (sentence, want) => {
    const found = percents(sentence);
    expect(found.map((f) => [f.text, f.valueExact])).toEqual(want);
    const last = found[found.length - 1]!;
    for (const f of found) {
      expect(f.unit).toBe(last.unit);
      expect(sentence.slice(f.span.start, f.span.end)).toBe(f.text);
    }
  });

  it.each([
    ['The rate was 3 pct in 2019 and 5 percent in 2020.', ['3 pct', '5 percent']],
    ['Sales hit 1,203.3 and 29.2 pct below last year.', ['29.2 pct']],
    ['The note was priced at 99.50 and 5.075 pct.', ['5.075 pct']],
    ['Prices rose on March 3 and 4 pct later.', ['4 pct']],
    ['A $4.6 and 4.9 percent split.', ['4.9 percent']],
  ])('reads no listed percentage from a year, a day, a price or a far-off number: %s', (sentence, texts) => {
    expect(percents(sentence).map((f) => f.text)).toEqual(texts);
  });

  it.each<[string, [string, string][]]>([
    ['The bank cut its base rate to 6-1/2 pct from 6-3/4.', [['6-1/2 pct', '6.5'], ['6-3/4', '6.75']]],
    ['Joblessness rose to 7.4 pct, up from a revised 7.1 in May.', [['7.4 pct', '7.4'], ['7.1', '7.1']]],
    ['The yield slid from 8.2 pct to 7.9, its low.', [['8.2 pct', '8.2'], ['7.9', '7.9']]],
    ['The group lifted its stake to 35 pct from 28 last week.', [['35 pct', '35'], ['28', '28']]],
  ])('reads the bare level a percentage is compared with: %s', (sentence, want) => {
    const found = percents(sentence);
    expect(found.map((f) => [f.text, f.valueExact])).toEqual(want);
    for (const f of found) expect(sentence.slice(f.span.start, f.span.end)).toBe(f.text);
  });

  it.each([
    ['The index rose 3 pct to 250 from 240.', ['3 pct']],
    ['Turnout fell to 61 pct from 1992 levels.', ['61 pct']],
    ['The rate went to 5 pct from 4.5 mln holders.', ['5 pct']],
    ['Its share rose to 12 pct from 0.5 a decade ago.', ['12 pct']],
    ['The ratio moved to 40 pct from 38 points.', ['40 pct']],
  ])('reads no elided percentage from a change, a year, a unit or a far-off number: %s', (sentence, texts) => {
    expect(percents(sentence).map((f) => f.text)).toEqual(texts);
  });
});

// A dateline's spaced dash before a company in capitals is no hyphenated unit.
describe('"April 29 - BP said" is a date, not 29 basis points', () => {
  it('reads the dateline day and no percentage', () => {
    const figures = extract('LONDON, April 29 - BP said first-quarter profit rose 5% to $2.1 billion.', { referenceDate: '2026-04-30' });
    expect(figures.filter((f) => f.kind === 'percent').map((f) => f.text)).toEqual(['5%']);
    expect(figures.find((f) => f.text === 'April 29')).toMatchObject({ kind: 'period', start: '2026-04-29', end: '2026-04-29', span: { start: 8, end: 16 } });
  });

  it('keeps the spaced hyphen of tokenised text in lower case, and "BP" right after a number', () => {
    expect(extract('Acme bought a 5 - percent stake.').map((f) => [f.text, f.kind === 'percent' ? f.value : null])).toEqual([['5 - percent', 5]]);
    expect(extract('Spreads widened 20 BP on Monday.', { kinds: ['percent'] })).toMatchObject([{ text: '20 BP', value: 20, unit: 'basis-point' }]);
  });
});

describe('bare "points" of a rate are percentage points; index and price points are none', () => {
  it.each<Row>([
    ['Operating margin slipped 1.4 points in the quarter.', '1.4 points', '1.4', 'percentage-point'],
    ['A stronger yen cut reported growth by 3.2 points.', '3.2 points', '3.2', 'percentage-point'],
    ['Its market share has risen 2 points since June.', '2 points', '2', 'percentage-point'],
    ['Gross margin has narrowed 0.7 point this year.', '0.7 point', '0.7', 'percentage-point'],
    // A percentage as the level after it.
    ['Turnout dropped four points to 61 per cent.', 'four points', '4', 'percentage-point'],
    // The rate a few words before "by", the verb before it.
    ['The central bank lowered its main rates by half a point.', 'half a point', '0.5', 'percentage-point'],
    // The rate named right after.
    ['Traders expect a quarter point rate cut in June.', 'quarter point', '0.25', 'percentage-point'],
    // Compared with percentage points just before it.
    ['Storm claims added 4.8 percentage points to the ratio, down from 6.3 points in 2025.', '6.3 points', '6.3', 'percentage-point'],
    ['Weather took 2.1 percentage points off growth, versus 0.9 points a year ago.', '0.9 points', '0.9', 'percentage-point'],
    // Listed with percentage points after "and".
    ['Price increases added 3.1 percentage points and volumes 0.4 points to sales growth.', '0.4 points', '0.4', 'percentage-point'],
    ['Mix contributed 1.2 percentage points, and acquisitions a further 2 points.', '2 points', '2', 'percentage-point'],
  ])('%s', (sentence, text, value, unit) => {
    const f = percents(sentence).find((x) => x.text === text);
    expect(f, JSON.stringify(percents(sentence).map((x) => x.text))).toBeDefined();
    expect(f!.valueExact).toBe(value);
    expect(f!.unit).toBe(unit);
    expect(sentence.slice(f!.span.start, f!.span.end)).toBe(text);
  });

  it.each([
    'The Dow fell 120 points to 21,300.',
    'The purchasing managers index rose 2.3 points to 51.4.',
    'Share prices fell 12 points in early trade.',
    'Bond futures gained half a point after the data.',
    'The team won by six points.',
    'The plan has three points.',
    'The Dow fell 120 points from 35,000 points.',
  ])('no percentage: %s', (sentence) => {
    expect(percents(sentence)).toEqual([]);
  });

  it('lists bare points with percentage points only inside one sentence', () => {
    expect(percents('Rates rose 0.5 percentage point. The index and the Dow fell 120 points.').map((f) => f.text)).toEqual(['0.5 percentage point']);
  });
});
