// Opens the served game in headless Chromium (Debian's, or CHROMIUM_PATH) at the classroom size, and records every
// console error and page error so a test can assert there were none.
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../../scripts/chromium';

export interface Session { browser: Browser; page: Page; errors: string[] }

export async function openGame(query = ''): Promise<Session> {
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  // Under software WebGL on a loaded machine a single frame can take seconds, and every click waits for frames.
  page.setDefaultTimeout(120_000);
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  await page.goto(new URL(query, inject('baseUrl')).href);
  await heading(page, 'Union State').waitFor();
  return { browser, page, errors };
}

/** The screen's level-1 heading: every screen has exactly one, and focus moves to it. */
export const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

/** Which screen is up, as the UI shell marks it. */
export const screenOf = (page: Page) => page.locator('main').getAttribute('data-screen');
