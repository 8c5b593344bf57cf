/**
 * The report in a real headless browser (Debian's chromium driven by playwright-core): the
 * highlights sit on the right text, a tooltip shows the right value on hover and on keyboard
 * focus, the table sorts, a phone-width page does not scroll sideways, print hides the
 * tooltip. Screenshots go to tests/artifacts/. Skips, saying why, when /usr/bin/chromium is
 * absent (`apt-get install -y chromium`); FINFIGURES_CHROMIUM overrides the path.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupDigits } from '../../src/report/describe';
import { ROOT, runCli } from '../cli/run';
import { CHROMIUM, HAVE_CHROMIUM, launchChromium } from './chromium';
import { REPORT_TEXT } from './texts';

if (!HAVE_CHROMIUM) console.warn(`report browser test skipped: no browser at ${CHROMIUM} (apt-get install -y chromium, or set FINFIGURES_CHROMIUM)`);

const ARTIFACTS = join(ROOT, 'tests/artifacts');

interface Fig {
  kind: string;
  text: string;
  span: { start: number; end: number };
  start?: string;
  end?: string;
  converted?: { currency: string; amountExact: string };
}

describe.skipIf(!HAVE_CHROMIUM)('report in headless chromium', () => {
  let browser: import('playwright-core').Browser;
  let url: string;
  let figures: Fig[];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'finfigures-browser-'));
    const file = join(dir, 'rail.txt');
    const html = join(dir, 'rail.html');
    writeFileSync(file, REPORT_TEXT);
    const opts = ['-d', '2024-03-01', '--convert-to', 'EUR'];
    const r = await runCli(['report', file, ...opts, '-o', html]);
    expect(r.code).toBe(0);
    figures = (JSON.parse((await runCli(['extract', ...opts, file])).stdout) as { figures: Fig[] }).figures;
    url = pathToFileURL(html).href;
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('highlights every figure at its text, shows the value on hover and focus', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const requests: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith('file:')) requests.push(req.url());
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);

    const marks = page.locator('article mark.fig');
    expect(await marks.allTextContents()).toEqual(figures.map((f) => f.text));
    // Each highlight covers exactly its span: the text before it in the article is the text before the span.
    // (Browser-side code as strings: the project's TypeScript has no DOM types, on purpose.)
    const offsets = await page.evaluate(`[...document.querySelectorAll('article mark.fig')].map((m) => {
        const range = document.createRange();
        range.setStart(document.querySelector('article'), 0);
        range.setEndBefore(m);
        return range.toString().length;
      })`);
    expect(offsets).toEqual(figures.map((f) => f.span.start));
    expect(await page.locator('article').textContent()).toBe(REPORT_TEXT);
    expect(await page.locator('mark.fig.money').count()).toBe(figures.filter((f) => f.kind === 'money').length);
    expect(await marks.filter({ hasText: '50%' }).getAttribute('class')).toBe('fig percent finding-warning');

    // Hover: the tooltip shows the normalised value and the conversion.
    const usd = figures.find((f) => f.text === '$150 million')!;
    await page.locator('mark.fig', { hasText: '$150 million' }).hover();
    const tip = page.locator('#tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.locator('.tip-head').textContent()).toBe('money: “$150 million”');
    expect(await tip.locator('dd.value').textContent()).toBe('USD 150,000,000');
    expect(await tip.textContent()).toContain(`ConvertedEUR ${groupDigits(usd.converted!.amountExact)} (rate`);
    expect(await page.locator('mark.fig', { hasText: '$150 million' }).getAttribute('aria-describedby')).toBe('tip');
    const tipBox = (await tip.boundingBox())!;
    const markBox = (await page.locator('mark.fig', { hasText: '$150 million' }).boundingBox())!;
    expect(tipBox.y).toBeGreaterThanOrEqual(markBox.y + markBox.height);
    await page.screenshot({ path: join(ARTIFACTS, 'report-desktop.png'), fullPage: true });

    // Keyboard: Tab to the last period figure; the tooltip shows its dates. Escape hides it.
    await page.mouse.move(5, 5);
    const half = figures.find((f) => f.text === 'second half')!;
    const index = figures.indexOf(half);
    await page.locator('body').focus();
    for (let i = 0; i <= index; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('second half');
    expect(await tip.locator('dd.value').textContent()).toBe(`${half.start} … ${half.end}`);
    expect(await tip.textContent()).toContain('Granularityhalf');
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);

    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sorts the figures table by value within kind, and back', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    const firstTexts = (): Promise<string[]> => page.locator('#figures tbody tr td:nth-child(3)').allTextContents();
    const before = await firstTexts();
    expect(before).toEqual(figures.map((f) => f.text));
    await page.locator('#figures th[data-key="value"] button').click();
    const asc = await firstTexts();
    expect(await page.locator('#figures th[data-key="value"]').getAttribute('aria-sort')).toBe('ascending');
    // Money first, smallest amount (in EUR) first: $120 million < $150 million < $1.1 billion < RMB7.8 billion.
    expect(asc.slice(0, 4)).toEqual(['$120 million', '$150 million', '$1.1 billion', 'RMB7.8 billion']);
    expect(asc.slice(4, 6)).toEqual(['40 basis points', '50%']);
    await page.locator('#figures th[data-key="value"] button').click();
    // Descending: periods first, the latest first (Monday 2024-02-26).
    expect((await firstTexts())[0]).toBe('Monday');
    await page.locator('#figures th[data-key="pos"] button').click();
    expect(await firstTexts()).toEqual(before);
    await page.close();
  });

  it('fits a phone screen without sideways scrolling, and tapping shows the tooltip', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    await page.goto(url);
    const { scrollWidth, clientWidth } = (await page.evaluate('({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth })')) as { scrollWidth: number; clientWidth: number };
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    // The notes column gives way on a phone (the tooltip has it all).
    expect(await page.locator('#figures td.notes').first().isVisible()).toBe(false);
    await page.locator('mark.fig', { hasText: 'RMB7.8 billion' }).tap();
    expect(await page.locator('#tip dd.value').textContent()).toBe('CNY 7,800,000,000');
    const tipBox = (await page.locator('#tip').boundingBox())!;
    expect(tipBox.x).toBeGreaterThanOrEqual(0);
    expect(tipBox.x + tipBox.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(ARTIFACTS, 'report-phone.png'), fullPage: true });
    await page.close();
  });

  it('prints without the tooltip, numbering each figure', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.emulateMedia({ media: 'print' });
    await page.locator('mark.fig').first().hover();
    expect(await page.evaluate(`getComputedStyle(document.getElementById('tip')).display`)).toBe('none');
    const after = await page.evaluate(`getComputedStyle(document.querySelector('mark.fig'), '::after').content`);
    expect(after).toBe('"[1]"');
    await page.screenshot({ path: join(ARTIFACTS, 'report-print.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4' });
    writeFileSync(join(ARTIFACTS, 'report-print.pdf'), pdf);
    expect(readFileSync(join(ARTIFACTS, 'report-print.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});
