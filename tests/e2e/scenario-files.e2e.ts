// (c) A facilitator loads a broken scenario folder through "Load scenario files…": the error screen names the
// file and the field. Also: an unknown ?scenario= id gets a clear message on the menu, not a blank page.
import { readdir, readFile } from 'node:fs/promises';
import { afterEach, expect, it } from 'vitest';
import { heading, openGame, type Session } from './browser';

let session: Session | undefined;
afterEach(async () => { await session?.browser.close(); });

async function ultimatumFiles(): Promise<{ name: string; text: string }[]> {
  const dir = new URL('../../scenarios/ultimatum/', import.meta.url);
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json'));
  return Promise.all(names.map(async (name) => ({ name, text: await readFile(new URL(name, dir), 'utf8') })));
}

it('lists every problem of a broken scenario by file, field and expectation', async () => {
  session = await openGame();
  const { page, errors } = session;
  const files = (await ultimatumFiles()).map((f) => {
    if (f.name !== 'cards.json') return f;
    const cards = JSON.parse(f.text) as { cost: unknown }[];
    cards[0]!.cost = 'two';
    return { ...f, text: JSON.stringify(cards) };
  });
  await page.getByLabel('Load scenario files…').setInputFiles(
    files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })));

  await heading(page, 'This scenario cannot be played').waitFor();
  const row = page.getByRole('row').filter({ hasText: 'ultimatum/cards.json' });
  expect(await row.count()).toBe(1);
  expect(await row.getByRole('cell').nth(1).textContent()).toBe('[0].cost');
  expect(await row.getByRole('cell').nth(2).textContent()).toMatch(/number/);

  // Back on the menu the shipped scenario is still playable beside the broken copy.
  await page.getByRole('button', { name: 'Back to the menu' }).click();
  await heading(page, 'Union State').waitFor();
  expect(await page.getByText(/1 problem: cannot be played/).count()).toBe(1);
  expect(await page.getByRole('button', { name: 'Several players on this device' }).isEnabled()).toBe(true);
  expect(errors).toEqual([]);
});

it('explains an unknown scenario id in the address', async () => {
  session = await openGame('?scenario=no-such-scenario');
  const notice = session.page.getByRole('alert').filter({ hasText: 'no-such-scenario' });
  expect(await notice.textContent()).toContain('There is no scenario called “no-such-scenario”');
  expect(await session.page.getByRole('button', { name: 'Several players on this device' }).isEnabled()).toBe(true);
  expect(session.errors).toEqual([]);
});
