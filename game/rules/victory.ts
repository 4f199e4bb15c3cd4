// End states and victory points (GAME-DESIGN §2.1, §2.7): which end the region reached, and each faction's score.
import { holds } from './conditions';
import { FACTIONS, type EndState, type Faction, type GameState, type Outcome, type Scenario } from './types';

/** The first end state whose trigger holds, by priority; final ones only when the last turn is over. */
export function reachedEndState(scenario: Scenario, state: GameState, lastTurn: boolean): EndState | null {
  const candidates = scenario.endStates
    .filter((e) => e.check === 'immediate' || lastTurn)
    .sort((a, b) => a.priority - b.priority);
  return candidates.find((e) => holds(state, e.trigger)) ?? null;
}

export function outcomeFor(scenario: Scenario, state: GameState, end: EndState): Outcome {
  const vp = { ...end.vp };
  const met = { belarus: [], russia: [], nato: [] } as Record<Faction, string[]>;
  for (const o of scenario.objectives) {
    if (!holds(state, o.condition)) continue;
    vp[o.faction] += o.vp;
    met[o.faction].push(o.id);
  }
  const best = Math.max(...FACTIONS.map((f) => vp[f]));
  return { endState: end.id, turn: state.turn, vp, met, winners: FACTIONS.filter((f) => vp[f] === best) };
}
