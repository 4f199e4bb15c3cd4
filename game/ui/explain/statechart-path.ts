// Where a decision statechart has been and where it can go, from the log and the graph: the moves taken so far
// (each with its turn and cause), the states passed through, and the moves open from the current state.
import type { DecisionGraph } from '../../rules';
import type { Cause, DecisionId, LogEntry } from '../../rules/types';

export interface PathStep { turn: number; from: string; to: string; event: string; cause: Cause }

export function pathTaken(log: readonly LogEntry[], id: DecisionId): PathStep[] {
  return log.flatMap((e) => (e.kind === 'decision' && e.decision === id && e.from !== e.to
    ? [{ turn: e.turn, from: e.from, to: e.to, event: e.event, cause: e.cause }] : []));
}

export function visitedStates(graph: DecisionGraph, path: readonly PathStep[]): Set<string> {
  return new Set([graph.initial, ...path.flatMap((p) => [p.from, p.to])]);
}

/** The moves that would leave the current state: what the players can still make happen. */
export function openMoves(graph: DecisionGraph, current: string): DecisionGraph['transitions'] {
  return graph.transitions.filter((tr) => tr.from === current && tr.to !== current);
}
