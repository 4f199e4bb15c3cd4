// A faction's turn: the entrapment dial, the dashboard and the event log on the left, the map (with its text
// mirror) filling the centre, and on the right what this faction must decide now (orders, or an offer or answer
// at the bargaining table).
import { append, h } from '../dom';
import { t } from '../messages';
import { factionName, turnLabel } from '../format/names';
import { bargainingPanel } from '../panels/bargaining';
import { botMovesPanel } from '../panels/bot-moves';
import { dashboard } from '../panels/dashboard';
import { decisionPanel } from '../panels/decision';
import { entrapmentDial } from '../panels/entrapment-dial';
import { eventLog } from '../panels/event-log';
import { eventsPanel } from '../panels/events';
import { mapMirror } from '../panels/map-mirror';
import { ordersPanel } from '../panels/orders';
import { chartPanel } from '../panels/track-chart';
import { revealedByClock, revealedOrders } from '../panels/revealed';
import { seatsLine } from '../panels/seats-line';
import type { ScreenRender } from './screen';

export const turnScreen: ScreenRender = ({ state, send, mapSlot, besideMap }) => {
  const { faction, view, scenario, legal } = state;
  if (!faction || !view || !scenario) return h('div', { class: 'screen' });
  const bargaining = view.phase === 'bargaining';
  // The side columns scroll, so they take focus (keyboard scrolling) and carry names for screen readers. The grid's
  // tracks, not their content, size them and the map, so their panels can follow the map's first frame.
  const left = h('aside', { class: 'column left', tabindex: '0', 'aria-label': t('access.column.left') });
  const right = h('div', { class: 'column right', role: 'region', tabindex: '0', 'aria-label': t('access.column.right') });
  besideMap(() => {
    // The entrapment decision is drawn by the dial; the others get their own chart.
    const charts = state.decisionGraphs.filter((g) => g.id !== 'entrapment' && view.decisions[g.id] !== undefined);
    const events = eventsPanel(scenario, view.turnEvents, t('events.title'), false);
    const moves = bargaining ? bargainingPanel(scenario, view, legal, send, state.botMoves) : ordersPanel(scenario, view, legal, faction, send);
    // The header's skip link lands here, past the dial, the dashboard's "Why?" buttons and the map.
    Object.assign(moves, { id: 'turn-moves', tabIndex: -1 });
    append(left, [entrapmentDial(view, scenario, state.decisionGraphs), dashboard(view, scenario), eventLog(scenario, view)]);
    append(right, [
      botMovesPanel(state.botMoves, view.turn),
      bargaining
        ? [revealedOrders(scenario, view.revealed, 'h2', revealedByClock(view.log, view.turn)), moves, events]
        : [events, moves],
      charts.map((g) => decisionPanel(scenario, g, view, state.decisionGraphs)),
      chartPanel(view, scenario),
      // The teams read their briefs on the seats screen; here it stays folded, out of the way of the orders.
      h('details', { class: 'panel brief' }, h('summary', null, t('turn.brief')), h('p', null, scenario.briefs[faction])),
    ]);
  });
  return h('div', { class: `screen turn-screen faction-${faction}` },
    h('header', { class: 'turn-header' },
      h('h1', { tabindex: '-1' },
        t('turn.heading', { faction: factionName(faction), turn: view.turn, turns: view.turns, label: turnLabel(scenario, view.turn) })),
      h('p', { class: 'phase' }, !bargaining ? t('turn.phase.orders')
        : view.negotiation.table ? t('turn.phase.bargainingAt', { table: view.negotiation.table.title }) : t('turn.phase.bargaining')),
      seatsLine(state.seats),
      // The first stop of a Tab from the heading, where a new turn's focus starts.
      h('a', { class: 'skip-link', href: '#turn-moves' }, t(bargaining ? 'turn.skip.bargaining' : 'turn.skip.orders'))),
    h('div', { class: 'turn-layout' },
      left,
      h('div', { class: 'column centre', role: 'region', 'aria-label': t('access.column.centre') },
        h('div', { class: 'map-frame' }, mapSlot()), mapMirror(scenario.map, view)),
      right),
  );
};
