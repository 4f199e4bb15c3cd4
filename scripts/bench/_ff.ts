import { writeFileSync } from 'node:fs';
import { launchChromium } from '../chromium';
import { serve, firstFrame } from './browser-figures';
const game = await serve('dist'); const base = await serve('dist-baseline');
const browser = await launchChromium();
const errors: string[] = [];
const gt: number[] = [], bt: number[] = [];
for (let i = 0; i < 7; i++) {
  const g = await firstFrame(browser, `${game.url}?scenario=ultimatum&play=belarus&seed=1`, 'window.__unionMap?.ready', errors); gt.push(g.ms); await g.page.close();
  const b = await firstFrame(browser, `${base.url}?renderer=canvas`, 'window.__baselineReady', errors); bt.push(b.ms); await b.page.close();
}
const med = (x: number[]) => [...x].sort((a, b) => a - b)[3];
console.log('game', gt.join(' '), 'med', med(gt), '| base', bt.join(' '), 'med', med(bt), 'ratio', (med(gt)! / med(bt)!).toFixed(2));
// one traced load
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
const cdp = await page.context().newCDPSession(page);
const chunks: any[] = [];
cdp.on('Tracing.dataCollected', (e: any) => chunks.push(...e.value));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink.user_timing,loading', transferMode: 'ReportEvents' });
await page.addInitScript({ content: `requestAnimationFrame(function poll() { if (window.__unionMap?.ready) { window.__readyAt = performance.now(); performance.mark('READY'); } else requestAnimationFrame(poll); });` });
await page.goto(`${game.url}?scenario=ultimatum&play=belarus&seed=1`);
await page.waitForFunction(() => (window as any).__readyAt !== undefined);
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.end'); await done;
writeFileSync('/tmp/s9/trace.json', JSON.stringify(chunks));
console.log('readyAt', await page.evaluate(() => (window as any).__readyAt), errors);
await browser.close(); game.server.close(); base.server.close();
