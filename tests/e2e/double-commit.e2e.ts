// (b) A double click on "Commit" applies the orders once: the intent carries the move number it was shown,
// and the hand-off's button ignores the second click of a double click that lands on it.
import { afterEach, expect, it } from 'vitest';
import { heading, openGame, type Session } from './browser';
import { passDevice, pickOrders, startHotSeat } from './play';

let session: Session | undefined;
afterEach(async () => { await session?.browser.close(); });

it('commits a double-clicked hand once, and ignores a second click from a stale screen', async () => {
  session = await openGame('?scenario=ultimatum&renderer=canvas');
  const { page, errors } = session;
  await startHotSeat(page);
  await passDevice(page);

  const [belarusCard] = await pickOrders(page, 1);
  await page.getByRole('button', { name: /^Commit 1 order/ }).dblclick();
  // The second click must neither re-apply the orders nor skip the hand-off to the next team.
  await heading(page, 'Pass the device to Russia').waitFor();
  await passDevice(page);
  await heading(page, /^Russia: turn 1/).waitFor();
  expect(await page.getByText('Belarus committed orders', { exact: true }).count()).toBe(1);

  // Two clicks dispatched on the same button before the screen can change: the second is stale.
  await pickOrders(page, 1);
  await page.getByRole('button', { name: /^Commit 1 order/ }).evaluate((button: HTMLElement) => { button.click(); button.click(); });
  await heading(page, 'Pass the device to NATO').waitFor();
  expect(await page.getByRole('alert').filter({ hasText: /\S/ }).count()).toBe(0);
  await passDevice(page);
  expect(await page.getByText('Russia committed orders', { exact: true }).count()).toBe(1);

  // Once all have committed, the revealed hands show Belarus' single card.
  await page.getByRole('button', { name: /^Commit/ }).click();
  await passDevice(page);
  const revealed = page.getByRole('region', { name: 'Orders revealed this turn' });
  expect(await revealed.getByText(belarusCard!, { exact: false }).count()).toBe(1);
  expect(errors).toEqual([]);
});
