// The replay viewer as a value: the states after every action of a save, the position shown, and whose eyes
// it is seen through. Stepping by action or by turn, and cutting the log for a branch, are pure functions.
import { describeDecision, type DecisionGraph, type GameState, type SaveEntry, type Viewer } from '../../rules';
import type { Opened } from './records';

export interface ReplayModel {
  /** The save slot being watched. */
  recordId: string;
  opened: Extract<Opened, { ok: true }>;
  /** How many actions have been applied in the state shown: 0 is the setup, the last is the end of the log. */
  index: number;
  viewer: Viewer;
  graphs: DecisionGraph[];
}

export const openReplay = (recordId: string, opened: Extract<Opened, { ok: true }>): ReplayModel =>
  ({ recordId, opened, index: 0, viewer: 'public', graphs: opened.rules.scenario.decisions.map(describeDecision) });

const states = (m: ReplayModel): GameState[] => m.opened.states;
export const lastIndex = (m: ReplayModel) => states(m).length - 1;
export const stateShown = (m: ReplayModel): GameState => states(m)[m.index]!;

export function stepAction(m: ReplayModel, delta: number): ReplayModel {
  return { ...m, index: Math.min(lastIndex(m), Math.max(0, m.index + delta)) };
}

/** The first position of each turn: where the turn number changes (position 0 starts turn 1). */
export function turnStarts(m: ReplayModel): number[] {
  return states(m).flatMap((s, i) => (i === 0 || s.turn !== states(m)[i - 1]!.turn ? [i] : []));
}

/**
 * Forward: the start of the next turn, or the end of the log. Back: the start of this turn, or of the previous
 * one when already there.
 */
export function stepTurn(m: ReplayModel, delta: 1 | -1): ReplayModel {
  const starts = turnStarts(m);
  const index = delta > 0
    ? starts.find((i) => i > m.index) ?? lastIndex(m)
    : [...starts].reverse().find((i) => i < m.index) ?? 0;
  return { ...m, index };
}

export const withViewer = (m: ReplayModel, viewer: Viewer): ReplayModel => ({ ...m, viewer });

/** The action that led to the position shown, or null at the setup. */
export function lastAction(m: ReplayModel): SaveEntry | null {
  return m.index === 0 ? null : m.opened.save.actions[m.index - 1]!;
}

/** A new game can continue from any position before the end. */
export const canBranch = (m: ReplayModel) => stateShown(m).outcome === null;
