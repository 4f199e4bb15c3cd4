// The phase clock, for everyone in the room: time left for orders or bargaining, "paused", or "time is up".
// Updated in place from the store (four times a second) without redrawing the screen; announced politely
// only when its state changes, not every second.
import type { TimerView, UiStore } from '../../store/store';
import { h } from '../dom';
import { t } from '../messages';

export const clockText = (ms: number) => {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

export function phaseTimer(store: UiStore): HTMLElement {
  const label = h('span', { class: 'timer-label' });
  const clock = h('span', { class: 'timer-clock' });
  const status = h('span', { class: 'visually-hidden', 'aria-live': 'polite' });
  const el = h('div', { class: 'phase-timer', role: 'timer', hidden: true }, label, clock, status);
  const show = ([timer, paused]: readonly [TimerView | null, boolean]) => {
    el.hidden = !timer && !paused;
    el.dataset.status = paused ? 'paused' : timer?.status ?? 'idle';
    const phase = timer ? t(`timer.phase.${timer.phase}`) : '';
    const text = paused ? t('timer.paused') : timer?.status === 'expired' ? t('timer.expired', { phase }) : timer ? t('timer.label', { phase }) : '';
    label.textContent = text;
    clock.textContent = timer && !paused && timer.status !== 'expired' ? clockText(timer.remainingMs) : paused && timer ? clockText(timer.remainingMs) : '';
    if (status.textContent !== text) status.textContent = text;
  };
  store.subscribe((s) => [s.timer, s.paused] as const, show, { fireImmediately: true, equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] });
  return el;
}
