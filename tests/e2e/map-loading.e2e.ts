// The map's place says it is loading until the map's first frame, when the text goes (a slow connection would
// otherwise leave an empty sea there): the map's images are held back to see it. Its details (labels, overlay areas,
// the legend) follow in a later frame.
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium';

describe('the map while it loads', () => {
  let browser: Browser | undefined;
  afterEach(async () => { await browser?.close(); });

  it('says so in its place until its first frame', async () => {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.setDefaultTimeout(120_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    let release!: () => void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    await page.route(/\.(svg|png)$/, async (route) => { await held; await route.continue(); });
    await page.goto(new URL('?scenario=ultimatum&play=belarus&seed=1&renderer=canvas', inject('baseUrl')).href, { waitUntil: 'commit' });

    const hint = page.locator('#map').getByRole('status');
    await expect.poll(() => hint.textContent(), { timeout: 60_000 }).toBe('Loading the map…');
    expect(await page.evaluate(() => window.__unionMap?.ready ?? false)).toBe(false);
    release();
    await page.waitForFunction(() => window.__unionMap?.ready === true, null, { timeout: 60_000 });
    expect(await hint.count()).toBe(0);
    await page.waitForFunction(() => window.__unionMap?.detailed === true, null, { timeout: 60_000 });
    expect(errors).toEqual([]);
  });
});
