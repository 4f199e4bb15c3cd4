// The phase timer as a statechart driven by transition() with made-up time: it counts only while running,
// pauses and resumes with the game, restarts for each new phase, and expires once, at zero; and what the notice
// after a timeout says the clock did.
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { timerMachine, type TimerEvent } from '../../game/app/facilitator/timer.machine';
import { playTimeout, timeUpOf } from '../../game/app/facilitator/timeout';
import { act, startSession } from '../../game/app/session';
import { loadScenario } from '../../scripts/scenario-files';

type Snap = ReturnType<typeof initialTransition<typeof timerMachine>>[0];
const send = (s: Snap, ...events: TimerEvent[]): Snap => events.reduce((x, e) => transition(timerMachine, x, e)[0], s);
const sync = (round: string | null, seconds: number, paused = false): TimerEvent => ({ type: 'timer.sync', round, durationMs: seconds * 1000, paused });
const tick = (ms: number): TimerEvent => ({ type: 'timer.tick', ms });
const start = () => initialTransition(timerMachine)[0];

describe('phase timer', () => {
  it('is idle until a phase is timed, and ignores ticks then', () => {
    const s = send(start(), tick(5000));
    expect(s.value).toBe('idle');
    expect(send(s, sync('1.orders', 0)).value).toBe('idle');
  });

  it('counts down while running and expires at zero, not before', () => {
    let s = send(start(), sync('1.orders', 3));
    expect(s.value).toBe('running');
    s = send(s, tick(1000), tick(1999));
    expect(s.value).toBe('running');
    expect(s.context.remainingMs).toBe(1);
    s = send(s, tick(250));
    expect(s.value).toBe('expired');
    expect(s.context.remainingMs).toBe(0);
    expect(send(s, tick(1000), sync('1.orders', 3)).value).toBe('expired');
  });

  it('stops counting while paused and resumes where it stopped', () => {
    let s = send(start(), sync('2.orders', 300), tick(60_000), sync('2.orders', 300, true), tick(120_000));
    expect(s.value).toBe('paused');
    expect(s.context.remainingMs).toBe(240_000);
    s = send(s, sync('2.orders', 300, false), tick(1000));
    expect(s.value).toBe('running');
    expect(s.context.remainingMs).toBe(239_000);
  });

  it('restarts with the full time for a new phase, from any state, paused if the game is', () => {
    const expired = send(start(), sync('1.orders', 1), tick(1000));
    expect(expired.value).toBe('expired');
    const next = send(expired, sync('1.bargaining', 2));
    expect(next.value).toBe('running');
    expect(next.context).toMatchObject({ round: '1.bargaining', remainingMs: 2000 });
    expect(send(next, sync('2.orders', 5, true)).value).toBe('paused');
    expect(send(next, sync(null, 5)).value).toBe('idle');
  });
});

describe('the time-up notice of a bargaining phase', () => {
  const scenario = loadScenario('ultimatum');
  /** Turn 1 at the tables, every team having committed no orders. */
  const atTables = () => {
    let session = startSession(scenario, 3);
    for (const f of ['belarus', 'russia', 'nato'] as const) {
      const r = act(session, f, { type: 'orders.commit', cards: [] }, session.state.seq);
      if (!r.ok) throw new Error(r.error.message);
      session = r.session;
    }
    return session;
  };

  it('says an offer waiting for an answer was turned down only when the clock turned one down', () => {
    const quiet = atTables();
    expect(timeUpOf(quiet, playTimeout(quiet, {}, 'pass'), 'pass')).toMatchObject({ phase: 'bargaining', rejected: false });
    const preset = scenario.deals.find((d) => d.id === 'ru-gas-for-loyalty')!;
    const r = act(quiet, 'russia', { type: 'bargain.offer', give: preset.give, ask: preset.ask }, quiet.state.seq);
    if (!r.ok) throw new Error(r.error.message);
    expect(timeUpOf(r.session, playTimeout(r.session, {}, 'pass'), 'pass')).toMatchObject({ phase: 'bargaining', rejected: true, factions: expect.arrayContaining(['belarus']) });
  });
});
