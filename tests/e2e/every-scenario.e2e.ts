// Every other scenario is playable to its result screen through the interface (Canvas map, to keep CI short;
// the WebGL map is covered by play-through.e2e.ts), with no console or page errors.
import { afterEach, describe, expect, it } from 'vitest';
import { heading, openGame, type Session } from './browser';
import { playToResult, startHotSeat } from './play';

describe.each(['airbase', 'sharp-power', 'suwalki', 'neutrality'])('the %s scenario', (id) => {
  let session: Session | undefined;
  afterEach(async () => { await session?.browser.close(); });

  it('plays to the result screen in hot-seat', { timeout: 600_000 }, async () => {
    session = await openGame(`?scenario=${id}&renderer=canvas`);
    const { page, errors } = session;
    await startHotSeat(page);
    // On a 1366×768 laptop a turn's screen fits the window: its columns scroll, the page never does.
    const pageOverflow: number[] = [];
    // Titles that are quotations (‘Minsk has no choice’) keep their own marks: no screen quotes them again (“‘…’”);
    // one that only starts with one (‘Russian World’ offensive) is quoted as a whole, rightly.
    const doubled = new Set<string>();
    // Signed numbers take the minus sign (effects, odds modifiers, the State of play's changes, bots' reasons): a
    // hyphen-minus before a digit, outside a name or a range ("Su-27", "2013-2014"), is left over from a twin formatter.
    const hyphenated = new Set<string>();
    const log = await playToResult(page, async () => {
      pageOverflow.push(await page.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight));
      const text = await page.locator('main').innerText();
      for (const m of text.matchAll(/“‘[^‘’“”]*’”/g)) doubled.add(m[0]);
      for (const m of text.matchAll(/.{0,30}(?<![\p{L}\p{N}])-\d.{0,10}/gu)) hyphenated.add(m[0]);
    });
    expect(Math.max(...pageOverflow)).toBe(0);
    expect([...doubled]).toEqual([]);
    expect([...hyphenated]).toEqual([]);
    await heading(page, /^End state: /).waitFor();
    expect(log.summaries.length).toBeGreaterThan(0);
    expect(log.commits).toBe(3 * log.summaries.length);
    await page.getByRole('heading', { name: 'Debrief questions' }).waitFor();
    expect(errors).toEqual([]);
  });
});
