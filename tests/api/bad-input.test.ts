/**
 * Bad input to every public API: a TypeError (wrong type) or RangeError (out of range)
 * whose message names the argument and says what was expected — never a crash deep in the
 * pipeline, never a silent wrong answer. Valid edge cases are checked to still work, with values.
 */
import { describe, expect, it } from 'vitest';
import { check, checkFigures, convert, extract, type Figure, type MoneyFigure } from '../../src/index';
import { extractStream, extractRecords } from '../../src/stream/index';

type Thrower = () => unknown;

/** Asserts `fn` throws `type` with a message matching every pattern. */
function expectError(fn: Thrower, type: typeof TypeError | typeof RangeError, ...patterns: RegExp[]): void {
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  expect(error, 'expected a throw').toBeInstanceOf(type);
  for (const p of patterns) expect((error as Error).message).toMatch(p);
}

const TEXT = 'Revenue rose 12% to $5.2 billion in the third quarter of 2019.';

describe('extract: text', () => {
  it.each([
    ['undefined', undefined, /undefined/],
    ['null', null, /null/],
    ['a number', 42, /number/],
    ['a String object', new String('$5'), /object/],
    ['a Buffer', Buffer.from('$5'), /object/],
    ['an array', ['$5'], /object|array/],
  ])('%s is a TypeError naming text', (_name, value, got) => {
    expectError(() => extract(value as unknown as string), TypeError, /\btext\b/, /string/, got);
  });

  it('the empty string and whitespace give no figures', () => {
    expect(extract('')).toEqual([]);
    expect(extract(' \n\t\u00a0')).toEqual([]);
  });
});

describe('extract: options', () => {
  it.each([
    ['a number', 5], ['a string', 'USD'], ['an array', []], ['a function', () => 0],
  ])('options as %s is a TypeError naming options', (_name, value) => {
    expectError(() => extract(TEXT, value as never), TypeError, /options must be an object/);
  });

  it.each([
    ['2019-13-01', RangeError], ['2019-02-30', RangeError], ['2019-02-29', RangeError], ['10/08/2018', RangeError], ['2018-1-8', RangeError],
    ['', RangeError], ['2018-10-08Tjunk', RangeError], ['2018-10-08 and more', RangeError], [new Date('not a date'), RangeError],
    [1546300800000, TypeError], [null, TypeError], [{}, TypeError], [true, TypeError],
  ] as const)('referenceDate %j is a %o naming referenceDate', (value, type) => {
    expectError(() => extract(TEXT, { referenceDate: value as never }), type, /referenceDate/);
  });

  it('referenceDate accepts a Date, YYYY-MM-DD, a leap day and an ISO date-time (its UTC date)', () => {
    const q = (referenceDate: Date | string) => extract('Sales rose in the first quarter.', { referenceDate, kinds: ['period'] }).map((f) => f.kind === 'period' && [f.start, f.end]);
    expect(q('2019-06-30')).toEqual([['2019-01-01', '2019-03-31']]);
    expect(q(new Date(Date.UTC(2019, 5, 30)))).toEqual([['2019-01-01', '2019-03-31']]);
    expect(q('2020-02-29')).toEqual([['2020-01-01', '2020-03-31']]);
    expect(q('2019-06-30T23:59:59.999Z')).toEqual([['2019-01-01', '2019-03-31']]);
    // The date as written, whatever the offset says.
    expect(q('2019-03-31T23:30:00-05:00')).toEqual([['2019-01-01', '2019-03-31']]);
  });

  // Were accepted and cut to the date: any two digits passed for hours and minutes.
  it.each(['2019-06-30T25:00', '2019-06-30T12:61', '2019-06-30T12:00:00+24:00', '2019-06-30T99:99:99Z'])(
    'referenceDate %s (not a time of day) is a RangeError', (value) => {
      expectError(() => extract(TEXT, { referenceDate: value }), RangeError, new RegExp(`^referenceDate must be a YYYY-MM-DD date, got "${value.replace('+', '\\+')}"$`));
    });

  it('a referenceDate string repeated across calls resolves the same each time; a bad one after it still throws', () => {
    const q = (referenceDate: string) => extract('Sales rose last year.', { referenceDate, kinds: ['period'] }).map((f) => f.kind === 'period' && [f.start, f.end]);
    expect(q('2019-06-30')).toEqual([['2018-01-01', '2018-12-31']]);
    expect(q('2019-06-30')).toEqual([['2018-01-01', '2018-12-31']]);
    expect(q('2021-01-15')).toEqual([['2020-01-01', '2020-12-31']]);
    expect(q('2019-06-30')).toEqual([['2018-01-01', '2018-12-31']]);
    expectError(() => q('2019-02-30'), RangeError, /referenceDate/);
    expect(q('2019-06-30')).toEqual([['2018-01-01', '2018-12-31']]);
  });

  it.each([
    [13, RangeError], [0, RangeError], [-1, RangeError], [1.5, RangeError], [NaN, RangeError], [Infinity, RangeError],
    ['4', TypeError], [null, TypeError], [[4], TypeError],
  ] as const)('fiscalYearStart %j is a %o naming fiscalYearStart and 1-12', (value, type) => {
    expectError(() => extract(TEXT, { fiscalYearStart: value as never }), type, /fiscalYearStart/, /1.{1,6}12/);
  });

  it.each([
    ['money', TypeError], [null, TypeError], [{ 0: 'money' }, TypeError], [['money', 'dates'], RangeError], [['Money'], RangeError], [[undefined], RangeError],
  ] as const)('kinds %j is a %o naming kinds', (value, type) => {
    expectError(() => extract(TEXT, { kinds: value as never }), type, /kinds/);
  });

  it('kinds filters: money only, percent only', () => {
    expect(extract(TEXT, { kinds: ['money'] }).map((f) => (f as MoneyFigure).amountExact)).toEqual(['5200000000']);
    expect(extract(TEXT, { kinds: ['percent'] }).map((f) => f.text)).toEqual(['12%']);
    expect(extract(TEXT, { kinds: [] })).toEqual([]);
  });

  it('a kinds filter returns what the full result holds of those kinds (money without its linked period)', () => {
    const text = 'Sales rose 12% to $5.2 billion in 2019, or 1.5% of the market, from 4.1 billion dlrs in 2018 (up 25 basis points).';
    const all = extract(text, { referenceDate: '2020-02-01' });
    const only = (kinds: Array<'money' | 'percent' | 'period'>) => extract(text, { referenceDate: '2020-02-01', kinds });
    const unlinked = (f: Figure) => { const { period: _, ...rest } = f as MoneyFigure; return rest; };
    expect(only(['percent'])).toEqual(all.filter((f) => f.kind === 'percent'));
    expect(only(['period'])).toEqual(all.filter((f) => f.kind === 'period'));
    expect(only(['money']).map(unlinked)).toEqual(all.filter((f) => f.kind === 'money').map(unlinked));
    expect(only(['money', 'period'])).toEqual(all.filter((f) => f.kind !== 'percent'));
    expect(only(['percent']).map((f) => f.text)).toEqual(['12%', '1.5%', '25 basis points']);
  });

  it.each([
    ['XYZ', RangeError], ['ABCD', RangeError], ['US', RangeError], ['U$D', RangeError], ['', RangeError], [5, TypeError], [null, TypeError],
  ] as const)('dollar %j is a %o naming dollar', (value, type) => {
    expectError(() => extract('$5', { dollar: value as never }), type, /dollar/);
  });

  it('dollar takes a known code in any case', () => {
    expect(extract('It paid $5.', { dollar: 'cad' }).map((f) => f.kind === 'money' && f.currency)).toEqual(['CAD']);
    expect(extract('It paid $5.', { dollar: 'AUD' }).map((f) => f.kind === 'money' && f.currency)).toEqual(['AUD']);
  });

  it.each([
    [['USD'], TypeError, /currencyHints/],
    ['USD', TypeError, /currencyHints/],
    [{ '€': 'USD' }, RangeError, /currencyHints.*"€"/],
    [{ dollar: 'CAD' }, RangeError, /currencyHints.*"dollar"/],
    [{ $: 'XYZ' }, RangeError, /currencyHints\["\$"\].*XYZ/],
    [{ kr: 5 }, TypeError, /currencyHints\["kr"\]/],
  ] as const)('currencyHints %j is a %o naming the hint', (value, type, pattern) => {
    expectError(() => extract('$5', { currencyHints: value as never }), type, pattern);
  });

  it('currencyHints choose the currency of ambiguous tokens', () => {
    const cur = (text: string, currencyHints: object) => extract(text, { currencyHints }).map((f) => f.kind === 'money' && f.currency);
    expect(cur('It paid 5 kr.', { kr: 'NOK' })).toEqual(['NOK']);
    expect(cur('It paid £5.', { '£': 'EGP' })).toEqual(['EGP']);
    expect(cur('It paid $5.', { $: 'HKD' })).toEqual(['HKD']);
  });

  it('currencyHints["¥"] chooses the currency of ¥', () => {
    expect(extract('It paid ¥5.', { currencyHints: { '¥': 'CNY' } }).map((f) => f.kind === 'money' && f.currency)).toEqual(['CNY']);
  });

  it.each([
    ['attribution', 'yes', TypeError], ['textRates', 'yes', TypeError], ['convertTo', 5, TypeError], ['convertTo', 'EURO', RangeError],
    ['embeddedRates', 'week', RangeError], ['rates', 5, TypeError],
  ] as const)('%s: %j is a %o naming it', (key, value, type) => {
    expectError(() => extract(TEXT, { convertTo: 'EUR', embeddedRates: false, [key]: value } as never), type, new RegExp(key));
  });

  // Were ignored without convertTo, so a typo only surfaced once conversion was switched on.
  it.each([
    ['textRates', 'yes', TypeError, 'textRates must be a boolean'],
    ['embeddedRates', 'week', RangeError, 'embeddedRates must be "day", "month", "year" or false, got "week"'],
    ['embeddedRates', true, RangeError, 'embeddedRates must be "day", "month", "year" or false, got true'],
    ['rates', 5, TypeError, 'rates must be a rate table { base, date, rates }, an array of them, or a function (from, to, date) => rate'],
    ['rates', null, TypeError, 'rates must be a rate table { base, date, rates }, an array of them, or a function (from, to, date) => rate'],
  ] as const)('without convertTo, %s: %j is still a %o naming it', (key, value, type, message) => {
    expectError(() => extract(TEXT, { [key]: value } as never), type, new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });

  it('valid rate options without convertTo change nothing', () => {
    const plain = extract(TEXT);
    expect(extract(TEXT, { textRates: false, embeddedRates: false, rates: () => 1 })).toEqual(plain);
    expect(extract(TEXT, { embeddedRates: 'day', rates: [{ base: 'EUR', rates: { USD: 1.1 } }] })).toEqual(plain);
  });

  it('rates with a bad base or a negative rate are RangeErrors naming the field', () => {
    expectError(() => extract(TEXT, { convertTo: 'EUR', rates: { base: 'XX', rates: {} } }), RangeError, /rates\.base/);
    expectError(() => extract(TEXT, { convertTo: 'EUR', rates: { base: 'USD', rates: { EUR: -1 } } }), RangeError, /rates\.rates\.EUR/);
  });

  // Was nan-rate-unnamed: a NaN rate threw "not a finite number: NaN", which did not say which rate.
  it('a NaN or infinite rate is a RangeError naming rates.rates.EUR', () => {
    expectError(() => extract(TEXT, { convertTo: 'EUR', rates: { base: 'USD', rates: { EUR: NaN } } }), RangeError, /rates\.rates\.EUR must be a finite number, got NaN/);
    expectError(() => extract(TEXT, { convertTo: 'EUR', rates: [{ base: 'USD', date: '2019-01-01', rates: { EUR: Infinity } }] }), RangeError, /rates\[0\]\.rates\.EUR.*Infinity/);
    expectError(() => convert({ currency: 'USD', amountExact: '1' }, 'EUR', { rates: { base: 'USD', rates: { EUR: NaN } } }), RangeError, /rates\.rates\.EUR/);
  });

  it('a rate function returning NaN counts as no rate, and the error says which call', () => {
    expectError(() => convert({ currency: 'USD', amountExact: '1' }, 'EUR', { rates: () => NaN, embeddedRates: false, date: '2019-01-02' }), RangeError, /rates\(USD, EUR, 2019-01-02\) must be a finite number, got NaN/);
  });

  // Was convertTo-unknown-code: an unknown target currency was accepted and every figure carried a conversionError.
  it('convertTo an unknown currency is a RangeError naming convertTo', () => {
    expectError(() => extract(TEXT, { convertTo: 'XYZ', embeddedRates: false }), RangeError, /convertTo/, /XYZ/);
    expectError(() => extract('No figures here.', { convertTo: 'XYZ' }), RangeError, /convertTo/);
    expectError(() => extractStream({ convertTo: 'XYZ' }), RangeError, /convertTo/);
  });

  it('convertTo accepts lower case and withdrawn codes the library reads', () => {
    const [f] = extract('It paid $5.2 billion.', { convertTo: 'eur', embeddedRates: false, rates: { base: 'USD', rates: { EUR: '0.9' } } }) as MoneyFigure[];
    expect(f!.converted).toMatchObject({ currency: 'EUR', amountExact: '4680000000' });
    expect(() => extract(TEXT, { convertTo: 'DEM', embeddedRates: false })).not.toThrow();
  });

  it('convertTo with caller rates converts exactly', () => {
    const [f] = extract('It paid $5.2 billion.', { convertTo: 'EUR', embeddedRates: false, rates: { base: 'USD', rates: { EUR: '0.9' } } }) as MoneyFigure[];
    expect(f!.converted).toMatchObject({ currency: 'EUR', amountExact: '4680000000', rate: '0.9' });
  });
});

describe('convert', () => {
  const usd = { currency: 'USD', amountExact: '5200000000' } as const;
  const rates = { base: 'USD', rates: { EUR: '0.9' } } as const;

  it.each([
    ['null', null], ['a string', '$5'], ['a number', 5],
  ])('money as %s is a TypeError naming money', (_name, value) => {
    expectError(() => convert(value as never, 'EUR', { rates }), TypeError, /money/);
  });

  it('bad target currencies name `to`', () => {
    expectError(() => convert(usd, 5 as never, { rates }), TypeError, /\bto\b/);
    expectError(() => convert(usd, 'EURO', { rates }), RangeError, /\bto\b/);
  });

  it('an unknown currency (no rate anywhere) is a RangeError naming both currencies', () => {
    expectError(() => convert(usd, 'XYZ', { rates, embeddedRates: false }), RangeError, /USD/, /XYZ/);
    expectError(() => convert({ currency: 'XYZ', amountExact: '1' }, 'EUR', { rates, embeddedRates: false }), RangeError, /XYZ/, /EUR/);
  });

  it('a figure without a currency is a RangeError saying so', () => {
    expectError(() => convert({ currency: null, amountExact: '5' } as never, 'EUR', { rates }), RangeError, /currency is unknown/);
  });

  it('amounts that are not decimals name the amount field', () => {
    expectError(() => convert({ currency: 'USD', amountExact: '1e5' }, 'EUR', { rates }), TypeError, /amountExact/);
    expectError(() => convert({ currency: 'USD', amount: NaN }, 'EUR', { rates }), TypeError, /amount/);
    expectError(() => convert({ currency: 'USD' } as never, 'EUR', { rates }), TypeError, /amountExact/);
  });

  it('invalid dates and periods name the option', () => {
    expectError(() => convert(usd, 'EUR', { rates, date: '2018-02-30' }), RangeError, /\bdate\b/);
    expectError(() => convert(usd, 'EUR', { rates, date: new Date('x') }), RangeError, /\bdate\b/);
    expectError(() => convert(usd, 'EUR', { rates, period: { start: '2019-02-01', end: '2019-01-01' } }), RangeError, /period/);
    expectError(() => convert(usd, 'EUR', { rates, period: { start: 'Q1', end: '2019-01-01' } }), TypeError, /period/);
    expectError(() => convert(usd, 'EUR', 'x' as never), TypeError, /options/);
  });

  it('converts exactly with caller rates', () => {
    expect(convert(usd, 'EUR', { rates, embeddedRates: false })).toMatchObject({ currency: 'EUR', amountExact: '4680000000', rate: '0.9' });
  });
});

describe('check / checkFigures', () => {
  it('text that is not a string is a TypeError naming text', () => {
    expectError(() => check(5 as never), TypeError, /\btext\b/);
    expectError(() => check(null as never), TypeError, /\btext\b/);
  });

  it('extract options are validated the same way', () => {
    expectError(() => check(TEXT, { fiscalYearStart: 13 }), RangeError, /fiscalYearStart/);
    expectError(() => check(TEXT, { referenceDate: '2019-02-30' }), RangeError, /referenceDate/);
  });

  it('tolerance out of range or not a number names tolerance', () => {
    expectError(() => check(TEXT, { tolerance: -1 }), RangeError, /tolerance/);
    expectError(() => check(TEXT, { tolerance: 'abc' }), TypeError, /tolerance/);
  });

  // Were validated only when the text held a stated equivalent, so a bad option passed on
  // most documents and threw on the first one with "5 yuan ($1)".
  it('rate options are validated whatever the text holds', () => {
    for (const text of ['No figures here.', TEXT]) {
      expectError(() => check(text, { embeddedRates: 'weekly' as never }), RangeError,
        /^embeddedRates must be "day", "month", "year" or false, got "weekly"$/);
      expectError(() => check(text, { rates: 5 as never }), TypeError, /^rates must be a rate table/);
      expectError(() => checkFigures(text, [], { rates: { base: 'EUR', rates: { USD: -1 } } }), RangeError,
        /^rates\.rates\.USD must be a positive rate, got -1$/);
    }
  });

  // Was checkFigures-unvalidated: checkFigures(5, []) returned [] and checkFigures('x', 5) threw "figures is not iterable".
  it('checkFigures validates text, figures and options', () => {
    expectError(() => checkFigures(5 as never, []), TypeError, /\btext\b/, /string/);
    expectError(() => checkFigures('x', 5 as never), TypeError, /figures/, /array/);
    expectError(() => checkFigures('x', null as never), TypeError, /figures/, /array/);
    expectError(() => checkFigures('x', [], 5 as never), TypeError, /options/);
    expectError(() => check(TEXT, 'x' as never), TypeError, /options/);
    expectError(() => check(TEXT, { tolerance: NaN }), RangeError, /tolerance/);
    expect(checkFigures('', [])).toEqual([]);
  });
});

describe('finfigures/stream', () => {
  it('bad extract options throw at once, naming the option', () => {
    expectError(() => extractStream({ fiscalYearStart: 13 }), RangeError, /fiscalYearStart/);
    expectError(() => extractStream({ referenceDate: 'yesterday' }), RangeError, /referenceDate/);
    expectError(() => extractStream({ fields: 5 as never }), TypeError, /fields/);
  });

  // Was accepted: a string was spread into { 0: 'x' } and every option silently ignored.
  it('options that are not an object are a TypeError', async () => {
    expectError(() => extractStream('x' as never), TypeError, /^options must be an object, got string$/);
    expectError(() => extractStream([] as never), TypeError, /^options must be an object, got an array$/);
    await expect(extractRecords([], 5 as never).next()).rejects.toThrow(/^options must be an object, got number$/);
    expect(extractStream(null as never)).toBeDefined();
  });

  // Were accepted at creation, then every record became an error record.
  it('with check, the check options throw at once too', async () => {
    expectError(() => extractStream({ check: true, tolerance: 5 } as never), RangeError,
      /^tolerance must be a fraction from 0 to below 1 \(0\.1 is 10%\), got 5$/);
    expectError(() => extractStream({ check: true, includePassed: 'x' } as never), TypeError, /^includePassed must be a boolean$/);
    expectError(() => extractStream({ check: true, embeddedRates: 'weekly' } as never), RangeError, /^embeddedRates must be/);
    await expect(extractRecords([], { check: true, rates: 5 } as never).next()).rejects.toThrow(/^rates must be a rate table/);
    // Valid check options still give findings per record.
    const out: Record<string, unknown>[] = [];
    for await (const r of extractRecords([{ text: 'Sales rose 15% to $5.2bn from $4.1bn.' }], { check: true, tolerance: '0.05' } as never)) out.push(r);
    expect((out[0]!.findings as { kind: string }[]).map((f) => f.kind)).toEqual(['percent-change']);
  });

  it('a record without text is an error record, not a crash', async () => {
    const out: Record<string, unknown>[] = [];
    for await (const r of extractRecords([{ id: 1, text: 5 }, '{"id":2,"text":"It paid $5."}', 'not json'])) out.push(r);
    expect(out).toHaveLength(3);
    expect(out[0]).toHaveProperty('error');
    expect((out[1]!.figures as MoneyFigure[]).map((f) => f.amountExact)).toEqual(['5']);
    expect(out[2]).toHaveProperty('error');
  });
});

describe('report and stream inputs', () => {
  it('renderReport names what is wrong with its input', async () => {
    const { renderReport } = await import('../../src/report/html');
    expect(() => renderReport('x' as never)).toThrow(/input must be an object/);
    expect(() => renderReport({ text: 'x' } as never)).toThrow(/input\.figures must be an array/);
    expect(() => renderReport({ text: 5, figures: [] } as never)).toThrow(/input\.text must be a string/);
  });

  // Were internal errors: "Cannot destructure property 'start' of 'f.span'", "s.replace is not a function".
  it('renderReport names a malformed figure, finding or title', async () => {
    const { renderReport } = await import('../../src/report/html');
    expectError(() => renderReport({ text: 'x', figures: [{ kind: 'money' }] } as never), TypeError,
      /^input\.figures\[0\] must be a figure from extract\(\) \(with kind, span and text\), got \{"kind":"money"\}$/);
    expectError(() => renderReport({ text: 'x', figures: [null] } as never), TypeError, /^input\.figures\[0\] must be a figure/, /got null$/);
    expectError(() => renderReport({ text: 'x', figures: [{ kind: 'date', text: 'x', span: { start: 0, end: 1 } }] } as never), TypeError, /^input\.figures\[0\]/);
    expectError(() => renderReport({ text: 'x', figures: [], findings: [{ kind: 'x' }] } as never), TypeError,
      /^input\.findings\[0\] must be a finding from check\(\) \(with message and spans\), got \{"kind":"x"\}$/);
    expectError(() => renderReport({ text: 'x', figures: [], title: 5 } as never), TypeError, /^input\.title must be a string, got number$/);
    // Figures that went through JSON (a pipeline's output) still render.
    const text = 'Profit rose 4% to $2 million in 2020.';
    const figures = JSON.parse(JSON.stringify(extract(text))) as Figure[];
    expect(renderReport({ text, figures, title: 'T' })).toContain('<title>T</title>');
  });

  it('extractStream and extractRecords name a non-boolean strict', async () => {
    const { extractStream, extractRecords } = await import('../../src/stream/index');
    expect(() => extractStream({ strict: 'yes' } as never)).toThrow(TypeError);
    expect(() => extractStream({ strict: 'yes' } as never)).toThrow(/strict must be a boolean/);
    const gen = extractRecords([], { strict: 'yes' } as never);
    await expect(gen.next()).rejects.toThrow(/strict must be a boolean/);
  });
});

describe('checkFigures figure shapes', () => {
  it('names the malformed figure', async () => {
    const { checkFigures } = await import('../../src/index');
    expect(() => checkFigures('x', [{ kind: 'money' }] as never)).toThrow(/figures\[0\] must be a figure/);
  });
});

// Were frozen only at the top: finding.spans and finding.numbers could be changed in place.
describe('findings are frozen like figures', () => {
  it('the finding, its spans and its numbers', () => {
    const [f] = check('Sales at Delta rose 15% to $5.2bn from $4.1bn.');
    expect(f!.numbers).toMatchObject({ stated: '15', computed: '26.83' });
    expect([Object.isFrozen(f), Object.isFrozen(f!.spans), Object.isFrozen(f!.numbers), f!.spans.every((s) => Object.isFrozen(s))]).toEqual([true, true, true, true]);
  });
});
