/**
 * The browser build (dist/browser.js, the `browser` condition of package.json's exports): one
 * ES module with no imports at all, attribution bundled in (the Node builds require it from
 * attribution.cjs instead). Checked under Node, and in headless chromium when it is installed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from '../cli/run';
import { HAVE_CHROMIUM, launchChromium } from '../report/chromium';

const dist = inject('finfiguresDist');
const file = join(dist, 'browser.js');
const TEXT = 'HELSINKI, March 4 - Nordvik Oyj said its fourth-quarter sales rose 12% to 1.4 billion euros, and it expects an operating margin of 9-10 percent in 2025.';
const OPTS = { referenceDate: '2025-03-04', attribution: true };

interface Fig {
  kind: string;
  text: string;
  span: { start: number; end: number };
  currency?: string;
  amount?: number;
  value?: number;
  valueMax?: number;
  start?: string;
  end?: string;
  about?: { metric?: { category: string }; subject?: { name: string }; direction?: string; period?: { start: string; end: string } };
}

/** What the tests compare: the contract fields and the attribution a reader checks. */
const summary = (figs: readonly Fig[]) =>
  figs.map((f) => ({
    kind: f.kind, text: f.text, span: f.span, currency: f.currency, amount: f.amount, value: f.value, valueMax: f.valueMax, start: f.start, end: f.end,
    metric: f.about?.metric?.category, subject: f.about?.subject?.name, direction: f.about?.direction, period: f.about?.period && `${f.about.period.start}..${f.about.period.end}`,
  }));

const EXPECTED = [
  { kind: 'period', text: 'March 4', start: '2025-03-04', end: '2025-03-04' },
  { kind: 'period', text: 'fourth-quarter', start: '2024-10-01', end: '2024-12-31' },
  { kind: 'percent', text: '12%', value: 12, metric: 'revenue', subject: 'Nordvik Oyj', direction: 'up', period: '2024-10-01..2024-12-31' },
  { kind: 'money', text: '1.4 billion euros', currency: 'EUR', amount: 1.4e9, metric: 'revenue', subject: 'Nordvik Oyj', direction: 'up', period: '2024-10-01..2024-12-31' },
  { kind: 'percent', text: '9-10 percent', value: 9, valueMax: 10, metric: 'margin', subject: 'Nordvik Oyj', period: '2025-01-01..2025-12-31' },
  { kind: 'period', text: '2025', start: '2025-01-01', end: '2025-12-31' },
];

describe('dist/browser.js', () => {
  it('imports and requires nothing: no Node module, no bare specifier', () => {
    const code = readFileSync(file, 'utf8');
    expect(code).not.toMatch(/^import\b/m);
    expect(code).not.toMatch(/\brequire\(/);
    // Node is only ever probed for (process.getBuiltinModule), never imported.
    for (const m of code.matchAll(/["']node:[a-z_]+["']/g)) expect(code.slice(Math.max(0, m.index - 40), m.index)).toContain('getBuiltinModule');
  });

  it('reads the same figures, attribution included, as the Node build', async () => {
    const browser = (await import(pathToFileURL(file).href)) as { extract: (t: string, o: object) => Fig[] };
    const node = (await import(pathToFileURL(join(dist, 'index.js')).href)) as typeof browser;
    const figs = browser.extract(TEXT, OPTS);
    expect(summary(figs)).toMatchObject(EXPECTED);
    expect(figs.map((f) => TEXT.slice(f.span.start, f.span.end))).toEqual(figs.map((f) => f.text));
    expect(summary(figs)).toEqual(summary(node.extract(TEXT, OPTS)));
  });

  it('package.json sends browser bundlers to it', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, Record<string, unknown>> };
    const conditions = Object.keys(pkg.exports['.']!);
    // Conditions match in order: "browser" must come before "import" and "require".
    expect(conditions[0]).toBe('browser');
    expect(pkg.exports['.']!.browser).toEqual({ types: './dist/index.d.ts', default: './dist/browser.js' });
  });
});

describe.skipIf(!HAVE_CHROMIUM)('dist/browser.js in headless chromium', () => {
  let browser: import('playwright-core').Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('extracts with attribution in a page (no require there: the built-in word lists alone)', async () => {
    const page = await browser.newPage();
    // The module's own export list, turned into a global, so a page without a server can run it.
    const code = readFileSync(file, 'utf8').replace(/^export \{[^}]*\};\s*$/m, 'globalThis.finfigures = { extract };');
    await page.addScriptTag({ type: 'module', content: code });
    await page.waitForFunction(() => 'finfigures' in globalThis);
    const figs = await page.evaluate(([text, opts]) => (globalThis as unknown as { finfigures: { extract: (t: string, o: object) => Fig[] } }).finfigures.extract(text as string, opts as object), [TEXT, OPTS] as const);
    expect(summary(figs)).toMatchObject(EXPECTED);
    await page.close();
  }, 60_000);
});
