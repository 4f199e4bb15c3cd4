// Seeing the game (issue 4): a class plays "ultimatum" to the result screen; on the way a player asks "why?" of a
// track by keyboard and by hovering, opens the statechart view and finds its current state lit and written out;
// at the end the after-action report explains the ending and downloads as Markdown and as the JSON action log.
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { heading, openGame, type Session } from './browser';
import { playToResult, startHotSeat } from './play';

describe('seeing entrapment and bargaining', () => {
  let session: Session | undefined;
  afterEach(async () => { await session?.browser.close(); });

  it('explains tracks, draws the statecharts and ends with an exportable after-action report', { timeout: 900_000 }, async () => {
    session = await openGame('?scenario=ultimatum&renderer=canvas&seed=7');
    const { page, errors } = session;
    await startHotSeat(page);

    let checked = false;
    await playToResult(page, async () => {
      const title = await page.getByRole('heading', { level: 1 }).textContent();
      if (checked || Number(/turn (\d+)/.exec(title ?? '')?.[1]) < 2) return;
      checked = true;
      // The dial says what moved it last.
      const dial = page.getByRole('region', { name: /Entrapment dial/ });
      await expect.poll(() => dial.getByText('Last moved by').count()).toBe(1);
      expect(await dial.locator('.why-compact').count()).toBe(1);

      // Why? by keyboard: focusing the button opens the popover with a chain from cause to paper.
      const why = page.getByRole('button', { name: /^Why is Alliance commitment at/ });
      await why.focus();
      const pop = page.getByRole('dialog', { name: /^Why Alliance commitment is at/ });
      await pop.waitFor();
      expect(await why.getAttribute('aria-expanded')).toBe('true');
      const chain = pop.locator('.why-chain').first();
      expect(await chain.locator('.why-cause').textContent()).toMatch(/order|Event|Deal|Rule/);
      expect(await chain.locator('.why-rule').first().textContent()).toBeTruthy();
      expect(await chain.locator('.why-source').textContent()).toMatch(/Paper:|extrapolation/);
      await page.keyboard.press('Escape');
      await pop.waitFor({ state: 'hidden' });

      // Why? by hovering another track's row.
      await page.locator('li.track[data-track="economy"]').hover();
      await page.getByRole('dialog', { name: /^Why Economy and reserves is at/ }).waitFor();
      await page.mouse.move(700, 300);

      // The statechart view: drawn from the machine, current state lit, the same facts in words.
      await page.getByRole('button', { name: 'Show the statechart' }).first().click();
      const chart = page.getByRole('dialog', { name: /^Statechart: / });
      await chart.waitFor();
      const current = chart.locator('.statechart-current');
      expect(await current.textContent()).toMatch(/^Now in: /);
      const lit = chart.locator('svg .sc-state-current');
      expect(await lit.count()).toBe(1);
      expect(await current.textContent()).toContain((await lit.locator('text').first().textContent())!.trim());
      expect(await chart.locator('svg .sc-state').count()).toBeGreaterThan(3);
      expect(await chart.locator('svg .sc-edge').count()).toBeGreaterThan(3);
      await chart.getByRole('button', { name: 'Entrapment' }).click();
      expect(await chart.locator('svg[data-decision="entrapment"] .sc-state-current').count()).toBe(1);
      await chart.getByRole('button', { name: 'Close' }).click();
      await chart.waitFor({ state: 'detached' });
    });
    expect(checked).toBe(true);

    // The after-action report.
    const end = (await heading(page, /^End state: /).textContent())!.replace(/^End state: /, '');
    await page.getByRole('heading', { name: 'How it came to this' }).waitFor();
    // The seed and rules version identify the game, which the downloaded action log replays: nothing to type in.
    expect(await page.locator('.report-header .replay-code').textContent()).toMatch(/^Game record: seed 7, rules version \d+, \d+ movesNothing to type in: .*action log \(JSON\) replays it/);
    // A game that ended by itself does not say the White Cell ended it.
    expect(await page.locator('.report-imposed').count()).toBe(0);
    await page.getByRole('heading', { name: 'Key decisions' }).waitFor();
    await page.getByRole('heading', { name: 'Turn by turn' }).waitFor();
    await page.getByRole('heading', { name: 'What happened in history' }).waitFor();
    await page.getByRole('heading', { name: 'Debrief questions' }).waitFor();
    expect(await page.locator('.report-charts svg.track-chart').count()).toBeGreaterThan(0);
    expect(await page.locator('.report-turn').count()).toBeGreaterThan(0);

    const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the report (Markdown)' }).click()]);
    expect(md.suggestedFilename()).toBe('union-state-ultimatum-report.md');
    const markdown = await readFile((await md.path())!, 'utf8');
    expect(markdown).toMatch(/^# After-action report/);
    expect(markdown).toContain(`## The end state: ${end}`);
    expect(markdown).toContain('## Debrief questions');

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the action log (JSON)' }).click()]);
    const save = JSON.parse(await readFile((await json.path())!, 'utf8')) as { format: string; seed: number; scenario: { id: string }; actions: unknown[] };
    expect(save.format).toBe('union-state-save');
    expect(save.scenario.id).toBe('ultimatum');
    expect(save.seed).toBe(7);
    expect(save.actions.length).toBeGreaterThan(10);
    expect(errors).toEqual([]);
  });
});
