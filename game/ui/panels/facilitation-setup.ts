// The seats screen's facilitation options: a White Cell, the time per phase, and what the clock does when it
// runs out. Each change is sent as the whole settings; address parameters the game did not understand are named.
import type { SendIntent } from '../../app/intents';
import type { Facilitation, OnTimeout } from '../../app/facilitator/settings';
import type { UiState } from '../../store/store';
import { h, uid } from '../dom';
import { t } from '../messages';

export function facilitationSetup(state: UiState, send: SendIntent): HTMLElement {
  const current = state.facilitation.settings;
  const ids = { cell: uid('wc'), orders: uid('wc-orders'), bargaining: uid('wc-bargaining'), timeout: uid('wc-timeout'), tables: uid('wc-tables') };
  const minutes = (seconds: number | null) => (seconds ? String(Math.round((seconds / 60) * 100) / 100) : '0');
  const cell = h('input', { type: 'checkbox', id: ids.cell, checked: current.whiteCell });
  const orders = h('input', { type: 'number', id: ids.orders, min: 0, max: 120, step: 0.5, value: minutes(current.timer.orders), class: 'minutes' });
  const bargaining = h('input', { type: 'number', id: ids.bargaining, min: 0, max: 120, step: 0.5, value: minutes(current.timer.bargaining), class: 'minutes' });
  // What a waiting offer comes to is said under the fields, and read out with the choice.
  const timeout = h('select', { id: ids.timeout, 'aria-describedby': ids.tables },
    (['commit-prepared', 'pass'] as OnTimeout[]).map((o) => h('option', { value: o, selected: o === current.onTimeout }, t(`whiteCell.setup.onTimeout.${o}`))));
  const seconds = (input: HTMLInputElement) => {
    const m = Number(input.value);
    return Number.isFinite(m) && m > 0 ? Math.round(Math.min(m, 120) * 60) : null;
  };
  const update = () => {
    const settings: Facilitation = {
      whiteCell: cell.checked,
      timer: { orders: seconds(orders), bargaining: seconds(bargaining) },
      onTimeout: timeout.value as OnTimeout,
    };
    send({ type: 'facilitation.configure', settings });
  };
  for (const input of [cell, orders, bargaining, timeout]) input.addEventListener('change', update);
  return h('section', { class: 'panel facilitation-setup', 'aria-labelledby': 'facilitation-title' },
    h('h2', { id: 'facilitation-title' }, t('whiteCell.setup.title')),
    state.facilitation.problems.length
      ? h('p', { class: 'notice', role: 'alert' }, t('whiteCell.setup.problems', { problems: state.facilitation.problems.join('; ') }))
      : null,
    h('p', { class: 'check' }, cell, ' ', h('label', { for: ids.cell }, t('whiteCell.setup.enable'))),
    h('div', { class: 'facilitation-fields' },
      h('label', { for: ids.orders }, t('whiteCell.setup.orders')), orders,
      h('label', { for: ids.bargaining }, t('whiteCell.setup.bargaining')), bargaining,
      h('label', { for: ids.timeout }, t('whiteCell.setup.onTimeout')), timeout),
    h('p', { class: 'muted' }, t('whiteCell.setup.timersCover')),
    h('p', { class: 'muted', id: ids.tables }, t('whiteCell.setup.onTimeoutTables')),
  );
}
