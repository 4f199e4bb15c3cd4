// Who plays each side, in one line for the match screens when a computer player takes part: "Belarus: you ·
// Russia: computer, Historical, Standard · NATO: computer, Hawk, Expert". Games of people only need no such line.
import type { Seats } from '../../app/bots/seats';
import { FACTIONS, type Faction } from '../../rules/types';
import { h } from '../dom';
import { t } from '../messages';
import { botName, factionName } from '../format/names';

export function seatsLine(seats: Seats): HTMLElement | null {
  const people = FACTIONS.filter((f) => seats[f].kind === 'human');
  if (people.length === FACTIONS.length) return null;
  // One person against the computer is "you"; two people at the device are each "a team at this device".
  const you = people.length === 1 ? people[0] : null;
  const seat = (f: Faction) => {
    const s = seats[f];
    const faction = factionName(f);
    return s.kind === 'bot' ? t('seats.line.bot', { faction, bot: botName(s) })
      : f === you ? t('seats.line.you', { faction }) : t('seats.line.human', { faction });
  };
  return h('p', { class: 'seats-line', 'aria-label': t('seats.line') },
    FACTIONS.map((f, i) => [i ? h('span', { class: 'seats-sep', 'aria-hidden': 'true' }, ' · ') : null, h('span', { class: `seats-line-seat faction-${f}` }, seat(f))]));
}
