import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHasCheck, CLI, runCli } from './run';
import { ARTICLE, byText, WRONG_CHANGE, type FigureJson } from './texts';

let dir: string;
let article: string;
let wrong: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'finfigures-cli-'));
  article = join(dir, 'article.txt');
  wrong = join(dir, 'wrong.txt');
  writeFileSync(article, ARTICLE);
  writeFileSync(wrong, WRONG_CHANGE);
});

interface Doc {
  source: string;
  figures: FigureJson[];
  findings?: { kind: string; severity: string; message: string; numbers: Record<string, string> }[];
}

describe('finfigures extract FILE', () => {
  it('prints the figures of a file as pretty JSON by default, with exact spans', async () => {
    const r = await runCli(['extract', article]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\{\n {2}"source"/);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.source).toBe(article);
    const money = byText(doc.figures, '$4.5 billion');
    expect(money).toMatchObject({ kind: 'money', currency: 'USD', amount: 4_500_000_000, amountExact: '4500000000', span: { start: 43, end: 55 } });
    for (const f of doc.figures) expect(ARTICLE.slice(f.span.start, f.span.end)).toBe(f.text);
    expect(byText(doc.figures, '50 basis points')).toMatchObject({ kind: 'percent', value: 50, unit: 'basis-point' });
    expect(byText(doc.figures, '€0.35')).toMatchObject({ currency: 'EUR', amountExact: '0.35', per: 'share' });
    // Without a reference date a bare quarter cannot be dated.
    expect(byText(doc.figures, 'first quarter')).toMatchObject({ kind: 'period', unresolved: 'needs referenceDate' });
  });

  it('--reference-date dates periods written without a year', async () => {
    const r = await runCli(['extract', '--reference-date', '2024-05-02', article]);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(byText(doc.figures, 'first quarter')).toMatchObject({ start: '2024-01-01', end: '2024-03-31', granularity: 'quarter' });
    const short = JSON.parse((await runCli(['extract', '-d', '2024-05-02', article])).stdout) as Doc;
    expect(short).toEqual(doc);
  });

  it('--fiscal-year-start takes a month number or name', async () => {
    for (const month of ['4', 'april', 'Apr']) {
      const doc = JSON.parse((await runCli(['extract', '--fiscal-year-start', month, article])).stdout) as Doc;
      expect(byText(doc.figures, 'fiscal 2023')).toMatchObject({ start: '2022-04-01', end: '2023-03-31', granularity: 'fiscal-year' });
    }
    const r = await runCli(['extract', '--fiscal-year-start', '13', article]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('finfigures: --fiscal-year-start must be a month 1-12 or a month name, got "13"\n');
  });

  it('reads stdin with - (and with no FILE when stdin is piped)', async () => {
    for (const args of [['extract', '-'], ['extract']]) {
      const r = await runCli(args, { input: ARTICLE });
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout) as Doc;
      expect(doc.source).toBe('-');
      expect(byText(doc.figures, '12%')).toMatchObject({ value: 12, span: { start: 36, end: 39 } });
    }
  });

  // As the README says: UTF-8, a byte that is not UTF-8 is one U+FFFD, a leading BOM is
  // dropped (spans count from after it), "\r\n" counts as two units.
  it('spans of a file with a BOM, CRLF line ends and a stray byte', async () => {
    const file = join(dir, 'bom.txt');
    writeFileSync(file, Buffer.concat([Buffer.from('\uFEFFCosts fell\r\n'), Buffer.from([0xff]), Buffer.from(' 4% to $9m.\r\n')]));
    const r = await runCli(['extract', '-f', 'ndjson', file]);
    expect(r.code).toBe(0);
    const figures = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as FigureJson);
    expect(figures.map((f) => [f.text, f.span])).toEqual([
      ['4%', { start: 14, end: 16 }],
      ['$9m', { start: 20, end: 23 }],
    ]);
    const text = 'Costs fell\r\n\uFFFD 4% to $9m.\r\n';
    for (const f of figures) expect(text.slice(f.span.start, f.span.end)).toBe(f.text);
  });

  it('prints an array for several files, in the order given', async () => {
    const r = await runCli(['extract', wrong, article]);
    const docs = JSON.parse(r.stdout) as Doc[];
    expect(docs.map((d) => d.source)).toEqual([wrong, article]);
    expect(byText(docs[0]!.figures, '$120 million')).toMatchObject({ amount: 120_000_000, currency: 'USD' });
  });

  it('--format ndjson: one line per figure with its source', async () => {
    const r = await runCli(['extract', '-f', 'ndjson', '-d', '2024-05-02', article]);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as FigureJson & { source: string });
    expect(rows.every((x) => x.source === article)).toBe(true);
    expect(byText(rows, 'fiscal 2023')).toMatchObject({ kind: 'period', start: '2023-01-01', end: '2023-12-31' });
    const json = JSON.parse((await runCli(['extract', '-d', '2024-05-02', article])).stdout) as Doc;
    expect(rows.length).toBe(json.figures.length);
  });

  it('--format csv: a header, one quoted-when-needed row per figure', async () => {
    const r = await runCli(['extract', '--format', 'csv', '-'], { input: 'A bonus of $1,250 each, about 3% of pay.' });
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\r\n');
    expect(rows[0]).toBe('source,kind,start,end,text,value,value_max,unit,period_start,period_end,converted,converted_currency,qualifier,rule,message,about_metric,about_subject,about_direction');
    expect(rows[1]).toBe('-,money,11,17,"$1,250",1250,,USD,,,,,,money.currency-first,,,,');
    expect(rows[2]).toMatch(/^-,percent,\d+,\d+,.*3%,3,,percent,/);
    expect(rows.at(-1)).toBe('');
  });

  it('--format table: aligned columns with normalised values', async () => {
    const r = await runCli(['extract', '-f', 'table', '-d', '2024-05-02', article]);
    expect(r.code).toBe(0);
    const out = r.stdout.split('\n');
    expect(out[1]).toMatch(/^kind\s+text\s+value\s+unit\s+span$/);
    expect(out.find((l) => l.startsWith('money    $4.5 billion'))).toMatch(/USD 4,500,000,000\s+USD\s+43-55$/);
    expect(out.find((l) => l.includes('first quarter'))).toContain('2024-01-01 … 2024-03-31');
    expect(r.stdout).toMatch(/\n\d+ figures\n$/);
  });

  it('--kinds keeps only the listed kinds', async () => {
    const doc = JSON.parse((await runCli(['extract', '--kinds', 'money,percent', article])).stdout) as Doc;
    expect(new Set(doc.figures.map((f) => f.kind))).toEqual(new Set(['money', 'percent']));
    const bad = await runCli(['extract', '-k', 'money,dates', article]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('finfigures: --kinds must list money, percent or period, comma-separated, got "money,dates"\n');
    // Repeated, the lists add up.
    const twice = JSON.parse((await runCli(['extract', '-k', 'money', '-k', 'period', article])).stdout) as Doc;
    expect(new Set(twice.figures.map((f) => f.kind))).toEqual(new Set(['money', 'period']));
  });

  it('--dollar decides what a bare $ means', async () => {
    const doc = JSON.parse((await runCli(['extract', '--dollar', 'CAD', article])).stdout) as Doc;
    expect(byText(doc.figures, '$4.5 billion')).toMatchObject({ currency: 'CAD', amount: 4_500_000_000 });
    expect(byText(doc.figures, '€0.35')).toMatchObject({ currency: 'EUR' });
  });

  it('--convert-to adds the converted amount with its rate', async () => {
    const text = 'The company earned RMB7.8 billion ($1.1 billion) in 2017.';
    const doc = JSON.parse((await runCli(['extract', '--convert-to', 'eur', '-d', '2018-03-01', '-'], { input: text })).stdout) as Doc;
    const usd = byText(doc.figures, '$1.1 billion') as FigureJson & { converted: { currency: string; amountExact: string; exact: string; rate: string; rateDate: string; rateBasis: string } };
    expect(usd.converted).toMatchObject({ currency: 'EUR', rateDate: '2017-01-01/2017-12-31', rateBasis: 'period' });
    // The exact product is the amount times the rate quoted.
    expect(Number(usd.converted.exact)).toBeCloseTo(1_100_000_000 * Number(usd.converted.rate), 0);
    expect(Number(usd.converted.amountExact)).toBeGreaterThan(0.8e9);
    expect(Number(usd.converted.amountExact)).toBeLessThan(1.1e9);
    const table = await runCli(['extract', '-f', 'table', '--convert-to', 'EUR', '-d', '2018-03-01', '-'], { input: text });
    expect(table.stdout).toMatch(/converted\n/);
    expect(table.stdout).toContain(`EUR ${Number(usd.converted.amountExact).toLocaleString('en-US', { minimumFractionDigits: 2 })}`);
    const bad = await runCli(['extract', '--convert-to', 'EURO', '-'], { input: text });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('finfigures: --convert-to must be a three-letter ISO 4217 code, got "EURO"\n');
  });

  it('--check adds findings (or warns when the build has no check())', async () => {
    const r = await runCli(['extract', '--check', wrong]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    if (await buildHasCheck()) {
      expect(doc.findings).toHaveLength(1);
      expect(doc.findings![0]).toMatchObject({ kind: 'percent-change', severity: 'warning', numbers: { stated: '50', computed: '25' } });
      const table = await runCli(['extract', '-f', 'table', '--check', wrong]);
      expect(table.stdout).toContain('findings:\n  warning percent-change: The text says 50%');
      const csv = await runCli(['extract', '-f', 'csv', '--check', wrong]);
      expect(csv.stdout).toContain(`\r\n${wrong},finding:percent-change,13,16,,,,warning,`);
    } else {
      expect(doc.findings).toBeUndefined();
      expect(r.stderr).toContain('--check is not available');
    }
    const plain = JSON.parse((await runCli(['extract', wrong])).stdout) as Doc;
    expect(plain.findings).toBeUndefined();
  });

  it('--attribution adds "about" (when the build has it); figures keep their values', async () => {
    const r = await runCli(['extract', '--attribution', '-d', '2024-05-02', article]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    const plain = JSON.parse((await runCli(['extract', '-d', '2024-05-02', article])).stdout) as Doc;
    expect(plain.figures.some((f) => 'about' in f)).toBe(false);
    const strip = (d: Doc): unknown => d.figures.map(({ about: _a, ...f }) => f);
    expect(strip(doc)).toEqual(strip(plain));
    const money = byText(doc.figures, '$4.5 billion');
    expect(money).toMatchObject({ amount: 4_500_000_000 });
    if (doc.figures.some((f) => 'about' in f)) {
      expect(money.about).toMatchObject({ metric: { category: 'revenue' }, direction: 'up' });
      const table = await runCli(['extract', '-f', 'table', '--attribution', article]);
      expect(table.stdout.split('\n')[1]).toMatch(/ about$/);
      expect(table.stdout).toMatch(/\$4\.5 billion .*revenue/);
    }
  });

  it('-o writes to a file', async () => {
    const out = join(dir, 'out.csv');
    const r = await runCli(['extract', '-f', 'csv', '-o', out, article]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toContain(`${article},money,43,55,$4.5 billion,4500000000,,USD`);
  });
});

describe('finfigures usage and errors', () => {
  it('--help lists every option and has examples', async () => {
    for (const args of [['--help'], ['-h'], ['extract', '--help'], ['help']]) {
      const r = await runCli(args);
      expect(r.code).toBe(0);
      for (const opt of ['--format', '--reference-date', '--fiscal-year-start', '--convert-to', '--check', '--attribution', '--kinds', '--ndjson', '--strict', '--jobs', '--quiet', '--text-field', '--date-field', '-o, --output'])
        expect(r.stdout).toContain(opt);
      expect(r.stdout).toContain('Examples\n  finfigures extract article.txt');
    }
  });

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect((await runCli(['--version'])).stdout).toBe(`${pkg.version}\n`);
  });

  const cases: [string[], number, string][] = [
    [[], 2, 'finfigures: no command: use "finfigures extract FILE" or "finfigures report FILE" (see finfigures --help)'],
    [['extrct', 'a.txt'], 2, 'finfigures: unknown command "extrct": expected extract or report (see finfigures --help)'],
    [['extract', '--bogus', 'a.txt'], 2, 'finfigures: unknown option --bogus (see finfigures --help)'],
    [['extract', '--reference-date', '2024-02-30', '-'], 2, 'finfigures: --reference-date is not a real date: 2024-02-30'],
    [['extract', '-d', 'yesterday', '-'], 2, 'finfigures: --reference-date must be a YYYY-MM-DD date, got "yesterday"'],
    [['extract', '--format', 'xml', '-'], 2, 'finfigures: --format must be one of json, ndjson, csv, table, got "xml"'],
    [['extract', '--jobs', '2', '-'], 2, 'finfigures: --jobs needs --ndjson'],
    [['extract', '--ndjson', '--jobs', 'many', '-'], 2, 'finfigures: --jobs must be a whole number ≥ 0, got "many"'],
    [['extract', '--ndjson', '--format', 'csv', '-'], 2, 'finfigures: --format does not apply with --ndjson (the output is the input records with figures added)'],
    [['extract', '--reference-date'], 2, 'finfigures: option --reference-date needs a value (see finfigures --help)'],
    // A negative number is the option's value, reported as a bad value (was "--jobs needs a value",
    // and "-d -5" printed parseArgs' own "Option '-d' argument is ambiguous.").
    [['extract', '--ndjson', '--jobs', '-1', '-'], 2, 'finfigures: --jobs must be a whole number ≥ 0, got "-1"'],
    [['extract', '--ndjson', '-j', '-1', '-'], 2, 'finfigures: --jobs must be a whole number ≥ 0, got "-1"'],
    [['extract', '--ndjson', '--batch-lines', '-3', '-'], 2, 'finfigures: --batch-lines must be a whole number ≥ 1, got "-3"'],
    [['extract', '-d', '-5', '-'], 2, 'finfigures: --reference-date must be a YYYY-MM-DD date, got "-5"'],
    [['extract', '-d', '--check', '-'], 2, 'finfigures: option --reference-date needs a value (see finfigures --help)'],
    [['extract', '--check=yes', '-'], 2, 'finfigures: option --check takes no value (see finfigures --help)'],
    [['extract', '--quiet=1', '-'], 2, 'finfigures: option --quiet takes no value (see finfigures --help)'],
    [['extract', '--dollar', 'XYZ', '-'], 2, 'finfigures: --dollar must be a known ISO 4217 currency code, got "XYZ"'],
    [['extract', '--convert-to', 'XYZ', '-'], 2, 'finfigures: --convert-to must be a known ISO 4217 currency code, got "XYZ"'],
    [['report', '--jobs', '2', 'a.txt'], 2, 'finfigures: --jobs is an option of "finfigures extract", not "report"'],
    [['extract', 'no-such-file.txt'], 1, 'finfigures: cannot read no-such-file.txt: no such file'],
    [['report', 'no-such-file.txt'], 1, 'finfigures: cannot read no-such-file.txt: no such file'],
  ];
  it.each(cases)('%j → exit %i with one line', async (args, code, message) => {
    const r = await runCli(args, { input: 'x' });
    expect(r.code).toBe(code);
    expect(r.stderr).toBe(`${message}\n`);
    expect(r.stdout).toBe('');
  });

  it.skipIf(!existsSync('/usr/bin/script'))('no FILE with stdin on a terminal is a usage error, not a hang', () => {
    let status = 0, shown = '';
    try {
      execFileSync('/usr/bin/script', ['-qec', `'${process.execPath}' '${CLI}' extract`, '/dev/null'], { encoding: 'utf8', timeout: 20_000 });
    } catch (err) {
      ({ status, stdout: shown } = err as { status: number; stdout: string });
    }
    expect(status).toBe(2);
    expect(shown).toBe('finfigures: no input: give a FILE, or - and pipe text to stdin (see finfigures --help)\r\n');
  });

  it('a directory is a clear error too', async () => {
    const r = await runCli(['extract', dir]);
    expect(r).toMatchObject({ code: 1, stderr: `finfigures: cannot read ${dir}: it is a directory\n` });
  });
});
