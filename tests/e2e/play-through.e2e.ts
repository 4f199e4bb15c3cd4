// (a) A new user starts "ultimatum" in hot-seat and plays every turn through the interface to the result,
// under both map renderers, with no console or page errors; the map's canvas is kept as a screenshot.
import { mkdir } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { heading, openGame, type Session } from './browser';
import { playToResult, startHotSeat } from './play';

describe.each(['webgl', 'canvas'] as const)('a full hot-seat game with the %s map', (renderer) => {
  let session: Session | undefined;
  afterEach(async () => { await session?.browser.close(); });

  // Software WebGL in headless Chromium costs ~300 ms a frame; the map draws only when something changes, but a
  // whole game can still take a minute or more on a busy machine.
  it('plays every turn to the result screen without errors', { timeout: 900_000 }, async () => {
    session = await openGame(`?scenario=ultimatum&renderer=${renderer}`);
    const { page, errors } = session;
    await startHotSeat(page);

    let mapChecked = false;
    const log = await playToResult(page, async () => {
      if (mapChecked) return;
      mapChecked = true;
      await page.waitForFunction(() => window.__unionMap?.ready === true, null, { timeout: 60_000 });
      expect(await page.evaluate(() => window.__unionMap?.renderer)).toBe(renderer);
      const canvas = page.locator('#map canvas');
      expect(await canvas.count()).toBe(1);
      await mkdir('test-results', { recursive: true });
      await canvas.screenshot({ path: `test-results/map-${renderer}.png` });
    });

    await heading(page, /^End state: /).waitFor();
    expect(mapChecked).toBe(true);
    // Every turn was played and summarised, in order, up to the one that ended the game.
    expect(log.summaries.length).toBeGreaterThan(0);
    expect(log.summaries).toEqual(log.summaries.map((_, i) => i + 1));
    expect(log.commits).toBe(3 * log.summaries.length);
    expect(log.offers + log.passes).toBeGreaterThan(0);
    await page.getByRole('heading', { name: 'Victory points' }).waitFor();
    await page.getByRole('heading', { name: 'What happened in history' }).waitFor();
    await page.getByRole('heading', { name: 'Debrief questions' }).waitFor();
    await page.getByRole('button', { name: 'New game' }).click();
    await heading(page, 'Union State').waitFor();
    expect(errors).toEqual([]);
  });
});
