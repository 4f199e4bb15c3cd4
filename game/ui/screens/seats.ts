// Who plays whom, for several players on this device: each seat a team here or a computer player (persona and
// difficulty), and the role briefs, which can be printed for the teams before the first hand-off. (Solo against
// the computer has its own screen: solo.ts.)
import { DEFAULT_BOT, type SeatChoice } from '../../app/bots/seats';
import type { Faction } from '../../rules/types';
import { FACTIONS } from '../../rules/types';
import { h } from '../dom';
import { t } from '../messages';
import { factionName } from '../format/names';
import { botSeatFields, seatSelect } from '../panels/bot-seat';
import { facilitationSetup } from '../panels/facilitation-setup';
import { printButtons } from './print';
import type { ScreenProps, ScreenRender } from './screen';

/** The seat's controls: person or bot, and for a bot its persona and difficulty. Every change is an intent. */
function seatControls(faction: Faction, seat: SeatChoice, send: ScreenProps['send']): HTMLElement {
  const bot = seat.kind === 'bot' ? seat : DEFAULT_BOT;
  return h('fieldset', { class: 'seat-controls' },
    // The group is the faction's seat; its first field asks who plays it (the same words twice read out as a stutter).
    h('legend', { class: 'visually-hidden' }, factionName(faction)),
    seatSelect(faction, 'kind', t('seats.who', { faction: factionName(faction) }), ['human', 'bot'], seat.kind, (v) => t(v === 'human' ? 'seats.kind.human' : 'seats.kind.bot'),
      (v) => send({ type: 'seats.set', faction, seat: v === 'human' ? { kind: 'human' } : bot })),
    seat.kind === 'bot' ? botSeatFields(faction, seat, send) : null);
}

export const seatsScreen: ScreenRender = ({ state, send }) => {
  const scenario = state.scenario;
  return h('div', { class: 'screen seats-screen' },
    h('h1', { tabindex: '-1' }, t('seats.title'), scenario ? h('span', { class: 'h1-sub' }, scenario.title) : null),
    h('p', null, t('seats.introMixed')),
    h('ul', { class: 'seats' }, FACTIONS.map((f) => h('li', { class: `seat faction-${f}` },
      h('h2', null, h('span', { class: `faction-label faction-${f}` }, factionName(f)), h('span', { class: 'seat-place' }, t(`factionSeat.${f}`))),
      seatControls(f, state.seats[f], send),
      scenario ? h('div', { class: 'brief', tabindex: '0', role: 'region', 'aria-label': `${t('seats.brief')}: ${factionName(f)}` }, h('h3', null, t('seats.brief')), h('p', null, scenario.briefs[f])) : null))),
    facilitationSetup(state, send),
    h('div', { class: 'button-row' },
      h('button', { type: 'button', class: 'primary large', onClick: () => send({ type: 'seats.confirm' }) }, t('seats.begin')),
      scenario ? printButtons(scenario) : null,
      h('button', { type: 'button', onClick: () => send({ type: 'menu.open' }) }, t('seats.back'))),
  );
};
