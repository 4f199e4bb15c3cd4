// The turn as a statechart (GAME-DESIGN §2.3): events → orders (simultaneous, hidden) → bargaining → resolution → assessment.
// Driven by the rules through XState's pure transition(); the snapshot lives in GameState.turnMachine.
import { assign, setup } from 'xstate';
import { FACTIONS, type Faction } from './types';

type TurnEvent =
  | { type: 'events.done' }
  | { type: 'orders.commit'; faction: Faction }
  /** The sitting table has closed; `tables` is how many tables the scenario has. */
  | { type: 'table.closed'; tables: number }
  | { type: 'resolution.done' }
  | { type: 'turn.next' } | { type: 'game.end' };

export const turnMachine = setup({
  types: { context: {} as { committed: Faction[]; table: number }, events: {} as TurnEvent },
  guards: {
    notYetCommitted: ({ context, event }) => event.type === 'orders.commit' && !context.committed.includes(event.faction),
    allCommitted: ({ context }) => context.committed.length === FACTIONS.length,
    moreTables: ({ context, event }) => event.type === 'table.closed' && context.table + 1 < event.tables,
  },
  actions: {
    clearCommitted: assign({ committed: [] }),
    firstTable: assign({ table: 0 }),
    nextTable: assign({ table: ({ context }) => context.table + 1 }),
    markCommitted: assign({ committed: ({ context, event }) => (event.type === 'orders.commit' ? [...context.committed, event.faction] : context.committed) }),
  },
}).createMachine({
  id: 'turn',
  initial: 'events',
  context: { committed: [], table: 0 },
  states: {
    events: { on: { 'events.done': 'orders' } },
    orders: {
      entry: 'clearCommitted',
      always: { guard: 'allCommitted', target: 'bargaining' },
      on: { 'orders.commit': { guard: 'notYetCommitted', actions: 'markCommitted' } },
    },
    /** The scenario's tables sit one after the other (context.table); each runs its own protocol statechart. */
    bargaining: {
      entry: 'firstTable',
      on: { 'table.closed': [{ guard: 'moreTables', actions: 'nextTable' }, { target: 'resolution' }] },
    },
    resolution: { on: { 'resolution.done': 'assessment' } },
    assessment: { on: { 'turn.next': 'events', 'game.end': 'over' } },
    over: { type: 'final' },
  },
});
