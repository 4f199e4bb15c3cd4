// The tutorial teaches by doing: from the menu's "Learn to play", each step card advances only when the player
// has done what it asks (begin, pass the device, tick, commit, the other teams, bargain, read the dial).
import type { Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { heading, openGame, screenOf, type Session } from './browser';
import { passDevice, pickOrders } from './play';

let session: Session | undefined;
afterEach(async () => { await session?.browser.close(); });

const card = (page: Page) => page.getByRole('complementary', { name: 'Tutorial' });
const stepTitle = (page: Page) => card(page).getByRole('heading', { level: 2 }).textContent();

it('advances each step card when the player does the thing', { timeout: 600_000 }, async () => {
  session = await openGame('?renderer=canvas&seed=5');
  const { page, errors } = session;
  await page.getByRole('button', { name: 'Learn to play' }).click();
  await heading(page, /^Who plays whom/).waitFor();
  expect(await stepTitle(page)).toBe('Three teams, one device');
  expect(await page.locator('h1 .h1-sub').textContent()).toBe('Ultimatum');
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Begin turn 1' }).click();
  await card(page).getByRole('heading', { name: 'Pass the device' }).waitFor();
  await passDevice(page);
  await card(page).getByRole('heading', { name: 'Choose an order' }).waitFor();
  // Looking is not doing: the step stays until a card is ticked.
  await page.getByRole('region', { name: 'Your orders' }).waitFor();
  expect(await stepTitle(page)).toBe('Choose an order');
  await pickOrders(page, 1);
  await card(page).getByRole('heading', { name: 'Commit' }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: /^Commit/ }).click();
  await card(page).getByRole('heading', { name: 'The other teams' }).waitFor();

  // Russia and NATO commit; the card moves on only when bargaining opens.
  for (let step = 0; step < 12 && (await stepTitle(page)) !== 'Bargain'; step++) {
    if ((await screenOf(page)) === 'handoff') {
      await passDevice(page);
      await page.locator('main[data-screen="turn"]').waitFor();
    } else {
      await pickOrders(page, 1);
      await page.getByRole('button', { name: /^Commit/ }).click();
      await page.waitForFunction(() => document.querySelector('main')?.dataset.screen !== 'turn' || document.querySelector('.bargaining'));
    }
  }
  expect(await stepTitle(page)).toBe('Bargain');
  for (let step = 0; step < 20 && (await screenOf(page)) !== 'summary'; step++) {
    if ((await screenOf(page)) === 'handoff') { await passDevice(page); continue; }
    const accept = page.getByRole('button', { name: 'Accept' });
    if (await accept.count()) await accept.click();
    else await page.getByRole('button', { name: /^Pass: make no offer/ }).click();
  }
  await card(page).getByRole('heading', { name: 'Read the dial' }).waitFor();
  expect(await card(page).locator('.tutorial-why').textContent()).toMatch(/^It (moved from \d+ to \d+ because of: .+|stayed at \d+)/);
  await page.getByRole('button', { name: /^Continue to turn 2/ }).click();
  await card(page).getByRole('heading', { name: 'You know the turn' }).waitFor();
  await card(page).getByRole('button', { name: 'Finish the tutorial' }).click();
  expect(await card(page).count()).toBe(0);
  expect(errors).toEqual([]);
});
