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

/** The rankings of one position (see keyOf), each with the legal moves it ranked. */
type Known = { legal: readonly Action[]; ranked: Candidate[] }[];
interface Memory { size: number; byPersona: Map<Persona, Map<string, Known>> }
const memories = new WeakMap<ScenarioModel, Memory>();

/** rankActions, answered from memory when the same faction and persona ranked the same legal moves in a position
 *  that reads the same. Callers must not change the candidates they get, nor the legal moves they passed. */
export function rankRemembered(model: ScenarioModel, view: PlayerView, faction: Faction, legal: readonly Action[], persona: Persona, offers?: OfferMemo): readonly Candidate[] {
  let memory = memories.get(model);
  if (!memory || memory.size >= LIMIT) memories.set(model, (memory = { size: 0, byPersona: new Map() }));
  let byPosition = memory.byPersona.get(persona);
  if (!byPosition) memory.byPersona.set(persona, (byPosition = new Map()));
  const key = keyOf(model, view, faction, legal);
  let known = byPosition.get(key);
  if (!known) byPosition.set(key, (known = []));
  // The legal moves are compared move by move rather than written into the key: as text (a few hundred
  // characters of hands or packages) they were most of the key's cost, in building, hashing and comparing it.
  for (const k of known) if (sameActions(k.legal, legal)) return k.ranked;
  const ranked = rankActions(model, view, faction, legal, persona, offers);
  known.push({ legal, ranked });
  memory.size += 1;
  return ranked;
}

/** What rankActions reads of a view, but for the legal moves: the world (tracks, decisions, turn, outcome), the
 *  table's offer and odds, the threats standing against the faction's orders, the credibility behind promises, and
 *  for a threat its trigger's plays and whether the other side has revealed it. Tracks and decisions go in as bare
 *  values in a fixed order: their names were most of the key. */
function keyOf(model: ScenarioModel, view: PlayerView, faction: Faction, legal: readonly Action[]): string {
  const { table, threats, credibility } = view.negotiation;
  const triggers = legal.flatMap((a) => (a.type === 'bargain.threaten' ? [a.trigger] : []));
  const other = table && triggers.length ? (table.parties[0] === faction ? table.parties[1] : table.parties[0]) : null;
  let key = `${faction}|${view.turn}|`;
  for (const t of TRACK_IDS) key += `${view.tracks[t] ?? ''},`;
  for (const d of model.scenario.decisions) key += `${view.decisions[d] ?? ''},`;
  // The parts that are usually empty (no outcome, no table, no threat) are written only when present.
  key += `${credibility.belarus},${credibility.russia},${credibility.nato}|`;
  if (view.outcome) key += JSON.stringify(view.outcome);
  key += '|';
  if (table) key += JSON.stringify([table.id, table.parties, table.offer, table.blackmail?.odds, table.blackmailOdds]);
  key += '|';
  if (threats.length && legal.some((a) => a.type === 'orders.commit')) key += JSON.stringify(threats.filter((t) => t.status === 'pending' && t.against === faction));
  return other ? `${key}|${JSON.stringify([view.revealed[other], triggers.map((id) => view.played[id])])}` : key;
}

const TRACK_IDS = Object.keys(TRACKS) as TrackId[];

function sameActions(a: readonly Action[], b: readonly Action[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameAction(a[i]!, b[i]!)) return false;
  return true;
}

/** Two moves field by field (every field of a move is a string or a list of strings). */
function sameAction(a: Action, b: Action): boolean {
  if (a === b) return true;
  if (a.type !== b.type) return false;
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  let fields = 0;
  for (const k in x) {
    fields += 1;
    const u = x[k];
    const v = y[k];
    if (u === v) continue;
    if (!Array.isArray(u) || !Array.isArray(v) || u.length !== v.length) return false;
    for (let i = 0; i < u.length; i++) if (u[i] !== v[i]) return false;
  }
  for (const _ in y) fields -= 1;
  return fields === 0;
}
