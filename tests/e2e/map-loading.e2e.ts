// The map's place says it is loading until the map's first frame, when the text goes (a slow connection would
// otherwise leave an empty sea there): the map's images are held back to see it. Its details (labels, overlay areas,
// the legend) follow in a later frame. Its backdrop is a bitmap at the world's size, and a sharper one once the map is
// drawn larger than that.
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
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
    await page.route(/\.(svg|png|webp)$/, async (route) => { await held; await route.continue(); });
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

  it('draws its backdrop from a bitmap, and from a sharper one once zoomed in or on a HiDPI screen', async () => {
    browser = await launchChromium();
    const url = new URL('?scenario=ultimatum&play=belarus&seed=1', inject('baseUrl')).href;
    const backdrop = (page: Page) => page.evaluate(() => window.__unionMap?.backdrop);
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const asked: string[] = [];
    page.on('request', (r) => { if (/\/map\//.test(r.url())) asked.push(new URL(r.url()).pathname); });
    await page.goto(url);
    await page.waitForFunction(() => window.__unionMap?.detailed === true, null, { timeout: 60_000 });
    expect(await backdrop(page)).toBe('map/region.webp');
    // The SVG the bitmaps are made from is never asked for; the sharper bitmap not until it is wanted.
    expect(asked.sort()).toEqual(['/map/belarus.svg', '/map/region.webp']);
    await page.locator('#map canvas').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('+');
    await page.waitForFunction(() => window.__unionMap?.backdrop === 'map/region@2x.webp', null, { timeout: 30_000 });
    expect(asked).toContain('/map/region@2x.webp');

    // A full-HD screen at twice the density: the map's canvas is wider than the world's 1600 pixels.
    const hidpi = await browser.newPage({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 2 });
    await hidpi.goto(url);
    await hidpi.waitForFunction(() => window.__unionMap?.detailed === true, null, { timeout: 60_000 });
    expect(await hidpi.evaluate(() => document.querySelector<HTMLCanvasElement>('#map canvas')!.width)).toBeGreaterThan(1600);
    await hidpi.waitForFunction(() => window.__unionMap?.backdrop === 'map/region@2x.webp', null, { timeout: 60_000 });
  });
});
