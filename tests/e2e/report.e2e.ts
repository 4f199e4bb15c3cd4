// Seeing the game (issue 4): a class plays "ultimatum" to the result screen; on the way a player asks "why?" of a
// track by keyboard and by hovering, opens the statechart view and finds its current state lit and written out;
// at the end the after-action report explains the ending and downloads as Markdown and as the JSON action log.
// The report's charts name their thresholds off the data line and apart, as drawn (a bots' game that ended on them).
// A default ending is explained by what the class did, with entrapment and bargaining told from the game's log.
import { mkdir, readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { heading, openGame, type Session } from './browser';
import { botsToResult, playToResult, startHotSeat } from './play';
import { saveFile } from '../../game/rules';
import { finishedGame } from '../ui/games';

/** Each chart's threshold labels, as the browser laid their text out, that touch the data line (its stroke), a point
 *  (with its stroke) or another label: "track: label: what", none when every label is clear. */
function labelsInTheWay(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll<HTMLElement>('figure.track-figure')].flatMap((figure) => {
    const svg = figure.querySelector('svg')!;
    const line = (svg.querySelector('polyline')!.getAttribute('points') ?? '').trim().split(/\s+/).map((p) => p.split(',').map(Number) as [number, number]);
    const labels = [...svg.querySelectorAll<SVGTextElement>('.threshold text')].map((t) => ({ text: t.textContent, box: t.getBBox() }));
    const distance = (x: number, y: number, b: DOMRect) => Math.hypot(Math.max(b.x - x, 0, x - b.x - b.width), Math.max(b.y - y, 0, y - b.y - b.height));
    return labels.flatMap(({ text, box }) => {
      const onLine = line.some(([x, y], i) => i > 0 && Array.from({ length: 101 }, (_, k) => k / 100)
        .some((t) => distance(line[i - 1]![0] + t * (x - line[i - 1]![0]), line[i - 1]![1] + t * (y - line[i - 1]![1]), box) < 1.25));
      const onPoint = line.some(([x, y]) => distance(x, y, box) < 4.5);
      const onLabel = labels.some((o) => o.box !== box && o.box.x < box.x + box.width && box.x < o.box.x + o.box.width && o.box.y < box.y + box.height && box.y < o.box.y + o.box.height);
      return [onLine && 'the data line', onPoint && 'a point', onLabel && 'another label'].filter(Boolean).map((what) => `${figure.dataset.track}: ${text}: on ${what}`);
    });
  }));
}

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

  it('explains a default ending by what the class did, and tells entrapment and bargaining in this game', { timeout: 300_000 }, async () => {
    // Ultimatum, seed 21: no other end state is reached, so the game ends on the default.
    const game = finishedGame('ultimatum', 21);
    session = await openGame('?renderer=canvas');
    const { page, errors } = session;
    await page.locator('#save-file').setInputFiles({ name: 'default.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(saveFile(game.session))) });
    await page.getByRole('button', { name: 'See the result of Ultimatum, save-1' }).click();
    await heading(page, 'End state: Back to square one, on market terms').waitFor();
    const causes = page.getByRole('region', { name: 'How it came to this' });
    expect(await causes.locator('p.muted').first().textContent()).toMatch(/^No other end state was reached by the last turn/);
    // The decision point and the tracks, each with the moves behind it, cause to rule to source.
    const facts = causes.locator('.cause-facts > li');
    expect(await facts.first().locator('.cause-fact').textContent()).toMatch(/^Integration ended in “.+”, short of “Supranational Union State”/);
    expect(await facts.count()).toBeGreaterThan(4);
    expect(await facts.first().locator('.why-chain').count()).toBe(2);
    expect(await causes.getByText(/^Alliance cohesion went from 6 to 8, which met NATO’s objective/).count()).toBe(1);
    await causes.getByRole('heading', { name: 'Entrapment and bargaining in this game' }).waitFor();
    const story = (await causes.locator('.report-story').allTextContents()).join(' ');
    expect(story).toMatch(/^Belarus’ commitment to Russia, the entrapment dial, went 5 → 4 /);
    expect(story).toContain('What Belarus’ deals with NATO did to its dependence on Moscow (Alliance commitment and Russian leverage): turn 1 “Normalisation for neutrality”: Alliance commitment 5 → 4');
    expect(story).toContain('Russia called the bluff and the threat failed (turns 2 and 4)');
    expect(await causes.locator('.report-story-paper + .source').textContent()).toContain('Myth #1 > Belarus\' security dilemma and entrapment');
    await mkdir('/tmp/shots-report', { recursive: true });
    await causes.getByRole('heading', { name: 'Entrapment and bargaining in this game' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/shots-report/default-ending-story.png' });
    const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the report (Markdown)' }).click()]);
    const markdown = await readFile((await md.path())!, 'utf8');
    expect(markdown).toContain('\n- Integration ended in “');
    expect(markdown).toContain('\n### Entrapment and bargaining in this game\n\nBelarus’ commitment to Russia, the entrapment dial, went 5 → 4 ');
    expect(errors).toEqual([]);
  });

  it('names each chart threshold off the data line and apart, on a laptop and a narrow window', { timeout: 600_000 }, async () => {
    // Three bots, seed 7: the game ends with tension on its crisis line and sharp power on its threshold, and Western
    // engagement crossing its own; their names sat on the line there.
    session = await openGame('?scenario=ultimatum&renderer=canvas&seed=7');
    const { page, errors } = session;
    await botsToResult(page, '?scenario=ultimatum&renderer=canvas&seed=7');
    // The report's charts are drawn a section at a time after the first frame.
    const charts = page.locator('.report-charts figure.track-figure');
    await page.locator('.report-charts figure.track-figure[data-track="tension"]').waitFor();
    await expect.poll(() => charts.count()).toBeGreaterThan(10);
    await mkdir('/tmp/shots-report', { recursive: true });
    for (const width of [1366, 800]) {
      await page.setViewportSize({ width, height: 768 });
      expect(await labelsInTheWay(page)).toEqual([]);
      await page.locator('figure.track-figure[data-track="tension"]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `/tmp/shots-report/charts-${width}.png` });
    }
    expect(errors).toEqual([]);
  });
});
