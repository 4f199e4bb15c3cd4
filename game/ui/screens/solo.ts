// Solo against the computer: the side the player takes, the two computer players' persona and difficulty (the
// defaults shown, each changeable here), and the player's role brief. Nothing is carried over from an earlier game.
import { DEFAULT_BOT } from '../../app/bots/seats';
import { FACTIONS, type Faction } from '../../rules/types';
import { h } from '../dom';
import { t } from '../messages';
import { factionName } from '../format/names';
import { botSeatFields } from '../panels/bot-seat';
import type { ScreenRender } from './screen';

export const soloScreen: ScreenRender = ({ state, send }) => {
  const { scenario, seats } = state;
  const side: Faction = FACTIONS.find((f) => seats[f].kind === 'human') ?? FACTIONS[0];
  const sideOption = (f: Faction) => {
    const id = `solo-side-${f}`;
    return h('li', { class: `solo-side-option faction-${f}${f === side ? ' chosen' : ''}` },
      h('input', { type: 'radio', name: 'solo-side', id, value: f, checked: f === side, onChange: () => send({ type: 'solo.side', faction: f }) }),
      h('label', { for: id }, h('span', { class: `faction-label faction-${f}` }, factionName(f)), h('span', { class: 'seat-place' }, t(`factionSeat.${f}`))));
  };
  const opponent = (f: Faction) => {
    const seat = seats[f];
    return h('li', { class: `seat faction-${f}` },
      h('fieldset', { class: 'seat-controls' },
        h('legend', null, h('span', { class: `faction-label faction-${f}` }, factionName(f)), ' ', t('solo.computer')),
        botSeatFields(f, seat.kind === 'bot' ? seat : DEFAULT_BOT, send)));
  };
  return h('div', { class: 'screen seats-screen solo-screen' },
    h('h1', { tabindex: '-1' }, t('solo.title'), scenario ? h('span', { class: 'h1-sub' }, scenario.title) : null),
    h('p', null, t('solo.intro')),
    h('div', { class: 'solo-grid' },
      h('fieldset', { class: 'panel solo-side' },
        h('legend', null, h('h2', null, t('solo.side'))),
        h('ul', { class: 'plain' }, FACTIONS.map(sideOption))),
      h('section', { class: 'panel solo-opponents', 'aria-labelledby': 'solo-opponents-title' },
        h('h2', { id: 'solo-opponents-title' }, t('solo.opponents')),
        h('ul', { class: 'seats' }, FACTIONS.filter((f) => f !== side).map(opponent)))),
    scenario ? h('section', { class: 'panel brief solo-brief', tabindex: '0', 'aria-labelledby': 'solo-brief-title' },
      h('h2', { id: 'solo-brief-title' }, t('solo.brief', { faction: factionName(side) })),
      h('p', null, scenario.briefs[side])) : null,
    h('div', { class: 'button-row' },
      h('button', { type: 'button', class: 'primary large', onClick: () => send({ type: 'seats.confirm' }) }, t('solo.start', { faction: factionName(side) })),
      h('button', { type: 'button', onClick: () => send({ type: 'menu.open' }) }, t('seats.back'))),
  );
};
