// After the phase clock has run out, the screens say so: whose moves the White Cell's timer made, and how. Every
// notice of the turn stays (the orders' beside the bargaining's) until dismissed or the turn is over. A strip below
// the app bar, in the page's flow, so that it never covers a screen's own buttons; a polite live region, so screen
// readers read out each new notice.
import type { UiState, UiStore } from '../../store/store';
import { h } from '../dom';
import { t } from '../messages';
import { factionName, listOf } from '../format/names';

type TimeUp = UiState['timeUps'][number];

/** What the clock did in one timeout. */
export function timeUpText(timeUp: TimeUp): string {
  const teams = listOf(timeUp.factions.map(factionName));
  if (timeUp.phase === 'bargaining') return t(timeUp.rejected ? 'timeUp.bargainingRejected' : 'timeUp.bargaining', { teams });
  return t(`timeUp.orders.${timeUp.onTimeout}`, { teams });
}

/** The screens of a match the teams read. Not the White Cell's console, which lists the notices in its header
 *  (screens/facilitator.ts), nor a replay or the menu after the match. */
const MATCH_SCREENS: readonly UiState['screen'][] = ['handoff', 'turn', 'thinking', 'summary', 'result'];

/** The notices to show, oldest first. */
const shown = (s: UiState, dismissed: ReadonlySet<number>) => (MATCH_SCREENS.includes(s.screen) ? s.timeUps.filter((x) => !dismissed.has(x.seq)) : []);

export function timeUpNotice(store: UiStore): HTMLElement {
  // The live region is on the page from the start, empty: text put into it later is what screen readers announce.
  const list = h('div', { class: 'time-up-list', role: 'status' });
  const dismiss = h('button', { type: 'button', class: 'quiet', hidden: true, 'aria-label': t('timeUp.dismissLabel') }, t('timeUp.dismiss'));
  const box = h('div', { class: 'time-up' }, list, dismiss);
  const dismissed = new Set<number>();
  let drawn = '';
  const show = () => {
    const s = store.getState();
    // Forget dismissals of notices gone (another turn, another match, whose moves are numbered afresh).
    for (const seq of dismissed) if (!s.timeUps.some((x) => x.seq === seq)) dismissed.delete(seq);
    const lines = shown(s, dismissed).map(timeUpText);
    // Redrawn only when the text changes, so that a screen reader hears a notice once.
    if (lines.join('\n') !== drawn) {
      drawn = lines.join('\n');
      list.replaceChildren(...lines.map((line) => h('p', { class: 'time-up-text' }, line)));
    }
    dismiss.hidden = lines.length === 0;
    box.classList.toggle('shown', lines.length > 0);
  };
  dismiss.addEventListener('click', () => {
    for (const x of shown(store.getState(), dismissed)) dismissed.add(x.seq);
    show();
  });
  // Screens that fill the window below the bar (a turn, a hand-off) make room for the strip: its height is theirs to
  // take off (--time-up-h, in styles-facilitator.css).
  new ResizeObserver(() => document.documentElement.style.setProperty('--time-up-h', `${box.offsetHeight}px`)).observe(box);
  store.subscribe((s) => [s.timeUps, s.screen] as const, show, { fireImmediately: true, equalityFn: (a, b) => a.every((x, i) => x === b[i]) });
  return box;
}
