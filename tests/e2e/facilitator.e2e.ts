// A facilitated session in Chromium: a White Cell with a 3-second phase clock opens the projector window from its
// console, pauses, plays an event from the deck and a custom inject at shown odds, is refused an override without
// a reason and makes one with a reason; the projector (a second page of the same browser) follows the tracks
// live, and neither has a serious accessibility violation (axe-core); after resuming, the clock's default (pass) plays
// the orders out at once with the console still open (which says so and keeps what is being typed), then bargaining,
// and the turn closes with no orders, which the summary says; the projector shows that summary until the
// game window leaves it. The session is saved, opened again, replayed and branched. A solo session has the computer
// players move under the open console. Another: the console follows the bargaining (whose move, the offer waiting,
// the ledger), gives the phase a minute more, and the offer the clock then turns down is said to be the clock's. A
// last session has a refusal said on the console only, then the White Cell ends the game while it is paused.
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterEach, describe, expect, it, inject } from 'vitest';
import { launchChromium } from '../../scripts/chromium';
import { heading, screenOf } from './browser';
import { startSolo } from './play';

const SHOTS = process.env.SHOTS_DIR ?? 'test-results';

function watch(page: Page, name: string, errors: string[]): Page {
  page.setDefaultTimeout(120_000);
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`${name} console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`${name} page: ${e.message}`));
  return page;
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Serious and critical accessibility violations on the page as it is now (axe-core), as "rule: target" lines. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}

const trackValue = async (page: Page, track: string) => Number.parseInt((await page.locator(`[data-track="${track}"] .track-value`).first().textContent()) ?? '', 10);

describe('a facilitated session', () => {
  let browser: Browser | undefined;
  afterEach(async () => { await browser?.close(); });

  it('runs with a timer, an inject and an override with a reason, followed live by a projector tab, then saved, replayed and branched', { timeout: 600_000 }, async () => {
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const errors: string[] = [];
    const game = watch(await context.newPage(), 'game', errors);
    await game.goto(new URL('?scenario=ultimatum&seed=5&renderer=canvas&whitecell=1&timer=3&timeout=pass', inject('baseUrl')).href);
    await heading(game, 'Union State').waitFor();
    await game.getByRole('button', { name: 'Several players on this device' }).click();
    await heading(game, /^Who plays whom/).waitFor();
    expect(await game.getByRole('checkbox', { name: /^With a facilitator/ }).isChecked()).toBe(true);
    await game.getByRole('button', { name: 'Begin turn 1' }).click();

    // The console, paused at once so the 3-second clock waits for the White Cell. From a team's screen (here the
    // hand-off) it asks first, since it shows every team's secret orders.
    const asked = new Promise<string>((resolve) => game.once('dialog', (d) => { resolve(d.message()); void d.accept(); }));
    await game.getByRole('button', { name: 'White Cell', exact: true }).click();
    expect(await asked).toMatch(/secret orders/);
    await heading(game, 'White Cell console').waitFor();
    await game.getByRole('button', { name: 'Pause the game' }).click();
    await game.getByRole('button', { name: 'Resume the game' }).waitFor();

    const [projector] = await Promise.all([context.waitForEvent('page'), game.getByRole('button', { name: 'Open projector view' }).click()]);
    watch(projector!, 'projector', errors);
    await heading(projector!, /^Union State: /).waitFor();
    await projector!.getByText('Paused by the White Cell').first().waitFor();

    // An event from the deck, double-clicked: one event is played (the second click lands on the redrawn list, where
    // the next event's "Play now" has taken the played one's place), and the console says which beside the deck.
    const deckSize = async () => Number.parseInt((await game.getByText(/ left in the deck/).textContent()) ?? '', 10);
    const undrawn = await deckSize();
    const played = (await game.getByRole('button', { name: /^Play now: / }).first().getAttribute('aria-label'))!.replace(/^Play now: /, '');
    await game.getByRole('button', { name: /^Play now: / }).first().dblclick();
    expect(await deckSize()).toBe(undrawn - 1);
    expect(await game.locator('.event-log .log-inject').count()).toBe(1);
    // Quoted once: a title that comes in its own quotation marks gets no second pair.
    await game.getByRole('status').filter({ hasText: `Played ${/^[‘“].*[’”]$/.test(played) ? played : `“${played}”`}:` }).waitFor();
    await projector!.getByText(/White Cell inject: /).first().waitFor();
    await heading(game, 'White Cell console').waitFor();

    // An empty custom inject is not sent: what to fill in is said beside the button. Then one at shown odds.
    await game.getByRole('button', { name: 'Make the inject' }).click();
    await game.getByRole('alert').filter({ hasText: 'Write a title for the inject' }).waitFor();
    expect(await game.getByLabel('Title (or the argument’s action)').getAttribute('aria-invalid')).toBe('true');
    expect(await game.getByText(/is wrong:/).count()).toBe(0);
    await game.getByLabel('Title (or the argument’s action)').fill('Chinese credit line');
    await game.getByLabel('Odds of success (0–100, empty = certain)').fill('60');
    await game.getByText('Shown odds: 60 in 100').waitFor();
    await game.getByRole('button', { name: 'Make the inject' }).click();
    await game.getByRole('status').filter({ hasText: 'Inject “Chinese credit line” made' }).waitFor();
    // A move taken starts its form afresh (what is typed outlives only a redraw the White Cell did not ask for).
    expect(await game.getByLabel('Title (or the argument’s action)').inputValue()).toBe('');
    expect(await game.getByLabel('Odds of success (0–100, empty = certain)').inputValue()).toBe('');
    await game.getByText(/Chinese credit line: needed under 60/).first().waitFor();
    expect(await deckSize()).toBe(undrawn - 1);

    // An override without a reason is refused; with one it moves the track, and the projector follows.
    const before = await trackValue(projector!, 'economy');
    const value = before === 9 ? 8 : 9;
    const overrideForm = game.getByRole('region', { name: 'Override' });
    await overrideForm.getByLabel('Track', { exact: true }).selectOption('economy');
    await overrideForm.getByLabel('New value').fill(String(value));
    await game.getByRole('button', { name: 'Override the track' }).click();
    // Said beside the form, not in the page's alert (which every screen shows).
    await overrideForm.getByRole('alert').filter({ hasText: 'needs a written reason' }).waitFor();
    expect(await game.locator('.action-error').textContent()).toBe('');
    expect(await trackValue(projector!, 'economy')).toBe(before);
    await overrideForm.getByLabel(/^Reason/).fill('The seminar assumes the Chinese loan arrives');
    await game.getByRole('button', { name: 'Override the track' }).click();
    await game.getByRole('status').filter({ hasText: /Overridden: Economy and reserves is now / }).waitFor();
    await projector!.waitForFunction((v) => document.querySelector('[data-track="economy"] .track-value')?.textContent?.startsWith(String(v)), value);
    // Each White Cell move is one item of the projector's log (it showed twice), and the wall has no "why?" buttons.
    await projector!.getByText(/Reason: The seminar assumes the Chinese loan arrives/).first().waitFor();
    expect(await projector!.locator('.projector-log li.log-entry', { hasText: 'The seminar assumes the Chinese loan arrives' }).count()).toBe(1);
    expect(await projector!.locator('.projector-log li.log-entry', { hasText: played }).count()).toBe(1);
    expect(await projector!.locator('.why-button').count()).toBe(0);

    await mkdir(SHOTS, { recursive: true });
    await heading(game, 'White Cell console').waitFor();
    await game.screenshot({ path: `${SHOTS}/white-cell-console.png` });
    expect(await axeViolations(game)).toEqual([]);
    // At 800 px the console's columns stack: nothing runs off to the right (the override column did).
    await game.setViewportSize({ width: 800, height: 600 });
    expect(await game.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    // The app bar's parts (clock, console button, What if?, Quit) take a second row rather than breaking inside
    // themselves over the bar's edge: each is one line high and inside the bar.
    expect(await game.evaluate(() => {
      const bar = document.querySelector('.app-bar')!.getBoundingClientRect();
      return [...document.querySelectorAll<HTMLElement>('.app-bar :is(.app-name, button:not([hidden]), .timer-label)')].filter((el) => el.offsetParent !== null).flatMap((el) => {
        const r = el.getBoundingClientRect();
        const text = document.createRange();
        text.selectNodeContents(el);
        const lines = new Set([...text.getClientRects()].map((line) => Math.round(line.top))).size;
        return r.bottom > bar.bottom + 0.5 || r.right > bar.right + 0.5 || lines > 1 ? [el.textContent] : [];
      });
    })).toEqual([]);
    await game.screenshot({ path: `${SHOTS}/white-cell-console-800.png` });
    await game.setViewportSize({ width: 1920, height: 1080 });

    // The console stops nothing and says so. Resumed with it open, the clock plays the orders' default (none) the
    // moment time is up: the console shows the new phase and what the clock did, and keeps a half-written inject.
    await game.getByText('The phase clock does not stop for this console', { exact: false }).waitFor();
    await game.getByRole('button', { name: 'Resume the game' }).click();
    const title = game.getByLabel('Title (or the argument’s action)');
    await title.fill('A rumour of a second airbase');
    await title.press('End');
    await game.getByRole('status').filter({ hasText: /^Time is up for the orders of .*no orders were committed for them/ }).waitFor({ timeout: 15_000 });
    await heading(game, 'White Cell console').waitFor();
    await game.getByText(/phase: bargaining$/).waitFor();
    expect(await title.inputValue()).toBe('A rumour of a second airbase');
    // The redrawn console gives the field its focus back with the frame that lays it out (a slow frame under load).
    await game.waitForFunction((id) => document.activeElement?.id === id, await title.getAttribute('id'), { timeout: 10_000 });
    // Paused again while the console is read (the bargaining clock runs too, and a loaded machine can take its few
    // seconds over the checks), then resumed and closed: the next team's hand-off, and the clock's default passes
    // every bargaining move still owed, and the turn closes by itself.
    await game.getByRole('button', { name: 'Pause the game' }).click();
    expect(await game.getByRole('region', { name: /^Committed orders/ }).locator('dd').allTextContents()).toEqual(['committed no orders', 'committed no orders', 'committed no orders']);
    await game.screenshot({ path: `${SHOTS}/white-cell-time-up.png` });
    await game.getByRole('button', { name: 'Resume the game' }).click();
    await game.getByRole('button', { name: 'Close the console' }).click();
    await projector!.getByText(/Time left for (orders|bargaining)/).first().waitFor();
    await projector!.waitForFunction(() => window.__unionMap?.ready === true, null, { timeout: 120_000 });
    await projector!.screenshot({ path: `${SHOTS}/projector.png` });
    expect(await axeViolations(projector!)).toEqual([]);
    await heading(game, /^Turn 1/).waitFor({ timeout: 120_000 });
    expect(await screenOf(game)).toBe('summary');
    // The screen after the clock ran out says so, for screen readers too, until dismissed: every notice of the turn
    // (the orders' one stays beside the bargaining's), in a strip below the bar that covers nothing, not even on the
    // summary's "Continue" button.
    const timeUp = game.getByRole('status').filter({ hasText: /^Time is up for (the orders of|bargaining)\b.*the White Cell’s timer ended the phase/ });
    await timeUp.waitFor();
    expect(await timeUp.locator('.time-up-text').allTextContents()).toEqual([
      expect.stringMatching(/^Time is up for the orders of .*no orders were committed for them/),
      expect.stringMatching(/^Time is up for bargaining: /),
    ]);
    const onTop = (name: RegExp) => game.getByRole('button', { name }).evaluate((b) => {
      const r = b.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return hit === b || b.contains(hit);
    });
    expect(await onTop(/^Continue to turn 2/)).toBe(true);
    // The White Cell's injects are among the turn's events, marked as its own.
    const events = game.getByRole('heading', { level: 2, name: 'Events', exact: true }).locator('xpath=..').getByRole('listitem');
    expect(await events.filter({ hasText: played }).textContent()).toMatch(/played by the White Cell$/);
    expect(await events.filter({ hasText: 'Chinese credit line' }).textContent()).toBe('Chinese credit line White Cell inject');
    await game.getByRole('button', { name: 'Dismiss the notice that time is up' }).click();
    await timeUp.waitFor({ state: 'hidden' });
    // The orders the clock committed are the clock's, not the teams' choice, and the summary says so.
    const revealed = game.getByRole('region', { name: 'Orders revealed this turn' }).locator('dd');
    expect(await revealed.allTextContents()).toEqual(['no orders: time ran out', 'no orders: time ran out', 'no orders: time ran out']);
    // The projector shows the turn's summary for as long as the game window does (the game already stands at turn 2's
    // opening), with nothing to press, then follows the game window on to turn 2.
    await heading(projector!, /^Turn 1 \(.*\): what happened/).waitFor();
    expect(await projector!.getByRole('button', { name: /^Continue to turn/ }).count()).toBe(0);
    await projector!.screenshot({ path: `${SHOTS}/projector-summary.png` });
    expect(await axeViolations(projector!)).toEqual([]);
    await game.getByRole('button', { name: /^Continue to turn 2/ }).click();
    await projector!.getByText(/^Turn 2 of/).waitFor();

    // The session was saved with the White Cell's moves: opened again (without the clock), it is listed, its replay
    // shows the override with its reason, and a new game branched just after it keeps the overridden value.
    await game.goto(new URL('?scenario=ultimatum&seed=5&renderer=canvas', inject('baseUrl')).href);
    await heading(game, 'Union State').waitFor();
    await game.getByRole('button', { name: /^Replay Ultimatum, save-1/ }).click();
    await heading(game, /^Replay: Ultimatum/).waitFor();
    const overrideStep = game.getByText(/^The facilitator made an override\. Reason: The seminar assumes the Chinese loan arrives/);
    for (let i = 0; i < 10 && !(await overrideStep.count()); i++) await game.keyboard.press('ArrowRight');
    await overrideStep.waitFor();
    // The save kept which moves the clock made: the replay says so of each (secret orders included), then goes
    // back to the override.
    const clockStep = game.getByText(/^Time ran out for (Belarus|Russia|NATO): the clock committed its orders \(hidden/);
    let ahead = 0;
    for (; ahead < 10 && !(await clockStep.count()); ahead++) await game.keyboard.press('ArrowRight');
    await clockStep.waitFor();
    for (; ahead > 0; ahead--) await game.keyboard.press('ArrowLeft');
    await overrideStep.waitFor();
    await game.getByRole('button', { name: 'Continue from here as a new game' }).first().click();
    await heading(game, /^Pass the device to/).waitFor();
    await game.getByRole('button', { name: /^Ready: show/ }).click();
    expect(await trackValue(game, 'economy')).toBe(value);
    expect(errors).toEqual([]);
  });

  it('says the game is paused over a team\'s screen at 800 px without covering the bar, which has two rows there', { timeout: 300_000 }, async () => {
    browser = await launchChromium();
    const errors: string[] = [];
    const game = watch(await browser.newPage({ viewport: { width: 800, height: 600 } }), 'game', errors);
    await game.goto(new URL('?scenario=ultimatum&seed=5&renderer=canvas&whitecell=1&timer=60', inject('baseUrl')).href);
    await game.getByRole('button', { name: 'Several players on this device' }).click();
    await game.getByRole('button', { name: 'Begin turn 1' }).click();
    await game.getByRole('button', { name: /^Ready: show/ }).click();
    await heading(game, /^Belarus: turn 1/).waitFor();
    game.once('dialog', (d) => { void d.accept(); });
    await game.getByRole('button', { name: 'White Cell', exact: true }).click();
    await game.getByRole('button', { name: 'Pause the game' }).click();
    await game.getByRole('button', { name: 'Close the console' }).click();
    await heading(game, /^Belarus: turn 1/).waitFor();
    const banner = game.locator('.paused-banner');
    await banner.waitFor();
    const [bar, shown] = [(await game.locator('.app-bar').boundingBox())!, (await banner.boundingBox())!];
    expect(bar.height).toBeGreaterThan(60);
    expect(shown.y).toBeGreaterThanOrEqual(bar.y + bar.height);
    expect(shown.y + shown.height).toBeLessThanOrEqual(600);
    await mkdir(SHOTS, { recursive: true });
    await game.screenshot({ path: `${SHOTS}/paused-800.png` });
    expect(errors).toEqual([]);
  });

  it('lets the computer players play on under the console, which says so and keeps what the White Cell is typing', { timeout: 300_000 }, async () => {
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const errors: string[] = [];
    const game = watch(await context.newPage(), 'game', errors);
    game.on('dialog', (d) => { void d.accept(); });
    // Solo as Belarus against two computer players, with a facilitator and an 8-second clock that passes. The
    // console opens over Belarus's first turn and pauses the clock while the White Cell starts typing.
    await game.goto(new URL('?scenario=ultimatum&seed=5&renderer=canvas&whitecell=1&timer=8&timeout=pass', inject('baseUrl')).href);
    await heading(game, 'Union State').waitFor();
    await startSolo(game, 'Belarus');
    await heading(game, /^Belarus: turn 1 of/).waitFor();
    await game.getByRole('button', { name: 'White Cell', exact: true }).click();
    await heading(game, 'White Cell console').waitFor();
    await game.getByRole('button', { name: 'Pause the game' }).click();
    await game.getByText(/^The game does not stop for this console: computer players make their moves while it is open/).waitFor();
    const title = game.getByLabel('Title (or the argument’s action)');
    await title.fill('Minsk asks Beijing');
    await title.press('End');
    await game.getByRole('button', { name: 'Resume the game' }).click();
    await title.focus();
    // The clock ends Belarus's orders under the console; the computer player due to bargain moves there and then
    // (it waited for the console to close, and the clock passed for it), and its reason is read on the console.
    const reasons = game.getByRole('region', { name: /^Computer players’ moves/ }).locator('.bot-reason');
    await reasons.first().waitFor({ timeout: 30_000 });
    expect(await reasons.first().textContent()).toMatch(/^(Russia|NATO) /);
    await heading(game, 'White Cell console').waitFor();
    await game.getByText(/phase: bargaining$/).waitFor();
    expect(await title.inputValue()).toBe('Minsk asks Beijing');
    // The redrawn console gives the field its focus back with the frame that lays it out (a slow frame under load).
    await game.waitForFunction((id) => document.activeElement?.id === id, await title.getAttribute('id'), { timeout: 10_000 });
    await game.getByRole('button', { name: 'Pause the game' }).click();
    await mkdir(SHOTS, { recursive: true });
    await game.screenshot({ path: `${SHOTS}/white-cell-bots.png` });
    expect(await axeViolations(game)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows the White Cell the bargaining: the table sitting, whose move, the offer waiting and the ledger; adds a minute; and a rejection the clock made is the clock’s', { timeout: 600_000 }, async () => {
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const errors: string[] = [];
    const game = watch(await context.newPage(), 'game', errors);
    game.on('dialog', (d) => { void d.accept(); });
    await game.goto(new URL('?scenario=ultimatum&seed=21&renderer=canvas&whitecell=1&timeout=pass', inject('baseUrl')).href);
    await heading(game, 'Union State').waitFor();
    await game.getByRole('button', { name: 'Several players on this device' }).click();
    await heading(game, /^Who plays whom/).waitFor();
    // 12 seconds for the orders, 45 for the bargaining.
    await game.getByLabel(/^Time for orders/).fill('0.2');
    await game.getByLabel(/^Time for bargaining/).fill('0.75');
    // What the clock does to an offer waiting for an answer is said before the game begins.
    await game.getByText(/turns down the offer if one was waiting for its answer: that table then ends in deadlock/).waitFor();
    await game.getByRole('button', { name: 'Begin turn 1' }).click();

    // Nobody commits: the clock ends the orders on the first hand-off. Russia opens the table with a ready package.
    await game.getByRole('status').filter({ hasText: /^Time is up for the orders of/ }).waitFor({ timeout: 60_000 });
    await heading(game, 'Pass the device to Russia').waitFor();
    await game.getByRole('button', { name: /^Ready: show/ }).click();
    await game.getByRole('button', { name: 'Offer “Cheaper gas for loyalty”' }).click();
    await heading(game, 'Pass the device to Belarus').waitFor();
    await game.getByRole('button', { name: /^Ready: show/ }).click();
    await game.getByRole('button', { name: 'Accept' }).waitFor();

    // The console, paused at once: what Belarus must do next, and the offer as Belarus reads it, with the cost of
    // turning it down and the ledger.
    await game.getByRole('button', { name: 'White Cell', exact: true }).click();
    await heading(game, 'White Cell console').waitFor();
    await game.getByRole('button', { name: 'Pause the game' }).click();
    await game.getByText('Next: Belarus to answer Russia’s offer at the table Russia ↔ Belarus (round 1 of 3).').waitFor();
    const table = game.getByRole('region', { name: 'Bargaining table: Russia ↔ Belarus' });
    await table.getByText('Russia offers Belarus this package, waiting for Belarus’ answer:').waitFor();
    await table.getByRole('heading', { name: 'Russia gives' }).waitFor();
    await table.getByRole('heading', { name: 'Russia asks of Belarus' }).waitFor();
    await table.getByText(/^Rejecting means deadlock: /).waitFor();
    await table.getByRole('heading', { name: 'Ledger of commitments' }).waitFor();
    expect(await table.getByRole('button', { name: /^(Accept|Reject)$/ }).count()).toBe(0);
    await mkdir(SHOTS, { recursive: true });
    await game.screenshot({ path: `${SHOTS}/white-cell-offer-waiting.png` });

    // A minute more for the bargaining: the clock in the bar shows it, and the console says how much was added.
    const seconds = async () => { const [m, s] = (await game.locator('.timer-clock').textContent())!.split(':').map(Number); return m! * 60 + s!; };
    const before = await seconds();
    await game.getByRole('button', { name: '+1 minute for bargaining' }).click();
    await game.getByText('The White Cell has added 1 minute to the time for bargaining in turn 1.').waitFor();
    await expect.poll(seconds).toBe(before + 60);
    // The redrawn console keeps the button focused, for a second minute from the keyboard.
    await game.waitForFunction(() => document.activeElement?.id === 'wc-add-time', null, { timeout: 10_000 });

    // Resumed and closed: time runs out before Belarus answers. The summary says the clock turned the offer down.
    await game.getByRole('button', { name: 'Resume the game' }).click();
    await game.getByRole('button', { name: 'Close the console' }).click();
    await heading(game, /^Turn 1 \(.*\): what happened/).waitFor({ timeout: 180_000 });
    await game.getByText(/^Belarus did not answer Russia’s offer “Cheaper gas for loyalty” in time: turned down when time ran out, so deadlock at the table Russia ↔ Belarus, which costs /).waitFor();
    expect(await game.getByText(/^Belarus turned down/).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('keeps a White Cell refusal on the console, and ends the game truthfully: no pause, no moves left, the projector and the report say how it ended', { timeout: 600_000 }, async () => {
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const errors: string[] = [];
    const dialogs: string[] = [];
    const game = watch(await context.newPage(), 'game', errors);
    game.on('dialog', (d) => { dialogs.push(d.message()); void d.accept(); });
    await game.goto(new URL('?scenario=airbase&seed=4&renderer=canvas&whitecell=1&timer=300', inject('baseUrl')).href);
    await heading(game, 'Union State').waitFor();
    await game.getByRole('button', { name: 'Several players on this device' }).click();
    await heading(game, /^Who plays whom/).waitFor();
    await game.getByRole('button', { name: 'Begin turn 1' }).click();

    // A refusal is said beside the button that was pressed, and the teams never see it: not on the hand-off after
    // the console closes, nor on the next team's screen.
    const first = (await heading(game, /^Pass the device to/).textContent())!.replace(/^Pass the device to /, '');
    await game.getByRole('button', { name: 'White Cell', exact: true }).click();
    await heading(game, 'White Cell console').waitFor();
    const asked = dialogs.length;
    await game.getByRole('button', { name: 'End the game now' }).click();
    const refusal = game.getByRole('region', { name: 'Override' }).getByRole('alert').filter({ hasText: 'written reason' });
    await refusal.waitFor();
    // Without a reason there is no question first, and the cursor waits in the reason's field.
    expect(dialogs.length).toBe(asked);
    expect(await game.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    expect(await game.locator('.action-error').textContent()).toBe('');
    await game.getByRole('button', { name: 'Close the console' }).click();
    await heading(game, /^Pass the device to/).waitFor();
    expect(await game.getByText(/not accepted/).count()).toBe(0);
    await game.getByRole('button', { name: /^Ready: show/ }).click();
    const orders = game.getByRole('region', { name: 'Your orders' });
    await orders.getByRole('checkbox').first().check();
    await game.getByRole('button', { name: /^Commit/ }).click();
    await heading(game, /^Pass the device to/).waitFor();
    expect(await game.getByText(/not accepted/).count()).toBe(0);

    // Paused, with the projector open, the White Cell ends the game: the question names the end state chosen.
    await game.getByRole('button', { name: 'White Cell', exact: true }).click();
    await heading(game, 'White Cell console').waitFor();
    await game.getByRole('button', { name: 'Pause the game' }).click();
    const [projector] = await Promise.all([context.waitForEvent('page'), game.getByRole('button', { name: 'Open projector view' }).click()]);
    watch(projector!, 'projector', errors);
    await projector!.getByText('Paused by the White Cell').first().waitFor();
    const overrideForm = game.getByRole('region', { name: 'Override' });
    await overrideForm.getByLabel(/^Reason/).fill('Out of class time: end here for the debrief');
    const endState = (await overrideForm.getByLabel('End the game with').locator('option:checked').textContent())!;
    await game.getByRole('button', { name: 'End the game now' }).click();
    expect(dialogs.at(-1)).toBe(`End the game now with the end state “${endState}”?`);

    // The console: the game is over, nothing is left to press but closing it; the pause went with the game.
    await game.getByRole('heading', { name: 'The game is over' }).waitFor();
    for (const name of ['End the game now', 'Override the track', 'Force this move', 'Make the inject', 'Pause the game', 'Resume the game']) {
      expect(await game.getByRole('button', { name, exact: true }).count(), name).toBe(0);
    }
    expect(await game.getByRole('button', { name: /^Play now/ }).count()).toBe(0);
    expect(await game.getByText('Paused by the White Cell').filter({ visible: true }).count()).toBe(0);

    // The projector: the end state, only the team that had committed as committed, no orders revealed (they never
    // were), and no pause.
    await projector!.getByText(`End state: ${endState}`).waitFor();
    await projector!.getByText('The game ended before this turn’s orders were revealed.').waitFor();
    expect(await projector!.locator('.committed-list li').allTextContents())
      .toEqual(['Belarus', 'Russia', 'NATO'].map((name) => (name === first ? `${name} committed` : `${name} had not committed`)));
    expect(await projector!.getByText('Paused by the White Cell').filter({ visible: true }).count()).toBe(0);
    expect(await projector!.getByRole('region', { name: 'Orders revealed this turn' }).count()).toBe(0);

    // The result: no pause in the bar, and the report says at its top that the White Cell ended the game, and why.
    await game.getByRole('button', { name: 'Close the console' }).click();
    await heading(game, `End state: ${endState}`).waitFor();
    expect(await game.getByText('Paused by the White Cell').filter({ visible: true }).count()).toBe(0);
    expect(await game.locator('.report-header .report-imposed').textContent()).toBe('The White Cell imposed this ending. Its reason: “Out of class time: end here for the debrief”');
    await game.getByText(/^The game did not reach this end state by itself: the White Cell ended the game with it/).waitFor();
    await mkdir(SHOTS, { recursive: true });
    await game.screenshot({ path: `${SHOTS}/white-cell-ended-report.png` });
    expect(errors).toEqual([]);
  });
});
