/**
 * Debian's chromium for the tests that run in a real headless browser (driven by
 * playwright-core). FINFIGURES_CHROMIUM overrides the path; the tests skip when it is absent.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.FINFIGURES_CHROMIUM ?? '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);

/** A headless chromium with no network chatter, for one test file's pages. */
export async function launchChromium(): Promise<import('playwright-core').Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
