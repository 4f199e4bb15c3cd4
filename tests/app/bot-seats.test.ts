// The application statechart with bot seats, driven with XState's pure transition(): the worker's part is played
// here by calling the bots on the faction's view, as game/app/bots/bot.worker.ts does.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { decide } from '../../game/ai/bot';
import { appMachine, botToAsk, type AppEvent } from '../../game/app/app.machine';
import { readFacilitation } from '../../game/app/facilitator/settings';
import { phaseRound } from '../../game/app/facilitator/timeout';
import { project } from '../../game/app/projection';
import { readUrlOptions } from '../../game/app/url-options';
import { stateName } from '../../game/rules/decisions';
import type { Faction } from '../../game/rules/types';
import { SCENARIOS_DIR, scenarioFiles, scenarioIds } from '../../scripts/scenario-files';
import { seeded } from '../helpers/play';

const folders = Object.fromEntries(scenarioIds().map((id) => [id, scenarioFiles(join(SCENARIOS_DIR, id))]));
type Snap = ReturnType<typeof initialTransition<typeof appMachine>>[0];
const send = (s: Snap, e: AppEvent): Snap => transition(appMachine, s, e)[0];
const at = (s: Snap) => stateName(s.value);

function menu(scenario = 'ultimatum'): Snap {
  const [s0] = initialTransition(appMachine, { requested: scenario, seed: 7 });
  return send(s0, { type: 'catalogue.loaded', folders });
}
const seatsScreen = (scenario = 'ultimatum'): Snap => send(menu(scenario), { type: 'hotseat.setup' });
const soloScreen = (scenario = 'ultimatum'): Snap => send(menu(scenario), { type: 'solo.setup' });
/** The menu's solo path: pick a side on the solo screen and start with its default computer players. */
const soloStart = (faction: Faction, scenario = 'ultimatum'): Snap =>
  send(send(soloScreen(scenario), { type: 'solo.side', faction }), { type: 'seats.confirm' });
const BOT = { kind: 'bot', persona: 'historical', difficulty: 'standard' } as const;

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
  it('solo: the menu\'s solo screen seats the player against two default bots, never hands off, and records every bot reason', () => {
    const start = soloStart('nato');
    expect(start.context.seats).toEqual({ nato: { kind: 'human' }, belarus: BOT, russia: BOT });
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

  it('the solo screen opens on Belarus against two default bots; the side and the bots change there, and only the bots\' seats take a bot', () => {
    let s = soloScreen();
    expect(at(s)).toBe('solo');
    expect(project(s).screen).toBe('solo');
    expect(s.context.seats).toEqual({ belarus: { kind: 'human' }, russia: BOT, nato: BOT });
    const hawk = { kind: 'bot', persona: 'hawk', difficulty: 'expert' } as const;
    s = send(s, { type: 'seats.set', faction: 'russia', seat: hawk });
    expect(s.context.seats.russia).toEqual(hawk);
    // Taking another side keeps the bot chosen for a seat (the hawk) and gives the seat just left the default one.
    s = send(s, { type: 'solo.side', faction: 'nato' });
    expect(s.context.seats).toEqual({ nato: { kind: 'human' }, russia: hawk, belarus: BOT });
    // The player's own seat cannot be made a bot here, nor a bot's seat a person: solo stays one person.
    expect(send(s, { type: 'seats.set', faction: 'nato', seat: hawk }).context.seats).toBe(s.context.seats);
    expect(send(s, { type: 'seats.set', faction: 'russia', seat: { kind: 'human' } }).context.seats).toBe(s.context.seats);
    expect(at(send(s, { type: 'menu.open' }))).toBe('menu');
    const started = send(s, { type: 'seats.confirm' });
    expect(at(started)).toBe('match.botThinking');
    expect(started.context.seats).toEqual({ nato: { kind: 'human' }, russia: hawk, belarus: BOT });
  });

  it('a new game\'s setup starts from the defaults, not from the last game\'s seats', () => {
    // A game with an easy NATO bot, left for the menu...
    let s = send(seatsScreen(), { type: 'seats.set', faction: 'nato', seat: { kind: 'bot', persona: 'historical', difficulty: 'easy' } });
    s = send(send(s, { type: 'seats.confirm' }), { type: 'menu.open' });
    expect(at(s)).toBe('menu');
    // ...and the next setup, for several players or solo, shows the defaults again.
    expect(send(s, { type: 'hotseat.setup' }).context.seats).toEqual({ belarus: { kind: 'human' }, russia: { kind: 'human' }, nato: { kind: 'human' } });
    const solo = send(send(s, { type: 'solo.setup' }), { type: 'seats.set', faction: 'russia', seat: { kind: 'bot', persona: 'hawk', difficulty: 'expert' } });
    expect(send(send(solo, { type: 'menu.open' }), { type: 'solo.setup' }).context.seats).toEqual({ belarus: { kind: 'human' }, russia: BOT, nato: BOT });
  });

  it('a bot turn: the machine waits in botThinking until the move for this position arrives', () => {
    const s = soloStart('russia');
    expect(at(s)).toBe('match.botThinking');
    const answer = botAnswer(s);
    const next = send(s, answer);
    expect(next.context.session!.state.seq).toBe(s.context.session!.state.seq + 1);
    expect(next.context.botMoves).toHaveLength(1);
    expect(next.context.botMoves[0]).toMatchObject({ faction: 'belarus', seq: 0, turn: 1 });
  });

  it('keeps a bot\'s reason for its secret orders off the screen until the orders are revealed', () => {
    let s = soloStart('russia');
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
    const s = soloStart('russia');
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

  it('names a seed that is not a whole number, and bad facilitation parameters, on the menu instead of playing on a guess', () => {
    expect(readUrlOptions('?seed=42')).toMatchObject({ seed: 42, problems: [] });
    expect(readUrlOptions('?seed=-7')).toMatchObject({ seed: -7, problems: [] });
    expect(readUrlOptions('?scenario=ultimatum')).toMatchObject({ seed: null, problems: [] });
    // Not a random seed in silence, and not 12 for "12abc".
    for (const bad of ['abc', '12abc', '', '1.5', '99999999999999999999']) {
      const read = readUrlOptions(`?seed=${bad}`);
      expect(read.seed, bad).toBeNull();
      expect(read.problems, bad).toEqual([`seed=${bad}: expected a whole number such as 42 (without one the dice are random)`]);
    }
    const open = (search: string) => {
      const options = readUrlOptions(search);
      const input = { requested: options.scenario, seed: options.seed ?? 1, play: options.play, urlProblems: options.problems, facilitation: readFacilitation(search) };
      return project(send(initialTransition(appMachine, input)[0], { type: 'catalogue.loaded', folders }));
    };
    const seed = open('?scenario=ultimatum&play=belarus&seed=12abc');
    expect(seed.screen).toBe('menu');
    expect(seed.addressProblems).toEqual(['seed=12abc: expected a whole number such as 42 (without one the dice are random)']);
    // The facilitation's problems show on the menu too, where the address's other problems are named.
    const timer = open('?scenario=ultimatum&timer=soon&seed=5');
    expect(timer.screen).toBe('menu');
    expect(timer.addressProblems).toEqual(['timer=soon: expected a number of seconds from 0 to 86400']);
    expect(timer.facilitation.problems).toEqual(timer.addressProblems);
    expect(open('?scenario=ultimatum&play=belarus&seed=5').screen).toBe('turn');
  });

  it('refuses a seat it does not know, keeping the seat as it was', () => {
    const s = seatsScreen();
    const bad = send(s, { type: 'seats.set', faction: 'russia', seat: { kind: 'bot', persona: 'wizard', difficulty: 'easy' } as never });
    expect(bad.context.seats.russia).toEqual({ kind: 'human' });
  });
});

describe('computer players under the White Cell console', () => {
  /** A facilitated solo match started from the address, with a phase clock whose default is a pass. */
  const facilitated = (play: Faction) =>
    send(initialTransition(appMachine, { requested: 'ultimatum', seed: 5, play, facilitation: readFacilitation('?whitecell=1&timer=60&timeout=pass') })[0], { type: 'catalogue.loaded', folders });
  const expire = (s: Snap) => send(s, { type: 'timer.expired', round: phaseRound(s.context.session)! });

  it('go on moving while it is open: after the clock ends the orders under it, the bot due in bargaining moves there', () => {
    // Belarus (a person) has the turn; the console opens over it, and the clock ends the orders phase.
    const open = send(facilitated('belarus'), { type: 'whitecell.open' });
    expect(botToAsk(open)).toBeNull();
    const bargaining = expire(open);
    expect(at(bargaining)).toBe('match.whiteCell');
    expect(phaseRound(bargaining.context.session)).toBe('1.bargaining');
    // The bot due to bargain is asked at once, not when the console closes (it was: the clock then passed for it).
    const bot = botToAsk(bargaining)!;
    expect(bot).not.toBeNull();
    expect(project(bargaining).thinking).toBe(bot);
    // The clock's expiry waits for that move, as on the bot's own screen.
    expect(expire(bargaining).context.session).toBe(bargaining.context.session);
    let s = bargaining;
    for (let i = 0; i < 10 && botToAsk(s); i++) s = send(s, botAnswer(s));
    expect(at(s)).toBe('match.whiteCell');
    expect(s.context.session!.state.seq).toBeGreaterThan(bargaining.context.session!.state.seq);
    expect(s.context.botMoves.map((m) => m.faction)).toContain(bot);
    // The console reads every reason; closing it leads where the game has gone.
    expect(project(s).botMoves).toEqual(s.context.botMoves);
    const closed = send(s, { type: 'whitecell.close' });
    expect(closed.context.faction).toBe(closed.context.session!.rules.activeFactions(closed.context.session!.state)[0] ?? null);
    expect(at(closed)).toBe(closed.context.summaryTurn !== null ? 'match.summary' : 'match.turn');
  });

  it('opens over a computer player\'s move, which is played under it; paused, the move waits', () => {
    const thinking = facilitated('nato');
    expect(at(thinking)).toBe('match.botThinking');
    const open = send(thinking, { type: 'whitecell.open' });
    expect(at(open)).toBe('match.whiteCell');
    expect(botToAsk(open)).toBe('belarus');
    const answer = botAnswer(open);
    const paused = send(open, { type: 'clock.pause' });
    expect(botToAsk(paused)).toBeNull();
    expect(send(paused, answer).context.session).toBe(paused.context.session);
    const moved = send(open, answer);
    expect(at(moved)).toBe('match.whiteCell');
    expect(moved.context.session!.state.seq).toBe(1);
    expect(botToAsk(moved)).toBe('russia');
    // Russia's bot too; then NATO, a person, is due: closing the console gives NATO its turn.
    const both = send(moved, botAnswer(moved));
    expect(botToAsk(both)).toBeNull();
    expect(both.context.botMoves.map((m) => m.faction)).toEqual(['belarus', 'russia']);
    const closed = send(both, { type: 'whitecell.close' });
    expect(at(closed)).toBe('match.turn');
    expect(closed.context.faction).toBe('nato');
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
    let s = soloStart('russia');
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
