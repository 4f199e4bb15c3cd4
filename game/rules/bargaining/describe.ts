// The protocol statechart as plain data for the screen (the same shape as describeDecision's graph), read
// from the machine definition so a drawing cannot drift from the rules.
import { protocolMachine } from './protocol.machine';

export interface ProtocolGraph {
  id: 'protocol';
  initial: string;
  states: { name: string; final: boolean }[];
  transitions: { from: string; event: string; to: string; guarded: boolean }[];
}

interface Node { key: string; type: string; states: Record<string, Node>; transitions: Map<string, { target?: { key: string }[]; guard?: unknown }[]> }

export function describeProtocol(): ProtocolGraph {
  const root = protocolMachine.root as unknown as Node;
  const nodes = Object.values(root.states);
  return {
    id: 'protocol',
    initial: String(protocolMachine.config.initial),
    states: nodes.map((n) => ({ name: n.key, final: n.type === 'final' })),
    transitions: nodes.flatMap((n) => [...n.transitions].flatMap(([event, defs]) =>
      defs.map((d) => ({ from: n.key, event, to: d.target?.[0]?.key ?? n.key, guarded: Boolean(d.guard) })))),
  };
}
