// Plays a game by picking among the legal actions with a list of choices (or a seeded stream): for property tests and full games.
import type { Action, Faction, GameState, Rules } from '../../game/rules';
import { nextInt } from '../../game/rules/rng';

export interface Played { state: GameState; actions: { faction: Faction; action: Action }[]; steps: number }

/** Plays until the game ends; `pick(n)` chooses one of n legal actions. Fails loudly on a dead end. */
export function playOut(rules: Rules, seed: number, pick: (n: number) => number, maxSteps = 1000): Played {
  let state = rules.setup(seed);
  const actions: Played['actions'] = [];
  while (!rules.isOver(state)) {
    if (actions.length >= maxSteps) throw new Error(`no end after ${maxSteps} actions`);
    const faction = rules.activeFactions(state)[0];
    if (!faction) throw new Error(`dead end: nobody can act in turn ${state.turn}`);
    const legal = rules.legalActions(state, faction);
    if (legal.length === 0) throw new Error(`dead end: ${faction} is active with no legal action`);
    const action = legal[pick(legal.length) % legal.length]!;
    const r = rules.apply(state, faction, action);
    if (!r.ok) throw new Error(`legal action refused: ${r.error.message}`);
    actions.push({ faction, action });
    state = r.state;
  }
  return { state, actions, steps: actions.length };
}

/** A chooser driven by a list of numbers (fast-check shrinks it), cycling when it runs out. */
export function fromList(choices: readonly number[]): (n: number) => number {
  let i = 0;
  return (n) => (choices.length ? choices[i++ % choices.length]! % n : 0);
}

/** A chooser driven by the rules' own generator, for many-seed runs. */
export function seeded(seed: number): (n: number) => number {
  let r = seed >>> 0;
  return (n) => { let v: number; [v, r] = nextInt(r, n); return v; };
}
