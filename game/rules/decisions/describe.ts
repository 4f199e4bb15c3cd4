// A decision statechart as plain data for the screen: its states in document order and its transitions,
// read from the machine definition itself, so the drawing can never drift from the rules.
import type { AnyStateMachine } from 'xstate';
import type { DecisionId } from '../types';
import { DECISION_MACHINES } from '.';

export interface DecisionGraph {
  id: DecisionId;
  initial: string;
  states: { name: string; final: boolean }[];
  transitions: { from: string; event: string; to: string; guarded: boolean }[];
}

interface Node {
  path: string[];
  type: string;
  states: Record<string, Node>;
  transitions: Map<string, { target?: Node[]; guard?: unknown }[]>;
}

export function describeDecision(id: DecisionId): DecisionGraph {
  const machine: AnyStateMachine = DECISION_MACHINES[id];
  const states: DecisionGraph['states'] = [];
  const transitions: DecisionGraph['transitions'] = [];
  const root = machine.root as unknown as Node;
  const leaves = (n: Node): Node[] => (Object.keys(n.states).length ? Object.values(n.states).flatMap(leaves) : [n]);
  const name = (n: Node) => n.path.join('.');
  for (const leaf of leaves(root)) states.push({ name: name(leaf), final: leaf.type === 'final' });
  // Transitions declared on a state apply to it; those declared on the root apply to every leaf.
  for (const leaf of leaves(root)) {
    for (const owner of [leaf, root]) {
      for (const [event, defs] of owner.transitions) {
        for (const d of defs) {
          const to = d.target?.[0] ? name(d.target[0]) : name(leaf);
          transitions.push({ from: name(leaf), event, to, guarded: Boolean(d.guard) });
        }
      }
    }
  }
  return { id, initial: String(machine.config.initial), states, transitions };
}
