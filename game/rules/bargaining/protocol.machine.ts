// The bargaining protocol at one table as a statechart (GAME-DESIGN §2.5, FACTBOOK §4.2): an opening offer,
// answers and counters for a bounded number of rounds, threats, entrapment blackmail, and how the table ends.
// Driven only through XState's pure transition() (decisions/index.ts step); its snapshot lives in
// GameState.negotiation.protocol. The rules check what is offered; the machine decides whose move it is.
import { assign, setup } from 'xstate';
import type { Faction } from '../types';

export interface ProtocolInput {
  table: string;
  opener: Faction;
  other: Faction;
  maxRounds: number;
  /** The faction that may blackmail at this table, if any. */
  blackmailBy: Faction | null;
  /** No sitting follows this one (the game's last turn, rules version 4 on), so nothing can be stalled to it. Left
   *  out rather than false otherwise, so that earlier games' snapshots, and their saved hashes, stay as they were. */
  lastSitting?: true;
}

/** Whether a table sitting in `turn` is the game's last: from rules version 4 on, an offer cannot be stalled there
 *  (version 3 let it be stalled to a sitting that never came, a rejection without the deadlock's cost). */
export const isLastSitting = (rulesVersion: number, turn: number, turns: number): boolean => rulesVersion >= 4 && turn >= turns;

export interface ProtocolContext extends ProtocolInput {
  offerer: Faction;
  receiver: Faction;
  /** Offers made so far (the opening one counts as round 1). */
  round: number;
  /** Factions that have made a threat at this table this turn (one each). */
  threatened: Faction[];
  /** The offer on the table was stalled last turn: it must be answered now. */
  resumed: boolean;
}

export type ProtocolEvent =
  | { type: 'offer'; by: Faction }
  | { type: 'pass' }
  | { type: 'resume'; by: Faction }
  | { type: 'accept' } | { type: 'reject' } | { type: 'stall' }
  | { type: 'counter' }
  | { type: 'threaten' }
  | { type: 'blackmail'; by: Faction }
  | { type: 'call.held' } | { type: 'call.failed' };

const other = (c: ProtocolContext, f: Faction): Faction => (f === c.opener ? c.other : c.opener);
const by = (e: ProtocolEvent): Faction | undefined => ('by' in e ? e.by : undefined);

/** The answers to an offer on the table, with or without a threat attached to it. */
const ANSWERS = {
  accept: 'agreed',
  reject: 'deadlock',
  stall: { guard: 'mayStall', target: 'stalled' },
  counter: { guard: 'roundsLeft', target: 'offered', actions: 'swap' },
  blackmail: { guard: 'receiverMayBlackmail', target: 'blackmailed', actions: 'swap' },
} as const;

export const protocolMachine = setup({
  types: { context: {} as ProtocolContext, input: {} as ProtocolInput, events: {} as ProtocolEvent },
  guards: {
    roundsLeft: ({ context }) => context.round < context.maxRounds,
    /** Only the table's blackmailer, and only against the other party. */
    mayBlackmail: ({ context, event }) => context.blackmailBy !== null && by(event) === context.blackmailBy && context.round < context.maxRounds,
    /** The receiver answers; it may blackmail instead (its own move), if it is the blackmailer. */
    receiverMayBlackmail: ({ context }) => context.blackmailBy === context.receiver && context.round < context.maxRounds,
    mayStall: ({ context }) => !context.resumed && !context.lastSitting,
    mayThreaten: ({ context }) => !context.threatened.includes(context.receiver),
  },
  actions: {
    open: assign(({ context, event }) => {
      const f = by(event) ?? context.opener;
      return { offerer: f, receiver: other(context, f), round: context.round + 1 };
    }),
    resume: assign(({ context, event }) => {
      const f = by(event) ?? context.opener;
      return { offerer: f, receiver: other(context, f), round: 1, resumed: true };
    }),
    /** A counter-offer or a blackmail in answer: the receiver becomes the offerer. */
    swap: assign(({ context }) => ({ offerer: context.receiver, receiver: context.offerer, round: context.round + 1, resumed: false })),
    markThreat: assign(({ context }) => ({ threatened: [...context.threatened, context.receiver] })),
  },
}).createMachine({
  id: 'protocol',
  initial: 'opening',
  context: ({ input }) => ({ ...input, offerer: input.opener, receiver: input.other, round: 0, threatened: [], resumed: false }),
  states: {
    /** The opener offers, blackmails (if it is the table's blackmailer) or passes the initiative. */
    opening: {
      on: {
        offer: { target: 'offered', actions: 'open' },
        blackmail: { guard: 'mayBlackmail', target: 'blackmailed', actions: 'open' },
        resume: { target: 'offered', actions: 'resume' },
        pass: 'secondChance',
      },
    },
    /** The other side may open instead; if it passes too, the table closes without an offer. */
    secondChance: {
      on: {
        offer: { target: 'offered', actions: 'open' },
        blackmail: { guard: 'mayBlackmail', target: 'blackmailed', actions: 'open' },
        pass: 'passed',
      },
    },
    /** An offer awaits the receiver's answer. */
    offered: {
      on: {
        ...ANSWERS,
        threaten: { guard: 'mayThreaten', target: 'threatened', actions: 'markThreat' },
      },
    },
    /** The receiver has attached a threat; it must still answer the offer. */
    threatened: {
      on: ANSWERS,
    },
    /** A threat to defect unless demands are met: concede (accept) or call the bluff (the rules roll). */
    blackmailed: {
      on: {
        accept: 'agreed',
        'call.held': 'agreed',
        'call.failed': 'backedDown',
      },
    },
    agreed: { type: 'final' },
    deadlock: { type: 'final' },
    stalled: { type: 'final' },
    passed: { type: 'final' },
    backedDown: { type: 'final' },
  },
});

export const PROTOCOL_FINAL = ['agreed', 'deadlock', 'stalled', 'passed', 'backedDown'] as const;

/** Whose move it is in a protocol state (null once the table has closed). */
export function moverOf(state: string, context: ProtocolContext): Faction | null {
  switch (state) {
    case 'opening': return context.opener;
    case 'secondChance': return context.other;
    case 'offered': case 'threatened': case 'blackmailed': return context.receiver;
    default: return null;
  }
}
