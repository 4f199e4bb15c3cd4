// What a bot knows of a scenario before play: its cards, deals and events by id, the rules bound to it, each
// decision statechart as a graph (for how far a decision state is), and each track's typical move (to grade gaps).
import { describeDecision, rulesFor, type Rules } from '../rules';
import type { BargainTable, Deal, DecisionId, Effect, EndState, EventCard, OrderCard, Scenario, Term, TrackId } from '../rules/types';

export interface ScenarioModel {
  scenario: Scenario;
  rules: Rules;
  cards: Map<string, OrderCard>;
  deals: Map<string, Deal>;
  events: Map<string, EventCard>;
  /** The bargaining catalogue's terms and the tables, by id. */
  terms: Map<string, Term>;
  tables: Map<string, BargainTable>;
  /** End states in the order the rules check them: immediate ones first, then final ones, each by priority. */
  endChain: EndState[];
  /** Target of an event in a decision state ("state|event" → state); the first listed transition wins. */
  transitions: Map<DecisionId, Map<string, string>>;
  /** Fewest events from one decision state to another (missing when unreachable). */
  distance(decision: DecisionId, from: string, to: string): number | undefined;
  /** The typical size of one move of a track in this scenario: the median |delta| of every effect on it. */
  step(track: TrackId): number;
}

const cache = new WeakMap<Scenario, ScenarioModel>();

/** Built once per scenario object and shared by every bot that plays it. */
export function modelOf(scenario: Scenario): ScenarioModel {
  const known = cache.get(scenario);
  if (known) return known;
  const transitions = new Map<DecisionId, Map<string, string>>();
  const distances = new Map<DecisionId, Map<string, Map<string, number>>>();
  const next = new Map<DecisionId, Map<string, Set<string>>>();
  for (const id of scenario.decisions) {
    const graph = describeDecision(id);
    const byEvent = new Map<string, string>();
    const out = new Map<string, Set<string>>();
    for (const t of graph.transitions) {
      const key = `${t.from}|${t.event}`;
      if (!byEvent.has(key)) byEvent.set(key, t.to);
      if (!out.has(t.from)) out.set(t.from, new Set());
      if (t.to !== t.from) out.get(t.from)!.add(t.to);
    }
    transitions.set(id, byEvent);
    next.set(id, out);
  }
  const distance = (decision: DecisionId, from: string, to: string): number | undefined => {
    if (!distances.has(decision)) distances.set(decision, new Map());
    let d = distances.get(decision)!.get(from);
    if (!d) {
      d = new Map([[from, 0]]);
      const queue = [from];
      for (let q = queue.shift(); q !== undefined; q = queue.shift()) {
        for (const n of next.get(decision)?.get(q) ?? []) if (!d.has(n)) { d.set(n, d.get(q)! + 1); queue.push(n); }
      }
      distances.get(decision)!.set(from, d);
    }
    return d.get(to);
  };
  const steps = typicalSteps(scenario);
  const rules = rulesFor(scenario);
  const model: ScenarioModel = {
    scenario,
    rules,
    cards: new Map(scenario.cards.map((c) => [c.id, c])),
    deals: new Map(scenario.deals.map((d) => [d.id, d])),
    events: new Map(scenario.events.map((e) => [e.id, e])),
    terms: new Map(scenario.terms.map((t) => [t.id, t])),
    tables: new Map(scenario.tables.map((t) => [t.id, t])),
    endChain: [...scenario.endStates].sort((a, b) => checkOrder(a) - checkOrder(b)),
    transitions,
    distance,
    step: (track) => steps.get(track) ?? 1,
  };
  cache.set(scenario, model);
  return model;
}

const checkOrder = (e: EndState) => (e.check === 'immediate' ? 0 : 1e6) + e.priority;

function typicalSteps(scenario: Scenario): Map<TrackId, number> {
  const seen = new Map<TrackId, number[]>();
  const walk = (effects: readonly Effect[]): void => {
    for (const e of effects) {
      if ('track' in e) { if (!seen.has(e.track)) seen.set(e.track, []); seen.get(e.track)!.push(Math.abs(e.delta)); }
      else if ('roll' in e) { walk(e.success); walk(e.failure); }
      else if ('if' in e) { walk(e.then); walk(e.else ?? []); }
    }
  };
  for (const x of [...scenario.cards, ...scenario.events]) walk(x.effects);
  for (const d of scenario.deals) { walk(d.onAccept); walk(d.onReject); }
  return new Map([...seen].map(([t, ds]) => [t, Math.max(1, ds.sort((a, b) => a - b)[Math.floor(ds.length / 2)]!)]));
}
