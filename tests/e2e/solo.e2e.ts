// Solo play and the what-if simulator in Chromium: one person starts a solo game from the menu and plays NATO against
// two bots to the result screen, reading the bots' reasons on the way; the seat line of the turn's header keeps to one
// line at 1366 px in every scenario; then a small what-if batch runs in workers with its progress bar moving and
// the changed batch shown beside the baseline. Screenshots go to /tmp/shots-solo for looking at.
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './axe';
import { heading, openGame, screenOf, type Session } from './browser';
import { pickOrders, startSolo } from './play';

const SHOTS = '/tmp/shots-solo';
const shot = async (page: Page, name: string) => { await mkdir(SHOTS, { recursive: true }); await page.screenshot({ path: `${SHOTS}/${name}.png` }); };

/** One move for the person at the turn screen: some orders, or an answer, or no offer. */
async function playTurn(page: Page, step: number): Promise<void> {
  const commit = page.getByRole('button', { name: /^Commit/ });
  if (await commit.count()) {
    await pickOrders(page, 1, step % 2);
    return commit.click();
  }
  const accept = page.getByRole('button', { name: 'Accept' });
  if (await accept.count()) return (step % 2 ? accept : page.getByRole('button', { name: 'Reject' })).click();
  await page.getByRole('button', { name: /^Pass: make no offer/ }).click();
}

describe('solo play against bots, and the what-if panel', () => {
  let session: Session | undefined;
  afterEach(async () => { await session?.browser.close(); });

  it('plays NATO against two bots to the result screen with the bots\' reasons visible', { timeout: 600_000 }, async () => {
    session = await openGame('?scenario=ultimatum&seed=5&renderer=canvas');
    const { page, errors } = session;
    // The menu's solo path: NATO as the side, and Russia made an expert hawk on the same screen (a what-if branched
    // from the game starts with it). The computer players' defaults are on screen before anything is changed.
    await startSolo(page, 'NATO', async () => {
      expect(await page.locator('#seat-russia-persona').inputValue()).toBe('historical');
      expect(await page.locator('#seat-belarus-difficulty').inputValue()).toBe('standard');
      expect(await page.locator('#seat-nato-persona').count()).toBe(0);
      // A historical computer player says what its difficulty is worth.
      expect(await page.locator('.seat-note').count()).toBe(2);
      await page.locator('#seat-russia-persona').selectOption('hawk');
      await page.locator('#seat-russia-difficulty').selectOption('expert');
      expect(await page.locator('.seat-note').count()).toBe(1);
      await shot(page, 'solo-setup');
      expect(await seriousViolations(page)).toEqual([]);
    });

    const reasons = new Set<string>();
    let thinkingSeen = false;
    let turnShot = false;
    let summaries = 0;
    for (let step = 0; step < 400; step++) {
      const screen = await screenOf(page);
      if (screen === 'result') break;
      expect(screen).not.toBe('handoff');
      if (screen === 'thinking') {
        thinkingSeen ||= (await page.getByRole('heading', { level: 1, name: /is thinking…$/ }).count()) > 0;
        await page.waitForFunction(() => document.querySelector('main')?.dataset.screen !== 'thinking');
        continue;
      }
      for (const r of await page.locator('.bot-reason').allTextContents()) reasons.add(r);
      if (screen === 'summary') {
        summaries++;
        await page.getByRole('button', { name: /^(Continue to turn|See the result)/ }).click();
      } else {
        expect(screen).toBe('turn');
        if (!turnShot && (await page.locator('.bot-reason').count()) > 0) {
          turnShot = true;
          // Who plays each side, and how, stays in view during play.
          expect(await page.locator('.turn-header .seats-line').textContent())
            .toBe('Belarus: computer, Historical, Standard · Russia: computer, Hawk, Expert · NATO: you');
          await shot(page, 'turn-with-bot-reason');
          expect(await seriousViolations(page)).toEqual([]);
          // A what-if branched from here starts with the game's own bots (the default one in the player's seat).
          await page.getByRole('button', { name: 'What if? Branch from here' }).click();
          await heading(page, /^What if\?/).waitFor();
          const seat = (id: string) => page.locator(`#whatif-${id}`).inputValue();
          expect([await seat('russia-persona'), await seat('russia-difficulty'), await seat('belarus-difficulty'), await seat('nato-difficulty')])
            .toEqual(['hawk', 'expert', 'standard', 'standard']);
          await page.getByRole('button', { name: 'Back to the game' }).click();
          await page.locator('main[data-screen="turn"]').waitFor();
        }
        await playTurn(page, step);
      }
    }
    await heading(page, /^End state: /).waitFor();
    await shot(page, 'result');
    // The learning check after the game is offered to the team at the device only, not to the computer players.
    await page.getByRole('region', { name: 'What the class learned' }).waitFor();
    expect(await page.locator('.learning-results .learning-offer').allTextContents()).toEqual(['NATO: take the learning check now']);
    // The class's table does not give away the answers of the check it offers: they wait for the check, or a click.
    const answers = page.locator('.learning-results .learning-answer');
    expect(await answers.count()).toBe(0);
    await page.getByRole('button', { name: 'Show the answers' }).click();
    expect(await answers.count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Hide the answers' }).click();
    expect(await answers.count()).toBe(0);
    await page.getByRole('button', { name: 'NATO: take the learning check now' }).click();
    await page.getByRole('button', { name: 'Check my answers' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    expect(await answers.count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'Show the answers' }).count()).toBe(0);
    expect(summaries).toBeGreaterThan(0);
    expect(thinkingSeen).toBe(true);
    expect(turnShot).toBe(true);
    // Both bots explained themselves in the players' words, each with the paper's section.
    const said = [...reasons];
    expect(said.some((r) => r.startsWith('Belarus '))).toBe(true);
    expect(said.some((r) => r.startsWith('Russia '))).toBe(true);
    expect(said.every((r) => r.includes(' — '))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('keeps the turn header\'s seat line on one line on a 1366 px laptop, whole, with the longest computer players in every scenario', { timeout: 600_000 }, async () => {
    session = await openGame('?scenario=ultimatum&seed=5&renderer=canvas');
    const { page, errors } = session;
    const longest = async (...factions: string[]) => {
      for (const f of factions) {
        await page.locator(`#seat-${f}-persona`).selectOption('accommodating');
        await page.locator(`#seat-${f}-difficulty`).selectOption('standard');
      }
    };
    /** The line boxes the seat line takes (its seats' distinct tops), and whether anything of it is cut off. */
    const seatLine = () => page.locator('.turn-header .seats-line').evaluate((line) => ({
      lines: new Set([...line.querySelectorAll('.seats-line-seat')].flatMap((seat) => [...seat.getClientRects()].map((r) => Math.round(r.top)))).size,
      cut: line.scrollWidth > line.clientWidth || line.getBoundingClientRect().right > document.documentElement.clientWidth,
      text: line.textContent,
    }));
    const two = 'Belarus: computer, Accommodating, Standard · Russia: computer, Accommodating, Standard · NATO: you';
    for (const id of ['ultimatum', 'airbase', 'sharp-power', 'suwalki', 'neutrality']) {
      await page.goto(new URL(`?scenario=${id}&seed=5&renderer=canvas`, inject('baseUrl')).href);
      await heading(page, 'Union State').waitFor();
      await startSolo(page, 'NATO', () => longest('belarus', 'russia'));
      await heading(page, /^NATO: turn 1 of/).waitFor();
      expect(await seatLine(), id).toEqual({ lines: 1, cut: false, text: two });
      if (id === 'suwalki') await shot(page, 'seat-line-1366');
    }
    // Two teams at the device and one computer player: a longer line still.
    await page.goto(new URL('?scenario=suwalki&seed=5&renderer=canvas', inject('baseUrl')).href);
    await heading(page, 'Union State').waitFor();
    await page.getByRole('button', { name: 'Several players on this device' }).click();
    await heading(page, /^Who plays whom/).waitFor();
    await page.locator('#seat-nato-kind').selectOption('bot');
    await longest('nato');
    await page.getByRole('button', { name: 'Begin turn 1' }).click();
    await page.getByRole('button', { name: /^Ready: show/ }).click();
    await heading(page, /^Belarus: turn 1 of/).waitFor();
    expect(await seatLine()).toEqual({ lines: 1, cut: false, text: 'Belarus: a team at this device · Russia: a team at this device · NATO: computer, Accommodating, Standard' });
    expect(errors).toEqual([]);
  });

  it('runs a 40-game what-if batch from the menu with a moving progress bar and shows it beside the baseline', { timeout: 600_000 }, async () => {
    session = await openGame('?scenario=ultimatum&seed=5&renderer=canvas');
    const { page, errors } = session;
    await page.getByRole('button', { name: 'What if?…' }).click();
    await heading(page, /^What if\?/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // The form starts on the question it is for (NATO entrenched, against the baseline) with the games' default bots,
    // whose look-ahead keeps the batch long enough (seconds) for the bar to be seen between 0 and done.
    expect(await page.getByLabel('Parameter').inputValue()).toBe('posture');
    expect(await page.locator('#whatif-belarus-difficulty').inputValue()).toBe('standard');
    await page.getByLabel('Set it to').first().selectOption('3');
    await page.locator('#whatif-russia-persona').selectOption('hawk');
    // A long batch, cancelled once under way: the workers stop and the panel is ready for another run.
    await page.getByLabel('Number of games (each batch)').fill('5000');
    // The button counts both batches: the baseline and the changed one.
    await page.getByRole('button', { name: 'Run 5000 + 5000 games' }).click();
    const progress = page.locator('#whatif-progress');
    await page.waitForFunction(() => Number(document.querySelector('#whatif-progress')?.getAttribute('value')) > 0);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await progress.waitFor({ state: 'detached' });
    expect(await page.getByRole('heading', { name: 'Results' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^Cancelled after \d+ of 10000 games\.$/ }).count()).toBe(1);
    // A number of games out of range cannot be run.
    await page.getByLabel('Number of games (each batch)').fill('0');
    expect(await page.locator('#whatif-run').isDisabled()).toBe(true);

    await page.getByLabel('Number of games (each batch)').fill('40');
    await page.getByRole('button', { name: 'Run 40 + 40 games' }).click();
    await progress.waitFor();
    const values = new Set<number>();
    for (let i = 0; i < 2000 && (await progress.count()); i++) {
      // Read without waiting: the bar leaves once the batch is done, and a locator would wait for it to come back.
      const v = Number(await page.evaluate(() => document.querySelector('#whatif-progress')?.getAttribute('value') ?? null));
      if (v > 0 && !values.has(v) && [...values].every((x) => x === 0)) await shot(page, 'whatif-running');
      values.add(v);
      await page.waitForTimeout(25);
    }
    await page.getByRole('heading', { name: 'Results' }).waitFor();
    await shot(page, 'whatif-results');
    // The results say which bots played them.
    await page.getByText('40 games per batch. Belarus: Historical, Standard; Russia: Hawk, Standard; NATO: Historical, Standard.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect([...values].some((v) => v > 0 && v < 80)).toBe(true);
    const table = page.locator('.whatif-table').first();
    await expect.poll(() => table.locator('thead th').allTextContents()).toEqual(['End state', 'Baseline', 'Changed: NATO posture: 1 · Enhanced Forward Presence → 3 · entrenchment']);
    // Every end-state column sums to all 40 games of its batch.
    const shares = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => parseFloat(td.textContent ?? '0'))));
    for (const col of [0, 1]) expect(shares.reduce((sum, row) => sum + row[col]!, 0)).toBeCloseTo(100, 0);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await heading(page, 'Union State').waitFor();
    expect(errors).toEqual([]);
  });
});
