// The orders every faction revealed this turn: during bargaining, each side knows what the others did.
import type { PlayerView, Scenario } from '../../rules';
import { FACTIONS } from '../../rules/types';
import { h } from '../dom';
import { t } from '../messages';
import { cardTitle, factionName } from '../format/names';

export function revealedOrders(scenario: Scenario, revealed: PlayerView['revealed'], headingLevel: 'h2' | 'h3' = 'h2'): HTMLElement {
  return h('section', { class: 'panel revealed', 'aria-label': t('revealed.title') },
    h(headingLevel, null, t('revealed.title')),
    h('dl', { class: 'revealed-list' }, FACTIONS.map((f) => [
      h('dt', { class: `faction-label faction-${f}` }, factionName(f)),
      h('dd', null, (revealed[f] ?? []).length ? (revealed[f] ?? []).map((id) => cardTitle(scenario, id)).join(' · ') : t('revealed.none')),
    ])),
  );
}
