// Every state of the decision statecharts a scenario uses is reached from the scenario's start by legal play:
// random play, plus players steered toward or away from integration (as an accommodating or a defiant Minsk would play).
import { describe, expect, it } from 'vitest';
import { rulesFor, type Action, type Effect, type Rules } from '../../game/rules';
import { DECISION_MACHINES, stateName } from '../../game/rules/decisions';
import { seeded } from '../helpers/play';
import { loadScenario, scenarioIds } from '../../scripts/scenario-files';

const TOWARD = ['ultimatum.issue', 'talks.open', 'package.demand', 'roadmaps.signTechnical', 'roadmap31.table', 'roadmap31.accept'];
const AWAY = ['ultimatum.issue', 'integration.refuse', 'roadmap31.refuse', 'integration.postpone'];

function decisionEvents(effects: readonly Effect[]): string[] {
  return effects.flatMap((e) => ('decision' in e ? [e.event] : 'roll' in e ? decisionEvents([...e.success, ...e.failure]) : 'if' in e ? decisionEvents([...e.then, ...(e.else ?? [])]) : []));
}

/** Plays one game, preferring actions that send the wanted decision events; records every state seen. */
function steeredGame(rules: Rules, seed: number, wanted: string[] | null, seen: Map<string, Set<string>>) {
  const pick = seeded(seed);
  const score = (a: Action): number => {
    if (!wanted) return 0;
    const { cards, deals } = rules.scenario;
    if (a.type === 'orders.commit') return a.cards.flatMap((id) => decisionEvents(cards.find((c) => c.id === id)!.effects)).filter((e) => wanted.includes(e)).length;
    if (a.type === 'bargain.offer') return decisionEvents(deals.find((d) => d.id === a.deal)!.onAccept).filter((e) => wanted.includes(e)).length;
    if (a.type === 'bargain.accept') return wanted === TOWARD ? 1 : 0;
    if (a.type === 'bargain.reject') return wanted === AWAY ? 1 : 0;
    return 0;
  };
  let state = rules.setup(seed);
  const note = () => { for (const [id, snap] of Object.entries(state.decisions)) seen.get(id)!.add(stateName(snap!.value)); };
  note();
  while (!rules.isOver(state)) {
    const faction = rules.activeFactions(state)[0]!;
    const legal = rules.legalActions(state, faction);
    const best = Math.max(...legal.map(score));
    const pool = legal.filter((a) => score(a) === best);
    const r = rules.apply(state, faction, pool[pick(pool.length)]!);
    if (!r.ok) throw new Error(r.error.message);
    state = r.state;
    note();
  }
}

describe.each(scenarioIds())('scenario %s', (id) => {
  const scenario = loadScenario(id);
  const rules = rulesFor(scenario);

  it('reaches every state of its integration statechart by legal play', () => {
    if (!scenario.decisions.includes('integration')) return;
    // Each statechart starts in its initial state (the ultimatum's opening event may move on from it during setup).
    const seen = new Map(scenario.decisions.map((d) => [d as string, new Set<string>([DECISION_MACHINES[d].config.initial as string])]));
    for (let seed = 1; seed <= 60; seed++) for (const wanted of [null, TOWARD, AWAY]) steeredGame(rules, seed, wanted, seen);
    const all = Object.keys(DECISION_MACHINES.integration.states);
    expect([...seen.get('integration')!].sort()).toEqual(all.sort());
    // The dial's zones on both sides of hedging are reached too.
    expect([...seen.get('entrapment')!]).toEqual(expect.arrayContaining(['hedging', 'abandonmentRisk', 'entrapmentRisk']));
  }, 60_000);
});
