// The turn as a statechart (GAME-DESIGN §2.3): events → orders (simultaneous, hidden) → bargaining → resolution → assessment.
// Driven by the rules through XState's pure transition(); the snapshot lives in GameState.turnMachine.
import { assign, setup } from 'xstate';
import { FACTIONS, type Faction } from './types';

type TurnEvent =
  | { type: 'events.done' }
  | { type: 'orders.commit'; faction: Faction }
  | { type: 'bargain.offer' } | { type: 'bargain.pass' } | { type: 'bargain.accept' } | { type: 'bargain.reject' }
  | { type: 'resolution.done' }
  | { type: 'turn.next' } | { type: 'game.end' };

/** The bargaining tables, in the order they sit each turn: an offerer makes one offer or passes, the other side answers. */
export const TABLES = [
  { offerer: 'russia', receiver: 'belarus' },
  { offerer: 'nato', receiver: 'belarus' },
] as const satisfies readonly { offerer: Faction; receiver: Faction }[];

function table(next: string) {
  return {
    initial: 'offer',
    states: {
      offer: { on: { 'bargain.offer': 'response', 'bargain.pass': next } },
      response: { on: { 'bargain.accept': next, 'bargain.reject': next } },
    },
  };
}

export const turnMachine = setup({
  types: { context: {} as { committed: Faction[] }, events: {} as TurnEvent },
  guards: {
    notYetCommitted: ({ context, event }) => event.type === 'orders.commit' && !context.committed.includes(event.faction),
    allCommitted: ({ context }) => context.committed.length === FACTIONS.length,
  },
  actions: {
    clearCommitted: assign({ committed: [] }),
    markCommitted: assign({ committed: ({ context, event }) => (event.type === 'orders.commit' ? [...context.committed, event.faction] : context.committed) }),
  },
}).createMachine({
  id: 'turn',
  initial: 'events',
  context: { committed: [] },
  states: {
    events: { on: { 'events.done': 'orders' } },
    orders: {
      entry: 'clearCommitted',
      always: { guard: 'allCommitted', target: 'bargaining' },
      on: { 'orders.commit': { guard: 'notYetCommitted', actions: 'markCommitted' } },
    },
    bargaining: {
      initial: 'russia',
      states: { russia: table('#turn.bargaining.nato'), nato: table('#turn.resolution') },
    },
    resolution: { on: { 'resolution.done': 'assessment' } },
    assessment: { on: { 'turn.next': 'events', 'game.end': 'over' } },
    over: { type: 'final' },
  },
});
