// axe-core on every screen of a hot-seat game: loading, menu, problems (a broken scenario file), seats, hand-off,
// turn (orders), turn (bargaining), summary and result. None may have a serious or critical violation. The projector,
// an offer open to a solo player, the what-if results and the after-action report may have none at all, moderate
// and minor included. At narrow and zoomed sizes nothing is cut off, and every panel of the replay viewer can be reached.
import { afterEach, expect, it } from 'vitest';
import { inject } from 'vitest';
import { launchChromium } from '../../scripts/chromium';
import { runAxe, seriousViolations } from './axe';
import { heading, openGame, screenOf, type Session } from './browser';
import { botsToResult, passDevice, pickOrders, playToResult, runWhatIf, soloUntilRussiaOffers, startHotSeat } from './play';
import { saveFile } from '../../game/rules';
import { finishedGame } from '../ui/games';

let session: Session | undefined;
afterEach(async () => { await session?.browser.close(); });

it('the loading screen has no serious or critical violations', async () => {
  const browser = await launchChromium();
  session = { browser, page: await browser.newPage({ viewport: { width: 1366, height: 768 } }), errors: [] };
  const { page } = session;
  // Hold the scenario files (lazy raw-JSON chunks) so the loading screen stays up while axe looks at it.
  let release = () => {};
  const held = new Promise<void>((r) => { release = r; });
  await page.route(/\/(cards|events|deals|victory|history|map|scenario)-[^/]*\.js$/, async (route) => { await held; await route.continue(); });
  await page.goto(inject('baseUrl'));
  await heading(page, 'Loading scenarios…').waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  release();
  await heading(page, 'Union State').waitFor();
});

it('the menu and the problems screen of a broken scenario have none', async () => {
  session = await openGame();
  const { page } = session;
  expect(await seriousViolations(page)).toEqual([]);
  const broken = { name: 'scenario.json', mimeType: 'application/json', buffer: Buffer.from('{"id": 3}') };
  await page.getByLabel('Load scenario files…').setInputFiles([broken]);
  await heading(page, 'This scenario cannot be played').waitFor();
  expect(await seriousViolations(page)).toEqual([]);
});

it('every screen of a game, from seats to the result, has none', { timeout: 900_000 }, async () => {
  session = await openGame('?scenario=ultimatum&renderer=canvas&seed=7');
  const { page, errors } = session;
  await page.getByRole('button', { name: 'Several players on this device' }).click();
  await heading(page, /^Who plays whom/).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Begin turn 1' }).click();

  await heading(page, /^Pass the device to/).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  // The optional learning check, answered (so its feedback is checked too).
  await page.getByRole('button', { name: /learning check/ }).click();
  await page.getByRole('dialog').getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Check my answers' }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await passDevice(page);
  await page.getByRole('button', { name: /^Commit/ }).waitFor();
  await page.waitForFunction(() => window.__unionMap?.ready === true, null, { timeout: 60_000 });
  await page.getByText(/^The map as text/).click();
  expect(await seriousViolations(page)).toEqual([]);

  // Commit for every faction until bargaining opens, then check that screen and the turn summary.
  const seen = new Set<string>();
  for (let step = 0; step < 40 && seen.size < 2; step++) {
    const screen = await screenOf(page);
    if (screen === 'handoff') await passDevice(page);
    else if (screen === 'turn' && (await page.getByRole('button', { name: /^Commit/ }).count())) {
      await pickOrders(page, 1);
      await page.getByRole('button', { name: /^Commit/ }).click();
    } else if (screen === 'turn') {
      if (!seen.has('bargaining')) { expect(await seriousViolations(page)).toEqual([]); seen.add('bargaining'); }
      const accept = page.getByRole('button', { name: 'Accept' });
      if (await accept.count()) await accept.click();
      else await page.getByRole('button', { name: /^Pass: make no offer/ }).click();
    } else if (screen === 'summary') {
      expect(await seriousViolations(page)).toEqual([]);
      seen.add('summary');
    }
  }
  expect([...seen].sort()).toEqual(['bargaining', 'summary']);

  // The map's live region (outside the screens, so redraws never drop it) has told of the map's changes.
  const announcer = page.locator('[data-map-announcer]');
  expect(await announcer.getAttribute('aria-live')).toBe('polite');
  const announced: string[] = [];
  await playToResult(page, async () => { announced.push((await announcer.textContent()) ?? ''); });
  expect(announced.some((text) => /^On the map: /.test(text))).toBe(true);
  await heading(page, /^End state: /).waitFor();
  await page.getByRole('heading', { name: 'What the class learned' }).waitFor();
  // One team answered the first question before the game; nobody has answered after it yet.
  const learned = page.getByRole('table').filter({ hasText: 'Before' });
  expect(await learned.getByRole('row').count()).toBe(5);
  expect(await learned.getByRole('row').nth(1).getByRole('cell').allTextContents()).toEqual([expect.stringMatching(/^[01] of 1 right$/), '—']);
  expect(await learned.getByRole('row').nth(2).getByRole('cell').allTextContents()).toEqual(['—', '—']);
  expect(await seriousViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

it('the handouts print as promised: briefs one team per page, the rules on one page, and pass axe', async () => {
  session = await openGame('?scenario=ultimatum');
  const { page, errors } = session;
  const pdfPages = async () => ((await page.pdf({ format: 'A4' })).toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
  // One team per page: each brief printed alone takes as many pages as it does among the others, so no team's brief
  // starts on a page another has begun (a long brief takes two pages, and the next starts a new one).
  const eachAlone = async () => {
    const pages: number[] = [];
    for (const n of [1, 2, 3]) {
      const only = await page.addStyleTag({ content: `.print-page:not(:nth-of-type(${n})) { display: none !important; }` });
      pages.push(await pdfPages());
      await only.evaluate((style) => (style as Element).remove());
    }
    return pages;
  };
  const sum = (pages: number[]) => pages.reduce((a, b) => a + b, 0);
  // With their texts left out, three briefs of a few lines each would share one page: they still take one each.
  const headingsOnly = async () => {
    const short = await page.addStyleTag({ content: '.print-text { display: none !important; }' });
    const pages = await pdfPages();
    await short.evaluate((style) => (style as Element).remove());
    return pages;
  };

  await page.getByRole('button', { name: 'Print role briefs' }).click();
  const preview = page.getByRole('dialog', { name: 'Role briefs: Ultimatum' });
  expect(await preview.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Belarus role brief · Minsk', 'Russia role brief · Moscow', 'NATO role brief · Brussels, with Poland and the Baltic states']);
  expect(await seriousViolations(page)).toEqual([]);
  expect(await pdfPages()).toBe(3);
  expect(await eachAlone()).toEqual([1, 1, 1]);
  expect(await headingsOnly()).toBe(3);
  await preview.getByRole('button', { name: 'Close' }).click();
  // Focus goes back to the button that opened the preview.
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Print role briefs');

  await page.getByRole('button', { name: 'Print advanced briefs (seminar)' }).click();
  const advanced = await eachAlone();
  expect(advanced.some((n) => n > 1)).toBe(true);
  expect(await pdfPages()).toBe(sum(advanced));
  expect(await headingsOnly()).toBe(3);
  await page.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Print the rules summary' }).click();
  const rules = page.getByRole('dialog', { name: 'Rules summary: Ultimatum' });
  expect(await rules.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['A turn', 'Orders', 'Bargaining', 'The entrapment dial', 'Victory']);
  expect(await seriousViolations(page)).toEqual([]);
  expect(await pdfPages()).toBe(1);
  expect(errors).toEqual([]);
});

it('at 200 % zoom on a 1366×768 laptop nothing is cut off sideways, on any screen of a turn', { timeout: 600_000 }, async () => {
  const browser = await launchChromium();
  // Browser zoom 200 % is a viewport of half the CSS pixels at twice the density.
  const page = await browser.newPage({ viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 });
  session = { browser, page, errors: [] };
  page.setDefaultTimeout(120_000);
  page.on('pageerror', (e) => session!.errors.push(e.message));
  await page.goto(new URL('?scenario=ultimatum&renderer=canvas&seed=7', inject('baseUrl')).href);
  await heading(page, 'Union State').waitFor();
  const sideways = () => page.evaluate(() => {
    const root = document.documentElement;
    // Any element wider than the window, or a text box whose own content overflows it, is cut off.
    // Visually hidden text (for screen readers) is clipped on purpose.
    const clipped = [...document.querySelectorAll<HTMLElement>('main *:not(.visually-hidden, .visually-hidden *)')].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && (r.right > root.clientWidth + 1 || (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'hidden'));
    }).map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { scroll: root.scrollWidth - root.clientWidth, clipped: clipped.slice(0, 5) };
  });
  const ok = { scroll: 0, clipped: [] };
  expect(await sideways()).toEqual(ok);
  // The solo setup, with its side and both computer players' fields, fits too.
  await page.getByRole('button', { name: 'Play solo against the computer' }).click();
  await heading(page, /^Play solo against the computer/).waitFor();
  expect(await sideways()).toEqual(ok);
  await page.getByRole('button', { name: 'Back to the menu' }).click();
  await heading(page, 'Union State').waitFor();
  await page.getByRole('button', { name: 'Several players on this device' }).click();
  expect(await sideways()).toEqual(ok);
  await page.getByRole('button', { name: 'Begin turn 1' }).click();
  const seen = new Set<string>();
  for (let step = 0; step < 40 && !seen.has('summary'); step++) {
    const screen = (await screenOf(page)) ?? '';
    expect(await sideways(), screen).toEqual(ok);
    seen.add(screen);
    if (screen === 'handoff') await passDevice(page);
    else if (screen === 'turn' && (await page.getByRole('button', { name: /^Commit/ }).count())) {
      await pickOrders(page, 1);
      await page.getByRole('button', { name: /^Commit/ }).click();
    } else if (screen === 'turn') {
      const accept = page.getByRole('button', { name: 'Accept' });
      if (await accept.count()) await accept.click();
      else await page.getByRole('button', { name: /^Pass: make no offer/ }).click();
    }
  }
  expect([...seen].sort()).toEqual(['handoff', 'summary', 'turn']);
  expect(session.errors).toEqual([]);
});

it('the projector has no violations, moderate and minor included', async () => {
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const game = await context.newPage();
  session = { browser, page: game, errors: [] };
  game.setDefaultTimeout(120_000);
  await game.goto(new URL('?scenario=ultimatum&seed=5&renderer=canvas&whitecell=1', inject('baseUrl')).href);
  await heading(game, 'Union State').waitFor();
  await startHotSeat(game);
  game.once('dialog', (d) => { void d.accept(); });
  await game.getByRole('button', { name: 'White Cell', exact: true }).click();
  await heading(game, 'White Cell console').waitFor();
  const [projector] = await Promise.all([context.waitForEvent('page'), game.getByRole('button', { name: 'Open projector view' }).click()]);
  projector!.setDefaultTimeout(120_000);
  projector!.on('pageerror', (e) => session!.errors.push(e.message));
  await heading(projector!, /^Union State: /).waitFor();
  await projector!.getByRole('heading', { name: 'Orders committed' }).waitFor();
  // Its two side columns are named apart (they were two unnamed <aside>s).
  expect(await projector!.getByRole('complementary').evaluateAll((asides) => asides.map((a) => a.getAttribute('aria-label')))).toEqual(['State of play', 'Orders committed, the dial and the orders revealed']);
  expect(await runAxe(projector!)).toEqual([]);
  expect(session.errors).toEqual([]);
});

it('an offer open to a solo player has no violations, moderate and minor included', { timeout: 300_000 }, async () => {
  session = await openGame('?scenario=suwalki&renderer=canvas&seed=3');
  const { page, errors } = session;
  await soloUntilRussiaOffers(page);
  // The offer's two sides are headings one level under the table's.
  expect(await page.getByRole('heading', { level: 3, name: 'Russia gives' }).count()).toBe(1);
  expect(await runAxe(page)).toEqual([]);
  expect(errors).toEqual([]);
});

it('the what-if results have no violations, moderate and minor included', { timeout: 300_000 }, async () => {
  session = await openGame('?scenario=ultimatum&seed=5&renderer=canvas');
  const { page, errors } = session;
  await runWhatIf(page, 10);
  await page.getByRole('heading', { name: 'Results' }).waitFor();
  // Every header cell says what its column holds, the corners too.
  expect(await page.locator('.whatif-results thead th:first-child').allTextContents()).toEqual(['End state', 'Faction', 'Batch · turn']);
  expect(await runAxe(page)).toEqual([]);
  expect(errors).toEqual([]);
});

it('the after-action report has no violations, and says the events on its charts\' time axis once', { timeout: 600_000 }, async () => {
  session = await openGame('?scenario=ultimatum&renderer=canvas&seed=7');
  const { page, errors } = session;
  await botsToResult(page, '?scenario=ultimatum&renderer=canvas&seed=7');
  // The charts are drawn a section at a time after the first frame; the turn-by-turn section comes after them.
  await page.locator('.report-turns').waitFor();
  const charts = await page.locator('.report-charts figure.track-figure').count();
  expect(charts).toBeGreaterThan(10);
  // One list of the time axis's events and deals for all the charts, not one in every chart's caption.
  const said = await page.locator('.report-charts').evaluate((el) => (el.textContent!.match(/On the time axis: /g) ?? []).length);
  expect(said).toBe(1);
  expect(await page.locator('.report-charts figcaption').evaluateAll((fs) => fs.filter((f) => f.textContent!.includes('On the time axis')).length)).toBe(0);
  expect(await runAxe(page)).toEqual([]);
  expect(errors).toEqual([]);
});

it('the replay viewer at 1024×768, 800×600 and a 1366×768 laptop at 150 % zoom: every panel in reach, none drawn over another', { timeout: 600_000 }, async () => {
  // A finished game of Ultimatum, imported as a teacher would, watched at its last position (the longest log).
  const game = finishedGame('ultimatum', 21);
  const file = { name: 'class-game.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(saveFile(game.session))) };
  const browser = await launchChromium();
  session = { browser, page: await browser.newPage(), errors: [] };
  for (const [width, height, deviceScaleFactor] of [[1024, 768, 1], [800, 600, 1], [911, 512, 1.5]] as const) {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor });
    page.setDefaultTimeout(120_000);
    page.on('pageerror', (e) => session!.errors.push(e.message));
    await page.goto(new URL('?renderer=canvas', inject('baseUrl')).href);
    await heading(page, 'Union State').waitFor();
    await page.locator('#save-file').setInputFiles(file);
    await page.getByRole('button', { name: /^Replay Ultimatum/ }).click();
    await heading(page, /^Replay: Ultimatum/).waitFor();
    while (await page.getByRole('button', { name: 'Next turn »' }).isEnabled()) await page.getByRole('button', { name: 'Next turn »' }).click();
    const size = `${width}×${height} at ${deviceScaleFactor * 100} %`;
    // Each panel, down to the log's last line, lies inside every box that clips what overflows it (a box that
    // scrolls does not clip: its content can be reached), and no two panels cover each other.
    const layout = await page.evaluate(() => {
      const panels = [...document.querySelectorAll<HTMLElement>('.replay-screen :is(.dial, .dashboard, .map-frame, .event-log, .event-log .log-turn:last-child > .log > li:last-child, .panel)')];
      const name = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
      const cut = panels.flatMap((el) => {
        const r = el.getBoundingClientRect();
        for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
          const b = box.getBoundingClientRect();
          if (/hidden|clip/.test(getComputedStyle(box).overflowY) && (r.bottom > b.bottom + 1 || r.top < b.top - 1)) return [`${name(el)} cut off by ${name(box)}`];
        }
        return [];
      });
      const over = panels.flatMap((a, i) => panels.slice(i + 1).flatMap((b) => {
        if (a.contains(b) || b.contains(a)) return [];
        const p = a.getBoundingClientRect(), q = b.getBoundingClientRect();
        return p.left < q.right - 1 && q.left < p.right - 1 && p.top < q.bottom - 1 && q.top < p.bottom - 1 ? [`${name(a)} over ${name(b)}`] : [];
      }));
      return { panels: panels.length, cut, over };
    });
    expect(layout.panels, size).toBeGreaterThan(5);
    expect(layout.cut, size).toEqual([]);
    expect(layout.over, size).toEqual([]);
    await page.close();
  }
  expect(session.errors).toEqual([]);
});
