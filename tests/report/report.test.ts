import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { check, extract, type Figure } from '../../src/index';
import { renderReport } from '../../src/report';
import { aboutText, figureDetails, groupDigits } from '../../src/report/describe';
import { runCli } from '../cli/run';
import { REPORT_TEXT } from './texts';

const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const articleOf = (html: string): string => /<article[^>]*>([\s\S]*?)<\/article>/.exec(html)![1]!;
const marks = (html: string): { attrs: string; text: string }[] =>
  [...articleOf(html).matchAll(/<mark ([^>]*)>([^<]*)<\/mark>/g)].map((m) => ({ attrs: m[1]!, text: unescape(m[2]!) }));

describe('renderReport', () => {
  const options = { referenceDate: '2024-03-01', convertTo: 'EUR' } as const;
  const figures = extract(REPORT_TEXT, options);
  const findings = check(REPORT_TEXT, { referenceDate: options.referenceDate });
  const html = renderReport({ text: REPORT_TEXT, figures, findings, title: 'Rail & <freight>', options });

  it('is one self-contained page: no external scripts, styles, images or fonts', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).not.toMatch(/<link\b|\bsrc=|url\(|@import|https?:\/\//);
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(html).toContain('<title>Rail &amp; &lt;freight&gt;</title>');
  });

  it('keeps the text exactly, with one highlight per figure at its span', () => {
    const got = marks(html);
    expect(got.map((m) => m.text)).toEqual(figures.map((f) => f.text));
    expect(got.map((m) => /class="fig (\w+)/.exec(m.attrs)![1])).toEqual(figures.map((f) => f.kind));
    // Stripping the marks gives back the text, character for character.
    expect(unescape(articleOf(html).replace(/<\/?mark[^>]*>/g, ''))).toBe(REPORT_TEXT);
    expect(articleOf(html)).toContain('Ostrava Rail &amp; Freight &lt;ORF&gt; said');
    const money = got.find((m) => m.text === '$150 million')!;
    expect(money.attrs).toContain('aria-label="money $150 million: USD 150,000,000"');
    expect(money.attrs).toContain('tabindex="0"');
  });

  it('embeds each figure\'s tooltip rows: value, conversion, period, currency reason', () => {
    const data = JSON.parse(/<script type="application\/json" id="fig-data">([\s\S]*?)<\/script>/.exec(html)![1]!) as { kind: string; text: string; rows: [string, string][] }[];
    expect(data).toHaveLength(figures.length);
    const money = figures.find((f) => f.text === '$150 million') as Extract<Figure, { kind: 'money' }>;
    const rows = Object.fromEntries(data.find((d) => d.text === '$150 million')!.rows);
    expect(rows.Value).toBe('USD 150,000,000');
    expect(rows.Converted).toBe(`EUR ${groupDigits(money.converted!.amountExact)} (rate ${money.converted!.rate}, ${money.converted!.rateDate}, ${money.converted!.rateSource})`);
    expect(rows.Currency).toMatch(/^USD \(default: /);
    const half = Object.fromEntries(data.find((d) => d.text === 'second half')!.rows);
    expect(half.Dates).toBe('2023-07-01 … 2023-12-31');
    expect(half.Granularity).toBe('half');
    const bp = Object.fromEntries(data.find((d) => d.text === '40 basis points')!.rows);
    expect(bp.Value).toBe('40 bp');
    const pct = Object.fromEntries(data.find((d) => d.text === '50%')!.rows);
    expect(pct['Check (warning)']).toMatch(/^The text says 50%, but \$150 million from \$120 million is a change of 25%/);
  });

  it('flags figures with findings and lists the findings with links to them', () => {
    const pct = marks(html).find((m) => m.text === '50%')!;
    expect(pct.attrs).toContain('class="fig percent finding-warning"');
    expect(html).toMatch(/<td><span class="sev warning">warning<\/span><\/td><td>percent-change<\/td><td>The text says 50%[^<]*<\/td><td><a href="#f\d+">50%<\/a>, <a href="#f\d+">\$150 million<\/a>, <a href="#f\d+">\$120 million<\/a><\/td>/);
    expect(html).toContain('10 figures: 4 money, 2 percent, 4 periods · reference date 2024-03-01 · amounts converted to EUR · 1 finding');
  });

  it('has a sortable figures table with one row per figure', () => {
    const rows = [...html.matchAll(/<tr data-pos="(\d+)" data-kind="(\d)\|(\d+)" data-value="([^"]*)"/g)];
    expect(rows).toHaveLength(figures.length);
    expect(rows.map((r) => Number(r[3]))).toEqual(figures.map((f) => f.span.start));
    expect(html).toContain('<th data-key="value" scope="col"><button type="button">Value</button></th>');
  });

  it('escapes text that looks like markup or a closing script tag', () => {
    const text = 'A </script><script>alert(1)</script> fee of $5 and "quotes" & 7%.';
    const out = renderReport({ text, figures: extract(text) });
    expect(out.match(/<script\b/g)).toHaveLength(2);
    expect(out).toContain('A &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; fee of <mark');
    expect(out).not.toContain('</script><script>alert');
    expect(out).toContain('Checks were not run.');
  });

  it('lists but does not highlight a figure that overlaps another or whose span does not match', () => {
    const text = 'Up 5% on $7.';
    const [pct, usd] = extract(text);
    const ghost = { ...usd!, span: { start: 3, end: 5 }, text: '5%' } as Figure;
    const out = renderReport({ text, figures: [pct!, ghost, usd!], findings: [] });
    expect(marks(out).map((m) => m.text)).toEqual(['5%', '$7']);
    expect(out).toContain('(not highlighted: overlaps)');
    expect(out).toContain('No findings: the figures that could be checked agree.');
  });
});

describe('attribution in the report and the table', () => {
  it('shows what a figure is about: metric, subject, direction, change, period', () => {
    const text = 'Kestrel Bank said net profit rose 9% in 2022.';
    const pct = extract(text).find((f) => f.text === '9%')!;
    const about = {
      metric: { category: 'profit', label: 'net profit' },
      subject: { name: 'Kestrel Bank', span: { start: 0, end: 12 }, basis: 'clause' },
      direction: 'up',
      change: { role: 'amount', direction: 'up', cue: { text: 'rose', span: { start: 29, end: 33 } } },
      period: { start: '2022-01-01', end: '2022-12-31', text: '2022', span: { start: 40, end: 44 }, basis: 'adjacent' },
      why: [],
    };
    const withAbout = { ...pct, about } as Figure;
    const rows = Object.fromEntries(figureDetails(withAbout));
    expect(rows).toMatchObject({
      Measures: 'profit (“net profit”)',
      Whose: 'Kestrel Bank (clause)',
      Direction: 'up',
      Change: 'amount (“rose”)',
      'About period': '2022: 2022-01-01 … 2022-12-31',
    });
    expect(aboutText(withAbout)).toBe('profit · Kestrel Bank · up');
    expect(aboutText(pct)).toBe('');
    const html = renderReport({ text, figures: [withAbout] });
    expect(html).toContain('profit · Kestrel Bank · up');
  });
});

describe('finfigures report', () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'finfigures-report-'));
    file = join(dir, 'rail.txt');
    writeFileSync(file, REPORT_TEXT);
  });

  it('writes the page with -o, with checks on by default', async () => {
    const out = join(dir, 'rail.html');
    const r = await runCli(['report', file, '-d', '2024-03-01', '--convert-to', 'EUR', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`finfigures: wrote ${out} (10 figures, 1 finding)\n`);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<title>rail.txt</title>');
    expect(marks(html).map((m) => m.text)).toEqual(extract(REPORT_TEXT, { referenceDate: '2024-03-01' }).map((f) => f.text));
    expect(html).toContain('amounts converted to EUR · 1 finding');
  });

  it('prints to stdout without -o; --no-check, --title, --kinds and stdin work', async () => {
    const r = await runCli(['report', '-', '--no-check', '--title', 'Wire copy', '--kinds', 'percent'], { input: REPORT_TEXT });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('<h1>Wire copy</h1>');
    expect(r.stdout).toContain('Checks were not run.');
    expect(marks(r.stdout).map((m) => m.text)).toEqual(['50%', '40 basis points']);
  });

  it('--attribution puts what each figure is about in its tooltip (when the build has it)', async () => {
    const r = await runCli(['report', '-', '--attribution'], { input: 'Harbourline Foods said revenue rose 12% to $4.5 billion.' });
    expect(r.code).toBe(0);
    const data = JSON.parse(/<script type="application\/json" id="fig-data">([\s\S]*?)<\/script>/.exec(r.stdout)![1]!) as { text: string; rows: [string, string][] }[];
    const rows = Object.fromEntries(data.find((d) => d.text === '$4.5 billion')!.rows);
    expect(rows.Value).toBe('USD 4,500,000,000');
    if ('Measures' in rows) {
      expect(rows).toMatchObject({ Measures: 'revenue (“revenue”)', Whose: 'Harbourline Foods (clause)', Direction: 'up', Change: 'target (“rose”)' });
      expect(r.stdout).toContain('revenue · Harbourline Foods · up');
    }
  });

  it('takes exactly one FILE', async () => {
    const r = await runCli(['report', file, file]);
    expect(r).toMatchObject({ code: 2, stderr: 'finfigures: report takes one FILE (or - for stdin), got 2\n' });
  });
});

describe('groupDigits', () => {
  it.each([
    ['39400000000', '39,400,000,000'],
    ['39400000000.5', '39,400,000,000.5'],
    ['-1234567.891', '-1,234,567.891'],
    ['999', '999'],
    ['1000', '1,000'],
    ['0.25', '0.25'],
    ['not a number', 'not a number'],
  ] as const)('%s → %s', (exact, grouped) => {
    expect(groupDigits(exact)).toBe(grouped);
  });
  it('takes time linear in the digits', () => {
    const digits = '7'.repeat(200_000);
    expect(groupDigits(digits)).toHaveLength(200_000 + 66_666);
  });
});
