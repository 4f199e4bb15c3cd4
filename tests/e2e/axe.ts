// axe-core in the browser: injects axe's own source into the page and runs it on the whole document. Export for
// every screen's e2e test: `expect(await seriousViolations(page)).toEqual([])`.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';

const axePath = createRequire(import.meta.url).resolve('axe-core');

/** One violation as a short readable line per failing element, so a failed assertion says what to fix. */
export interface AxeFinding { rule: string; impact: string; help: string; targets: string[] }

/** Runs axe on the page as it is now (WCAG 2.x A/AA and best practice); returns every violation. */
export async function runAxe(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const results = await page.evaluate(() => (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResults> } })
    .axe.run(document, { resultTypes: ['violations'] }));
  return results.violations.map((v: Result) => ({
    rule: v.id, impact: v.impact ?? 'unknown', help: v.help, targets: v.nodes.map((n) => n.target.join(' ')),
  }));
}

/** The violations a user would be blocked by: axe's "serious" and "critical". */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  return (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
