// The application statechart (not rules): menu → seats → match (hand-off, turn, summary) → result.
// Pure: it assigns new values from the rules' pure functions and never touches the DOM, so transition() can test it.
import { assertEvent, assign, setup } from 'xstate';
import type { Action, Faction, RuleError } from '../rules';
import type { Notice } from '../store/store';
import { allBots, allHuman, humanCount, isBot, readSeat, soloSeats, type Seats } from './bots/seats';
import { entryKey, folderOfLoadedFiles, inMenuOrder, readFolder, withEntry, type CatalogueEntry, type ScenarioFiles } from './catalogue';
import type { Intent } from './intents';
import { act, nextFaction, startSession, type Session } from './session';
import { PLAY_VALUES, readPlay, type Play } from './url-options';
import { openWhatIf, type WhatIf } from './whatif/state';
import { requestProblem, type WhatIfResult } from './whatif/request';

/** A bot's move with its one-line reason, as the players read it. */
export interface BotMove { seq: number; turn: number; faction: Faction; reason: string }

export interface AppInput {
  /** The scenario id from the address (?scenario=), if any. */
  requested: string | null;
  /** Seed of the first match; each new match uses the next one. */
  seed: number;
  /** From the address (?play=), as written: start the requested scenario at once, solo as a faction or with
   *  three bots; a value it does not know is named on the menu. */
  play?: string | null;
}

export interface AppContext {
  requested: string | null;
  play: Play | null;
  /** ?play= as written, to name it when it is not one of PLAY_VALUES. */
  playAsked: string | null;
  seed: number;
  catalogue: CatalogueEntry[];
  /** Catalogue key (see entryKey) of the scenario chosen on the menu. */
  selected: string | null;
  notice: Notice | null;
  /** Catalogue key of the entry whose problems are on screen. */
  problems: string | null;
  session: Session | null;
  /** Whose hand-off or turn screen is up. */
  faction: Faction | null;
  /** Set when the last action closed a turn: the turn the summary reports on. */
  summaryTurn: number | null;
  error: RuleError | null;
  /** Person or bot in each seat. */
  seats: Seats;
  /** The person who last had the screen: a hand-off is needed only when the next person is someone else. */
  atDevice: Faction | null;
  /** Every bot move of this match with its reason, oldest first. */
  botMoves: BotMove[];
  /** The what-if panel, while it is open. */
  whatif: WhatIf | null;
  /** Counts what-if runs, so a late answer from a cancelled run is recognised and ignored. */
  whatifRuns: number;
}

/** Answers from the composition layer: the bot worker's move, the what-if workers' progress and result. */
export type WorkerEvent =
  | { type: 'bot.move'; faction: Faction; seq: number; action: Action; reason: string }
  | { type: 'whatif.progress'; run: number; done: number }
  | { type: 'whatif.done'; run: number; result: WhatIfResult }
  | { type: 'whatif.failed'; run: number; message: string };

export type AppEvent = Intent | WorkerEvent | { type: 'catalogue.loaded'; folders: Record<string, ScenarioFiles> };

export function selectedScenario(ctx: Pick<AppContext, 'catalogue' | 'selected'>) {
  const entry = ctx.catalogue.find((e) => entryKey(e) === ctx.selected);
  return entry?.ok ? entry.scenario : null;
}

function initialChoice(catalogue: CatalogueEntry[], requested: string | null): Pick<AppContext, 'selected' | 'notice'> {
  const firstPlayable = catalogue.find((e) => e.ok);
  const fallback = firstPlayable ? entryKey(firstPlayable) : null;
  if (requested === null) return { selected: fallback, notice: null };
  const asked = catalogue.find((e) => e.folder === requested);
  if (!asked) return { selected: fallback, notice: { kind: 'unknown-scenario', id: requested, known: catalogue.map((e) => e.folder) } };
  if (!asked.ok) return { selected: fallback, notice: { kind: 'invalid-scenario', id: requested } };
  return { selected: entryKey(asked), notice: null };
}

export const appMachine = setup({
  types: { context: {} as AppContext, events: {} as AppEvent, input: {} as AppInput },
  guards: {
    selectionPlayable: ({ context }) => selectedScenario(context) !== null,
    showsProblems: ({ context }) => context.problems !== null,
    // The move number on the intent must be the current one: a double click or a stale screen does nothing.
    currentMove: ({ context, event }) => event.type === 'turn.act' && context.session?.state.seq === event.seq,
    refused: ({ context }) => context.error !== null,
    refusedBot: ({ context }) => context.error !== null && isBot(context.seats, context.faction),
    turnClosed: ({ context }) => context.summaryTurn !== null,
    gameOver: ({ context }) => context.session!.rules.isOver(context.session!.state),
    playsAtOnce: ({ context }) => context.play !== null && context.notice === null && context.requested !== null && selectedScenario(context) !== null,
    botToMove: ({ context }) => isBot(context.seats, context.faction),
    // Only a move for the position the bot was asked about counts: a late answer about an older one is ignored.
    currentBotMove: ({ context, event }) => event.type === 'bot.move' && context.session?.state.seq === event.seq && event.faction === context.faction,
    handOffNeeded: ({ context }) => humanCount(context.seats) > 1 && context.atDevice !== context.faction,
    whatifFromMenu: ({ context }) => context.whatif?.returnTo === 'menu',
    whatifFromSummary: ({ context }) => context.whatif?.returnTo === 'summary',
    currentRun: ({ context, event }) => 'run' in event && event.run === context.whatif?.run?.id,
    runnable: ({ event }) => event.type === 'whatif.run' && requestProblem(event.request) === null,
  },
  actions: {
    loadCatalogue: assign(({ context, event }) => {
      assertEvent(event, 'catalogue.loaded');
      const catalogue = inMenuOrder(Object.entries(event.folders).map(([folder, files]) => readFolder(folder, files, 'bundled')));
      const choice = initialChoice(catalogue, context.requested);
      const badPlay = context.playAsked !== null && context.play === null;
      return { catalogue, ...choice, ...(badPlay && !choice.notice ? { notice: { kind: 'unknown-play', value: context.playAsked!, known: [...PLAY_VALUES] } as const } : {}) };
    }),
    select: assign(({ context, event }) => {
      assertEvent(event, 'scenario.select');
      return context.catalogue.some((e) => entryKey(e) === event.key) ? { selected: event.key, notice: null } : {};
    }),
    loadFiles: assign(({ context, event }) => {
      assertEvent(event, 'scenario.load');
      const entry = readFolder(folderOfLoadedFiles(event.files), event.files, 'loaded');
      const key = entryKey(entry);
      return { catalogue: withEntry(context.catalogue, entry), notice: null, ...(entry.ok ? { selected: key, problems: null } : { problems: key }) };
    }),
    showProblems: assign(({ event }) => {
      assertEvent(event, 'scenario.problems');
      return { problems: event.key };
    }),
    clearProblems: assign({ problems: null }),
    setSeat: assign(({ context, event }) => {
      assertEvent(event, 'seats.set');
      const seat = readSeat(event.seat);
      return seat && event.faction in context.seats ? { seats: { ...context.seats, [event.faction]: seat } } : {};
    }),
    seatsToPlay: assign(({ context }) => ({ seats: context.play === 'bots' ? allBots() : soloSeats(context.play!) })),
    seatSolo: assign(({ event }) => {
      assertEvent(event, 'seats.solo');
      return { seats: soloSeats(event.faction) };
    }),
    startMatch: assign(({ context }) => {
      const session = startSession(selectedScenario(context)!, context.seed);
      return { session, seed: context.seed + 1, faction: nextFaction(session), summaryTurn: null, error: null, atDevice: null, botMoves: [] };
    }),
    sit: assign(({ context }) => ({ atDevice: context.faction })),
    recordReason: assign(({ context, event }) => {
      assertEvent(event, 'bot.move');
      // Recorded before the move is applied, so the turn is the one the bot moved in.
      return { botMoves: [...context.botMoves, { seq: event.seq, turn: context.session!.state.turn, faction: event.faction, reason: event.reason }] };
    }),
    act: assign(({ context, event }) => {
      assertEvent(event, ['turn.act', 'bot.move']);
      const before = context.session!;
      const applied = act(before, context.faction!, event.action, event.seq);
      if (!applied.ok) return { error: applied.error, summaryTurn: null };
      const { state } = applied.session;
      const closed = state.turn !== before.state.turn || before.rules.isOver(state);
      return { session: applied.session, error: null, summaryTurn: closed ? before.state.turn : null };
    }),
    passDevice: assign(({ context }) => ({ faction: nextFaction(context.session!), error: null })),
    endMatch: assign({ session: null, faction: null, summaryTurn: null, error: null, botMoves: [], atDevice: null }),
    openWhatIf: assign(({ context }, params: { from: WhatIf['returnTo'] }) => ({ whatif: openWhatIf(context.session, selectedScenario(context), params.from) })),
    closeWhatIf: assign({ whatif: null }),
    startRun: assign(({ context, event }) => {
      assertEvent(event, 'whatif.run');
      const id = context.whatifRuns + 1;
      const total = event.request.games * (event.request.change ? 2 : 1);
      return { whatifRuns: id, whatif: { ...context.whatif!, run: { id, request: event.request, seed: context.seed }, request: event.request, done: 0, total, error: null } };
    }),
    refuseRun: assign(({ context, event }) => {
      assertEvent(event, 'whatif.run');
      return { whatif: { ...context.whatif!, request: event.request, error: requestProblem(event.request) } };
    }),
    progress: assign(({ context, event }) => {
      assertEvent(event, 'whatif.progress');
      return { whatif: { ...context.whatif!, done: Math.min(event.done, context.whatif!.total) } };
    }),
    showResult: assign(({ context, event }) => {
      assertEvent(event, 'whatif.done');
      return { whatif: { ...context.whatif!, run: null, done: context.whatif!.total, result: event.result } };
    }),
    runFailed: assign(({ context, event }) => {
      assertEvent(event, 'whatif.failed');
      return { whatif: { ...context.whatif!, run: null, error: event.message } };
    }),
    cancelRun: assign(({ context }) => ({ whatif: { ...context.whatif!, run: null, done: 0 } })),
  },
}).createMachine({
  id: 'app',
  context: ({ input }) => ({
    requested: input.requested, play: readPlay(input.play ?? null), playAsked: input.play ?? null, seed: input.seed, catalogue: [], selected: null, notice: null, problems: null,
    session: null, faction: null, summaryTurn: null, error: null,
    seats: allHuman(), atDevice: null, botMoves: [], whatif: null, whatifRuns: 0,
  }),
  initial: 'loading',
  states: {
    loading: { on: { 'catalogue.loaded': { target: 'starting', actions: 'loadCatalogue' } } },
    // ?play= goes straight into a match of the requested scenario; anything amiss with it shows the menu's notice.
    starting: { always: [{ guard: 'playsAtOnce', target: 'match', actions: ['seatsToPlay', 'startMatch'] }, { target: 'menu' }] },
    menu: {
      on: {
        'scenario.select': { actions: 'select' },
        'scenario.load': { target: 'checkingFiles', actions: 'loadFiles' },
        'scenario.problems': { target: 'problems', actions: 'showProblems' },
        'hotseat.setup': { guard: 'selectionPlayable', target: 'seats' },
        'whatif.open': { guard: 'selectionPlayable', target: 'whatif', actions: { type: 'openWhatIf', params: { from: 'menu' } } },
      },
    },
    checkingFiles: { always: [{ guard: 'showsProblems', target: 'problems' }, { target: 'menu' }] },
    problems: { on: { 'menu.open': { target: 'menu', actions: 'clearProblems' } } },
    seats: {
      on: {
        'seats.set': { actions: 'setSeat' },
        'seats.solo': { target: 'match', actions: ['seatSolo', 'startMatch'] },
        'seats.confirm': { target: 'match', actions: 'startMatch' },
        'menu.open': 'menu',
      },
    },
    match: {
      initial: 'next',
      on: { 'menu.open': { target: 'menu', actions: 'endMatch' } },
      states: {
        // Whoever acts next: a bot thinks (in a worker, outside this pure machine), a person gets the screen,
        // after a hand-off when the device must change hands.
        next: {
          always: [
            { guard: 'botToMove', target: 'botThinking' },
            { guard: 'handOffNeeded', target: 'handoff' },
            { target: 'turn', actions: 'sit' },
          ],
        },
        // Hot-seat: the device changes hands between people, and this screen shows nothing secret.
        handoff: { on: { 'handoff.ready': { target: 'turn', actions: 'sit' } } },
        turn: {
          on: {
            'turn.act': { guard: 'currentMove', target: 'routing', actions: 'act' },
            'whatif.open': { target: '#app.whatif', actions: { type: 'openWhatIf', params: { from: 'turn' } } },
          },
        },
        // The composition layer sees this state, asks the bot worker for a move from the faction's view and sends
        // it back as bot.move with the move number it was asked about.
        botThinking: { on: { 'bot.move': { guard: 'currentBotMove', target: 'routing', actions: ['recordReason', 'act'] } } },
        routing: {
          always: [
            // A refused move leaves the position as it was: a person tries again; a bot's (never seen: bots pick
            // from the legal actions) is shown as an error while the seat waits.
            { guard: 'refusedBot', target: 'botThinking' },
            { guard: 'refused', target: 'turn' },
            { guard: 'turnClosed', target: 'summary' },
            { target: 'next', actions: 'passDevice' },
          ],
        },
        summary: {
          on: {
            'summary.continue': [
              { guard: 'gameOver', target: '#app.result' },
              { target: 'next', actions: 'passDevice' },
            ],
            'whatif.open': { target: '#app.whatif', actions: { type: 'openWhatIf', params: { from: 'summary' } } },
          },
        },
      },
    },
    // The what-if panel: batches of bot games in workers (outside this machine), the baseline beside one change.
    whatif: {
      initial: 'setup',
      on: {
        'whatif.close': [
          { guard: 'whatifFromMenu', target: 'menu', actions: 'closeWhatIf' },
          { guard: 'whatifFromSummary', target: '#app.match.summary', actions: 'closeWhatIf' },
          { target: '#app.match.turn', actions: 'closeWhatIf' },
        ],
        'menu.open': { target: 'menu', actions: ['closeWhatIf', 'endMatch'] },
      },
      states: {
        setup: { on: { 'whatif.run': [{ guard: 'runnable', target: 'running', actions: 'startRun' }, { actions: 'refuseRun' }] } },
        running: {
          on: {
            'whatif.progress': { guard: 'currentRun', actions: 'progress' },
            'whatif.done': { guard: 'currentRun', target: 'shown', actions: 'showResult' },
            'whatif.failed': { guard: 'currentRun', target: 'setup', actions: 'runFailed' },
            'whatif.cancel': { target: 'setup', actions: 'cancelRun' },
          },
        },
        shown: { on: { 'whatif.run': [{ guard: 'runnable', target: 'running', actions: 'startRun' }, { actions: 'refuseRun' }] } },
      },
    },
    result: { on: { 'menu.open': { target: 'menu', actions: 'endMatch' } } },
  },
});
