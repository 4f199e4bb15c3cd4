// What the after-action report needs from the rules that the interface may not compute itself: the save envelope
// (seed + action log, with checkpoints) for the JSON export, and whether each of the end state's trigger conditions
// holds in the final state. Computed once per finished game.
import { makeSave } from '../rules';
import { holds } from '../rules/conditions';
import type { GameState } from '../rules';
import type { AfterAction } from '../store/store';
import type { Session } from './session';

const cache = new WeakMap<GameState, AfterAction>();

export function afterActionOf(session: Session): AfterAction | null {
  const { state, rules } = session;
  if (!state.outcome) return null;
  const known = cache.get(state);
  if (known) return known;
  const end = rules.scenario.endStates.find((e) => e.id === state.outcome!.endState);
  const made: AfterAction = {
    save: makeSave(rules, session.seed, session.actions),
    trigger: (end?.trigger ?? []).map((condition) => ({ condition, holds: holds(state, [condition]) })),
  };
  cache.set(state, made);
  return made;
}
