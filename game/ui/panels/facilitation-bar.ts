// The White Cell's presence in the app bar during a facilitated match: the phase clock for all, the button to the
// console (over any match screen, a computer player's too: it plays on under the console), the White Cell's pause
// toggle (while the game goes on), and the pause itself, which covers the teams' screens (they cannot act, and
// computer players wait) until the White Cell resumes.
import type { SendIntent } from '../../app/intents';
import type { Screen, UiStore } from '../../store/store';
import { h } from '../dom';
import { t } from '../messages';
import { forgetTyped } from './facilitation-controls';
import { phaseTimer } from './phase-timer';

/** Screens the console opens over and the pause covers: the teams', a computer player's, and the summary. */
const COVERED: Screen[] = ['handoff', 'turn', 'thinking', 'summary'];
/** Screens where a team may hold the device (a solo player waits through a computer player's move): the console,
 *  which shows every team's secret orders, asks first. */
const TEAMS_SCREENS: Screen[] = ['handoff', 'turn', 'thinking'];

export function facilitationBar(store: UiStore, send: SendIntent, main: HTMLElement): HTMLElement {
  const open = h('button', {
    type: 'button', class: 'white-cell-open', hidden: true,
    onClick: () => {
      if (TEAMS_SCREENS.includes(store.getState().screen) && !window.confirm(t('whiteCell.openConfirm'))) return;
      forgetTyped();
      send({ type: 'whitecell.open' });
    },
  }, t('whiteCell.open'));
  // Pausing is the White Cell's: the toggle shows on its console only.
  const pause = h('button', { type: 'button', class: 'pause-toggle', hidden: true });
  pause.addEventListener('click', () => send({ type: store.getState().paused ? 'clock.resume' : 'clock.pause' }));
  const banner = h('p', { class: 'paused-banner', role: 'status', hidden: true }, t('timer.paused'));
  store.subscribe((s) => [s.screen, s.facilitation.settings.whiteCell, s.paused, s.view?.outcome != null] as const, ([screen, whiteCell, paused, over]) => {
    open.hidden = !whiteCell || !COVERED.includes(screen);
    // A game that is over has no clock to stop.
    pause.hidden = screen !== 'whiteCell' || over;
    pause.textContent = t(paused ? 'whiteCell.resume' : 'whiteCell.pause');
    const covered = paused && COVERED.includes(screen);
    banner.hidden = !covered;
    main.inert = covered;
  }, { fireImmediately: true, equalityFn: (a, b) => a.every((x, i) => x === b[i]) });
  return h('div', { class: 'facilitation-bar' }, phaseTimer(store), banner, pause, open);
}
