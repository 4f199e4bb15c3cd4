// The White Cell's presence in the app bar during a facilitated match: the phase clock for all, the button to the
// console, and the pause, which covers the teams' screens (they cannot act) until the White Cell resumes.
import type { SendIntent } from '../../app/intents';
import type { Screen, UiStore } from '../../store/store';
import { h } from '../dom';
import { t } from '../messages';
import { phaseTimer } from './phase-timer';

const COVERED: Screen[] = ['handoff', 'turn', 'summary'];

export function facilitationBar(store: UiStore, send: SendIntent, main: HTMLElement): HTMLElement {
  const open = h('button', { type: 'button', class: 'white-cell-open', hidden: true, onClick: () => send({ type: 'whitecell.open' }) }, t('whiteCell.open'));
  const banner = h('p', { class: 'paused-banner', role: 'status', hidden: true }, t('timer.paused'));
  store.subscribe((s) => [s.screen, s.facilitation.settings.whiteCell, s.paused] as const, ([screen, whiteCell, paused]) => {
    open.hidden = !whiteCell || !COVERED.includes(screen);
    const covered = paused && COVERED.includes(screen);
    banner.hidden = !covered;
    main.inert = covered;
  }, { fireImmediately: true, equalityFn: (a, b) => a.every((x, i) => x === b[i]) });
  return h('div', { class: 'facilitation-bar' }, phaseTimer(store), banner, open);
}
