// Counter-offers beyond the rules' short list (FACTBOOK §4.2 S5: Minsk unbundles Moscow's package): the offer on
// the table with the term the bot likes least dropped, with one more term of the other side's that it values asked
// for, or both. Only terms the view shows may be put on the table now (their conditions hold, none is committed), so
// every package is valid (tests/ai/negotiation.test.ts applies each one the bots make).
import { MAX_TERMS } from '../rules/bargaining';
import { sitsAt } from '../rules/bargaining/catalogue';
import type { Action, Faction, Package, PlayerView } from '../rules/types';
import { evaluate, holdsIn } from './evaluate';
import { copyWorld, playEffects } from './expected-effects';
import type { ScenarioModel } from './model';
import type { Persona } from './personas';

export function counterOffers(model: ScenarioModel, view: PlayerView, faction: Faction, persona: Persona, legal: readonly Action[]): Action[] {
  const table = view.negotiation.table;
  const open = table?.offer;
  if (!table || !open || open.kind === 'blackmail' || open.to !== faction || !legal.some((a) => a.type === 'bargain.reject')) return [];
  if (table.round >= table.maxRounds) return [];
  const other = open.from;
  const rules = model.tables.get(table.id)!;
  const now = evaluate(model, view, faction, persona);
  // As the counter's maker the roles swap: what the bot delivers is given, what the other side delivers is asked.
  const give = [...open.ask];
  const ask = [...open.give];
  const inPackage = new Set([...give, ...ask]);
  const worst = [...inPackage].map((id) => ({ id, v: termWorth(model, view, faction, persona, id) - now })).sort((a, b) => a.v - b.v)[0];
  const wanted = model.scenario.terms
    .filter((t) => t.owner === other && sitsAt(t, rules) && !inPackage.has(t.id)
      && holdsIn(model, view, t.requires ?? []) && !view.commitments.some((c) => c.term === t.id && c.status === 'kept'))
    .map((t) => ({ id: t.id, v: termWorth(model, view, faction, persona, t.id) - now }))
    .filter((t) => t.v > 0)
    .sort((a, b) => b.v - a.v)[0];
  const base: Package = { give, ask };
  const packages: Package[] = [];
  const dropped = worst && worst.v < 0 && inPackage.size > 1 ? drop(base, worst.id) : null;
  if (dropped) packages.push(dropped);
  if (wanted && inPackage.size < MAX_TERMS) packages.push(add(base, wanted.id));
  if (dropped && wanted) packages.push(add(dropped, wanted.id));
  if (!packages.length) return [];
  const known = new Set(legal.map(key));
  return packages.map((p): Action => ({ type: 'bargain.counter', give: p.give, ask: p.ask })).filter((a) => !known.has(key(a)));
}

// Module functions rather than closures made per call: under tsx every named closure is also named at run time
// (__name, ~1.5% of a standard game's profile for this function alone).

/** The score of the view with one term's effects played, for the bot. */
function termWorth(model: ScenarioModel, view: PlayerView, faction: Faction, persona: Persona, id: string): number {
  const w = copyWorld(view);
  playEffects(model, w, model.terms.get(id)?.effects ?? []);
  return evaluate(model, w, faction, persona);
}

function drop(p: Package, id: string): Package {
  return { give: p.give.filter((x) => x !== id), ask: p.ask.filter((x) => x !== id) };
}

function add(p: Package, id: string): Package {
  return { give: p.give, ask: [...p.ask, id] };
}

const key = (a: Action) => JSON.stringify(a.type === 'bargain.counter' ? [a.type, [...a.give].sort(), [...a.ask].sort()] : a);
