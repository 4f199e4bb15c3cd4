// Greedy rankings remembered per scenario model, keyed by everything rankActions reads: a look-ahead's rollouts,
// the rollouts of the next decision and the other bots' guesses meet the same positions again and again (about
// three rankings in five are found in memory, nearly all of them from the same game).
import type { Action, Bargain, Faction, PlayerView, Threat } from '../rules/types';
import { TRACK_IDS } from './evaluate';
import { rankActions, type OfferMemo } from './greedy';
import type { ScenarioModel } from './model';
import type { Persona } from './personas';

/** Past this many remembered rankings per model (some 15 games' worth, a few MB) the memory starts afresh. */
const LIMIT = 2000;

/** What rankActions read of a view, but for the legal moves (see readOf). */
interface Read {
  faction: Faction;
  turn: number;
  tracks: PlayerView['tracks'];
  decisions: (string | undefined)[];
  outcome: PlayerView['outcome'];
  credibility: Record<Faction, number>;
  table: [id: string, parties: readonly Faction[], offer: Bargain | null, odds: number | undefined, blackmailOdds: Record<string, number[]>] | null;
  threats: Threat[] | null;
  revealed: readonly string[] | null;
  played: (number | undefined)[] | null;
}
/** A ranked move as rollouts and guesses read it. Only these two fields are kept: whole candidates (their worlds
 *  and items) made the memory several times heavier, and every kept object is copied by the young-generation GC. */
export interface Choice { action: Action; value: number }
/** The rankings of positions whose reading hashes alike (see hashOf), each with its reading and legal moves. */
type Known = { read: Read; legal: readonly Action[]; ranked: Choice[] }[];
interface Memory { size: number; byPersona: Map<Persona, Map<number, Known>> }
const memories = new WeakMap<ScenarioModel, Memory>();

/** rankActions' moves and values, answered from memory when the same faction and persona ranked the same legal moves
 *  in a position that reads the same. Callers must not change what they get, nor the view or legal moves they passed. */
export function rankRemembered(model: ScenarioModel, view: PlayerView, faction: Faction, legal: readonly Action[], persona: Persona, offers?: OfferMemo): readonly Choice[] {
  let memory = memories.get(model);
  if (!memory || memory.size >= LIMIT) memories.set(model, (memory = { size: 0, byPersona: new Map() }));
  let byPosition = memory.byPersona.get(persona);
  if (!byPosition) memory.byPersona.set(persona, (byPosition = new Map()));
  const hash = hashOf(view, faction);
  let known = byPosition.get(hash);
  if (!known) byPosition.set(hash, (known = []));
  // The reading and the legal moves are compared field by field rather than written into a text key: building,
  // hashing and keeping such keys (a few hundred characters) was most of the memory's cost.
  const read = readOf(model, view, faction, legal);
  for (const k of known) if (sameValue(k.read, read) && sameActions(k.legal, legal)) return k.ranked;
  const ranked = rankActions(model, view, faction, legal, persona, offers).map(({ action, value }) => ({ action, value }));
  known.push({ read, legal, ranked });
  memory.size += 1;
  return ranked;
}

/** What rankActions reads of a view, but for the legal moves: the world (tracks, decisions, turn, outcome), the
 *  table's offer and odds, the threats standing against the faction's orders, the credibility behind promises, and
 *  for a threat its trigger's plays and whether the other side has revealed it. */
function readOf(model: ScenarioModel, view: PlayerView, faction: Faction, legal: readonly Action[]): Read {
  const { table, threats, credibility } = view.negotiation;
  let triggers: string[] | null = null;
  let orders = false;
  for (const a of legal) {
    if (a.type === 'bargain.threaten') (triggers ??= []).push(a.trigger);
    else if (a.type === 'orders.commit') orders = true;
  }
  const other = table && triggers ? (table.parties[0] === faction ? table.parties[1] : table.parties[0]) : null;
  const against = orders && threats.length ? threats.filter((t) => t.status === 'pending' && t.against === faction) : [];
  return {
    faction, turn: view.turn, tracks: view.tracks, decisions: model.scenario.decisions.map((d) => view.decisions[d]), outcome: view.outcome, credibility,
    table: table && [table.id, table.parties, table.offer, table.blackmail?.odds, table.blackmailOdds],
    threats: against.length ? against : null,
    revealed: other ? view.revealed[other] ?? null : null,
    played: triggers && triggers.map((id) => view.played[id]),
  };
}

/** A 32-bit hash of the parts of a reading that tell positions apart most often: faction, turn, tracks,
 *  credibility, the sitting table and its offer. */
function hashOf(view: PlayerView, faction: Faction): number {
  let h = mix(faction.charCodeAt(0) + faction.length, view.turn);
  for (const t of TRACK_IDS) h = mix(h, ((view.tracks[t] ?? -1) * 16) | 0);
  const { table, credibility } = view.negotiation;
  h = mix(mix(mix(h, credibility.belarus), credibility.russia), credibility.nato);
  if (table) {
    h = mix(h, textHash(table.id));
    const offer = table.offer;
    if (offer) {
      for (const id of offer.give) h = mix(h, textHash(id));
      h = mix(h, offer.ask.length);
      for (const id of offer.ask) h = mix(h, textHash(id));
    }
  }
  return h;
}

const mix = (h: number, v: number): number => Math.imul(h ^ v, 0x01000193) ^ (h >>> 15);

function textHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** Two readings as data: equal numbers and strings, and arrays and records equal member by member (records by
 *  name: rankActions reads them by name). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let fields = 0;
  for (const k in x) {
    fields += 1;
    if (!sameValue(x[k], y[k])) return false;
  }
  for (const _ in y) fields -= 1;
  return fields === 0;
}

function sameActions(a: readonly Action[], b: readonly Action[]): boolean {
  if (a === b) return true; // the rules' own list, shared (leanLegalActions)
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameMove(a[i]!, b[i]!)) return false;
  return true;
}

/** Two moves field by field, lists in order (every field of a move is a string or a list of strings). */
export function sameMove(a: Action, b: Action): boolean {
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
