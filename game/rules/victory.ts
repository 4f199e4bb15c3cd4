// End states and victory points (GAME-DESIGN §2.1, §2.7): which end the region reached, and each faction's score.
import { holds } from './conditions';
import { FACTIONS, type EndState, type Faction, type GameState, type Outcome, type Scenario } from './types';

/** The first end state whose trigger holds, by priority; final ones only when the last turn is over. */
export function reachedEndState(scenario: Scenario, state: GameState, lastTurn: boolean): EndState | null {
  const { immediate, all } = byPriority(scenario);
  return (lastTurn ? all : immediate).find((e) => holds(state, e.trigger)) ?? null;
}

const sorted = new WeakMap<Scenario, { immediate: EndState[]; all: EndState[] }>();

/** The end states by priority, and those checked every turn: asked once per turn of every game, so sorted once. */
function byPriority(scenario: Scenario): { immediate: EndState[]; all: EndState[] } {
  let lists = sorted.get(scenario);
  if (!lists) {
    const all = [...scenario.endStates].sort((a, b) => a.priority - b.priority);
    sorted.set(scenario, (lists = { immediate: all.filter((e) => e.check === 'immediate'), all }));
  }
  return lists;
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
