// The benchmark's browser figures, from the production builds of the game and of the bare Phaser page (served from
// their output folders) in headless Chromium, in one run: time to the map's first frame beside the bare page's,
// the map's frame rate while the pointer pans it beside the bare page's, and the longest main-thread task
// ('longtask' entries) while three bots play a whole game in the page (their moves are computed in a worker).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.webp': 'image/webp', '.woff2': 'font/woff2', '.wasm': 'application/wasm', '.txt': 'text/plain',
};
/** Loads of each page for the first-frame medians: with 3 the ratio swung from 1.5 to 2.4 between runs of one build. */
export const RUNS = 7;
const DRAG_MS = 3000;
const AFTER_RESULT_MS = 1000;

/** Serves a build's output folder on 127.0.0.1 (a free port), as a static host would. */
export function serve(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path === '/favicon.ico') { res.writeHead(204).end(); return; }
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`, server });
  }));
}

/** Opens a page and returns when `readyExpr` first holds, timed from navigation (polled every animation frame). */
export async function firstFrame(browser: Browser, url: string, readyExpr: string, errors: string[]): Promise<{ page: Page; ms: number }> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  page.on('pageerror', (e) => errors.push(`${url}: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`${url}: ${m.text()}`); });
  await page.addInitScript({ content: `requestAnimationFrame(function poll() { if (${readyExpr}) window.__readyAt = performance.now(); else requestAnimationFrame(poll); });` });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __readyAt?: number }).__readyAt !== undefined, undefined, { timeout: 120_000 });
  return { page, ms: Math.round(await page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt)) };
}

/** Frames per second while the pointer drags across the canvas, one move per animation frame; `frames` reads the
 *  page's rendered-frame counter. (A string, since tsx would add helpers a serialised function cannot see.) */
const dragFps = (page: Page, canvas: string, frames: string): Promise<number> => page.evaluate(`new Promise((resolve) => {
  const canvas = document.querySelector(${JSON.stringify(canvas)});
  const r = canvas.getBoundingClientRect();
  const at = (i) => ({ clientX: r.left + r.width / 2 + 80 * Math.sin(i / 6), clientY: r.top + r.height / 2 + 60 * Math.cos(i / 6), bubbles: true, buttons: 1, button: 0 });
  canvas.dispatchEvent(new MouseEvent('mousedown', at(0)));
  const f0 = ${frames};
  const t0 = performance.now();
  let i = 0;
  requestAnimationFrame(function move() {
    if (performance.now() - t0 < ${DRAG_MS}) { canvas.dispatchEvent(new MouseEvent('mousemove', at(++i))); requestAnimationFrame(move); return; }
    canvas.dispatchEvent(new MouseEvent('mouseup', { ...at(i), buttons: 0 }));
    resolve(Math.round(10 * (${frames} - f0) / ((performance.now() - t0) / 1000)) / 10);
  });
})`);

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Plays a whole game with three bots in the page, clicking through the summaries; the longest 'longtask' from the
 *  first screen after loading to a second after the result screen. */
async function longestTaskInBotGame(browser: Browser, url: string, errors: string[]): Promise<{ longestTaskMs: number; tasks: number; gameMs: number }> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  page.on('pageerror', (e) => errors.push(`bot game: ${e.message}`));
  await page.addInitScript({ content: `window.__tasks = []; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__tasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });` });
  await page.goto(url);
  const screen = () => page.locator('main').getAttribute('data-screen');
  await page.waitForFunction(() => { const s = document.querySelector('main')?.dataset.screen; return s !== undefined && s !== 'loading'; }, undefined, { timeout: 120_000 });
  // The first locator read installs Playwright's helper script in the page (~10 ms): before the window, not in it.
  await screen();
  const t0 = await page.evaluate(() => performance.now());
  for (let step = 0; step < 200 && (await screen()) !== 'result'; step++) {
    const next = page.getByRole('button', { name: /^(Continue to turn|See the result)/ });
    await page.waitForFunction(() => ['summary', 'result'].includes(document.querySelector('main')?.dataset.screen ?? ''), undefined, { timeout: 120_000 });
    if ((await screen()) === 'summary') await next.click();
  }
  // The report draws its sections below the fold in tasks after its first paint: those count too.
  await page.waitForTimeout(AFTER_RESULT_MS);
  const t1 = await page.evaluate(() => performance.now());
  const tasks = (await page.evaluate(() => (window as unknown as { __tasks: [number, number][] }).__tasks)).filter(([start]) => start >= t0);
  await page.close();
  return { longestTaskMs: Math.round(Math.max(0, ...tasks.map(([, d]) => d))), tasks: tasks.length, gameMs: Math.round(t1 - t0) };
}

export interface BrowserFigures {
  firstFrameMs: number;
  phaserBaselineFirstFrameMs: number;
  fpsRatio: number;
  mapFps: number;
  baselineFps: number;
  renderer: string;
  longestTaskMs: number;
  botGame: { tasksOver50Ms: number; gameMs: number };
  errors: string[];
}

export async function measureBrowser(gameOut: string, baselineOut: string): Promise<BrowserFigures> {
  const game = await serve(gameOut);
  const baseline = await serve(baselineOut);
  const browser = await launchChromium();
  const errors: string[] = [];
  try {
    const gameUrl = `${game.url}?scenario=ultimatum&play=belarus&seed=1`;
    const gameTimes: number[] = [];
    const baseTimes: number[] = [];
    let renderer = 'canvas';
    let mapFps = 0;
    let baselineFps = 0;
    // Alternate the two pages so a burst of load on the shared machine falls on both alike.
    for (let run = 0; run < RUNS; run++) {
      const g = await firstFrame(browser, gameUrl, 'window.__unionMap?.ready', errors);
      gameTimes.push(g.ms);
      renderer = await g.page.evaluate(() => window.__unionMap!.renderer);
      if (run === RUNS - 1) {
        await g.page.waitForFunction(() => window.__unionMap?.settled === true, undefined, { timeout: 60_000 });
        mapFps = await dragFps(g.page, '#map canvas', 'window.__unionMap.frames');
      }
      await g.page.close();
      const b = await firstFrame(browser, `${baseline.url}?renderer=${renderer}`, 'window.__baselineReady', errors);
      baseTimes.push(b.ms);
      if (run === RUNS - 1) baselineFps = await dragFps(b.page, '#game canvas', 'window.__baselineFrames');
      await b.page.close();
    }
    const botGame = await longestTaskInBotGame(browser, `${game.url}?scenario=ultimatum&play=bots&seed=1`, errors);
    return {
      firstFrameMs: median(gameTimes), phaserBaselineFirstFrameMs: median(baseTimes),
      fpsRatio: +(mapFps / baselineFps).toFixed(3), mapFps, baselineFps, renderer,
      longestTaskMs: botGame.longestTaskMs, botGame: { tasksOver50Ms: botGame.tasks, gameMs: botGame.gameMs }, errors,
    };
  } finally {
    await browser.close();
    game.server.close();
    baseline.server.close();
  }
}
