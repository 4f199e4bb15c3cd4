// Facilitation in the application statechart, through transition(): the White Cell console over any match screen,
// its moves (an override refused without a reason), pause, and the clock's defaults when a phase's time runs out.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { appMachine, type AppEvent } from '../../game/app/app.machine';
import { timedRound } from '../../game/app/facilitator/clock';
import { readFacilitation } from '../../game/app/facilitator/settings';
import { project } from '../../game/app/projection';
import { projectorState, roomState } from '../../game/app/projector/feed';
import { phaseRound } from '../../game/app/facilitator/timeout';
import { stateName } from '../../game/rules/decisions';
import { SCENARIOS_DIR, scenarioFiles, scenarioIds } from '../../scripts/scenario-files';

const folders = Object.fromEntries(scenarioIds().map((id) => [id, scenarioFiles(join(SCENARIOS_DIR, id))]));
type Snap = ReturnType<typeof initialTransition<typeof appMachine>>[0];
const send = (s: Snap, ...events: AppEvent[]): Snap => events.reduce((x, e) => transition(appMachine, x, e)[0], s);
const at = (s: Snap) => stateName(s.value);

function match(search = '?whitecell=1&timer=300&timeout=commit'): Snap {
  const [s0] = initialTransition(appMachine, { requested: 'ultimatum', seed: 11, facilitation: readFacilitation(search) });
  return send(s0, { type: 'catalogue.loaded', folders }, { type: 'hotseat.setup' }, { type: 'seats.confirm' });
}
const expire = (s: Snap) => send(s, { type: 'timer.expired', round: phaseRound(s.context.session)! });

describe('facilitation settings from the address', () => {
  it('reads a White Cell, a timer and the default, and names each bad parameter', () => {
    expect(readFacilitation('?whitecell=1&timer=3&timeout=pass')).toEqual({ settings: { whiteCell: true, timer: { orders: 3, bargaining: 3 }, onTimeout: 'pass' }, problems: [] });
    const bad = readFacilitation('?whitecell=maybe&timer=-4&timeout=later');
    expect(bad.problems).toHaveLength(3);
    expect(bad.problems.join(' ')).toMatch(/whitecell=maybe.*timer=-4.*timeout=later/);
    expect(bad.settings.whiteCell).toBe(false);
  });
});

describe('the White Cell console', () => {
  it('opens over a turn only when a facilitator sits in, and returns to the screen it covered', () => {
    const noCell = match('');
    expect(at(send(noCell, { type: 'whitecell.open' }))).toBe('match.handoff');
    const turn = send(match(), { type: 'handoff.ready' });
    const open = send(turn, { type: 'whitecell.open' });
    expect(at(open)).toBe('match.whiteCell');
    expect(at(send(open, { type: 'whitecell.close' }))).toBe('match.turn');
    expect(at(send(match(), { type: 'whitecell.open' }, { type: 'whitecell.close' }))).toBe('match.handoff');
  });

  it('refuses an override without a reason with a message, then applies one with a reason, kept for the save', () => {
    const open = send(match(), { type: 'whitecell.open' });
    const seq = open.context.session!.state.seq;
    const refused = send(open, { type: 'whitecell.act', action: { type: 'override', track: 'economy', value: 8, reason: ' ' }, seq });
    expect(refused.context.whiteCellRefused).toMatchObject({ type: 'override', error: { message: expect.stringMatching(/reason/) } });
    expect(refused.context.session).toBe(open.context.session);
    const done = send(refused, { type: 'whitecell.act', action: { type: 'override', track: 'economy', value: 8, reason: 'Chinese credit line' }, seq });
    expect(done.context.whiteCellRefused).toBeNull();
    expect(done.context.session!.state.tracks.economy).toBe(8);
    expect(done.context.session!.actions.at(-1)).toMatchObject({ faction: 'facilitator', action: { reason: 'Chinese credit line' } });
    // The same click on the stale console changes nothing.
    expect(send(done, { type: 'whitecell.act', action: { type: 'override', track: 'economy', value: 2, reason: 'again' }, seq }).context.session).toBe(done.context.session);
  });

  it('goes to the result when an outcome override ends the game', () => {
    const open = send(match(), { type: 'whitecell.open' });
    const ended = send(open, { type: 'whitecell.act', action: { type: 'override.outcome', endState: 'statusQuoMarketization', reason: 'Time is up' }, seq: open.context.session!.state.seq }, { type: 'whitecell.close' });
    expect(at(ended)).toBe('result');
  });

  it('says a refusal on the console only: it is gone once the console closes, from the teams\' screens and the next console', () => {
    const open = send(match(), { type: 'whitecell.open' });
    const refused = send(open, { type: 'whitecell.act', action: { type: 'override', track: 'economy', value: 8, reason: '' }, seq: open.context.session!.state.seq });
    const said = /An override needs a written reason/;
    expect(JSON.stringify(project(refused).facilitation)).toMatch(said);
    const closed = send(refused, { type: 'whitecell.close' });
    expect(at(closed)).toBe('match.handoff');
    for (const s of [closed, send(closed, { type: 'handoff.ready' }), send(closed, { type: 'whitecell.open' })]) {
      expect(JSON.stringify({ ...project(s), scenario: null })).not.toMatch(said);
    }
  });

  it('clears a team\'s refused move when its screen changes (the console opened over it)', () => {
    const turn = send(match(), { type: 'handoff.ready' });
    const refused = send(turn, { type: 'turn.act', action: { type: 'orders.commit', cards: ['no-such-card'] }, seq: turn.context.session!.state.seq });
    expect(at(refused)).toBe('match.turn');
    expect(project(refused).error).not.toBeNull();
    const open = send(refused, { type: 'whitecell.open' });
    expect(project(open).error).toBeNull();
    expect(project(send(open, { type: 'whitecell.close' })).error).toBeNull();
  });

  it('ends the pause with the game: the console, the result and the projector do not say "paused" after the White Cell ends it', () => {
    const open = send(match(), { type: 'clock.pause' }, { type: 'whitecell.open' });
    expect(open.context.paused).toBe(true);
    const ended = send(open, { type: 'whitecell.act', action: { type: 'override.outcome', endState: 'statusQuoMarketization', reason: 'Out of class time' }, seq: open.context.session!.state.seq });
    expect(ended.context.paused).toBe(false);
    expect(send(ended, { type: 'clock.pause' }).context.paused).toBe(false);
    const result = send(ended, { type: 'whitecell.close' });
    expect(at(result)).toBe('result');
    expect(project(result).paused).toBe(false);
    expect(projectorState(roomState(result)).paused).toBe(false);
  });

  it('pauses and resumes', () => {
    const paused = send(match(), { type: 'clock.pause' });
    expect(paused.context.paused).toBe(true);
    expect(send(paused, { type: 'clock.resume' }).context.paused).toBe(false);
  });
});

describe('when time runs out', () => {
  it('commits the orders a team ticked, and none for the others, then passes the device on', () => {
    let s = send(match(), { type: 'handoff.ready' });
    const faction = s.context.faction!;
    const { rules, state } = s.context.session!;
    const hand = rules.legalActions(state, faction).find((a) => a.type === 'orders.commit' && a.cards.length > 0)!;
    if (hand.type !== 'orders.commit') throw new Error('no hand');
    s = send(s, { type: 'orders.draft', faction, cards: hand.cards });
    s = expire(s);
    const reveal = s.context.session!.state.revealed;
    expect(reveal[faction]).toEqual(hand.cards);
    expect(Object.values(reveal).flat()).toEqual(hand.cards);
    expect(s.context.session!.rules.view(s.context.session!.state, 'public').phase).not.toBe('orders');
    expect(['match.handoff', 'match.summary']).toContain(at(s));
  });

  it('commits nothing with the "pass" default, and a whole turn closes to the summary after bargaining times out', () => {
    let s = send(match('?whitecell=1&timer=3&timeout=pass'), { type: 'handoff.ready' });
    s = send(s, { type: 'orders.draft', faction: s.context.faction!, cards: ['anything'] });
    s = expire(s);
    expect(Object.values(s.context.session!.state.revealed).flat()).toEqual([]);
    if (phaseRound(s.context.session)?.endsWith('bargaining')) s = expire(s);
    expect(at(s)).toBe('match.summary');
    expect(s.context.summaryTurn).toBe(1);
  });

  it('leaves a notice for the screens that follow: whose moves the clock made, in which phase, and how; every notice of the turn, until the turn is over', () => {
    let s = send(match('?whitecell=1&timer=3&timeout=pass'), { type: 'handoff.ready' });
    const owing = s.context.session!.rules.activeFactions(s.context.session!.state);
    s = expire(s);
    const orders = { turn: 1, phase: 'orders', factions: expect.arrayContaining(owing), rejected: false, onTimeout: 'pass', seq: s.context.session!.state.seq };
    expect(s.context.timeUps).toEqual([orders]);
    expect(project(s).timeUps).toBe(s.context.timeUps);
    expect(phaseRound(s.context.session)).toBe('1.bargaining');
    // The bargaining's notice joins the orders' (it replaced it), and the summary of turn 1 shows both.
    s = expire(s);
    expect(at(s)).toBe('match.summary');
    expect(s.context.timeUps).toEqual([orders, expect.objectContaining({ turn: 1, phase: 'bargaining', seq: s.context.session!.state.seq })]);
    expect(project(s).timeUps.map((x) => x.phase)).toEqual(['orders', 'bargaining']);
    // Turn 2 is another turn: turn 1's notices are not its own, and its first timeout starts the list afresh.
    s = send(s, { type: 'summary.continue' });
    expect(project(s).timeUps).toEqual([]);
    s = expire(s);
    expect(s.context.timeUps).toEqual([expect.objectContaining({ turn: 2, phase: 'orders' })]);
    // A new match starts without one.
    s = send(s, { type: 'menu.open' }, { type: 'hotseat.setup' }, { type: 'seats.confirm' });
    expect(s.context.timeUps).toEqual([]);
  });

  it('plays the defaults under the open console too, which then closes onto where the game has gone', () => {
    const turn = send(match('?whitecell=1&timer=3&timeout=pass'), { type: 'handoff.ready' });
    const open = send(turn, { type: 'whitecell.open' });
    const timedOut = expire(open);
    expect(at(timedOut)).toBe('match.whiteCell');
    expect(phaseRound(timedOut.context.session)).not.toBe('1.orders');
    expect(timedOut.context.timeUps).toEqual([expect.objectContaining({ turn: 1, phase: 'orders', seq: timedOut.context.session!.state.seq })]);
    expect(project(timedOut).view?.seq).toBe(timedOut.context.session!.state.seq);
    // Not back to the first team's turn screen, whose phase is over: to the team that acts next.
    const closed = send(timedOut, { type: 'whitecell.close' });
    expect(closed.context.faction).toBe(timedOut.context.faction);
    expect(['match.handoff', 'match.turn']).toContain(at(closed));
    expect(closed.context.faction).toBe(closed.context.session!.rules.activeFactions(closed.context.session!.state)[0]);
  });

  it('closes the console onto the turn’s summary when the clock closed the turn under it', () => {
    let s = send(match('?whitecell=1&timer=3&timeout=pass'), { type: 'whitecell.open' });
    for (let i = 0; i < 3 && phaseRound(s.context.session)?.startsWith('1.'); i++) s = expire(s);
    expect(at(s)).toBe('match.whiteCell');
    expect(s.context.summaryTurn).toBe(1);
    // The next turn's clock waits for the room to read the summary, console open or not.
    expect(timedRound(s)).toEqual({ round: null, durationMs: 0 });
    expect(at(send(s, { type: 'whitecell.close' }))).toBe('match.summary');
  });

  it('ignores an expiry for a phase already over', () => {
    const s = send(match(), { type: 'timer.expired', round: '9.orders' });
    expect(s.context.session!.state.seq).toBe(match().context.session!.state.seq);
    const open = send(match(), { type: 'whitecell.open' });
    expect(send(open, { type: 'timer.expired', round: '9.orders' }).context.session).toBe(open.context.session);
  });
});

describe('which phase the clock times', () => {
  it('times the open phase with its own length, and nothing on the summary (console open or not) or without a timer', () => {
    const s = match('?whitecell=1&timer=90');
    expect(timedRound(s)).toEqual({ round: '1.orders', durationMs: 90_000 });
    expect(timedRound(send(s, { type: 'whitecell.open' }))).toEqual({ round: '1.orders', durationMs: 90_000 });
    expect(timedRound(match('?whitecell=1'))).toEqual({ round: null, durationMs: 0 });
    let summary = send(s, { type: 'handoff.ready' });
    summary = expire(summary);
    if (phaseRound(summary.context.session)?.endsWith('bargaining')) {
      expect(timedRound(summary).round).toBe('1.bargaining');
      summary = expire(summary);
    }
    expect(at(summary)).toBe('match.summary');
    expect(timedRound(summary)).toEqual({ round: null, durationMs: 0 });
    // The console opened over the summary does not start the next turn's clock while the room still reads it.
    expect(timedRound(send(summary, { type: 'whitecell.open' }))).toEqual({ round: null, durationMs: 0 });
  });
});
