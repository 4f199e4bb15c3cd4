// The phase timer (application behaviour, not rules): a countdown per phase "round" (turn and phase), paused with
// the game. The composition layer sends `timer.sync` whenever the application changes and `timer.tick` with the
// real time elapsed, so the chart itself is pure and testable with transition() and made-up time. A longer duration
// for the same round is time the White Cell added: it is added to the time left.
import { and, assign, setup } from 'xstate';

export interface TimerContext {
  /** Which phase of which turn is being timed ("3.orders"); null when nothing is. */
  round: string | null;
  durationMs: number;
  remainingMs: number;
}

export type TimerEvent =
  | { type: 'timer.sync'; round: string | null; durationMs: number; paused: boolean }
  | { type: 'timer.tick'; ms: number };

const isNewRound = ({ context, event }: { context: TimerContext; event: TimerEvent }) => event.type === 'timer.sync' && event.round !== context.round;
const isPaused = ({ event }: { event: TimerEvent }) => event.type === 'timer.sync' && event.paused;

export const timerMachine = setup({
  types: { context: {} as TimerContext, events: {} as TimerEvent },
  guards: {
    newRoundOff: (a) => isNewRound(a) && a.event.type === 'timer.sync' && (a.event.round === null || a.event.durationMs <= 0),
    newRoundPaused: (a) => isNewRound(a) && isPaused(a),
    newRound: isNewRound,
    paused: isPaused,
    running: (a) => !isPaused(a),
    timeUp: ({ context }) => context.remainingMs <= 0,
    longer: ({ context, event }) => event.type === 'timer.sync' && event.round === context.round && event.durationMs > context.durationMs,
  },
  actions: {
    startRound: assign(({ event }) => {
      if (event.type !== 'timer.sync') return {};
      return { round: event.round, durationMs: event.durationMs, remainingMs: event.durationMs };
    }),
    count: assign({ remainingMs: ({ context, event }) => (event.type === 'timer.tick' ? Math.max(0, context.remainingMs - Math.max(0, event.ms)) : context.remainingMs) }),
    extend: assign(({ context, event }) => (event.type === 'timer.sync'
      ? { durationMs: event.durationMs, remainingMs: context.remainingMs + event.durationMs - context.durationMs } : {})),
  },
}).createMachine({
  id: 'phaseTimer',
  context: { round: null, durationMs: 0, remainingMs: 0 },
  initial: 'idle',
  // A new round restarts the clock from whatever state it was in; the same round only pauses or resumes it.
  on: {
    'timer.sync': [
      { guard: 'newRoundOff', target: '.idle', actions: 'startRound' },
      { guard: 'newRoundPaused', target: '.paused', actions: 'startRound' },
      { guard: 'newRound', target: '.running', actions: 'startRound' },
    ],
  },
  states: {
    idle: {},
    running: {
      always: { guard: 'timeUp', target: 'expired' },
      on: {
        'timer.tick': { actions: 'count' },
        'timer.sync': [...newRoundFirst(), ...moreTime(), { guard: 'paused', target: 'paused' }],
      },
    },
    paused: { on: { 'timer.sync': [...newRoundFirst(), ...moreTime(), { guard: 'running', target: 'running' }] } },
    expired: {},
  },
});

/** A state's own `timer.sync` handlers shadow the root's, so they repeat the new-round cases first. */
function newRoundFirst() {
  return [
    { guard: 'newRoundOff', target: '#phaseTimer.idle', actions: 'startRound' },
    { guard: 'newRoundPaused', target: '#phaseTimer.paused', actions: 'startRound' },
    { guard: 'newRound', target: '#phaseTimer.running', actions: 'startRound' },
  ] as const;
}

/** Time added to the round being counted: the time left grows by as much, and the pause is followed as ever. */
function moreTime() {
  return [
    { guard: and(['longer', 'paused']), target: '#phaseTimer.paused', actions: 'extend' },
    { guard: 'longer', target: '#phaseTimer.running', actions: 'extend' },
  ] as const;
}

export type TimerStatus = 'idle' | 'running' | 'paused' | 'expired';
