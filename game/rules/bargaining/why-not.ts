// Why an order card cannot be played now, as data the UI words (GAME-DESIGN: every unavailable order says why),
// and the live odds of the rolls a faction's cards would make.
import { holds, holdsOne } from '../conditions';
import { rollChance } from '../effects/run-effects';
import type { Condition, Effect, Faction, GameState, OrderCard, Reason, Scenario } from '../types';
import { forbiddingCommitment } from './ledger';

/** Reasons that hold whatever the phase: used for legality too. */
export function cardBlock(scenario: Scenario, s: GameState, card: OrderCard): Reason | null {
  if (card.limit !== undefined && (s.played[card.id] ?? 0) >= card.limit) return { code: 'limit', limit: card.limit };
  if (card.requires) {
    // One pass finds whether the card is blocked and by what (views ask about every card at every step).
    let failing: Condition[] | null = null;
    for (const c of card.requires) if (!holdsOne(s, c)) (failing ??= []).push(c);
    if (failing) return { code: 'requires', failing };
  }
  const c = forbiddingCommitment(scenario, s, card.faction, card.id);
  if (c) return { code: 'forbidden-by-commitment', commitment: c.id, term: c.term };
  if (card.cost > scenario.budget[card.faction]) return { code: 'budget', cost: card.cost, budget: scenario.budget[card.faction] };
  return null;
}

/** Why `faction` cannot play `cardId` now; null when it can (or the card is not its own). */
export function whyNot(scenario: Scenario, s: GameState, faction: Faction, cardId: string, ordersOpen: boolean): Reason | null {
  const card = scenario.cards.find((c) => c.id === cardId);
  if (!card || card.faction !== faction) return null;
  return cardBlock(scenario, s, card) ?? (ordersOpen ? null : { code: 'phase' });
}

/** Each roll in the effects with its chance now (after modifiers), in order, appended to `out`. */
export function liveOdds(s: GameState, effects: readonly Effect[], out: { label: string; chance: number }[] = []): { label: string; chance: number }[] {
  for (const e of effects) {
    if ('roll' in e) {
      out.push({ label: e.label, chance: rollChance(s, e.roll.chance, e.roll.modifiers) });
      liveOdds(s, e.success, out);
      liveOdds(s, e.failure, out);
    } else if ('if' in e) liveOdds(s, holds(s, e.if) ? e.then : e.else ?? [], out);
  }
  return out;
}
