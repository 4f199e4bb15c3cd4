// The computer players' moves with their one-line reasons ("Russia withholds oil compensation: …"), newest first,
// for the turn on screen: what a person playing against bots reads to understand them.
import type { BotMoveShown } from '../../store/store';
import { factionName } from '../format/names';
import { h } from '../dom';
import { t } from '../messages';

export function botMovesPanel(moves: readonly BotMoveShown[], turn: number): HTMLElement | null {
  if (!moves.length) return null;
  const shown = moves.filter((m) => m.turn === turn).reverse();
  return h('section', { class: 'panel bot-moves', 'aria-labelledby': 'bot-moves-title', 'aria-live': 'polite' },
    h('h2', { id: 'bot-moves-title' }, t('bots.title'), h('span', { class: 'h2-sub' }, t('bots.turn', { turn }))),
    shown.length
      ? h('ol', { class: 'plain bot-reasons' }, shown.map((m) => m.reason
        ? h('li', { class: `bot-reason faction-${m.faction}` }, m.reason)
        : h('li', { class: `bot-secret faction-${m.faction}` }, t('bots.secret', { faction: factionName(m.faction) }))))
      : h('p', { class: 'muted' }, t('bots.none')));
}
