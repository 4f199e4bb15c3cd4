// The what-if results as a teacher reads them, after a tiny batch in Chromium: bars drawn on one scale in both
// columns (the changed column's long heading once made its bars twice as long), the change said against the value it
// replaces, no "change" to the value a track already has, how a win is decided, a dial chart with its axes and zones
// and both lines visible, and differences within chance marked as such. Screenshots go to /tmp/shots-whatif-read.
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { heading, openGame, type Session } from './browser';
import { runWhatIf } from './play';

const SHOTS = '/tmp/shots-whatif-read';
const shot = async (page: Page, name: string) => { await mkdir(SHOTS, { recursive: true }); await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true }); };

/** Every share bar of the two share tables: its drawn width in pixels and the share printed beside it (0..1). */
const bars = (page: Page) => page.locator('.whatif-results table:not(.compact) td').evaluateAll((cells) => cells.map((td) => ({
  width: td.querySelector('.whatif-bar')!.getBoundingClientRect().width,
  share: parseFloat(/(\d+(?:\.\d+)?)%/.exec(td.textContent ?? '')![1]!) / 100,
  column: (td as HTMLTableCellElement).cellIndex,
})));

/** The bars' widths fit one scale, shared by both columns: width = share × full length, to 2 px. */
async function expectOneScale(page: Page): Promise<void> {
  const all = await bars(page);
  expect(new Set(all.map((b) => b.column))).toEqual(new Set([1, 2]));
  const full = all.reduce((s, b) => s + b.width * b.share, 0) / all.reduce((s, b) => s + b.share * b.share, 0);
  expect(full).toBeGreaterThan(60);
  for (const b of all) expect(Math.abs(b.width - b.share * full), `${(b.share * 100).toFixed(1)}% in column ${b.column} is ${b.width} px`).toBeLessThanOrEqual(2);
}

describe('reading the what-if results', () => {
  let session: Session | undefined;
  afterEach(async () => { await session?.browser.close(); });

  it('draws comparable bars, says what changed from what, and marks chance', { timeout: 600_000 }, async () => {
    session = await openGame('?scenario=ultimatum&seed=5&renderer=canvas');
    const { page, errors } = session;
    await page.getByRole('button', { name: 'What if?…' }).click();
    await heading(page, /^What if\?/).waitFor();

    // The form never starts on "no change": NATO's posture (1 in Ultimatum) is offered at 3, the current value marked.
    expect(await page.locator('#whatif-posture').inputValue()).toBe('3');
    expect(await page.locator('#whatif-posture option[value="1"]').textContent()).toMatch(/^1 · .* \(as it stands\)$/);
    await page.getByLabel('Parameter').selectOption('track');
    await page.locator('#whatif-track').selectOption('sovereignty');
    expect(await page.locator('#whatif-value').inputValue()).not.toBe('7');
    // Set to the value it has, the change is refused before running, saying why.
    await page.locator('#whatif-value').selectOption('7');
    expect(await page.locator('#whatif-run').isDisabled()).toBe(true);
    await page.getByRole('status').filter({ hasText: 'Sovereignty is already 7 here, so the changed games would just repeat the baseline.' }).waitFor();
    await page.locator('#whatif-value').selectOption('3');
    expect(await page.locator('#whatif-same').isHidden()).toBe(true);

    await page.getByLabel('Number of games (each batch)').fill('20');
    await page.getByRole('button', { name: 'Run 20 + 20 games' }).click();
    await page.getByRole('heading', { name: 'Results' }).waitFor();
    await shot(page, 'results-1366');
    expect(await seriousViolations(page)).toEqual([]);

    // The changed column names the value it replaced.
    const table = page.locator('.whatif-table').first();
    expect(await table.locator('thead th').allTextContents()).toEqual(['End state', 'Baseline', 'Changed: Sovereignty: 7 → 3']);
    await expectOneScale(page);

    // How a win is decided, in one line beside the win rates.
    await page.getByText(/^The winner of a game is the faction with the most victory points/).waitFor();

    // Chance: a note with the margin, and a mark under every changed share; the 95% margin of a difference decides it.
    await page.getByText(/^Each batch is a sample of 20 games: by chance alone, a share can be off by up to about 22 percentage points/).waitFor();
    const marks = await page.locator('.whatif-results table:not(.compact) tbody tr').evaluateAll((rows) => rows.map((r) => {
      const [base, changed] = [...r.querySelectorAll('td')].map((td) => parseFloat(/(\d+(?:\.\d+)?)%/.exec(td.textContent ?? '')![1]!) / 100);
      return { base: base!, changed: changed!, mark: r.querySelector('.whatif-chance')?.textContent };
    }));
    for (const m of marks) {
      // Agresti–Caffo: one more win and one more loss in each batch of 20.
      const [a, b] = [(m.base * 20 + 1) / 22, (m.changed * 20 + 1) / 22];
      const margin = 1.96 * Math.sqrt((a * (1 - a) + b * (1 - b)) / 22);
      expect(m.mark, JSON.stringify(m)).toBe(m.changed === m.base ? 'no difference' : Math.abs(m.changed - m.base) <= margin ? 'within chance' : 'more than chance');
    }

    // The dial chart: axes named, the dial's zones drawn, and the baseline drawn last (dashed) so both lines show.
    const chart = page.locator('.whatif-chart');
    expect(await chart.locator('text').allTextContents()).toEqual(expect.arrayContaining(['Turn', 'Alliance commitment (0–10)', 'Abandonment risk: 3 or less', 'Entrapment risk: 7 or more']));
    expect(await chart.locator('rect').evaluateAll((rs) => rs.map((r) => r.getAttribute('class')))).toEqual(['whatif-zone-abandon', 'whatif-zone-entrap']);
    const lines = await chart.locator('polyline').evaluateAll((ls) => ls.map((l) => ({ cls: l.getAttribute('class'), dash: getComputedStyle(l).strokeDasharray })));
    expect(lines.map((l) => l.cls)).toEqual(['whatif-line whatif-line-1', 'whatif-line whatif-line-0']);
    expect(lines[1]!.dash).not.toBe('none');

    // A narrow window (~800 px): the tables stack and the bars keep one scale.
    await page.setViewportSize({ width: 800, height: 900 });
    await expectOneScale(page);
    await shot(page, 'results-800');
    expect(errors).toEqual([]);
  });

  it('lets the games play without taking the focus: Run hands it to Cancel, and each tick leaves it where it is', { timeout: 600_000 }, async () => {
    session = await openGame('?scenario=ultimatum&seed=5&renderer=canvas');
    const { page, errors } = session;
    await runWhatIf(page, 2000);
    const cancel = page.getByRole('button', { name: 'Cancel' });
    await cancel.waitFor();
    // Run is disabled while the games play: the focus goes to Cancel beside it, not to the page.
    await page.waitForFunction(() => document.activeElement?.id === 'whatif-cancel', null, { timeout: 10_000 });
    // A reader back at the heading stays there while the games come in: no focus moves, the same heading and the
    // same progress (written into, not drawn again), and the count goes up.
    const played = () => page.locator('#whatif-progress').evaluate((p) => (p as HTMLProgressElement).value);
    await page.locator('main h1').focus();
    await page.evaluate(() => {
      const w = window as unknown as { focusMoves: number; marked: Element[] };
      w.focusMoves = 0;
      w.marked = [document.querySelector('main h1')!, document.querySelector('#whatif-progress')!];
      document.addEventListener('focusin', () => { w.focusMoves += 1; });
      // What live regions say while the games come in: the count at each quarter of the run, not at every tick.
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      const last = new Map<Element, string | null>();
      for (const live of document.querySelectorAll('main :is([role="status"], [aria-live])')) last.set(live, live.textContent);
      new MutationObserver(() => {
        for (const live of document.querySelectorAll('main :is([role="status"], [aria-live])')) {
          if (last.get(live) !== live.textContent) said.push(live.textContent ?? '');
          last.set(live, live.textContent);
        }
      }).observe(document.querySelector('main')!, { subtree: true, childList: true, characterData: true });
    });
    const before = await played();
    await page.waitForFunction((n) => ((document.querySelector('#whatif-progress') as HTMLProgressElement | null)?.value ?? 0) > n + 100, before, { timeout: 120_000 });
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => {
      const w = window as unknown as { focusMoves: number; marked: Element[] };
      return { focusMoves: w.focusMoves, sameNodes: w.marked.every((el) => el.isConnected), onHeading: document.activeElement === w.marked[0] };
    })).toEqual({ focusMoves: 0, sameNodes: true, onHeading: true });
    expect((await page.evaluate(() => (window as unknown as { said: string[] }).said)).length).toBeLessThanOrEqual(2);
    // The words say the count the bar shows.
    const shown = await page.locator('.whatif-progress').evaluate((el) => [el.querySelector('progress')!.value, el.textContent]);
    expect(shown[1]).toMatch(new RegExp(`^Playing: ${shown[0]} of 4000 games`));
    await cancel.click();
    await page.getByText(/^Cancelled after \d+ of 4000 games\./).waitFor();
    expect(errors).toEqual([]);
  });
});
