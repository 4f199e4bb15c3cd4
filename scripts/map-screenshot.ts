// Screenshots scripts/map-preview.html in headless Chromium, WebGL and Canvas, for looking at the map:
// npx tsx scripts/map-screenshot.ts [outDir=/tmp/map-shots] [query, e.g. scenario=suwalki&tension=5]
// [wheel steps to zoom in (1.2× each), e.g. 4@520,420 about that screen point]. Fails on a console error.
import { createServer } from 'vite';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './chromium';

const outDir = process.argv[2] ?? '/tmp/map-shots';
const extra = process.argv[3] ?? '';
const [steps, at] = (process.argv[4] ?? '0').split('@');
const [zoomX, zoomY] = (at ?? '600,450').split(',').map(Number);
mkdirSync(outDir, { recursive: true });

const server = await createServer({ server: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
await server.listen();
const address = server.httpServer?.address();
if (!address || typeof address === 'string') throw new Error('vite did not report a port');
const browser = await launchChromium();

const errors: string[] = [];
try {
  for (const renderer of ['webgl', 'canvas'] as const) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`${renderer} console: ${m.text()}`); });
    page.on('response', (r) => { if (r.status() >= 400) errors.push(`${renderer} ${r.status()}: ${r.url()}`); });
    page.on('pageerror', (e) => errors.push(`${renderer} pageerror: ${e.message}`));
    await page.goto(`http://127.0.0.1:${address.port}/scripts/map-preview.html?renderer=${renderer}&${extra}`);
    await page.waitForFunction(() => window.__unionMap?.ready === true, undefined, { timeout: 30_000 });
    if (Number(steps) > 0) {
      await page.mouse.move(zoomX ?? 600, zoomY ?? 450);
      for (let i = 0; i < Number(steps); i++) await page.mouse.wheel(0, -100);
      // Out of the way of every tooltip: the top-right corner is open Russia.
      await page.mouse.move(1195, 5);
    }
    // Let fades finish: the map sleeps once a frame shows the settled state.
    await page.waitForFunction(() => window.__unionMap?.settled === true && window.__unionMap.sleeping, undefined, { timeout: 60_000 });
    const hook = await page.evaluate(() => window.__unionMap);
    const name = [renderer, extra, Number(steps) > 0 ? `zoom${process.argv[4]}` : ''].filter(Boolean).join('-').replace(/[^a-z0-9-]+/gi, '_');
    const file = join(outDir, `map-${name}.png`);
    await page.screenshot({ path: file });
    console.log(`${file}: ${JSON.stringify(hook)}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
if (errors.length > 0) {
  console.error(errors.join('\n'));
  process.exit(1);
}
