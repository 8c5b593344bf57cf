import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index';
import { linkFigures, sentenceIndex, sentenceStarts } from '../../src/link';
import { SentenceIndex } from '../../src/link/sentences';
import type { Figure, MoneyFigure } from '../../src/types';
import { money, percent, period } from './figures';

const periodsOf = (figs: Figure[]) => figs.filter((f): f is MoneyFigure => f.kind === 'money').map((m) => m.period && `${m.text} → ${m.period.start}..${m.period.end}`);

describe('period links', () => {
  it('links a following period after "for", and a sentence-opening one to later amounts, skipping a comparison period', () => {
    const t =
      'In the nine months, Acme said sales fell 12% to 18.3 billion yuan ($2.7 billion) compared with the year-ago period, and it booked a loss of 1.1 billion yuan ($160 million), against a profit of 900 million yuan for the nine months of 2019.';
    const figs: Figure[] = [
      period(t, 'the nine months', '2020-01-01', '2020-09-30'),
      percent(t, '12%', '12'),
      money(t, '18.3 billion yuan', 'CNY', '18300000000'),
      money(t, '$2.7 billion', 'USD', '2700000000'),
      period(t, 'the year-ago period', '2019-01-01', '2019-09-30'),
      money(t, '1.1 billion yuan', 'CNY', '1100000000'),
      money(t, '$160 million', 'USD', '160000000'),
      money(t, '900 million yuan', 'CNY', '900000000'),
      period(t, 'nine months of 2019', '2019-01-01', '2019-09-30'),
    ];
    expect(periodsOf(linkFigures(t, figs))).toEqual([
      '18.3 billion yuan → 2020-01-01..2020-09-30',
      '$2.7 billion → 2020-01-01..2020-09-30',
      '1.1 billion yuan → 2020-01-01..2020-09-30',
      '$160 million → 2020-01-01..2020-09-30',
      '900 million yuan → 2019-01-01..2019-09-30',
    ]);
  });

  it('links "in 2018" after the amount and keeps the span of the period', () => {
    const t = 'Revenue was $5.2bn in 2018, up from $4.1bn in 2017.';
    const out = linkFigures(t, [money(t, '$5.2bn', 'USD', '5200000000'), period(t, '2018', '2018-01-01', '2018-12-31'), money(t, '$4.1bn', 'USD', '4100000000'), period(t, '2017', '2017-01-01', '2017-12-31')]);
    expect((out[0] as MoneyFigure).period).toEqual({ span: { start: 22, end: 26 }, start: '2018-01-01', end: '2018-12-31' });
    expect(periodsOf(out)).toEqual(['$5.2bn → 2018-01-01..2018-12-31', '$4.1bn → 2017-01-01..2017-12-31']);
  });

  it('looks past a stated equivalent and its closing parenthesis for the period', () => {
    const t = 'Orion earned 2.1 billion yuan ($310 million) for the first half of 2016.';
    const out = linkFigures(t, [money(t, '2.1 billion yuan', 'CNY', '2100000000'), money(t, '$310 million', 'USD', '310000000'), period(t, 'first half of 2016', '2016-01-01', '2016-06-30')]);
    expect(periodsOf(out)).toEqual(['2.1 billion yuan → 2016-01-01..2016-06-30', '$310 million → 2016-01-01..2016-06-30']);
  });

  it('does not link across sentences, nor to unresolved periods', () => {
    const t = 'The fiscal year ended in March. Sales were $3bn. Costs in the quarter were $1bn.';
    const out = linkFigures(t, [
      period(t, 'The fiscal year', '2019-04-01', '2020-03-31'),
      money(t, '$3bn', 'USD', '3000000000'),
      period(t, 'the quarter', '', '', { start: undefined, end: undefined, unresolved: 'needs referenceDate' }),
      money(t, '$1bn', 'USD', '1000000000'),
    ]);
    expect(periodsOf(out)).toEqual([undefined, undefined]);
  });

  it('does not take a comparison period after "from"', () => {
    const t = 'Sales rose to $6bn from $5bn in 2019.';
    const out = linkFigures(t, [money(t, '$6bn', 'USD', '6000000000'), money(t, '$5bn', 'USD', '5000000000'), period(t, '2019', '2019-01-01', '2019-12-31')]);
    expect(periodsOf(out)).toEqual([undefined, '$5bn → 2019-01-01..2019-12-31']);
  });
});

describe('period links: the gap after the amount (redos-after-gap)', () => {
  it('a period counts as right after the amount only within 64 characters', () => {
    const near = '$5m' + ' '.repeat(50) + 'in 2019';
    const far = '$5m' + ' '.repeat(100) + 'in 2019';
    const at = (t: string) => [money(t, '$5m', 'USD', '5000000'), period(t, '2019', '2019-01-01', '2019-12-31')];
    expect(periodsOf(linkFigures(near, at(near)))).toEqual(['$5m → 2019-01-01..2019-12-31']);
    expect(periodsOf(linkFigures(far, at(far)))).toEqual([undefined]);
  });

  it('long whitespace between an amount and the next figure takes linear time', () => {
    // Was cubic: 2,000 spaces took ~5 s, 4,000 ~45 s.
    const t0 = performance.now();
    for (const gap of [' '.repeat(20000) + 'x ', ' '.repeat(20000) + 'in ', ')' + ' '.repeat(20000) + ',' + ' '.repeat(20000)]) {
      const figs = extract('$5m' + gap + '2019');
      expect(figs.map((f) => f.kind)).toEqual(['money', 'period']);
    }
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('sentenceStarts', () => {
  it('splits on sentence ends but not decimals, abbreviations or initials', () => {
    const t = 'Acme Corp. (NYSE: ACM) lost $1.5 billion in the U.S. market. Rivals gained. "Next," it said.\n\nNew paragraph';
    expect(sentenceStarts(t).map((s) => t.slice(s, s + 6))).toEqual(['Acme C', 'Rivals', '"Next,', 'New pa']);
  });

  it.each([
    ['Sales rose. Costs fell.', ['Sales', 'Costs']],
    ['Did it? Yes! 2019 was good.', ['Did', 'Yes!', '2019']],
    ['He said "yes." Then he left.', ['He', 'Then']],
    ['It is No. 1 in sales.', ['It']],
    ['It fell (sharply.) Then it rose.', ['It', 'Then']],
    ['It ended.  \u00a0"Next" began.', ['It', '"Next"']],
    ['It ended. (See below.) More.', ['It', '(See', 'More.']],
    ['It ended. “Quoted” text.', ['It', '“Quoted”']],
    ['It ended. lower case goes on.', ['It']],
    ['It ended. "lower" goes on.', ['It']],
    ['Line one\n \t\nline two', ['Line', 'line']],
    ['Line one\nline two', ['Line']],
    ['Ask Mr. Smith. Then go.', ['Ask', 'Then']],
    ['Made in the U.S. Then shipped.', ['Made']],
    ['Price 1.5 mln. Next item.', ['Price', 'Next']],
    // The rupee's "Rs." before its amount goes on; a stop after the amount ends the sentence.
    ['It earned Rs. 3,102 crore. Then it rose.', ['It', 'Then']],
    // The peso's "Ps." goes on only before its number: "the PS." before a capital is the console.
    ['Revenue rose to Ps. 87.5 billion. Costs fell.', ['Revenue', 'Costs']],
    ['Demand for the PS. The console sold out.', ['Demand', 'The']],
    // One letter glued to a number is its unit, not an initial: the stop after it ends the sentence.
    ['The dividend was held at 4.2p. Chief executive Ann Lowe said more.', ['The', 'Chief']],
    ['It booked a charge of £85m. The shares fell.', ['It', 'The']],
    ['Plan B. It failed.', ['Plan']],
    // After a company ending, a word that opens sentences ends one; a name goes on.
    ['It is rated A by Acme Corp. There is a fee.', ['It', 'There']],
    ['Acme Corp. The unit grew.', ['Acme', 'The']],
    ['Acme Corp. Shares rose.', ['Acme']],
    ['Acme Corp. Thereafter it rose.', ['Acme']],
    ['Trailing dot.', ['Trailing']],
    ['Ends with space. ', ['Ends']],
    ['', ['']],
  ])('%j', (text, firstWords) => {
    expect(sentenceStarts(text).map((s) => text.slice(s).split(/\s+/)[0])).toEqual(firstWords);
  });

  it('answers sentence by sentence as far as it is asked, as the full list would', () => {
    const text = Array.from({ length: 200 }, (_, i) => `Sentence ${i} costs $${i} million. `).join('') + '\n\nLast one.';
    const all = sentenceStarts(text);
    const lazy = new SentenceIndex(text);
    expect(lazy.indexOf(40)).toBe(sentenceIndex(all, 40));
    // Only the start of the text has been read.
    expect(lazy.starts.length).toBeLessThan(5);
    for (const offset of [5000, 10, text.length - 1, 0, 3333, 3334, 6000]) {
      const i = lazy.indexOf(offset);
      expect(i).toBe(sentenceIndex(all, offset));
      expect(lazy.startOf(i)).toBe(all[i]);
    }
    expect(lazy.starts).toEqual(all.slice(0, lazy.starts.length));
  });

  it('looks back past a few comparison periods, but only a few', () => {
    const near = 'In 2020, compared with 2019, versus 2018 and from 2017, Acme earned $5 million.';
    expect(periodsOf(extract(near, { referenceDate: '2021-03-01' }))).toEqual(['$5 million → 2020-01-01..2020-12-31']);
    // Nine comparisons between the amount and the period it could be for: too far to look.
    const far = `In 2020, ${Array.from({ length: 9 }, (_, i) => `compared with ${2019 - i}`).join(', ')}, Acme earned $5 million.`;
    expect(periodsOf(extract(far, { referenceDate: '2021-03-01' }))).toEqual([undefined]);
  });
});

describe('a season told relative to now after an amount', () => {
  // (Sentences written for this project.) The season is the amount's own period, which no
  // calendar fixes: it takes no period written earlier in its sentence.
  it.each([
    ['The club lost €56m in the 12 months to June 30 and said revenue would top €1bn next season.', ['€56m → 2024-07-01..2025-06-30', undefined]],
    ['Sales were £593m in 2024, and the club hopes for £650m this season.', ['£593m → 2024-01-01..2024-12-31', undefined]],
    ['In 2024 the league paid out £80m, against £95m over the past season.', ['£80m → 2024-01-01..2024-12-31', undefined]],
    // A season that refers back is read, and linked.
    ['In 2024 the club lost £120m, and £80m in the previous season.', ['£120m → 2024-01-01..2024-12-31', '£80m → 2023-01-01..2023-12-31']],
    // Another time after it keeps the period before.
    ['In 2024 the club sold £40m of season tickets.', ['£40m → 2024-01-01..2024-12-31']],
  ] as const)('%s', (text, expected) => {
    expect(periodsOf(extract(text, { referenceDate: '2025-09-05' }))).toEqual(expected);
  });
});
