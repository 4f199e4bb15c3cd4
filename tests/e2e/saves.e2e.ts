// Saved games in Chromium: two turns played (with the orders' undo, and nothing of one team's draft left for the
// next), the page reloaded, the autosave listed and resumed at the same turn; the save exported, imported into a
// new slot, stepped through in the replay viewer and branched from turn 1 and played on; a corrupted file
// refused with its reason while the list stays as it was; each game's learning-check answers kept with its own save;
// a finished game listed with its ending and its White Cell, and named at the replay's last step; two tabs that
// never share a slot. Screenshots go to /tmp/shots-saves for looking at.
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium';
import { saveFile } from '../../game/rules';
import { finishedGame, whiteCellGame } from '../ui/games';
import { heading, openGame, screenOf, type Session } from './browser';
import { passDevice, pickOrders, startHotSeat } from './play';

const SHOTS = '/tmp/shots-saves';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's serious and critical findings on the page as it stands, as "rule: target" lines. */
async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const { violations } = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}

const savedGames = (page: Page) => page.getByRole('region', { name: 'Saved games' }).locator('li.save-item');

/** Plays (commit one card, pass every offer) until the hand-off of turn `until`. */
async function playUntilTurn(page: Page, until: number): Promise<void> {
  for (let step = 0; step < 200; step++) {
    const screen = await screenOf(page);
    if (screen === 'handoff') {
      if ((await page.getByText(`Turn ${until} of`).count()) > 0) return;
      await passDevice(page);
    } else if (screen === 'summary') {
      await page.getByRole('button', { name: /^Continue to turn/ }).click();
    } else if (screen === 'turn') {
      const commit = page.getByRole('button', { name: /^Commit/ });
      if (await commit.count()) {
        await pickOrders(page, 1);
        await commit.click();
      } else {
        await page.getByRole('button', { name: /^Pass: make no offer|^Reject/ }).first().click();
      }
    } else throw new Error(`unexpected screen ${screen}`);
  }
  throw new Error(`turn ${until} not reached`);
}

describe('saved games, replay and branching', () => {
  let session: Session | undefined;
  afterEach(async () => { await session?.browser.close(); });

  it('autosaves, resumes after a reload, exports, imports, replays, branches and refuses a corrupted file', { timeout: 600_000 }, async () => {
    await mkdir(SHOTS, { recursive: true });
    session = await openGame('?scenario=ultimatum&renderer=canvas&seed=2020');
    const { page, errors } = session;
    page.on('dialog', (d) => { void d.accept(); });
    await startHotSeat(page);

    // Undo on the first orders screen: two ticks, Undo, Ctrl+Z, back to an empty hand.
    await passDevice(page);
    const orders = page.getByRole('region', { name: 'Your orders' });
    const undo = orders.getByRole('button', { name: /^Undo the last change/ });
    expect(await undo.isDisabled()).toBe(true);
    const [first, second] = await pickOrders(page, 2);
    expect(second).toBeDefined();
    await page.screenshot({ path: `${SHOTS}/orders-undo.png` });
    await undo.click();
    expect(await orders.getByRole('checkbox', { name: second! }).isChecked()).toBe(false);
    expect(await orders.getByRole('checkbox', { name: first! }).isChecked()).toBe(true);
    await page.keyboard.press('Control+z');
    expect(await orders.getByRole('checkbox', { name: first! }).isChecked()).toBe(false);
    expect(await undo.isDisabled()).toBe(true);
    const [secret] = await pickOrders(page, 1);
    await page.getByRole('button', { name: /^Commit/ }).click();
    // The next seat: the hand-off and the next team's orders show nothing of Belarus' choice or its undo history.
    await heading(page, /^Pass the device to Russia/).waitFor();
    expect(await page.locator('main').textContent()).not.toContain(secret!);
    await passDevice(page);
    expect(await orders.getByRole('checkbox', { checked: true }).count()).toBe(0);
    expect(await undo.isDisabled()).toBe(true);
    await page.keyboard.press('Control+z');
    expect(await orders.getByRole('checkbox', { checked: true }).count()).toBe(0);
    // The log says Belarus committed, not what (the decision charts may name the card as a way forward).
    expect(await page.locator('.event-log').textContent()).toContain('Belarus committed orders');
    expect(await page.locator('.event-log').textContent()).not.toContain(secret!);

    await playUntilTurn(page, 3);
    const passTo = await page.getByRole('heading', { level: 1 }).textContent();

    // Reload: the autosave is listed, and resumes at the same turn and seat.
    await page.reload();
    await heading(page, 'Union State').waitFor();
    await expect.poll(() => savedGames(page).count()).toBe(1);
    expect(await savedGames(page).first().textContent()).toContain('Turn 3 of 6');
    // The game can also be continued from the top of the menu, without scrolling.
    expect(await page.getByRole('button', { name: 'Continue Ultimatum at turn 3 of 6' }).isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/menu-continue.png` });
    await page.getByRole('heading', { name: 'Saved games' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/saved-games.png` });
    await page.getByRole('button', { name: /^Resume Ultimatum, save-1/ }).click();
    await heading(page, passTo!).waitFor();
    expect(await page.getByText('Turn 3 of 6').count()).toBe(1);
    await page.getByRole('button', { name: 'Quit to menu' }).click();
    await heading(page, 'Union State').waitFor();

    // Export the save, then import it: a second slot.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Export Ultimatum, save-1/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^union-state-ultimatum-turn3-save-1\.json$/);
    const text = await readFile((await download.path())!, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'union-state-save', version: 2, scenario: { id: 'ultimatum' }, seed: 2020 });
    await page.locator('#save-file').setInputFiles({ name: 'class-game.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.getByRole('status').filter({ hasText: 'Imported class-game.json as save-2.' }).waitFor();
    await expect.poll(() => savedGames(page).count()).toBe(2);

    // The replay viewer: step through the imported game, from two points of view.
    await page.getByRole('button', { name: /^Replay Ultimatum, save-2/ }).click();
    await heading(page, /^Replay: Ultimatum/).waitFor();
    await page.getByText('The game is set up; no one has acted yet.').waitFor();
    await page.getByRole('button', { name: 'Next action ▶' }).click();
    await page.getByText('Belarus committed orders (hidden from this viewer until they are revealed).').waitFor();
    await page.getByLabel('Seen by').selectOption('belarus');
    await page.getByText(`Belarus committed orders: “${secret}”.`).waitFor();
    await page.getByRole('button', { name: 'Next turn »' }).click();
    await page.getByText(/^Turn 2 of 6 · orders/).waitFor();
    await page.screenshot({ path: `${SHOTS}/replay-viewer.png` });
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: '« Previous turn' }).click();
    await page.getByText(/^Turn 1 of 6 · .* the start of the game/).waitFor();

    // Branch from turn 1 (after Belarus' and Russia's orders; stepped there with the keyboard) and play on.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.getByText(/after action 2 of/).waitFor();
    await page.getByRole('button', { name: 'Continue from here as a new game' }).first().click();
    await heading(page, /^Pass the device to NATO/).waitFor();
    await passDevice(page);
    await pickOrders(page, 1);
    await page.getByRole('button', { name: /^Commit/ }).click();
    await playUntilTurn(page, 2);
    await page.getByRole('button', { name: 'Quit to menu' }).click();
    await heading(page, 'Union State').waitFor();
    await expect.poll(() => savedGames(page).count()).toBe(3);
    const branch = savedGames(page).filter({ hasText: 'continued from save-2' });
    expect(await branch.textContent()).toContain('Turn 2 of 6');
    // The original import is still at turn 3.
    expect(await savedGames(page).filter({ hasText: 'save-2' }).filter({ hasText: 'from class-game.json' }).textContent()).toContain('Turn 3 of 6');

    // A corrupted file: the reason is shown and the list is unchanged.
    const before = await savedGames(page).allTextContents();
    await page.locator('#save-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(text.slice(0, text.length / 2)) });
    const alert = page.getByRole('alert').filter({ hasText: 'Could not import broken.json' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/cut short.*Your saved games are unchanged/);
    expect(await savedGames(page).allTextContents()).toEqual(before);
    await page.getByRole('heading', { name: 'Saved games' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/import-refused.png` });
    expect(await accessibilityProblems(page)).toEqual([]);

    // A tampered action: the reason names it, and the actions before it can still be imported as a new game.
    const tampered = JSON.parse(text) as { actions: { action: object }[] };
    tampered.actions[4]!.action = { type: 'orders.commit', cards: ['no-such-card'] };
    await page.locator('#save-file').setInputFiles({ name: 'tampered.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) });
    const refused = page.getByRole('alert').filter({ hasText: 'Could not import tampered.json' });
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(/Action 5 of \d+ \(\w+: orders\.commit\) cannot be replayed/);
    expect(await savedGames(page).allTextContents()).toEqual(before);
    await page.getByRole('heading', { name: 'Saved games' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/import-tampered.png` });
    await refused.getByRole('button', { name: /^Import only its first 4 actions/ }).click();
    await page.getByRole('status').filter({ hasText: 'Imported tampered.json as save-4.' }).waitFor();

    // And after a reload, the store holds the same four games.
    await page.reload();
    await heading(page, 'Union State').waitFor();
    await expect.poll(() => savedGames(page).count()).toBe(4);
    expect(errors).toEqual([]);
  });

  it('keeps each game\'s learning-check answers with its own save: never shown for another game, kept through a reload', { timeout: 300_000 }, async () => {
    const finished = saveFile(finishedGame('ultimatum', 21).session);
    const file = (name: string, learning?: object) =>
      ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(learning ? { ...finished, learning } : finished)) });
    session = await openGame('?scenario=ultimatum&renderer=canvas&seed=5');
    const { page, errors } = session;
    page.on('dialog', (d) => { void d.accept(); });
    const learned = async (id: string) => {
      await page.getByRole('button', { name: `See the result of Ultimatum, ${id}` }).click();
      const cells = page.locator('.learning-table td');
      await cells.first().waitFor();
      const text = await cells.allTextContents();
      await page.getByRole('button', { name: 'New game' }).click();
      await heading(page, 'Union State').waitFor();
      return text;
    };
    // A finished game in which nobody took the check, and one whose file carries Belarus' answers before the game.
    await page.locator('#save-file').setInputFiles(file('nobody.json'));
    await page.getByRole('status').filter({ hasText: 'Imported nobody.json as save-1.' }).waitFor();
    await page.locator('#save-file').setInputFiles(file('answered.json', { before: { belarus: { 'ultimatum-terms': 2, 'roadmap-31': 1 } } }));
    await page.getByRole('status').filter({ hasText: 'Imported answered.json as save-2.' }).waitFor();
    // A new game: Belarus takes the check before its first turn, then the class quits to the menu.
    await startHotSeat(page);
    await heading(page, /^Pass the device to Belarus/).waitFor();
    await page.getByRole('button', { name: /learning check/ }).click();
    const dialog = page.getByRole('dialog');
    for (const question of await dialog.locator('fieldset').all()) await question.getByRole('radio').first().check();
    await dialog.getByRole('button', { name: 'Check my answers' }).click();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: /^✔ Belarus has taken the check/ }).waitFor();
    await page.getByRole('button', { name: 'Quit to menu' }).click();
    await heading(page, 'Union State').waitFor();
    // Before and after, per question: the other game's answers are in neither finished game's table.
    const none = Array(8).fill('—');
    const belarus = ['1 of 1 right', '—', '0 of 1 right', '—', '—', '—', '—', '—'];
    expect(await learned('save-1')).toEqual(none);
    expect(await learned('save-2')).toEqual(belarus);
    // After a reload every game still has its own answers.
    await page.reload();
    await heading(page, 'Union State').waitFor();
    expect(await learned('save-1')).toEqual(none);
    expect(await learned('save-2')).toEqual(belarus);
    await page.getByRole('button', { name: 'Resume Ultimatum, save-3' }).click();
    await page.getByRole('button', { name: /^✔ Belarus has taken the check/ }).waitFor();
    expect(errors).toEqual([]);
  });

  it('lists a finished game with its ending and its White Cell; the replay\'s last step names the ending', { timeout: 300_000 }, async () => {
    await mkdir(SHOTS, { recursive: true });
    const game = whiteCellGame('ultimatum', 4);
    const { endState, turn } = game.view.outcome!;
    const title = game.scenario.endStates.find((e) => e.id === endState)!.title;
    session = await openGame('?renderer=canvas');
    const { page, errors } = session;
    await page.locator('#save-file').setInputFiles({ name: 'white-cell.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(saveFile(game.session))) });
    await page.getByRole('status').filter({ hasText: 'Imported white-cell.json as save-1.' }).waitFor();
    const item = savedGames(page).first();
    expect(await item.locator('.save-meta').textContent()).toContain(`Finished after turn ${turn}: ${title} · Saved`);
    expect(await item.locator('.save-seats').textContent()).toBe('Seats: all three teams at this device · run by a White Cell (facilitator)');
    await page.getByRole('heading', { name: 'Saved games' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/saved-games-ending.png` });
    await page.getByRole('button', { name: 'Replay Ultimatum, save-1' }).click();
    await heading(page, /^Replay: Ultimatum/).waitFor();
    // The first step is the White Cell's inject; no ending is named before the last.
    await page.getByRole('button', { name: 'Next action ▶' }).click();
    expect(await page.locator('.replay-step').textContent()).toBe('The facilitator played an inject: “A leaked memo”.');
    const forward = page.getByRole('button', { name: 'Next turn »' });
    while (await forward.isEnabled()) await forward.click();
    await page.locator('.replay-step').filter({ hasText: `The game is over: ${title}, in turn ${turn}.` }).waitFor();
    await page.screenshot({ path: `${SHOTS}/replay-over.png` });
    await page.getByRole('button', { name: '◀ Previous action' }).click();
    expect(await page.locator('.replay-over').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('two tabs of the game list each other\'s games and never share a slot', { timeout: 300_000 }, async () => {
    // One browser profile, two tabs: they share IndexedDB and BroadcastChannel.
    const browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const errors: string[] = [];
    const [first, second] = await Promise.all([context.newPage(), context.newPage()]);
    session = { browser, page: first, errors };
    for (const page of [first, second]) {
      page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
      await page.goto(new URL('?scenario=ultimatum&renderer=canvas', inject('baseUrl')).href);
      await heading(page, 'Union State').waitFor();
    }
    await startHotSeat(first);
    // The first tab's new game shows up in the second tab's list without a reload.
    await expect.poll(() => savedGames(second).count()).toBe(1);
    await startHotSeat(second);
    first.on('dialog', (d) => { void d.accept(); });
    await first.getByRole('button', { name: 'Quit to menu' }).click();
    await expect.poll(() => savedGames(first).count()).toBe(2);
    const ids = await savedGames(first).evaluateAll((items) => items.map((i) => i.getAttribute('data-save')));
    expect(ids.sort()).toEqual(['save-1', 'save-2']);
    expect(errors).toEqual([]);
  });
});
