// A what-if run's progress: a bar, "Playing: 40 of 400 games" and Cancel. Updated in place as the games come in
// (mount-ui.ts), not drawn again with the screen, so that each tick neither moves the focus nor reads the screen out.
import type { SendIntent } from '../../app/intents';
import type { WhatIfPanel } from '../../store/store';
import { h } from '../dom';
import { t } from '../messages';

export function whatIfProgress(panel: WhatIfPanel, send: SendIntent): HTMLElement {
  const text = t('whatif.progress', { done: panel.done, total: panel.total });
  return h('div', { class: 'whatif-progress', role: 'status' },
    h('progress', { id: 'whatif-progress', max: panel.total, value: panel.done, 'aria-label': text }),
    h('span', { class: 'whatif-progress-text' }, text),
    h('button', { type: 'button', id: 'whatif-cancel', onClick: () => send({ type: 'whatif.cancel' }) }, t('whatif.cancel')));
}

/** The games played so far, written into the progress already on screen (a no-op where there is none). */
export function showWhatIfProgress(root: HTMLElement, panel: WhatIfPanel | null): void {
  const bar = root.querySelector<HTMLProgressElement>('#whatif-progress');
  const said = root.querySelector('.whatif-progress-text');
  if (!panel?.running || !bar || !said) return;
  const text = t('whatif.progress', { done: panel.done, total: panel.total });
  bar.max = panel.total;
  bar.value = panel.done;
  bar.setAttribute('aria-label', text);
  said.textContent = text;
}
