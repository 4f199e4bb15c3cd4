// Keyboard only: a full turn of "ultimatum" (menu → seats → hand-off → orders → commit → bargaining → summary)
// with Tab, Enter and Space (and the map's own keys), no clicks; every control reached shows a visible focus
// indicator. In a solo game, the focus waits at the player's next decision while the computer players move.
import type { Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { heading, openGame, screenOf, type Session } from './browser';
import { soloUntilRussiaOffers, startSolo } from './play';

let session: Session | undefined;
afterEach(async () => { await session?.browser.close(); });

interface Focused { name: string; role: string; outline: string; shadow: string }

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { name: '', role: '', outline: 'none', shadow: 'none' };
    const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
    const style = getComputedStyle(el);
    return {
      name: (labelled ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim(),
      role: el.tagName.toLowerCase() + (el.getAttribute('type') ? `:${el.getAttribute('type')}` : ''),
      outline: style.outlineStyle === 'none' ? 'none' : `${style.outlineStyle} ${style.outlineWidth}`,
      shadow: style.boxShadow,
    };
  });
}

/** Presses Tab until the focused control's name matches; fails if it is never reached (unreachable or a trap). */
async function tabTo(page: Page, name: RegExp, role?: string, max = 120): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (name.test(f.name) && (!role || f.role === role)) {
      // The indicator: an outline (or a ring drawn with box-shadow) that a sighted keyboard user can see.
      expect(f.outline !== 'none' || f.shadow !== 'none', `focus indicator on "${f.name}"`).toBe(true);
      return f;
    }
  }
  throw new Error(`Tab never reached a control named ${name}`);
}

/** Presses a key on the focused control and waits until the screen it was on has been redrawn (the move applied). */
async function pressAndWaitForRedraw(page: Page, key: string): Promise<void> {
  const control = await page.evaluateHandle(() => document.activeElement);
  await page.keyboard.press(key);
  await page.waitForFunction((el) => !el?.isConnected, control);
}

it('plays a whole turn with the keyboard only', { timeout: 600_000 }, async () => {
  session = await openGame('?scenario=ultimatum&renderer=canvas&seed=11');
  const { page, errors } = session;

  await tabTo(page, /^Several players on this device$/);
  await page.keyboard.press('Enter');
  await heading(page, /^Who plays whom/).waitFor();
  await tabTo(page, /^Begin turn 1$/);
  await page.keyboard.press('Enter');

  const reached = new Set<string>();
  for (let step = 0; step < 60 && !reached.has('summary'); step++) {
    const screen = await screenOf(page);
    if (screen === 'handoff') {
      await heading(page, /^Pass the device to/).waitFor();
      await tabTo(page, /^Ready: show/);
      await page.keyboard.press('Enter');
      await page.locator('main[data-screen="turn"]').waitFor();
    } else if (screen === 'turn' && (await page.getByRole('button', { name: /^Commit/ }).count())) {
      if (!reached.has('map')) {
        // The map's canvas is in the tab order with a name; + zooms and the arrow keys pan, each redrawing it.
        await page.waitForFunction(() => window.__unionMap?.ready === true, null, { timeout: 60_000 });
        await tabTo(page, /^Map\. Plus and minus zoom/);
        for (const key of ['+', 'ArrowRight', 'ArrowDown']) {
          const frames = await page.evaluate(() => window.__unionMap!.frames);
          await page.keyboard.press(key);
          await page.waitForFunction((n) => window.__unionMap!.frames > n, frames);
        }
        reached.add('map');
      }
      // From the heading, the first Tab offers the way past the dial, the dashboard and the map to the orders.
      await page.locator('main h1').focus();
      await tabTo(page, /^Skip to your orders$/, undefined, 1);
      await page.keyboard.press('Enter');
      // Tick the first open order card with Space, then commit with Enter.
      await tabTo(page, /./, 'input:checkbox', 3);
      await page.keyboard.press('Space');
      expect(await page.locator('input[type="checkbox"]:checked').count()).toBe(1);
      await tabTo(page, /^Commit 1 order/);
      await pressAndWaitForRedraw(page, 'Enter');
      reached.add('orders');
    } else if (screen === 'turn') {
      reached.add('bargaining');
      const answering = await page.getByRole('button', { name: 'Accept' }).count();
      await tabTo(page, answering ? /^Accept$/ : /^Offer “/);
      await pressAndWaitForRedraw(page, 'Enter');
    } else if (screen === 'summary') {
      reached.add('summary');
    } else throw new Error(`unexpected screen ${screen}`);
  }
  expect([...reached].sort()).toEqual(['bargaining', 'map', 'orders', 'summary']);
  await heading(page, /^Turn 1/).waitFor();
  await tabTo(page, /^Continue to turn 2/);
  await page.keyboard.press('Enter');
  await heading(page, /^Pass the device to/).waitFor();
  expect(errors).toEqual([]);
});

it('leaves the focus where a quick player put it before a new screen\'s first frame', { timeout: 300_000 }, async () => {
  session = await openGame('?scenario=ultimatum&renderer=canvas&seed=11');
  const { page, errors } = session;
  await page.getByRole('button', { name: 'Several players on this device' }).click();
  await heading(page, /^Who plays whom/).waitFor();
  // As soon as the hand-off screen is in the page, and before the frame that would focus its heading, its button
  // takes the focus, as a Tab pressed at once would.
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    new MutationObserver((_, observer) => {
      const ready = [...main.querySelectorAll('button')].find((b) => /^Ready: show/.test(b.textContent ?? ''));
      if (ready) { ready.focus(); observer.disconnect(); }
    }).observe(main, { childList: true, subtree: true });
  });
  await page.getByRole('button', { name: /^Begin turn 1$/ }).click();
  await heading(page, /^Pass the device to/).waitFor();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect((await focused(page)).name).toMatch(/^Ready: show/);
  await page.keyboard.press('Enter');
  await page.locator('main[data-screen="turn"]').waitFor({ timeout: 30_000 });
  expect(errors).toEqual([]);
});

it('in a solo game, the player\'s next decision takes the focus after the computer players\' moves, which the status line reads out', { timeout: 300_000 }, async () => {
  session = await openGame('?scenario=ultimatum&renderer=canvas&seed=11');
  const { page, errors } = session;
  await startSolo(page, 'NATO');
  // A new turn starts at its heading; the orders are ticked and committed with the keyboard.
  await page.getByRole('button', { name: /^Commit/ }).waitFor();
  await page.locator('main h1').focus();
  await tabTo(page, /^Skip to your orders$/, undefined, 1);
  await page.keyboard.press('Enter');
  await tabTo(page, /./, 'input:checkbox', 3);
  await page.keyboard.press('Space');
  await tabTo(page, /^Commit 1 order/);
  await page.keyboard.press('Enter');
  // The computer players move (each on its thinking screen), and NATO's turn screen comes back for its bargaining.
  await page.waitForFunction(() => document.querySelector('main')?.dataset.screen === 'turn' && !document.querySelector('#turn-moves.orders, .orders'), null, { timeout: 120_000 });
  await page.waitForFunction(() => document.querySelector('#turn-moves')?.contains(document.activeElement), null, { timeout: 10_000 });
  // The focus is on the decision's first action, not back at the heading: the skip link and the columns are not
  // to be crossed again to reach the table.
  const first = await page.evaluate(() => {
    const controls = [...document.querySelectorAll<HTMLElement>('#turn-moves :is(button, input, select, textarea)')]
      .filter((c) => !(c as HTMLButtonElement).disabled && c.getClientRects().length > 0);
    return controls[0] === document.activeElement;
  });
  expect(first).toBe(true);
  const f = await focused(page);
  expect(f.outline !== 'none' || f.shadow !== 'none', `focus indicator on "${f.name}"`).toBe(true);
  // The table's first button: no offer, an answer, or an offer.
  expect(f.name).toMatch(/^(Pass: make no offer|Accept$|Offer “)/);
  // The computer players' last move was read out through the page's status line, in the words of their panel.
  const newest = (await page.locator('.bot-moves li').first().textContent())!.trim();
  expect(await page.locator('[data-announcer]').textContent()).toContain(newest);
  expect(await page.locator('[data-announcer]').getAttribute('role')).toBe('status');
  expect(errors).toEqual([]);
});

it('reads each computer player\'s move out once, and an offer that comes to the player takes the focus at its first answer', { timeout: 300_000 }, async () => {
  session = await openGame('?scenario=suwalki&renderer=canvas&seed=3');
  const { page, errors } = session;
  // Russia and NATO commit, then Russia opens at its table with an offer to Belarus.
  const accept = await soloUntilRussiaOffers(page);
  await page.waitForFunction(() => document.querySelector('#turn-moves')?.contains(document.activeElement), null, { timeout: 10_000 });
  // At the answer, not at a "what it means" inside the offer, and the answers are named by what is on the table.
  expect(await accept.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await page.getByRole('group', { name: /^Russia offers Belarus this package\./ }).getByRole('button', { name: 'Accept', exact: true }).count()).toBe(1);
  // Each move in one live region only: the status line. The panel that lists them is not live (it re-read its
  // heading and the turn's history with each move).
  const said = await page.evaluate(() => {
    const live = [...document.querySelectorAll('[aria-live]:not([aria-live="off"]), [role=status], [role=log], [role=alert]')];
    const moves = [...document.querySelectorAll('.bot-moves li')].map((li) => li.textContent!.trim());
    return { moves, inLive: moves.map((m) => live.filter((r) => r.textContent!.includes(m)).map((r) => r.getAttribute('data-announcer') !== null ? 'announcer' : r.className)), panelLive: document.querySelector('.bot-moves')!.closest('[aria-live], [role=status], [role=log]') !== null };
  });
  expect(said.moves.length).toBeGreaterThanOrEqual(3);
  expect(said.panelLive).toBe(false);
  // The newest (Russia's offer) is the one the status line holds now; none is in any other live region.
  expect(said.inLive[0]).toEqual(['announcer']);
  for (const regions of said.inLive.slice(1)) expect(regions).toEqual([]);
  expect(errors).toEqual([]);
});
