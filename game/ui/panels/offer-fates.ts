// The answers to offers, each with the computer player's reason when a bot gave it: at the bargaining table for the
// faction whose offers they were (it was not at the table when they came), and on the turn's summary for the room.
import type { Faction, Scenario } from '../../rules';
import type { BotMoveShown } from '../../store/store';
import { h } from '../dom';
import { t } from '../messages';
import { fateReason, fateSentence, type OfferFate } from '../format/offer-fates';

/** One item per answer: its sentence, and under it why, if a bot answered. `you` is spoken to as "your offer". */
export function fateItems(scenario: Scenario, fates: readonly OfferFate[], you: Faction | null, moves: readonly BotMoveShown[]): HTMLElement[] {
  return fates.map((fate) => {
    const reason = fateReason(fate, moves);
    return h('li', { class: `offer-fate fate-${fate.outcome}` }, fateSentence(scenario, fate, you),
      reason ? h('span', { class: 'fate-reason' }, t('fate.reason', { reason })) : null);
  });
}

/** What became of the faction's own offers this turn while it was away from their table; null when nothing did. */
export function yourOfferFates(scenario: Scenario, fates: readonly OfferFate[], you: Faction, moves: readonly BotMoveShown[]): HTMLElement | null {
  const yours = fates.filter((f) => f.from === you);
  return yours.length ? h('div', { class: 'offer-fates', role: 'status' },
    h('h3', null, t('fate.title')), h('ul', { class: 'plain' }, fateItems(scenario, yours, you, moves))) : null;
}
