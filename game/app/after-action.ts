// What the after-action report needs from the rules that the interface may not compute itself: the save envelope
// (seed + action log, with checkpoints) for the JSON export, whether each of the end state's trigger conditions
// holds in the final state, and which conditions kept the game from each other ending. Computed once per finished game.
import { saveFile } from '../rules';
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
    save: saveFile(session),
    trigger: (end?.trigger ?? []).map((condition) => ({ condition, holds: holds(state, [condition]) })),
    missed: rules.scenario.endStates.filter((e) => e !== end && e.trigger.length > 0)
      .map((e) => ({ endState: e.id, unmet: e.trigger.filter((c) => !holds(state, [c])) }))
      .filter((m) => m.unmet.length > 0),
  };
  cache.set(state, made);
  return made;
}
