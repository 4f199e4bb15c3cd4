// Plays a game of several players on one device through the interface as a class would: pass the device, pick orders, offer, answer,
// counter, blackmail, read the summary, until the result screen. Choices vary with the turn so every kind of move is exercised.
import type { Locator, Page } from 'playwright-core';
import { inject } from 'vitest';
import { heading, screenOf } from './browser';

export interface PlayLog { summaries: number[]; commits: number; offers: number; passes: number; answers: number; counters: number; blackmails: number }

/** The menu's solo path: the solo screen, the side picked, started with the computer players as they stand. */
export async function startSolo(page: Page, side: 'Belarus' | 'Russia' | 'NATO', before?: (page: Page) => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: 'Play solo against the computer' }).click();
  await heading(page, /^Play solo against the computer/).waitFor();
  await page.getByRole('radio', { name: new RegExp(`^${side} `) }).check();
  await page.getByRole('button', { name: `Start the game as ${side}` }).waitFor();
  await before?.(page);
  await page.getByRole('button', { name: `Start the game as ${side}` }).click();
}

/** Several players on this device, every seat a team here. */
export async function startHotSeat(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Several players on this device' }).click();
  await heading(page, /^Who plays whom/).waitFor();
  await page.getByRole('button', { name: 'Begin turn 1' }).click();
}

export async function passDevice(page: Page): Promise<void> {
  await heading(page, /^Pass the device to/).waitFor();
  await page.getByRole('button', { name: /^Ready: show/ }).click();
}

/** Ticks up to `want` of the enabled order cards, skipping `skip` of them first. Returns the titles ticked. */
export async function pickOrders(page: Page, want: number, skip = 0): Promise<string[]> {
  const orders = page.getByRole('region', { name: 'Your orders' });
  const picked: string[] = [];
  // Ticking one card can disable others (budget, most orders), so re-read the open ones after each tick.
  while (picked.length < want) {
    const open = await orders.getByRole('checkbox', { checked: false }).evaluateAll((boxes) =>
      boxes.filter((b) => !(b as HTMLInputElement).disabled).map((b) => (b.nextElementSibling?.querySelector('.card-title')?.textContent ?? '')));
    const title = open[Math.min(skip, open.length - 1)];
    if (title === undefined) break;
    await orders.getByRole('checkbox', { name: title }).check();
    picked.push(title);
  }
  return picked;
}

/** Solo as Belarus in Suwałki with seed 3 (the page opened on `?scenario=suwalki&seed=3`): one order committed, then
 *  the computer players move and Russia opens its table with an offer to Belarus. Returns the offer's Accept. */
export async function soloUntilRussiaOffers(page: Page): Promise<Locator> {
  await startSolo(page, 'Belarus');
  await page.getByRole('button', { name: /^Commit/ }).waitFor();
  await pickOrders(page, 1);
  await page.getByRole('button', { name: /^Commit/ }).click();
  const accept = page.getByRole('button', { name: 'Accept', exact: true });
  await accept.waitFor();
  return accept;
}

/** Three computer players play `query`'s scenario to its end (?play=bots), the summaries read as they come. */
export async function botsToResult(page: Page, query: string): Promise<void> {
  await page.goto(new URL(`${query}&play=bots`, inject('baseUrl')).href);
  for (const start = Date.now(); Date.now() - start < 300_000 && (await screenOf(page)) !== 'result';) {
    const next = page.getByRole('button', { name: /^(Continue to turn|See the result)/ });
    if (await next.count()) await next.click();
    else await page.waitForTimeout(200);
  }
  await heading(page, /^End state: /).waitFor();
}

/** From the menu: the what-if panel, `games` games a batch, run (against the change it proposes first). */
export async function runWhatIf(page: Page, games: number): Promise<void> {
  await page.getByRole('button', { name: 'What if?…' }).click();
  await heading(page, /^What if\?/).waitFor();
  await page.getByLabel('Number of games (each batch)').fill(String(games));
  await page.getByRole('button', { name: `Run ${games} + ${games} games` }).click();
}

export async function playToResult(page: Page, onTurnScreen?: (page: Page) => Promise<void>): Promise<PlayLog> {
  const log: PlayLog = { summaries: [], commits: 0, offers: 0, passes: 0, answers: 0, counters: 0, blackmails: 0 };
  for (let step = 0; step < 500; step++) {
    const screen = await screenOf(page);
    if (screen === 'result') return log;
    if (screen === 'handoff') await passDevice(page);
    else if (screen === 'summary') {
      const title = await page.getByRole('heading', { level: 1 }).textContent();
      log.summaries.push(Number(/^Turn (\d+)/.exec(title ?? '')?.[1]));
      await page.getByRole('button', { name: /^(Continue to turn|See the result)/ }).click();
    } else if (screen === 'turn') {
      await onTurnScreen?.(page);
      await playTurn(page, step, log);
    } else throw new Error(`unexpected screen "${screen}" at step ${step}`);
  }
  throw new Error('the game did not reach the result screen in 500 steps');
}

async function playTurn(page: Page, step: number, log: PlayLog): Promise<void> {
  const commit = page.getByRole('button', { name: /^Commit/ });
  if (await commit.count()) {
    await pickOrders(page, step % 4 === 0 ? 2 : 1, step % 3);
    await commit.click();
    log.commits++;
    return;
  }
  // Blackmail on the table: Russia concedes or calls the bluff.
  const call = page.getByRole('button', { name: /^Call the bluff/ });
  if (await call.count()) {
    await (step % 2 ? call : page.getByRole('button', { name: 'Concede the demands' })).click();
    log.answers++;
    return;
  }
  const accept = page.getByRole('button', { name: 'Accept' });
  if (await accept.count()) {
    const counter = page.getByRole('button', { name: /^Counter with “/ });
    if (step % 5 === 0 && (await counter.count())) {
      await counter.first().click();
      log.counters++;
      return;
    }
    await (step % 2 ? accept : page.getByRole('button', { name: 'Reject' })).click();
    log.answers++;
    return;
  }
  // The threat to defect is folded away under its own heading at the table.
  const blackmailFold = page.locator('summary', { hasText: /^Threaten to defect/ });
  if (step % 4 === 1 && (await blackmailFold.count())) {
    await blackmailFold.click();
    await page.getByRole('button', { name: /^Threaten to defect/ }).first().click();
    log.blackmails++;
    return;
  }
  const offer = page.getByRole('button', { name: /^Offer “/ });
  if (step % 3 !== 0 && (await offer.count())) {
    await offer.first().click();
    log.offers++;
  } else {
    await page.getByRole('button', { name: /^Pass: make no offer/ }).click();
    log.passes++;
  }
}
