// The phase timer as a statechart driven by transition() with made-up time: it counts only while running,
// pauses and resumes with the game, restarts for each new phase, and expires once, at zero; and what the notice
// after a timeout says the clock did; and the clock beside the application actor, whose defaults apply when the
// time is up whatever screen is open.
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor, initialTransition, transition } from 'xstate';
import { appMachine } from '../../game/app/app.machine';
import { runClock } from '../../game/app/facilitator/clock';
import { readFacilitation } from '../../game/app/facilitator/settings';
import { timerMachine, type TimerEvent } from '../../game/app/facilitator/timer.machine';
import { phaseRound, playTimeout, timeUpOf } from '../../game/app/facilitator/timeout';
import { act, startSession } from '../../game/app/session';
import { stateName } from '../../game/rules/decisions';
import { loadScenario, SCENARIOS_DIR, scenarioFiles, scenarioIds } from '../../scripts/scenario-files';

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

describe('time the White Cell adds', () => {
  it('goes to the time left of the round being counted, running or paused; a new round starts afresh', () => {
    let s = send(start(), sync('1.orders', 60), tick(50_000), sync('1.orders', 120));
    expect(s.value).toBe('running');
    expect(s.context).toMatchObject({ remainingMs: 70_000, durationMs: 120_000 });
    s = send(s, sync('1.orders', 120, true), sync('1.orders', 180, true), tick(30_000));
    expect(s.value).toBe('paused');
    expect(s.context.remainingMs).toBe(130_000);
    // The same duration again (every sync of the application) adds nothing.
    expect(send(s, sync('1.orders', 180, false)).context.remainingMs).toBe(130_000);
    expect(send(s, sync('1.bargaining', 60)).context).toMatchObject({ round: '1.bargaining', remainingMs: 60_000 });
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

describe('the clock beside the application', () => {
  afterEach(() => { vi.useRealTimers(); });
  const folders = Object.fromEntries(scenarioIds().map((id) => [id, scenarioFiles(join(SCENARIOS_DIR, id))]));

  /** A facilitated hot-seat match of Ultimatum with a 3-second clock, driven by made-up time. */
  function clockedMatch() {
    vi.useFakeTimers();
    let ms = 0;
    const actor = createActor(appMachine, { input: { requested: 'ultimatum', seed: 11, facilitation: readFacilitation('?whitecell=1&timer=3&timeout=pass') } });
    const sync = runClock(actor, () => undefined, () => ms);
    actor.subscribe(() => sync());
    actor.start();
    actor.send({ type: 'catalogue.loaded', folders });
    actor.send({ type: 'hotseat.setup' });
    actor.send({ type: 'seats.confirm' });
    const pass = (seconds: number) => { for (let i = 0; i < seconds * 4; i++) { ms += 250; vi.advanceTimersByTime(250); } };
    return { actor, pass, at: () => stateName(actor.getSnapshot().value) };
  }

  it('plays the defaults the moment time is up, with the White Cell’s console open, which stays open', () => {
    const { actor, pass, at } = clockedMatch();
    actor.send({ type: 'whitecell.open' });
    expect(at()).toBe('match.whiteCell');
    const before = actor.getSnapshot().context.session!;
    expect(phaseRound(before)).toBe('1.orders');
    pass(3.5);
    const after = actor.getSnapshot().context;
    expect(phaseRound(after.session)).not.toBe('1.orders');
    expect(after.timeUps).toEqual([expect.objectContaining({ turn: 1, phase: 'orders', onTimeout: 'pass' })]);
    expect(at()).toBe('match.whiteCell');
  });

  it('runs on while a what-if is explored from a turn: the phase keeps its time left, and its timeout is played on return', () => {
    const { actor, pass, at } = clockedMatch();
    actor.send({ type: 'handoff.ready' });
    expect(at()).toBe('match.turn');
    pass(1);
    actor.send({ type: 'whatif.open' });
    expect(at()).toBe('whatif.setup');
    pass(1);
    actor.send({ type: 'whatif.close' });
    expect(phaseRound(actor.getSnapshot().context.session)).toBe('1.orders');
    // A second later the phase's 3 s are up (leaving for the what-if panel had given it 3 s afresh).
    pass(1.25);
    expect(phaseRound(actor.getSnapshot().context.session)).not.toBe('1.orders');
    // Time up under the panel: nothing is played behind it, and the defaults are played as the match screen returns.
    const under = clockedMatch();
    under.actor.send({ type: 'handoff.ready' });
    under.actor.send({ type: 'whatif.open' });
    under.pass(4);
    expect(phaseRound(under.actor.getSnapshot().context.session)).toBe('1.orders');
    under.actor.send({ type: 'whatif.close' });
    expect(under.actor.getSnapshot().context.timeUps).toEqual([expect.objectContaining({ turn: 1, phase: 'orders' })]);
    expect(phaseRound(under.actor.getSnapshot().context.session)).not.toBe('1.orders');
  });

  it('gives the phase a minute more from the console, and none to a phase no longer played', () => {
    const { actor, pass } = clockedMatch();
    actor.send({ type: 'whitecell.open' });
    actor.send({ type: 'clock.addTime', round: '2.orders', seconds: 60 });
    expect(actor.getSnapshot().context.timeAdded).toBeNull();
    actor.send({ type: 'clock.addTime', round: '1.orders', seconds: 60 });
    pass(3.5);
    expect(phaseRound(actor.getSnapshot().context.session)).toBe('1.orders');
    pass(60);
    expect(phaseRound(actor.getSnapshot().context.session)).not.toBe('1.orders');
    // The next phase has its own time, without the minute.
    expect(phaseRound(actor.getSnapshot().context.session)).toBe('1.bargaining');
    pass(3.5);
    expect(phaseRound(actor.getSnapshot().context.session)).not.toBe('1.bargaining');
  });

  it('does not count while the White Cell has paused the game from its console', () => {
    const { actor, pass } = clockedMatch();
    actor.send({ type: 'whitecell.open' });
    actor.send({ type: 'clock.pause' });
    const before = actor.getSnapshot().context.session;
    pass(10);
    expect(actor.getSnapshot().context.session).toBe(before);
    actor.send({ type: 'clock.resume' });
    pass(3.5);
    expect(phaseRound(actor.getSnapshot().context.session)).not.toBe('1.orders');
  });
});
