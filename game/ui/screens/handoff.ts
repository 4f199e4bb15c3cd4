// Hot-seat hand-off: names the faction to pass the device to and nothing else, so the previous team's choices
// stay hidden. Built from the public view only.
import { h } from '../dom';
import { t } from '../messages';
import { factionName, turnLabel, whose } from '../format/names';
import { gameAnswers } from '../learning/answers';
import { learningOffer } from './learning';
import type { ScreenRender } from './screen';

export const handoffScreen: ScreenRender = ({ state, send }) => {
  const { faction, view, scenario } = state;
  if (!faction || !view || !scenario) return h('div', { class: 'screen' });
  const name = factionName(faction);
  const ready = h('button', { type: 'button', class: 'primary large' }, t('handoff.ready', { whose: whose(name) }));
  ready.addEventListener('click', (e) => {
    // The second click of a double click on the previous screen's button would land here: ignore it.
    if (e.detail > 1) return;
    send({ type: 'handoff.ready' });
  });
  return h('div', { class: `screen handoff-screen faction-${faction}` },
    h('div', { class: 'handoff-card' },
      h('p', { class: `faction-label faction-${faction} large` }, name),
      h('h1', { tabindex: '-1' }, t('handoff.title', { faction: name })),
      h('p', null, t('handoff.body', { faction: name })),
      h('p', { class: 'muted' }, t('handoff.when', { turn: view.turn, turns: view.turns, label: turnLabel(scenario, view.turn) })),
      h('p', { class: 'muted' }, t(view.phase === 'bargaining' ? 'handoff.phase.bargaining' : 'handoff.phase.orders')),
      ready,
      // Before a team's first turn: the optional learning check, for the before/after debrief.
      view.turn === 1 && view.phase === 'orders' ? h('p', null, learningOffer(scenario, 'before', faction, gameAnswers(state.learning, send))) : null),
  );
};
