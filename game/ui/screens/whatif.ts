// The what-if screen, opened from the menu (the scenario's start) or from a game ("branch from here").
import { h } from '../dom';
import { t } from '../messages';
import { whatIfPanel } from '../panels/what-if';
import type { ScreenRender } from './screen';

export const whatifScreen: ScreenRender = ({ state, send }) => {
  const { scenario, whatif } = state;
  if (!scenario || !whatif) return h('div', { class: 'screen' });
  const intro = whatif.branchTurn === null
    ? t('whatif.fromStart', { title: scenario.title })
    : t('whatif.fromBranch', { title: scenario.title, turn: whatif.branchTurn });
  return h('div', { class: 'screen whatif-screen' },
    h('header', { class: 'screen-header' },
      h('h1', { tabindex: '-1' }, t('whatif.title'), h('span', { class: 'h1-sub' }, scenario.title)),
      h('button', { type: 'button', id: 'whatif-close', onClick: () => send({ type: 'whatif.close' }) }, t(whatif.returnTo === 'menu' ? 'whatif.close' : 'whatif.closeMatch'))),
    h('p', null, intro),
    // A phase clock running over the game it branches from runs on here (facilitator/clock.ts timedRound).
    state.timer && whatif.returnTo === 'turn' ? h('p', { class: 'muted whatif-clock' }, t('whatif.clockRuns')) : null,
    whatIfPanel(scenario, whatif, send, whatif.returnTo === 'menu' ? null : state.seats));
};
