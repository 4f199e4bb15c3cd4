// Runs the phase timer beside the application statechart: keeps it in step with the phase being played and the
// pause, feeds it the real time elapsed, and tells the application when a phase's time has run out.
import { createActor, type SnapshotFrom } from 'xstate';
import type { TimerView } from '../../store/store';
import type { appMachine } from '../app.machine';
import { readingSummary } from '../projector/feed';
import { phaseRound } from './timeout';
import { timerMachine, type TimerStatus } from './timer.machine';

type AppActor = { getSnapshot(): SnapshotFrom<typeof appMachine>; send(event: { type: 'timer.expired'; round: string }): void };

const TICK_MS = 250;

/** The round being timed and its length: none on the summary (nor under the console or the what-if panel opened over
 *  it: the next turn's clock starts when the room has read it) and result screens, or when the phase has no timer.
 *  The what-if panel opened from a turn stops nothing, as the console does not: the phase's clock runs on (leaving
 *  the match had restarted it with its full time on return), and a timeout under it is played on return. */
export function timedRound(app: SnapshotFrom<typeof appMachine>): { round: string | null; durationMs: number } {
  const ctx = app.context;
  const overMatch = app.matches('match') || (app.matches('whatif') && ctx.whatif?.returnTo === 'turn');
  if (!overMatch || readingSummary(app)) return { round: null, durationMs: 0 };
  const round = phaseRound(ctx.session);
  const phase = round?.split('.')[1] as 'orders' | 'bargaining' | undefined;
  const seconds = phase ? ctx.facilitation.timer[phase] : null;
  // With the time the White Cell added to this phase from its console.
  const added = ctx.timeAdded?.round === round ? ctx.timeAdded.ms : 0;
  return round && seconds ? { round, durationMs: seconds * 1000 + added } : { round: null, durationMs: 0 };
}

export function timerView(snapshot: SnapshotFrom<typeof timerMachine>): TimerView | null {
  const status = snapshot.value as TimerStatus;
  const { round, remainingMs, durationMs } = snapshot.context;
  if (status === 'idle' || !round) return null;
  return { phase: round.split('.')[1] as TimerView['phase'], remainingMs, durationMs, status };
}

/** Starts the clock; `onView` hears every change of what the countdown shows. Returns a function that syncs it
 *  with the application, to call on each of the application's snapshots. */
export function runClock(app: AppActor, onView: (view: TimerView | null) => void, now: () => number = () => performance.now()): () => void {
  const timer = createActor(timerMachine).start();
  let sentFor: string | null = null;

  // The application takes the expiry on a hand-off or turn screen and under the White Cell's console; while a bot
  // is thinking (on its screen or under the console) it waits, and this repeats it on the next change until the
  // phase has moved on.
  const expireIfDue = () => {
    const t = timer.getSnapshot();
    const snapshot = app.getSnapshot();
    const round = t.context.round;
    const key = `${round}@${snapshot.context.session?.state.seq}@${String(snapshot.value && JSON.stringify(snapshot.value))}`;
    if (t.value !== 'expired' || !round || round !== phaseRound(snapshot.context.session) || sentFor === key) return;
    sentFor = key;
    app.send({ type: 'timer.expired', round });
  };

  timer.subscribe((t) => { onView(timerView(t)); expireIfDue(); });
  let last = now();
  setInterval(() => {
    const at = now();
    timer.send({ type: 'timer.tick', ms: at - last });
    last = at;
  }, TICK_MS);

  return () => {
    const snapshot = app.getSnapshot();
    timer.send({ type: 'timer.sync', ...timedRound(snapshot), paused: snapshot.context.paused });
    expireIfDue();
  };
}
