// The application statechart with bot seats, driven with XState's pure transition(): the worker's part is played
// here by calling the bots on the faction's view, as game/app/bots/bot.worker.ts does.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { decide } from '../../game/ai/bot';
import { appMachine, type AppEvent } from '../../game/app/app.machine';
import { project } from '../../game/app/projection';
import { readUrlOptions } from '../../game/app/url-options';
import { stateName } from '../../game/rules/decisions';
import { SCENARIOS_DIR, scenarioFiles, scenarioIds } from '../../scripts/scenario-files';
import { seeded } from '../helpers/play';

const folders = Object.fromEntries(scenarioIds().map((id) => [id, scenarioFiles(join(SCENARIOS_DIR, id))]));
type Snap = ReturnType<typeof initialTransition<typeof appMachine>>[0];
const send = (s: Snap, e: AppEvent): Snap => transition(appMachine, s, e)[0];
const at = (s: Snap) => stateName(s.value);

function seatsScreen(scenario = 'ultimatum'): Snap {
  const [s0] = initialTransition(appMachine, { requested: scenario, seed: 7 });
  return send(send(s0, { type: 'catalogue.loaded', folders }), { type: 'hotseat.setup' });
}

/** What the bot worker answers: the bot's move from the faction's view only, for the position it was asked about. */
function botAnswer(s: Snap): AppEvent {
  const { rules, state, seed } = s.context.session!;
  const faction = s.context.faction!;
  const seat = s.context.seats[faction];
  if (seat.kind !== 'bot') throw new Error(`${faction} is not a bot`);
  const { action, reason } = decide(rules.scenario, rules.view(state, faction), faction, rules.legalActions(state, faction), { persona: seat.persona, difficulty: seat.difficulty, seed });
  return { type: 'bot.move', faction, seq: state.seq, action, reason };
}

/** Plays to the result: bots through their answers, people with seeded random legal moves. Returns the states seen. */
function playOut(s: Snap, pick = seeded(5)): { end: Snap; seen: string[] } {
  const seen: string[] = [];
  for (let guard = 0; guard < 600 && at(s) !== 'result'; guard++) {
    seen.push(at(s));
    if (at(s) === 'match.botThinking') s = send(s, botAnswer(s));
    else if (at(s) === 'match.handoff') s = send(s, { type: 'handoff.ready' });
    else if (at(s) === 'match.summary') s = send(s, { type: 'summary.continue' });
    else {
      expect(at(s)).toBe('match.turn');
      const { rules, state } = s.context.session!;
      const legal = rules.legalActions(state, s.context.faction!);
      s = send(s, { type: 'turn.act', action: legal[pick(legal.length)]!, seq: state.seq });
    }
  }
  return { end: s, seen };
}

describe('app statechart with bots', () => {
  it('solo: one click seats the player against two bots, never hands off, and records every bot reason', () => {
    const start = send(seatsScreen(), { type: 'seats.solo', faction: 'nato' });
    expect(start.context.seats).toEqual({
      nato: { kind: 'human' },
      belarus: { kind: 'bot', persona: 'historical', difficulty: 'standard' },
      russia: { kind: 'bot', persona: 'historical', difficulty: 'standard' },
    });
    // Belarus moves first in the ultimatum: its bot is asked at once, without a hand-off.
    expect(at(start)).toBe('match.botThinking');
    expect(start.context.faction).toBe('belarus');
    const { end, seen } = playOut(start);
    expect(at(end)).toBe('result');
    expect(seen).not.toContain('match.handoff');
    expect(seen).toContain('match.turn');
    const moves = end.context.botMoves;
    expect(moves.length).toBeGreaterThan(3);
    expect(moves.every((m) => m.faction !== 'nato' && m.reason.length > 10)).toBe(true);
    expect(moves.some((m) => m.reason.startsWith('Russia '))).toBe(true);
    // Every bot move is in the session's action list, at the move number it was made for.
    for (const m of moves) expect(end.context.session!.actions[m.seq]!.faction).toBe(m.faction);
  });

  it('solo keeps a bot already chosen for a seat (an expert hawk), and gives the other seat the default one', () => {
    const hawk = { kind: 'bot', persona: 'hawk', difficulty: 'expert' } as const;
    const chosen = send(seatsScreen(), { type: 'seats.set', faction: 'russia', seat: { kind: 'bot', persona: 'hawk', difficulty: 'expert' } });
    expect(chosen.context.seats.russia).toEqual(hawk);
    expect(send(chosen, { type: 'seats.solo', faction: 'nato' }).context.seats).toEqual({
      nato: { kind: 'human' }, russia: hawk, belarus: { kind: 'bot', persona: 'historical', difficulty: 'standard' },
    });
    // The player's own seat is theirs even if a bot had been chosen for it.
    expect(send(chosen, { type: 'seats.solo', faction: 'russia' }).context.seats.russia).toEqual({ kind: 'human' });
  });

  it('a bot turn: the machine waits in botThinking until the move for this position arrives', () => {
    const s = send(seatsScreen(), { type: 'seats.solo', faction: 'russia' });
    expect(at(s)).toBe('match.botThinking');
    const answer = botAnswer(s);
    const next = send(s, answer);
    expect(next.context.session!.state.seq).toBe(s.context.session!.state.seq + 1);
    expect(next.context.botMoves).toHaveLength(1);
    expect(next.context.botMoves[0]).toMatchObject({ faction: 'belarus', seq: 0, turn: 1 });
  });

  it('keeps a bot\'s reason for its secret orders off the screen until the orders are revealed', () => {
    let s = send(seatsScreen(), { type: 'seats.solo', faction: 'russia' });
    s = send(s, botAnswer(s));
    expect(at(s)).toBe('match.turn');
    expect(s.context.botMoves[0]!.reason).toMatch(/^Belarus /);
    expect(project(s).botMoves).toEqual([{ ...s.context.botMoves[0], reason: null }]);
    expect(JSON.stringify(project(s))).not.toContain(s.context.botMoves[0]!.reason);
    // Russia commits; NATO's bot commits; the orders are revealed and so are the reasons.
    const { rules, state } = s.context.session!;
    s = send(s, { type: 'turn.act', action: rules.legalActions(state, 'russia')[0]!, seq: state.seq });
    while (at(s) === 'match.botThinking' && s.context.session!.state.turn === 1 && rules.view(s.context.session!.state, 'public').phase === 'orders') s = send(s, botAnswer(s));
    expect(project(s).botMoves.filter((m) => m.faction !== 'russia').every((m) => m.reason !== null)).toBe(true);
  });

  it('ignores a stale bot move (an older move number) and one for another faction', () => {
    const s = send(seatsScreen(), { type: 'seats.solo', faction: 'russia' });
    const answer = botAnswer(s) as Extract<AppEvent, { type: 'bot.move' }>;
    const after = send(s, answer);
    // The same answer arriving twice (a slow worker) is now about an older position: nothing changes.
    const again = send(after, answer);
    expect(again.context.session).toBe(after.context.session);
    expect(again.context.botMoves).toBe(after.context.botMoves);
    const wrongFaction = send(s, { ...answer, faction: 'nato' });
    expect(wrongFaction.context.session).toBe(s.context.session);
    // People cannot move for a bot either.
    expect(send(s, { type: 'turn.act', action: answer.action, seq: answer.seq }).context.session).toBe(s.context.session);
  });

  it('any mix works in any scenario: two people and a bot hand off only between the people', () => {
    for (const id of scenarioIds()) {
      let s = seatsScreen(id);
      s = send(s, { type: 'seats.set', faction: 'belarus', seat: { kind: 'bot', persona: 'hawk', difficulty: 'easy' } });
      s = send(s, { type: 'seats.confirm' });
      const { end, seen } = playOut(s);
      expect(at(end), id).toBe('result');
      expect(seen, id).toContain('match.handoff');
      expect(seen, id).toContain('match.botThinking');
      expect(end.context.botMoves.every((m) => m.faction === 'belarus'), id).toBe(true);
    }
  });

  it('three bots play a whole match with no one at the device but the summaries', () => {
    let s = seatsScreen('airbase');
    for (const faction of ['belarus', 'russia', 'nato'] as const) s = send(s, { type: 'seats.set', faction, seat: { kind: 'bot', persona: 'opportunist', difficulty: 'easy' } });
    const { end, seen } = playOut(send(s, { type: 'seats.confirm' }));
    expect(at(end)).toBe('result');
    expect(new Set(seen)).toEqual(new Set(['match.botThinking', 'match.summary']));
  });

  it('starts at once from the address: ?play=<faction> solo, ?play=bots three bots; a bad scenario shows the menu', () => {
    const start = (requested: string, play: 'belarus' | 'bots') => send(initialTransition(appMachine, { requested, seed: 3, play })[0], { type: 'catalogue.loaded', folders });
    const solo = start('ultimatum', 'belarus');
    expect(at(solo)).toBe('match.turn');
    expect(solo.context.faction).toBe('belarus');
    expect(solo.context.seats.russia.kind).toBe('bot');
    const bots = start('suwalki', 'bots');
    expect(at(bots)).toBe('match.botThinking');
    expect(playOut(bots).seen).not.toContain('match.turn');
    const unknown = start('atlantis', 'belarus');
    expect(at(unknown)).toBe('menu');
    expect(unknown.context.notice).toMatchObject({ kind: 'unknown-scenario' });
    expect(readUrlOptions('?play=bots&scenario=x').play).toBe('bots');
    const kremlin = send(initialTransition(appMachine, { requested: 'ultimatum', seed: 3, play: readUrlOptions('?play=kremlin').play })[0], { type: 'catalogue.loaded', folders });
    expect(at(kremlin)).toBe('menu');
    expect(kremlin.context.notice).toEqual({ kind: 'unknown-play', value: 'kremlin', known: ['belarus', 'russia', 'nato', 'bots'] });
  });

  it('refuses a seat it does not know, keeping the seat as it was', () => {
    const s = seatsScreen();
    const bad = send(s, { type: 'seats.set', faction: 'russia', seat: { kind: 'bot', persona: 'wizard', difficulty: 'easy' } as never });
    expect(bad.context.seats.russia).toEqual({ kind: 'human' });
  });
});

describe('app statechart: the what-if panel', () => {
  const request = { games: 10, seats: { belarus: { persona: 'historical', difficulty: 'easy' }, russia: { persona: 'hawk', difficulty: 'easy' }, nato: { persona: 'historical', difficulty: 'easy' } }, change: { kind: 'track', track: 'posture', value: 3 } } as const;
  const result = { request, baseline: { games: 10, endStates: { a: 10 }, winRates: { belarus: 1, russia: 0, nato: 0 }, meanVp: { belarus: 1, russia: 0, nato: 0 }, meanTurns: 3, commitmentPath: [1] }, changed: null };

  it('runs from the menu with progress, ignores answers of a cancelled run, and returns to the menu', () => {
    const [s0] = initialTransition(appMachine, { requested: 'ultimatum', seed: 7 });
    let s = send(send(s0, { type: 'catalogue.loaded', folders }), { type: 'whatif.open' });
    expect(at(s)).toBe('whatif.setup');
    expect(s.context.whatif).toMatchObject({ returnTo: 'menu', branch: null });
    expect(send(s, { type: 'whatif.run', request: { ...request, games: 0 } }).context.whatif!.error).toMatch(/number of games/);
    s = send(s, { type: 'whatif.run', request });
    expect(at(s)).toBe('whatif.running');
    expect(s.context.whatif).toMatchObject({ run: { id: 1 }, total: 20, done: 0 });
    s = send(s, { type: 'whatif.progress', run: 1, done: 8 });
    expect(s.context.whatif!.done).toBe(8);
    s = send(s, { type: 'whatif.cancel' });
    expect(at(s)).toBe('whatif.setup');
    // The form keeps what was asked, ready to run again, and how far the cancelled run got.
    expect(s.context.whatif).toMatchObject({ run: null, request, done: 8, total: 20 });
    s = send(s, { type: 'whatif.run', request });
    // The cancelled run's late answers are ignored; the current one's are shown.
    expect(send(s, { type: 'whatif.done', run: 1, result }).context.whatif!.result).toBeNull();
    s = send(s, { type: 'whatif.done', run: 2, result });
    expect(at(s)).toBe('whatif.shown');
    expect(s.context.whatif!.result).toBe(result);
    expect(at(send(s, { type: 'whatif.close' }))).toBe('menu');
  });

  it('branches from a game in progress without its secret orders, and returns to the same turn', () => {
    let s = send(seatsScreen(), { type: 'seats.solo', faction: 'russia' });
    s = send(s, botAnswer(s)); // Belarus (a bot) commits its orders: secret until the reveal
    expect(at(s)).toBe('match.turn');
    const session = s.context.session!;
    s = send(s, { type: 'whatif.open' });
    expect(at(s)).toBe('whatif.setup');
    expect(s.context.whatif).toMatchObject({ returnTo: 'turn', branchTurn: 1, branch: { seed: session.seed, actions: [] } });
    const back = send(s, { type: 'whatif.close' });
    expect(at(back)).toBe('match.turn');
    expect(back.context.session).toBe(session);
  });
});
