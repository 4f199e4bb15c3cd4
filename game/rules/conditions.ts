// Evaluates scenario conditions (tracks, decision states, turn) against the game state.
import { stateName } from './decisions';
import type { Condition, GameState } from './types';

export function holds(state: GameState, conditions: readonly Condition[] | undefined): boolean {
  if (conditions) for (const c of conditions) if (!holdsOne(state, c)) return false;
  return true;
}

export function holdsOne(state: GameState, c: Condition): boolean {
  if ('track' in c) {
    const v = state.tracks[c.track];
    if (v === undefined) return false;
    return (c.min === undefined || v >= c.min) && (c.max === undefined || v <= c.max);
  }
  if ('any' in c) return c.any.some((x) => holdsOne(state, x));
  if ('not' in c) return !c.not.some((x) => holdsOne(state, x));
  if ('decision' in c) {
    const snap = state.decisions[c.decision];
    return snap !== undefined && c.in.includes(stateName(snap.value));
  }
  return (c.turn.min === undefined || state.turn >= c.turn.min) && (c.turn.max === undefined || state.turn <= c.turn.max);
}
