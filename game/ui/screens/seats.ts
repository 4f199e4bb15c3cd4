// Who plays whom: the three roles with their briefs, all human on this device for now. The briefs can be
// printed for the teams before the first hand-off.
import { FACTIONS } from '../../rules/types';
import { h } from '../dom';
import { t } from '../messages';
import { factionName } from '../format/names';
import { facilitationSetup } from '../panels/facilitation-setup';
import { printButtons } from './print';
import type { ScreenRender } from './screen';

export const seatsScreen: ScreenRender = ({ state, send }) => {
  const scenario = state.scenario;
  return h('div', { class: 'screen seats-screen' },
    h('h1', { tabindex: '-1' }, t('seats.title'), scenario ? h('span', { class: 'h1-sub' }, scenario.title) : null),
    h('p', null, t('seats.intro')),
    h('ul', { class: 'seats' }, FACTIONS.map((f) => h('li', { class: `seat faction-${f}` },
      h('h2', null, h('span', { class: `faction-label faction-${f}` }, factionName(f)), h('span', { class: 'seat-place' }, t(`factionSeat.${f}`))),
      h('p', { class: 'seat-kind' }, t('seats.human')),
      scenario ? h('div', { class: 'brief' }, h('h3', null, t('seats.brief')), h('p', null, scenario.briefs[f])) : null))),
    h('p', { class: 'muted' }, t('seats.botsLater')),
    facilitationSetup(state, send),
    h('div', { class: 'button-row' },
      h('button', { type: 'button', class: 'primary large', onClick: () => send({ type: 'seats.confirm' }) }, t('seats.begin')),
      scenario ? printButtons(scenario) : null,
      h('button', { type: 'button', onClick: () => send({ type: 'menu.open' }) }, t('seats.back'))),
  );
};
