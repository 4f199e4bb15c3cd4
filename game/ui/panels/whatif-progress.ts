// A what-if run's progress: a bar, "Playing: 40 of 400 games" and Cancel. Updated in place as the games come in
// (mount-ui.ts), not drawn again with the screen, so that each tick neither moves the focus nor reads the screen out;
// a screen reader hears the count at each quarter of the run, not at every tick (a few dozen a second).
import type { SendIntent } from '../../app/intents';
import type { WhatIfPanel } from '../../store/store';
import { h } from '../dom';
import { t } from '../messages';

export function whatIfProgress(panel: WhatIfPanel, send: SendIntent): HTMLElement {
  const text = t('whatif.progress', { done: panel.done, total: panel.total });
  return h('div', { class: 'whatif-progress' },
    h('progress', { id: 'whatif-progress', max: panel.total, value: panel.done, 'aria-label': text }),
    h('span', { class: 'whatif-progress-text', 'aria-hidden': 'true' }, text),
    h('span', { class: 'visually-hidden whatif-progress-said', role: 'status', 'data-quarter': quarter(panel) }, text),
    h('button', { type: 'button', id: 'whatif-cancel', onClick: () => send({ type: 'whatif.cancel' }) }, t('whatif.cancel')));
}

const quarter = (panel: WhatIfPanel) => String(Math.floor((4 * panel.done) / Math.max(1, panel.total)));

/** The games played so far, written into the progress already on screen (a no-op where there is none). */
export function showWhatIfProgress(root: HTMLElement, panel: WhatIfPanel | null): void {
  const bar = root.querySelector<HTMLProgressElement>('#whatif-progress');
  const shown = root.querySelector('.whatif-progress-text');
  const said = root.querySelector<HTMLElement>('.whatif-progress-said');
  if (!panel?.running || !bar || !shown || !said) return;
  const text = t('whatif.progress', { done: panel.done, total: panel.total });
  bar.max = panel.total;
  bar.value = panel.done;
  bar.setAttribute('aria-label', text);
  shown.textContent = text;
  if (said.dataset.quarter === quarter(panel)) return;
  said.dataset.quarter = quarter(panel);
  said.textContent = text;
}
