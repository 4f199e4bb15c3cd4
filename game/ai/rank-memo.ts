// Greedy rankings remembered per scenario model, keyed by everything rankActions reads: a look-ahead's rollouts,
// the rollouts of the next decision and the other bots' guesses meet the same positions again and again (about
// three rankings in five are found in memory, nearly all of them from the same game).
import { TRACKS } from '../rules';
import type { Action, Faction, PlayerView, TrackId } from '../rules/types';
import { rankActions, type Candidate, type OfferMemo } from './greedy';
import type { ScenarioModel } from './model';
import type { Persona } from './personas';

/** Past this many remembered rankings per model (some 15 games' worth, a few MB) the memory starts afresh. */
const LIMIT = 2000;

interface Memory { size: number; byPersona: Map<Persona, Map<string, Candidate[]>> }
const memories = new WeakMap<ScenarioModel, Memory>();

/** rankActions, answered from memory when the same faction and persona ranked the same legal moves in a position
 *  that reads the same. Callers must not change the candidates they get. */
export function rankRemembered(model: ScenarioModel, view: PlayerView, faction: Faction, legal: readonly Action[], persona: Persona, offers?: OfferMemo): readonly Candidate[] {
  let memory = memories.get(model);
  if (!memory || memory.size >= LIMIT) memories.set(model, (memory = { size: 0, byPersona: new Map() }));
  let known = memory.byPersona.get(persona);
  if (!known) memory.byPersona.set(persona, (known = new Map()));
  const key = keyOf(model, view, faction, legal);
  let ranked = known.get(key);
  if (!ranked) {
    known.set(key, (ranked = rankActions(model, view, faction, legal, persona, offers)));
    memory.size += 1;
  }
  return ranked;
}

/** What rankActions reads of a view: the world (tracks, decisions, turn, outcome), the table's offer and odds, the
 *  threats standing against the faction's orders, the credibility behind promises, and for a threat its trigger's
 *  plays and whether the other side has revealed it. Tracks and decisions go in as bare values in a fixed order:
 *  their names were most of the key. */
function keyOf(model: ScenarioModel, view: PlayerView, faction: Faction, legal: readonly Action[]): string {
  const { table, threats, credibility } = view.negotiation;
  const triggers = legal.flatMap((a) => (a.type === 'bargain.threaten' ? [a.trigger] : []));
  const other = table && triggers.length ? (table.parties[0] === faction ? table.parties[1] : table.parties[0]) : null;
  let key = `${faction}|${view.turn}|`;
  for (const t of TRACK_IDS) key += `${view.tracks[t] ?? ''},`;
  for (const d of model.scenario.decisions) key += `${view.decisions[d] ?? ''},`;
  return key + JSON.stringify([
    view.outcome, table && [table.id, table.parties, table.offer, table.blackmail?.odds, table.blackmailOdds],
    legal.some((a) => a.type === 'orders.commit') ? threats.filter((t) => t.status === 'pending' && t.against === faction) : null,
    credibility, other && view.revealed[other], triggers.map((id) => view.played[id]),
  ]) + legal.map(actionKey).join('|');
}

const TRACK_IDS = Object.keys(TRACKS) as TrackId[];

/** An order hand as its card ids (the long lists of the orders phase), any other move as its JSON. */
const actionKey = (a: Action) => (a.type === 'orders.commit' ? a.cards.join() : JSON.stringify(a));
