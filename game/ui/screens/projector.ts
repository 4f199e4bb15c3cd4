// The projector window (?view=projector): the map and public information only, in large type for the room:
// turn and phase, who has committed (never what), the tracks, the dial, the orders once revealed, the public log.
// It follows the game window live (game/app/projector); the phase clock sits in the bar above.
import { FACTIONS, type Faction, type PlayerView } from '../../rules/types';
import { h } from '../dom';
import { t } from '../messages';
import { endStateTitle, factionName, turnLabel } from '../format/names';
import { dashboard } from '../panels/dashboard';
import { entrapmentDial } from '../panels/entrapment-dial';
import { logItems } from '../panels/event-log';
import { recentLog } from '../format/recent-log';
import { revealedByClock, revealedOrders } from '../panels/revealed';
import { imposedEnding } from '../report/imposed';
import type { ScreenRender } from './screen';
import { summaryScreen } from './summary';

/** The game ended before this turn's orders were revealed (the White Cell ended it while they were secret). */
const unrevealed = (view: PlayerView) => view.phase === 'over' && FACTIONS.every((f) => view.revealed[f] === undefined);

/** Whether a team has committed: the turn's record of it holds until the next turn's orders open, so it is true
 *  in every phase, and after the game's end (a team that had not committed when it ended never did). */
function committedText(view: PlayerView, f: Faction): string {
  if (view.committed[f]) return t('projector.committed.yes');
  return t(view.phase === 'over' ? 'projector.committed.never' : 'projector.committed.no');
}

export const projectorScreen: ScreenRender = (args) => {
  const { state, mapSlot } = args;
  const { view, scenario } = state;
  if (!view || !scenario) {
    return h('div', { class: 'screen projector-screen waiting' }, h('h1', { tabindex: '-1' }, t('projector.waiting')));
  }
  // The room reads the turn's summary as long as the main window shows it (the game stands at the next turn already).
  if (state.summaryTurn !== null) return h('div', { class: 'projector-summary' }, summaryScreen(args));
  const phase = view.phase === 'orders' || view.phase === 'bargaining' || view.phase === 'over' ? t(`projector.phase.${view.phase}`) : view.phase;
  return h('div', { class: 'screen projector-screen' },
    h('header', { class: 'projector-header' },
      h('h1', { tabindex: '-1' }, t('projector.title', { scenario: scenario.title })),
      h('p', { class: 'projector-turn' }, view.outcome
        ? t(imposedEnding(view) ? 'projector.overImposed' : 'projector.over', { title: endStateTitle(scenario, view.outcome.endState) })
        : t('projector.turn', { turn: view.turn, turns: view.turns, label: turnLabel(scenario, view.turn), phase }))),
    h('div', { class: 'projector-layout' },
      h('aside', { class: 'projector-col', 'aria-label': t('dashboard.title') }, dashboard(view, scenario, { why: false })),
      h('div', { class: 'projector-centre' },
        h('div', { class: 'map-frame' }, mapSlot()),
        h('section', { class: 'panel projector-log', 'aria-labelledby': 'projector-log-title' },
          h('h2', { id: 'projector-log-title' }, t('log.title')),
          recentLog(view, scenario).map(({ turn, groups }) => h('ol', { class: 'log', 'aria-label': t('log.turn', { turn }) }, logItems(groups))))),
      h('aside', { class: 'projector-col', 'aria-label': t('access.projector.right') },
        h('section', { class: 'panel', 'aria-labelledby': 'projector-committed-title' },
          h('h2', { id: 'projector-committed-title' }, t('projector.committed')),
          h('ul', { class: 'plain committed-list' }, FACTIONS.map((f) => h('li', { 'data-faction': f },
            h('span', { class: `faction-label faction-${f}` }, factionName(f)), ' ', committedText(view, f))))),
        entrapmentDial(view, scenario),
        // Orders are secret until all three are in; then the room sees them. A game the White Cell ended while they
        // were still secret never revealed them.
        view.phase === 'orders' ? null : unrevealed(view) ? h('p', { class: 'panel muted' }, t('projector.neverRevealed')) : revealedOrders(scenario, view.revealed, 'h2', revealedByClock(view.log, view.turn)))),
  );
};
