// After the phase clock has run out, the screen that follows says so: whose moves the White Cell's timer made, and
// how. A polite live region, so screen readers read it out; it stays until the game moves on or it is dismissed.
import type { UiState, UiStore } from '../../store/store';
import { h } from '../dom';
import { t } from '../messages';
import { factionName, listOf } from '../format/names';

/** What the clock did, while the game stands where its timeout left it; else null. */
export function timeUpLine({ timeUp, view }: Pick<UiState, 'timeUp' | 'view'>): string | null {
  if (!timeUp || view?.seq !== timeUp.seq) return null;
  const teams = listOf(timeUp.factions.map(factionName));
  if (timeUp.phase === 'bargaining') return t(timeUp.rejected ? 'timeUp.bargainingRejected' : 'timeUp.bargaining', { teams });
  return t(`timeUp.orders.${timeUp.onTimeout}`, { teams });
}

/** The notice's text for this state, or null when there is none to show. Not over the White Cell's console, whose
 *  own buttons sit where it shows: the console says it in its header (screens/facilitator.ts). */
const timeUpText = (s: Pick<UiState, 'timeUp' | 'view' | 'screen'>) => (s.screen === 'whiteCell' ? null : timeUpLine(s));

export function timeUpNotice(store: UiStore): HTMLElement {
  // The live region is on the page from the start, empty: text put into it later is what screen readers announce.
  const text = h('p', { class: 'time-up-text', role: 'status' });
  const dismiss = h('button', { type: 'button', class: 'quiet', hidden: true, 'aria-label': t('timeUp.dismissLabel') }, t('timeUp.dismiss'));
  const box = h('div', { class: 'time-up' }, text, dismiss);
  let dismissed: number | null = null;
  const show = () => {
    const s = store.getState();
    const line = s.timeUp?.seq === dismissed ? null : timeUpText(s);
    if (text.textContent !== (line ?? '')) text.textContent = line ?? '';
    dismiss.hidden = line === null;
    box.classList.toggle('shown', line !== null);
  };
  dismiss.addEventListener('click', () => {
    dismissed = store.getState().timeUp?.seq ?? null;
    show();
  });
  store.subscribe((s) => [s.timeUp, s.view?.seq, s.screen] as const, show, { fireImmediately: true, equalityFn: (a, b) => a.every((x, i) => x === b[i]) });
  return box;
}
