// The computer players' moves with their one-line reasons ("Russia withholds oil compensation: …") for the turn on
// screen: what a person playing against bots reads to understand them. Newest first while the turn is played; in
// the order they came on the turn's summary, beside its other lists. Not a live region: each move is read out once,
// by the page's status line (mount-ui.ts), not again with this panel's heading and history.
import type { BotMoveShown } from '../../store/store';
import { factionName } from '../format/names';
import { h } from '../dom';
import { t } from '../messages';

export function botMovesPanel(moves: readonly BotMoveShown[], turn: number, order: 'newest first' | 'as played' = 'newest first'): HTMLElement | null {
  if (!moves.length) return null;
  const ofTurn = moves.filter((m) => m.turn === turn);
  const shown = order === 'newest first' ? ofTurn.reverse() : ofTurn;
  return h('section', { class: 'panel bot-moves', 'aria-labelledby': 'bot-moves-title' },
    h('h2', { id: 'bot-moves-title' }, t('bots.title'), h('span', { class: 'h2-sub' }, t(order === 'newest first' ? 'bots.turnNewestFirst' : 'bots.turn', { turn }))),
    shown.length
      ? h('ol', { class: 'plain bot-reasons' }, shown.map((m) => m.reason
        ? h('li', { class: `bot-reason faction-${m.faction}` }, m.reason)
        : h('li', { class: `bot-secret faction-${m.faction}` }, t('bots.secret', { faction: factionName(m.faction) }))))
      : h('p', { class: 'muted' }, t('bots.none')));
}
