// The orders every faction revealed this turn: during bargaining, each side knows what the others did. Orders the
// phase clock committed when time ran out say so: no team chose them.
import type { Faction, LogEntry, PlayerView, Scenario } from '../../rules';
import { FACTIONS } from '../../rules/types';
import { h } from '../dom';
import { t } from '../messages';
import { cardTitle, factionName } from '../format/names';

/** The factions whose revealed orders of `turn` the clock committed, from the log's reveal entries. */
export function revealedByClock(log: readonly LogEntry[], turn: number): Faction[] {
  return log.flatMap((e) => (e.kind === 'reveal' && e.turn === turn && e.byClock ? [e.faction] : []));
}

export function revealedOrders(scenario: Scenario, revealed: PlayerView['revealed'], headingLevel: 'h2' | 'h3' = 'h2', byClock: readonly Faction[] = []): HTMLElement {
  const text = (f: Faction) => {
    const cards = (revealed[f] ?? []).map((id) => cardTitle(scenario, id)).join(' · ');
    if (!byClock.includes(f)) return cards || t('revealed.none');
    return cards ? t('revealed.byClock', { cards }) : t('revealed.none.byClock');
  };
  return h('section', { class: 'panel revealed', 'aria-label': t('revealed.title') },
    h(headingLevel, null, t('revealed.title')),
    h('dl', { class: 'revealed-list' }, FACTIONS.map((f) => [
      h('dt', { class: `faction-label faction-${f}` }, factionName(f)),
      h('dd', null, text(f)),
    ])),
  );
}
