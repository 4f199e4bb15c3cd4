// Plays a whole game headless with one policy per faction. A policy sees only its faction's view and the
// legal actions, never the full state (so bots cannot peek at hidden orders, the deck or the dice).
import { FACTIONS, type Action, type Faction, type GameState, type PlayerView } from '../rules/types';
import type { Rules } from '../rules';
import { nextInt } from '../rules/rng';

/** A policy marked `botView` is handed the rules' bot view (without card blocks, odds and the map, which no bot
 *  reads; building them was ~5% of a standard game's CPU), any other the full view. */
export type Policy = ((view: PlayerView, faction: Faction, legal: readonly Action[]) => Action) & { botView?: true };
export interface PlayedGame { state: GameState; actions: { faction: Faction; action: Action }[] }

/** `start` lets a game branch from a position other than the scenario's start (the what-if simulator). */
export function playGame(rules: Rules, seed: number, policies: Record<Faction, Policy>, maxSteps = 1000, start: GameState = rules.setup(seed)): PlayedGame {
  let state = start;
  const actions: PlayedGame['actions'] = [];
  while (!rules.isOver(state)) {
    if (actions.length >= maxSteps) throw new Error(`no end after ${maxSteps} actions`);
    const faction = rules.activeFactions(state)[0];
    if (!faction) throw new Error(`dead end: nobody can act in turn ${state.turn}`);
    const legal = rules.legalActions(state, faction);
    if (legal.length === 0) throw new Error(`dead end: ${faction} is active with no legal action`);
    const policy = policies[faction];
    const action = policy(policy.botView ? rules.botView(state, faction) : rules.view(state, faction), faction, legal);
    const r = rules.apply(state, faction, action);
    if (!r.ok) throw new Error(`policy chose an action the rules refuse: ${r.error.message}`);
    actions.push({ faction, action });
    state = r.state;
  }
  return { state, actions };
}

/** Uniformly random legal play, from its own seeded generator. */
export function randomPolicy(seed: number): Policy {
  let r = seed >>> 0;
  return (_view, _faction, legal) => {
    let i: number;
    [i, r] = nextInt(r, legal.length);
    return legal[i]!;
  };
}

export const everyone = (policy: Policy): Record<Faction, Policy> => Object.fromEntries(FACTIONS.map((f) => [f, policy])) as Record<Faction, Policy>;
