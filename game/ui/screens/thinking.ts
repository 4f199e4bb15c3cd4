// While a computer player chooses its move (in a worker, so the page stays responsive): whose move it is, the
// public picture, and the bots' reasons so far this turn. Shows nothing any one faction keeps secret.
import { h } from '../dom';
import { t } from '../messages';
import { factionName, turnLabel, whose } from '../format/names';
import { botMovesPanel } from '../panels/bot-moves';
import { entrapmentDial } from '../panels/entrapment-dial';
import { seatsLine } from '../panels/seats-line';
import type { ScreenRender } from './screen';

export const thinkingScreen: ScreenRender = ({ state }) => {
  const { thinking, view, scenario } = state;
  if (!thinking || !view || !scenario) return h('div', { class: 'screen' });
  const name = factionName(thinking);
  return h('div', { class: `screen thinking-screen faction-${thinking}` },
    h('div', { class: 'thinking-card', role: 'status' },
      h('p', { class: `faction-label faction-${thinking} large` }, name),
      h('h1', { tabindex: '-1' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), t('thinking.title', { faction: name })),
      h('p', null, t('thinking.body', { faction: name, whose: whose(name) })),
      h('p', { class: 'muted' }, t('handoff.when', { turn: view.turn, turns: view.turns, label: turnLabel(scenario, view.turn) })),
      seatsLine(state.seats)),
    h('div', { class: 'thinking-layout' }, entrapmentDial(view, scenario, state.decisionGraphs), botMovesPanel(state.botMoves, view.turn)),
  );
};
