// Greedy rankings remembered per scenario model, keyed by everything rankActions reads: a look-ahead's rollouts,
// the rollouts of the next decision and the other bots' guesses meet the same table positions again and again
// (during bargaining the tracks do not move, so every order candidate's rollout sits the same tables).
import type { Action, Faction, PlayerView } from '../rules/types';
import { rankActions, type Candidate, type OfferMemo } from './greedy';
import type { ScenarioModel } from './model';
import type { Persona } from './personas';

/** Past this many remembered rankings per model the memory starts afresh (a few games' worth). */
const LIMIT = 20_000;

interface Memory { size: number; byPersona: Map<Persona, Map<string, Candidate[]>> }
const memories = new WeakMap<ScenarioModel, Memory>();

/** rankActions, answered from memory when the same faction and persona ranked the same legal moves in a position
 *  that reads the same. Callers must not change the candidates they get. */
export function rankRemembered(model: ScenarioModel, view: PlayerView, faction: Faction, legal: readonly Action[], persona: Persona, offers?: OfferMemo): readonly Candidate[] {
  let memory = memories.get(model);
  if (!memory || memory.size >= LIMIT) memories.set(model, (memory = { size: 0, byPersona: new Map() }));
  let known = memory.byPersona.get(persona);
  if (!known) memory.byPersona.set(persona, (known = new Map()));
  const key = keyOf(view, faction, legal);
  let ranked = known.get(key);
  if (!ranked) {
    known.set(key, (ranked = rankActions(model, view, faction, legal, persona, offers)));
    memory.size += 1;
  }
  return ranked;
}

/** What rankActions reads of a view: the world (tracks, decisions, turn, outcome), the table's offer and odds, the
 *  threats standing against the faction's orders, the credibility behind promises, and for a threat its trigger's
 *  plays and whether the other side has revealed it. */
function keyOf(view: PlayerView, faction: Faction, legal: readonly Action[]): string {
  const { table, threats, credibility } = view.negotiation;
  const triggers = legal.flatMap((a) => (a.type === 'bargain.threaten' ? [a.trigger] : []));
  const other = table && triggers.length ? (table.parties[0] === faction ? table.parties[1] : table.parties[0]) : null;
  return JSON.stringify([
    faction, view.turn, view.tracks, view.decisions, view.outcome,
    table && [table.id, table.parties, table.offer, table.blackmail?.odds, table.blackmailOdds],
    legal.some((a) => a.type === 'orders.commit') ? threats.filter((t) => t.status === 'pending' && t.against === faction) : null,
    credibility, other && view.revealed[other], triggers.map((id) => view.played[id]),
  ]) + legal.map(actionKey).join('|');
}

/** An order hand as its card ids (the long lists of the orders phase), any other move as its JSON. */
const actionKey = (a: Action) => (a.type === 'orders.commit' ? a.cards.join() : JSON.stringify(a));
