// Path coverage of the statecharts with xstate/graph: every state of the turn and of each decision point is
// reachable from its initial state, and the final states are reachable; the bargaining protocol likewise.
import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { transition } from 'xstate';
import { DECISION_MACHINES, stateName } from '../../game/rules/decisions';
import { describeDecision } from '../../game/rules/decisions/describe';
import { turnMachine } from '../../game/rules/turn.machine';
import { describeProtocol, PROTOCOL_FINAL, protocolMachine } from '../../game/rules/bargaining';
import { FACTIONS, TRACKS, type TrackId } from '../../game/rules';
import { nextInt } from '../../game/rules/rng';
import { TRACK_IDS } from '../../game/rules/tracks';

/** All the leaf states of a machine, as dotted names. */
function leafStates(machine: { root: unknown }): string[] {
  const out: string[] = [];
  const walk = (node: { path: string[]; states: Record<string, unknown> }) => {
    const children = Object.values(node.states);
    if (children.length === 0 && node.path.length) out.push(node.path.join('.'));
    for (const c of children) walk(c as typeof node);
  };
  walk(machine.root as never);
  return out;
}

/** Track vectors for the guards: every track low, middling and high, plus seeded random mixes (guards may compare tracks). */
const tracksFor: Partial<Record<TrackId, number>>[] = (() => {
  const at = (f: number) => Object.fromEntries(TRACK_IDS.map((t) => [t, Math.round(TRACKS[t].min + f * (TRACKS[t].max - TRACKS[t].min))]));
  let r = 12345;
  const mixes = Array.from({ length: 12 }, () => Object.fromEntries(TRACK_IDS.map((t) => {
    let v: number;
    [v, r] = nextInt(r, TRACKS[t].max - TRACKS[t].min + 1);
    return [t, TRACKS[t].min + v];
  })));
  return [at(0), at(0.3), at(0.5), at(0.7), at(1), ...mixes];
})();

describe.each(Object.entries(DECISION_MACHINES))('decision statechart %s', (_id, machine) => {
  it('reaches every state from its initial state', () => {
    const events = (machine.events as string[]).flatMap((type) => tracksFor.map((tracks) => ({ type, tracks })));
    const paths = getShortestPaths(machine, { events: events as never[] });
    const reached = new Set(paths.map((p) => stateName(p.state.value)));
    expect([...reached].sort()).toEqual(leafStates(machine).sort());
  });
});

describe('turn statechart', () => {
  it('reaches every phase, including game over, with simultaneous commits', () => {
    const events = [
      { type: 'events.done' }, ...FACTIONS.map((faction) => ({ type: 'orders.commit', faction })),
      { type: 'table.closed', tables: 3 },
      { type: 'resolution.done' }, { type: 'turn.next' }, { type: 'game.end' },
    ];
    const paths = getShortestPaths(turnMachine, { events: events as never[], serializeState: (s) => JSON.stringify([s.value, s.context]) });
    const reached = new Set(paths.map((p) => stateName(p.state.value)));
    expect([...reached].sort()).toEqual(leafStates(turnMachine).sort());
    const toBargaining = paths.find((p) => stateName(p.state.value) === 'bargaining')!;
    expect(toBargaining.steps.filter((s) => s.event.type === 'orders.commit')).toHaveLength(3);
    // The three tables sit one after the other before resolution.
    const toResolution = paths.find((p) => stateName(p.state.value) === 'resolution')!;
    expect(toResolution.steps.filter((s) => s.event.type === 'table.closed')).toHaveLength(3);
  });
});

describe('bargaining protocol statechart', () => {
  const input = { table: 'russia-belarus', opener: 'russia' as const, other: 'belarus' as const, maxRounds: 3, blackmailBy: 'belarus' as const };
  const events = [
    ...FACTIONS.flatMap((by) => [{ type: 'offer', by }, { type: 'blackmail', by }, { type: 'resume', by }]),
    ...['pass', 'accept', 'reject', 'stall', 'counter', 'threaten', 'call.held', 'call.failed'].map((type) => ({ type })),
  ];
  const paths = getShortestPaths(protocolMachine, { events: events as never[], input, serializeState: (s) => JSON.stringify([s.value, s.context]) });

  it('reaches every state, and every end, from the opening', () => {
    const reached = new Set(paths.map((p) => stateName(p.state.value)));
    expect([...reached].sort()).toEqual(leafStates(protocolMachine).sort());
    for (const end of PROTOCOL_FINAL) expect(reached).toContain(end);
  });

  it('bounds the rounds: no reachable snapshot has made more offers than maxRounds', () => {
    // Shortest paths reach every distinct snapshot (state and context), so this covers all of them.
    for (const p of paths) {
      const offers = p.steps.filter((s) => ['offer', 'counter', 'blackmail', 'resume'].includes(s.event.type)).length;
      expect(offers).toBeLessThanOrEqual(input.maxRounds);
      expect((p.state.context as { round: number }).round).toBeLessThanOrEqual(input.maxRounds);
    }
    expect(paths.some((p) => (p.state.context as { round: number }).round === input.maxRounds && stateName(p.state.value) === 'offered')).toBe(true);
  });

  it('lets only the table\'s blackmailer blackmail, and a resumed offer cannot be stalled again', () => {
    const byRussia = paths.find((p) => p.steps.some((s) => s.event.type === 'blackmail' && (s.event as { by?: string }).by === 'russia'));
    expect(byRussia).toBeUndefined();
    const resumedThenStalled = paths.find((p) => p.steps.some((s) => s.event.type === 'resume') && stateName(p.state.value) === 'stalled' && !p.steps.some((s) => s.event.type === 'counter'));
    expect(resumedThenStalled).toBeUndefined();
  });

  it('is described as drawable data that matches the machine', () => {
    const g = describeProtocol();
    expect(g.initial).toBe('opening');
    expect(g.states.map((s) => s.name).sort()).toEqual(leafStates(protocolMachine).sort());
    expect(g.states.filter((s) => s.final).map((s) => s.name).sort()).toEqual([...PROTOCOL_FINAL].sort());
    for (const t of g.transitions) expect(g.states.map((s) => s.name)).toContain(t.to);
    expect(g.transitions).toContainEqual({ from: 'blackmailed', event: 'call.failed', to: 'backedDown', guarded: false });
    expect(g.transitions).toContainEqual({ from: 'offered', event: 'counter', to: 'offered', guarded: true });
  });
});

describe('describeDecision', () => {
  it.each(Object.keys(DECISION_MACHINES))('lists every state and transition of %s as the machine defines them', (id) => {
    const g = describeDecision(id as keyof typeof DECISION_MACHINES);
    const machine = DECISION_MACHINES[id as keyof typeof DECISION_MACHINES];
    expect(g.states.map((s) => s.name).sort()).toEqual(leafStates(machine).sort());
    for (const t of g.transitions) {
      expect(g.states.map((s) => s.name)).toContain(t.to);
      expect(machine.events).toContain(t.event);
    }
    // Every unguarded transition is taken by the machine when its event arrives.
    for (const t of g.transitions.filter((x) => !x.guarded)) {
      const [next] = transition(machine, machine.resolveState({ value: stateValue(t.from), context: {} } as never), { type: t.event, tracks: {} } as never);
      expect(stateName(next.value)).toBe(t.to);
    }
  });
});

function stateValue(name: string): unknown {
  return name.split('.').reduceRight<unknown>((child, key) => (child === undefined ? key : { [key]: child }), undefined);
}
