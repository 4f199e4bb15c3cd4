// Times the map in headless Chromium (issue 5): first frame, frames and longest main-thread task while idle and
// after a change of the source, and frame rate during a drag beside an empty Phaser scene. Figures, not tests:
// npx tsx scripts/map-perf.ts [scenarios, default ultimatum,suwalki] [renderers, default webgl,canvas]
import { createServer } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';

const scenarios = (process.argv[2] ?? 'ultimatum,suwalki').split(',');
const renderers = (process.argv[3] ?? 'webgl,canvas').split(',') as ('webgl' | 'canvas')[];
const IDLE_MS = 5000;
const CHANGE_MS = 3000;
const DRAG_MS = 3000;

/** Main-thread tasks in a window: the longest and the share of the window spent in tasks. */
interface Tasks { longestMs: number; busyPct: number }

const server = await createServer({ server: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
await server.listen();
const address = server.httpServer?.address();
if (!address || typeof address === 'string') throw new Error('vite did not report a port');
const browser = await launchChromium();
const errors: string[] = [];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const frames = (page: Page) => page.evaluate(() => window.__unionMap?.frames ?? 0);

/**
 * Runs `during` while Chromium traces, and reads the renderer's main-thread tasks from the trace: RunTask events,
 * what 'longtask' performance entries are made of, but timed under 50 ms too.
 */
async function traced(b: Browser, page: Page, during: () => Promise<void>): Promise<Tasks> {
  const t0 = Date.now();
  await b.startTracing(page, { categories: ['toplevel', 'disabled-by-default-devtools.timeline', '__metadata'] });
  await during();
  const trace = JSON.parse((await b.stopTracing()).toString()) as { traceEvents: { name: string; ph: string; pid: number; tid: number; dur?: number; args?: { name?: string } }[] };
  const windowMs = Date.now() - t0;
  const main = new Set(trace.traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  // The page's renderer is the busiest main thread in the trace (an idle about:blank may be there too).
  const byThread = new Map<string, number[]>();
  for (const e of trace.traceEvents) {
    if (e.name !== 'RunTask' || e.ph !== 'X' || !main.has(`${e.pid}:${e.tid}`)) continue;
    const key = `${e.pid}:${e.tid}`;
    byThread.set(key, [...(byThread.get(key) ?? []), (e.dur ?? 0) / 1000]);
  }
  const tasks = [...byThread.values()].sort((a, b) => sum(b) - sum(a))[0] ?? [];
  return { longestMs: round(Math.max(0, ...tasks)), busyPct: round((100 * sum(tasks)) / windowMs) };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const round = (x: number) => Math.round(x * 10) / 10;

async function open(query: string, label: string): Promise<{ page: Page; firstFrameMs: number }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`${label} console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`${label} pageerror: ${e.message}`));
  // Notes when the hook first reports ready, at most one animation frame late. (A string, since tsx would add
  // helpers a serialised function cannot see in the page.)
  await page.addInitScript({ content: `requestAnimationFrame(function poll() {
    if (window.__unionMap?.ready) window.readyAt = performance.now(); else requestAnimationFrame(poll);
  });` });
  await page.goto(`http://127.0.0.1:${(address as { port: number }).port}/scripts/map-preview.html?${query}`);
  await page.waitForFunction(() => (window as unknown as { readyAt?: number }).readyAt !== undefined, undefined, { timeout: 60_000 });
  const firstFrameMs = Math.round(await page.evaluate(() => (window as unknown as { readyAt: number }).readyAt));
  return { page, firstFrameMs };
}

/**
 * Frames per second while the pointer drags the map about (the camera pans), as a player looking around: one
 * move per animation frame, as Chromium coalesces real ones. (A string: see the init script above.)
 */
const dragFps = (page: Page): Promise<number> => page.evaluate(`new Promise((resolve) => {
  const canvas = document.querySelector('#map canvas');
  const r = canvas.getBoundingClientRect();
  const at = (i) => ({ clientX: r.left + r.width / 2 + 80 * Math.sin(i / 6), clientY: r.top + r.height / 2 + 60 * Math.cos(i / 6), bubbles: true, buttons: 1, button: 0 });
  canvas.dispatchEvent(new MouseEvent('mousedown', at(0)));
  const f0 = window.__unionMap.frames;
  const t0 = performance.now();
  let i = 0;
  requestAnimationFrame(function move() {
    if (performance.now() - t0 < ${DRAG_MS}) {
      canvas.dispatchEvent(new MouseEvent('mousemove', at(++i)));
      requestAnimationFrame(move);
      return;
    }
    canvas.dispatchEvent(new MouseEvent('mouseup', { ...at(i), buttons: 0 }));
    resolve(Math.round(10 * (window.__unionMap.frames - f0) / ((performance.now() - t0) / 1000)) / 10);
  });
})`);

const rows: Record<string, unknown>[] = [];
try {
  for (const renderer of renderers) {
    const { page: base, firstFrameMs: baseFirst } = await open(`renderer=${renderer}&baseline`, `${renderer} baseline`);
    await sleep(1000);
    const baseFps = await dragFps(base);
    rows.push({ renderer, scenario: '(empty scene)', firstFrameMs: baseFirst, dragFps: baseFps });
    await base.close();

    for (const scenario of scenarios) {
      const label = `${renderer} ${scenario}`;
      const { page, firstFrameMs } = await open(`renderer=${renderer}&scenario=${scenario}`, label);
      await page.waitForFunction(() => window.__unionMap?.settled === true, undefined, { timeout: 60_000 });
      // Past the map's own idle delay, so that the idle window starts idle.
      await sleep(1000);
      let idleFrames = 0;
      const idle = await traced(browser, page, async () => {
        const n = await frames(page);
        await sleep(IDLE_MS);
        idleFrames = (await frames(page)) - n;
      });
      // A turn's worth of change: tension and commitment move, a flow weakens, an overlay and a unit go.
      let changeFrames = 0;
      const change = await traced(browser, page, async () => {
        const n = await frames(page);
        await page.evaluate(() => {
          const { map, update } = window.__mapPreview!;
          const flow = map.flows[0];
          update({
            tension: '4', commitment: '8', ...(flow ? { [flow.id]: '0.4' } : {}),
            overlays: (map.overlays ?? []).slice(1).map((o) => o.id).join(','), units: map.units.slice(1).map((u) => u.id).join(','),
          });
        });
        await sleep(CHANGE_MS);
        changeFrames = (await frames(page)) - n;
      });
      const sleeping = await page.evaluate(() => window.__unionMap?.sleeping ?? false);
      const fps = await dragFps(page);
      rows.push({
        renderer, scenario, firstFrameMs,
        idleFrames, idleLongestMs: idle.longestMs, idleBusyPct: idle.busyPct,
        changeFrames, changeLongestMs: change.longestMs, changeBusyPct: change.busyPct, sleepingAfter: sleeping,
        dragFps: fps, dragVsEmpty: round(fps / baseFps),
      });
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.table(rows);
console.log(JSON.stringify(rows));
if (errors.length > 0) {
  console.error(errors.join('\n'));
  process.exit(1);
}
