// Who plays whom: each seat a team at this device or a computer player (persona and difficulty), a one-click solo
// start against two bots, and the role briefs, which can be printed for the teams before the first hand-off.
import { DEFAULT_BOT, DIFFICULTIES, PERSONA_IDS, type SeatChoice } from '../../app/bots/seats';
import type { Faction } from '../../rules/types';
import { FACTIONS } from '../../rules/types';
import { h } from '../dom';
import { t } from '../messages';
import { factionName } from '../format/names';
import { facilitationSetup } from '../panels/facilitation-setup';
import { printButtons } from './print';
import type { ScreenProps, ScreenRender } from './screen';

/** The seat's controls: person or bot, and for a bot its persona and difficulty. Every change is an intent. */
function seatControls(faction: Faction, seat: SeatChoice, send: ScreenProps['send']): HTMLElement {
  const id = (part: string) => `seat-${faction}-${part}`;
  const bot = seat.kind === 'bot' ? seat : DEFAULT_BOT;
  const setBot = (change: Partial<typeof bot>) => send({ type: 'seats.set', faction, seat: { ...bot, ...change } });
  const select = (part: string, label: string, options: readonly string[], value: string, text: (v: string) => string, onPick: (v: string) => void) =>
    h('div', { class: 'seat-field' },
      h('label', { for: id(part) }, label),
      h('select', { id: id(part), onChange: (e) => onPick((e.target as HTMLSelectElement).value) },
        options.map((v) => h('option', { value: v, selected: v === value }, text(v)))));
  return h('fieldset', { class: 'seat-controls' },
    // The group is the faction's seat; its first field asks who plays it (the same words twice read out as a stutter).
    h('legend', { class: 'visually-hidden' }, factionName(faction)),
    select('kind', t('seats.who', { faction: factionName(faction) }), ['human', 'bot'], seat.kind, (v) => t(v === 'human' ? 'seats.kind.human' : 'seats.kind.bot'),
      (v) => send({ type: 'seats.set', faction, seat: v === 'human' ? { kind: 'human' } : bot })),
    seat.kind === 'bot' ? [
      select('persona', t('seats.persona'), PERSONA_IDS, seat.persona, (v) => t(`persona.${v as typeof bot.persona}`), (v) => setBot({ persona: v as typeof bot.persona })),
      select('difficulty', t('seats.difficulty'), DIFFICULTIES, seat.difficulty, (v) => t(`difficulty.${v as typeof bot.difficulty}`), (v) => setBot({ difficulty: v as typeof bot.difficulty })),
    ] : null);
}

export const seatsScreen: ScreenRender = ({ state, send }) => {
  const scenario = state.scenario;
  return h('div', { class: 'screen seats-screen' },
    h('h1', { tabindex: '-1' }, t('seats.title'), scenario ? h('span', { class: 'h1-sub' }, scenario.title) : null),
    h('section', { class: 'panel solo-start', 'aria-labelledby': 'solo-title' },
      h('h2', { id: 'solo-title' }, t('seats.soloTitle')),
      h('div', { class: 'button-row' }, FACTIONS.map((f) => h('button', {
        type: 'button', class: `solo-button faction-${f}`, onClick: () => send({ type: 'seats.solo', faction: f }),
      }, t('seats.solo', { faction: factionName(f) }))))),
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
