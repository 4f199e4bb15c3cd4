// The application statechart (not rules): menu → seats or solo setup → match (hand-off, turn, summary) → result.
// Pure: it assigns new values from the rules' pure functions and never touches the DOM, so transition() can test it.
import { and, assertEvent, assign, enqueueActions, not, setup, type SnapshotFrom } from 'xstate';
import { closesPhase, FACTIONS, type Action, type FacilitatorAction, type Faction, type RuleError, type Scenario } from '../rules';
import type { Notice, SavesNotice } from '../store/store';
import { allBots, allHuman, humanCount, isBot, readSeat, seatLabels, seatsFromLabels, SOLO_SIDE, soloSeats, type Seats } from './bots/seats';
import { entryKey, folderOfLoadedFiles, inMenuOrder, readFolder, withEntry, type CatalogueEntry, type ScenarioFiles } from './catalogue';
import { DEFAULT_FACILITATION, type Facilitation } from './facilitator/settings';
import { phaseRound, playTimeout, timeUpOf, type Drafts, type TimeUp } from './facilitator/timeout';
import { actWhiteCell } from './facilitator/white-cell';
import type { Intent } from './intents';
import { act, answered, nextFaction, startSession, type Session } from './session';
import { exportFileName, nextSaveId, openSave, openSaveText, readRecord, recordOf, sessionAt, type SlotInfo } from './saves/records';
import { canBranch, openReplay, stepAction, stepTurn, withViewer, type ReplayModel } from './saves/replay-model';
import type { SaveRecord } from './saves/save-store';
import { PLAY_VALUES, readPlay, type Play } from './url-options';
import { openWhatIf, type WhatIf } from './whatif/state';
import { requestProblem, type WhatIfResult } from './whatif/request';

/** A White Cell move the rules refused: which kind (to name it beside its control) and why. */
export interface WhiteCellRefusal { type: FacilitatorAction['type']; error: RuleError }

/** A bot's move with its one-line reason, as the players read it. */
export interface BotMove { seq: number; turn: number; faction: Faction; reason: string }

export interface AppInput {
  /** The scenario id from the address (?scenario=), if any. */
  requested: string | null;
  /** Seed of the first match; each new match uses the next one. */
  seed: number;
  /** The clock for save dates (ISO text); tests pass a fixed one so transitions stay pure. */
  now?: () => string;
  /** Facilitation settings from the address, and the parameters it could not read. */
  facilitation?: { settings: Facilitation; problems: string[] };
  /** From the address (?play=), as written: start the requested scenario at once, solo as a faction or with
   *  three bots; a value it does not know is named on the menu. */
  play?: string | null;
  /** The address's other parameters that were not understood (?seed=), named on the menu. */
  urlProblems?: string[];
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
  now: () => string;
  /** Every saved game, as the save store last listed it plus this page's writes. */
  saves: SaveRecord[];
  savesNotice: SavesNotice | null;
  /** The save slot the match in progress writes to. */
  slot: SlotInfo | null;
  /** Set by an action that closed a phase or a turn, or ended the game: the match is written to its slot. */
  autosaveDue: boolean;
  replay: ReplayModel | null;
  /** Ids of stored entries that could not be read: never reused for a new slot. */
  unreadableIds: string[];
  // Facilitation (game/app/facilitator).
  facilitation: Facilitation;
  facilitationProblems: string[];
  /** Every parameter of the address not understood (the seed's and the facilitation's), named on the menu; a ?play=
   *  match does not start on a guess (a random seed, no timer) but stops at the menu that names them. */
  addressProblems: string[];
  drafts: Drafts;
  paused: boolean;
  /** The White Cell's last move the rules refused, and why: named beside the control that made it, on the console only. */
  whiteCellRefused: WhiteCellRefusal | null;
  /** The White Cell's last move that the rules took, confirmed beside its button until the console is opened again. */
  whiteCellDone: FacilitatorAction | null;
  /** The clock's timeouts of the turn, oldest first: whose moves it made. The screens say so until the turn is over. */
  timeUps: TimeUp[];
  /** Time the White Cell added to the phase being timed ("turn.phase"), on top of the phase's set time. */
  timeAdded: { round: string; ms: number } | null;
  /** The match screen the console covers, to return to; 'next' when it was opened over a computer player's move or
   *  once the game has moved on under it (the next team's hand-off, turn or bot, as if the console had not been
   *  open). A computer player whose move is next plays it under the console. */
  covered: 'handoff' | 'turn' | 'summary' | 'next';
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

/** The saved games arrive with the scenarios, so a new slot's number is always chosen knowing the stored ones. */
export type AppEvent =
  | Intent
  | WorkerEvent
  /** `saves` is what the browser's storage returned, checked here (readRecord) before use. */
  /** `checked`: shipped folders the build already read with the same parser (bundled-scenarios.ts); `folders`: files
   *  still to be read here. */
  | { type: 'catalogue.loaded'; folders: Record<string, ScenarioFiles>; checked?: Record<string, Scenario>; saves?: unknown[]; savesUnavailable?: string }
  /** More of the shipped folders, already read (off the main thread), when `catalogue.loaded` brought only the one
   *  ?play= starts (a faster first frame). */
  | { type: 'catalogue.more'; entries: CatalogueEntry[] }
  /** The save store refused a write or a delete. */
  | { type: 'saves.failed'; message: string }
  /** Another tab changed the stored games: here they all are again, unchecked. */
  | { type: 'saves.listed'; saves: unknown[] }
  /** From the composition layer when the phase timer (facilitator/timer.machine.ts) runs out for `round`. */
  | { type: 'timer.expired'; round: string };

/** What the application asks of the save store and the browser; the composition root carries them out. */
export type AppEffect =
  | { type: 'saves.write'; record: SaveRecord }
  | { type: 'saves.remove'; id: string }
  | { type: 'saves.download'; fileName: string; text: string };

const withRecord = (saves: readonly SaveRecord[], record: SaveRecord) => [...saves.filter((r) => r.id !== record.id), record];

/** Stored entries read back: the usable records, and the ids of those that are not (kept out of new slots). */
function readStored(stored: readonly unknown[]) {
  const saves = stored.flatMap((raw) => readRecord(raw) ?? []);
  const readable = new Set(saves.map((r) => r.id));
  const unreadableIds = stored.flatMap((raw) => {
    const id = (raw as { id?: unknown } | null)?.id;
    return typeof id === 'string' && !readable.has(id) ? [id] : [];
  });
  return { saves, unreadableIds, unreadable: stored.length - saves.length };
}

/** A new slot's id, past every stored one, including those that could not be read (they stay in storage). */
const freeSlot = (context: AppContext) => nextSaveId([...context.saves.map((r) => r.id), ...context.unreadableIds]);

/** A stored game replayed against the catalogue, or why it cannot be. */
function openRecord(context: AppContext, id: string | undefined) {
  const record = context.saves.find((r) => r.id === id);
  if (!record) return { record, opened: { ok: false as const, message: `There is no saved game "${id}".` } };
  return { record, opened: openSave(context.catalogue, record.save) };
}

/** Under the console, the game waits for a computer player's move (see AppContext.covered). */
const botUnderConsole = (ctx: Pick<AppContext, 'covered' | 'seats' | 'faction'>) => ctx.covered === 'next' && isBot(ctx.seats, ctx.faction);

/** The computer player the match waits for now, on its own screen or under the White Cell's console (which stops
 *  nothing); null for none, or while the White Cell has paused the game. */
export function botToAsk(snapshot: SnapshotFrom<typeof appMachine>): Faction | null {
  const ctx = snapshot.context;
  const waits = snapshot.matches({ match: 'botThinking' }) || (snapshot.matches({ match: 'whiteCell' }) && botUnderConsole(ctx));
  return waits && !ctx.paused && isBot(ctx.seats, ctx.faction) ? ctx.faction : null;
}

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
  types: { context: {} as AppContext, events: {} as AppEvent, input: {} as AppInput, emitted: {} as AppEffect },
  guards: {
    selectionPlayable: ({ context }) => selectedScenario(context) !== null,
    showsProblems: ({ context }) => context.problems !== null,
    // The move number on the intent must be the current one: a double click or a stale screen does nothing.
    currentMove: ({ context, event }) => event.type === 'turn.act' && context.session?.state.seq === event.seq,
    refused: ({ context }) => context.error !== null,
    refusedBot: ({ context }) => context.error !== null && isBot(context.seats, context.faction),
    turnClosed: ({ context }) => context.summaryTurn !== null,
    gameOver: ({ context }) => context.session!.rules.isOver(context.session!.state),
    inMatch: ({ context }) => context.session !== null,
    replaying: ({ context }) => context.replay !== null,
    branchable: ({ context }) => context.replay !== null && canBranch(context.replay),
    whiteCellOn: ({ context }) => context.facilitation.whiteCell,
    // The expiry is for the phase still open (not one the teams finished just before the clock's last tick).
    coveredTurn: ({ context }) => context.covered === 'turn',
    coveredSummary: ({ context }) => context.covered === 'summary',
    coveredNext: ({ context }) => context.covered === 'next',
    botUnderConsole: ({ context }) => botUnderConsole(context),
    timedRoundOpen: ({ context, event }) => event.type === 'timer.expired' && event.round === phaseRound(context.session),
    // Time is added to the phase the console showed, while it is still being played, and by a sensible amount.
    addsTime: ({ context, event }) => event.type === 'clock.addTime' && event.round === phaseRound(context.session) && event.seconds > 0 && event.seconds <= 3600,
    playsAtOnce: ({ context }) => context.play !== null && context.notice === null && context.addressProblems.length === 0 && context.requested !== null && selectedScenario(context) !== null,
    botToMove: ({ context }) => isBot(context.seats, context.faction),
    paused: ({ context }) => context.paused,
    setsComputerPlayer: ({ context, event }) => event.type === 'seats.set' && event.seat?.kind === 'bot' && isBot(context.seats, event.faction),
    // Only a move for the position the bot was asked about counts: a late answer about an older one is ignored.
    currentBotMove: ({ context, event }) => event.type === 'bot.move' && context.session?.state.seq === event.seq && event.faction === context.faction,
    handOffNeeded: ({ context }) => humanCount(context.seats) > 1 && context.atDevice !== context.faction,
    whatifFromMenu: ({ context }) => context.whatif?.returnTo === 'menu',
    whatifFromSummary: ({ context }) => context.whatif?.returnTo === 'summary',
    currentRun: ({ context, event }) => 'run' in event && event.run === context.whatif?.run?.id,
    runnable: ({ event }) => event.type === 'whatif.run' && requestProblem(event.request) === null,
    // Answers to the check are data the screen sends: a phase and a team that exist, each answer a choice's index.
    answerable: ({ context, event }) => event.type === 'learning.answer' && context.session !== null
      && (event.phase === 'before' || event.phase === 'after') && FACTIONS.includes(event.team)
      && Object.values(event.answers).every((a) => Number.isInteger(a) && a >= 0),
  },
  actions: {
    loadCatalogue: assign(({ context, event }) => {
      assertEvent(event, 'catalogue.loaded');
      const catalogue = inMenuOrder([
        ...Object.entries(event.checked ?? {}).map(([folder, scenario]): CatalogueEntry => ({ folder, origin: 'bundled', ok: true, scenario })),
        ...Object.entries(event.folders).map(([folder, files]) => readFolder(folder, files, 'bundled')),
      ]);
      const { saves, unreadableIds, unreadable } = readStored(event.saves ?? []);
      const savesNotice: SavesNotice | null = event.savesUnavailable ? { kind: 'unavailable', message: event.savesUnavailable }
        : unreadable ? { kind: 'unreadable', count: unreadable } : null;
      const choice = initialChoice(catalogue, context.requested);
      const badPlay = context.playAsked !== null && context.play === null;
      return {
        catalogue, ...choice, saves, savesNotice, unreadableIds,
        ...(badPlay && !choice.notice ? { notice: { kind: 'unknown-play', value: context.playAsked!, known: [...PLAY_VALUES] } as const } : {}),
      };
    }),
    addCatalogue: assign(({ context, event }) => {
      assertEvent(event, 'catalogue.more');
      const known = new Set(context.catalogue.map(entryKey));
      const added = event.entries.filter((e) => !known.has(entryKey(e)));
      return { catalogue: inMenuOrder([...context.catalogue, ...added]) };
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
    // Each new game's setup starts from the defaults, all on screen before it starts: a shared classroom device
    // must not hand the next class the last one's computer players, unseen.
    seatsForHotSeat: assign({ seats: () => allHuman() }),
    seatsForSolo: assign({ seats: () => soloSeats(SOLO_SIDE) }),
    soloSide: assign(({ context, event }) => {
      assertEvent(event, 'solo.side');
      return event.faction in context.seats ? { seats: soloSeats(event.faction, context.seats) } : {};
    }),
    startMatch: assign(({ context }) => {
      const session = startSession(selectedScenario(context)!, context.seed);
      const slot: SlotInfo = { id: freeSlot(context), origin: 'autosave', from: null, createdAt: context.now(), seats: seatLabels(context.seats), whiteCell: context.facilitation.whiteCell };
      return { session, seed: context.seed + 1, faction: nextFaction(session), summaryTurn: null, error: null, slot, autosaveDue: true, atDevice: null, botMoves: [] };
    }),
    sit: assign(({ context }) => ({ atDevice: context.faction })),
    // The answers belong to this game: they go into its session, and so into its save at once.
    recordAnswers: assign(({ context, event }) => {
      assertEvent(event, 'learning.answer');
      return { session: answered(context.session!, event.phase, event.team, event.answers), autosaveDue: true };
    }),
    standUp: assign({ atDevice: null }),
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
      return { session: applied.session, error: null, summaryTurn: closed ? before.state.turn : null, autosaveDue: closesPhase(before.state, state) };
    }),
    // Autosave: the match in progress is written to its own slot after every phase (and when it begins).
    autosave: enqueueActions(({ context, enqueue }) => {
      if (!context.autosaveDue || !context.session || !context.slot) return;
      const record = recordOf(context.slot, context.session, context.now());
      enqueue.assign({ saves: withRecord(context.saves, record), autosaveDue: false });
      enqueue.emit({ type: 'saves.write', record });
    }),
    clearSavesNotice: assign({ savesNotice: null }),
    // The stored list wins, but this tab's own game stays listed even if its latest write has not landed yet.
    relist: assign(({ context, event }) => {
      assertEvent(event, 'saves.listed');
      const { saves, unreadableIds } = readStored(event.saves);
      const own = context.saves.find((r) => r.id === context.slot?.id);
      return { saves: own ? withRecord(saves, own) : saves, unreadableIds };
    }),
    saveFailed: assign(({ event }) => {
      assertEvent(event, 'saves.failed');
      return { savesNotice: { kind: 'unavailable' as const, message: event.message } };
    }),
    resume: assign(({ context, event }) => {
      assertEvent(event, 'saves.resume');
      const { record, opened } = openRecord(context, event.id);
      if (!opened.ok) return { savesNotice: { kind: 'open-failed' as const, message: opened.message } };
      const session = sessionAt(opened, opened.save.actions.length);
      const slot: SlotInfo = { id: record!.id, origin: record!.origin, from: record!.from, createdAt: opened.save.createdAt, seats: opened.save.seats, whiteCell: record!.whiteCell === true || context.facilitation.whiteCell };
      return { session, slot, seats: seatsFromLabels(opened.save.seats), atDevice: null, botMoves: [], faction: nextFaction(session), summaryTurn: null, error: null, savesNotice: null, autosaveDue: false };
    }),
    deleteSave: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'saves.delete');
      enqueue.assign({ saves: context.saves.filter((r) => r.id !== event.id), savesNotice: null });
      enqueue.emit({ type: 'saves.remove', id: event.id });
    }),
    exportSave: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'saves.export');
      const record = context.saves.find((r) => r.id === event.id);
      if (record) enqueue.emit({ type: 'saves.download', fileName: exportFileName(record), text: JSON.stringify(record.save, null, 1) });
    }),
    // An imported file always gets a new slot, and only once every action has replayed: nothing is overwritten.
    importSave: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'saves.import');
      const opened = openSaveText(context.catalogue, event.text, event.upTo);
      if (!opened.ok) {
        enqueue.assign({ savesNotice: { kind: 'import-failed', fileName: event.fileName, message: opened.message, usable: opened.usable ?? 0, text: event.text } });
        return;
      }
      const session = sessionAt(opened, opened.save.actions.length);
      const slot: SlotInfo = { id: freeSlot(context), origin: 'import', from: event.fileName, createdAt: opened.save.createdAt, seats: opened.save.seats };
      const record = recordOf(slot, session, context.now());
      enqueue.assign({ saves: withRecord(context.saves, record), savesNotice: { kind: 'imported', fileName: event.fileName, id: record.id } });
      enqueue.emit({ type: 'saves.write', record });
    }),
    openReplay: assign(({ context, event }) => {
      assertEvent(event, 'replay.open');
      const { record, opened } = openRecord(context, event.id ?? context.slot?.id);
      return opened.ok ? { replay: openReplay(record!.id, opened), savesNotice: null } : { savesNotice: { kind: 'open-failed' as const, message: opened.message } };
    }),
    stepReplay: assign(({ context, event }) => {
      assertEvent(event, 'replay.step');
      const m = context.replay!;
      return { replay: event.unit === 'turn' ? stepTurn(m, event.delta) : stepAction(m, event.delta) };
    }),
    setViewer: assign(({ context, event }) => {
      assertEvent(event, 'replay.viewer');
      return { replay: withViewer(context.replay!, event.viewer) };
    }),
    closeReplay: assign({ replay: null }),
    // A branch is a new game in a new slot: the original save and its slot are left as they were, and so are its
    // teams' answers to the learning check (the new game's are its own).
    branch: assign(({ context }) => {
      const m = context.replay!;
      const session: Session = { ...sessionAt(m.opened, m.index), learning: {} };
      const slot: SlotInfo = { id: freeSlot(context), origin: 'branch', from: m.recordId, createdAt: context.now(), seats: m.opened.save.seats, whiteCell: context.facilitation.whiteCell };
      return { session, slot, seats: seatsFromLabels(m.opened.save.seats), atDevice: null, botMoves: [], replay: null, faction: nextFaction(session), summaryTurn: null, error: null, autosaveDue: true };
    }),
    passDevice: assign(({ context }) => ({ faction: nextFaction(context.session!), error: null })),
    endMatch: assign({ session: null, faction: null, summaryTurn: null, error: null, slot: null, autosaveDue: false, botMoves: [], atDevice: null }),
    configureFacilitation: assign(({ event }) => {
      assertEvent(event, 'facilitation.configure');
      return { facilitation: event.settings };
    }),
    resetFacilitation: assign({ drafts: {}, paused: false, whiteCellRefused: null, whiteCellDone: null, timeUps: [], timeAdded: null }),
    draft: assign(({ context, event }) => {
      assertEvent(event, 'orders.draft');
      const turn = context.session?.state.turn ?? 0;
      return { drafts: { ...context.drafts, [event.faction]: { turn, cards: [...event.cards] } } };
    }),
    pause: assign({ paused: true }),
    unpause: assign({ paused: false }),
    addTime: assign(({ context, event }) => {
      assertEvent(event, 'clock.addTime');
      const more = context.timeAdded?.round === event.round ? context.timeAdded.ms : 0;
      return { timeAdded: { round: event.round, ms: more + Math.round(event.seconds * 1000) } };
    }),
    whiteCellAct: assign(({ context, event }) => {
      assertEvent(event, 'whitecell.act');
      const applied = actWhiteCell(context.session!, event.action, event.seq);
      if (!applied.ok) return { whiteCellRefused: { type: event.action.type, error: applied.error }, whiteCellDone: null };
      // A game the White Cell ends is not paused any more: the result and the projector show its end, not a pause.
      const over = applied.session.rules.isOver(applied.session.state);
      return { session: applied.session, whiteCellRefused: null, whiteCellDone: event.action, paused: context.paused && !over };
    }),
    openWhiteCell: assign((_, params: { from: AppContext['covered'] }) => ({ covered: params.from })),
    // The game moved on under the console (the clock's defaults, a computer player's move): the screen it covered is
    // gone, and closing it leads where the teams' screens would have gone (the turn's summary, or the next team, or
    // the next computer player, who moves at once), as routing does.
    coverMovedOn: assign(({ context }) => (context.summaryTurn !== null
      ? { covered: 'summary' as const }
      : { covered: 'next' as const, faction: nextFaction(context.session!) })),
    // What the console said (a refusal, a confirmation) stays on the console: the teams' screens never show it.
    leaveWhiteCell: assign({ whiteCellRefused: null, whiteCellDone: null }),
    // A refused move's message belongs to the screen it was made on, and goes when that screen is left.
    clearError: assign({ error: null }),
    timeout: assign(({ context }) => {
      const before = context.session!;
      const { onTimeout } = context.facilitation;
      const session = playTimeout(before, context.drafts, onTimeout);
      const closed = session.state.turn !== before.state.turn || session.rules.isOver(session.state);
      // The orders' notice stays beside the bargaining's: a turn's notices go only with the turn.
      const notice = timeUpOf(before, session, onTimeout);
      const timeUps = [...context.timeUps.filter((x) => x.turn === before.state.turn), ...(notice ? [notice] : [])];
      return { session, error: null, summaryTurn: closed ? before.state.turn : null, autosaveDue: closesPhase(before.state, session.state), timeUps };
    }),
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
    // The games played so far stay counted, so that the panel can say how far the cancelled run got.
    cancelRun: assign(({ context }) => ({ whatif: { ...context.whatif!, run: null } })),
  },
}).createMachine({
  id: 'app',
  context: ({ input }) => ({
    requested: input.requested, play: readPlay(input.play ?? null), playAsked: input.play ?? null, seed: input.seed, catalogue: [], selected: null, notice: null, problems: null,
    session: null, faction: null, summaryTurn: null, error: null,
    now: input.now ?? (() => new Date().toISOString()), saves: [], savesNotice: null, slot: null, autosaveDue: false, replay: null,
    unreadableIds: [],
    facilitation: input.facilitation?.settings ?? DEFAULT_FACILITATION, facilitationProblems: input.facilitation?.problems ?? [],
    addressProblems: [...(input.urlProblems ?? []), ...(input.facilitation?.problems ?? [])],
    drafts: {}, paused: false, whiteCellRefused: null, whiteCellDone: null, timeUps: [], timeAdded: null, covered: 'handoff',
    seats: allHuman(), atDevice: null, botMoves: [], whatif: null, whatifRuns: 0,
  }),
  initial: 'loading',
  on: { 'saves.failed': { actions: 'saveFailed' }, 'saves.listed': { actions: 'relist' }, 'catalogue.more': { actions: 'addCatalogue' } },
  states: {
    loading: { on: { 'catalogue.loaded': { target: 'starting', actions: 'loadCatalogue' } } },
    // ?play= goes straight into a match of the requested scenario; anything amiss with it shows the menu's notice.
    starting: { always: [{ guard: 'playsAtOnce', target: 'match', actions: ['seatsToPlay', 'startMatch'] }, { target: 'menu' }] },
    menu: {
      on: {
        'scenario.select': { actions: 'select' },
        'scenario.load': { target: 'checkingFiles', actions: 'loadFiles' },
        'scenario.problems': { target: 'problems', actions: 'showProblems' },
        'hotseat.setup': { guard: 'selectionPlayable', target: 'seats', actions: ['clearSavesNotice', 'seatsForHotSeat'] },
        'solo.setup': { guard: 'selectionPlayable', target: 'solo', actions: ['clearSavesNotice', 'seatsForSolo'] },
        'whatif.open': { guard: 'selectionPlayable', target: 'whatif', actions: { type: 'openWhatIf', params: { from: 'menu' } } },
        'saves.resume': { target: 'resuming', actions: 'resume' },
        'saves.delete': { actions: 'deleteSave' },
        'saves.export': { actions: 'exportSave' },
        'saves.import': { actions: 'importSave' },
        'replay.open': { target: 'openingReplay', actions: 'openReplay' },
      },
    },
    // A resumed game opens where it stood: the result if it had ended, else the hand-off to whoever acts next.
    resuming: {
      always: [
        { guard: not('inMatch'), target: 'menu' },
        { guard: 'gameOver', target: 'result' },
        { target: 'match' },
      ],
    },
    checkingFiles: { always: [{ guard: 'showsProblems', target: 'problems' }, { target: 'menu' }] },
    problems: { on: { 'menu.open': { target: 'menu', actions: 'clearProblems' } } },
    seats: {
      on: {
        'seats.set': { actions: 'setSeat' },
        'seats.confirm': { target: 'match', actions: ['startMatch', 'autosave'] },
        'facilitation.configure': { actions: 'configureFacilitation' },
        'menu.open': 'menu',
      },
    },
    // Solo: the player's side and the two computer players' persona and difficulty, on one screen.
    solo: {
      on: {
        'solo.side': { actions: 'soloSide' },
        // Only the computer players' settings change here: the player's own seat is chosen as a side.
        'seats.set': { guard: 'setsComputerPlayer', actions: 'setSeat' },
        'seats.confirm': { target: 'match', actions: ['startMatch', 'autosave'] },
        'menu.open': 'menu',
      },
    },
    match: {
      initial: 'next',
      entry: 'resetFacilitation',
      on: {
        'menu.open': { target: 'menu', actions: 'endMatch' },
        // Facilitation: the White Cell's console over any match screen, the pause, and the ticked orders.
        'clock.pause': { guard: not('gameOver'), actions: 'pause' },
        'clock.resume': { actions: 'unpause' },
        'clock.addTime': { guard: 'addsTime', actions: 'addTime' },
        'orders.draft': { actions: 'draft' },
        'learning.answer': { guard: 'answerable', actions: ['recordAnswers', 'autosave'] },
      },
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
        handoff: {
          on: {
            'handoff.ready': { target: 'turn', actions: 'sit' },
            'whitecell.open': openWhiteCell('handoff'),
            'timer.expired': { guard: 'timedRoundOpen', target: 'routing', actions: ['timeout', 'autosave'] },
          },
        },
        turn: {
          exit: 'clearError',
          on: {
            'turn.act': { guard: 'currentMove', target: 'routing', actions: ['act', 'autosave'] },
            'whitecell.open': openWhiteCell('turn'),
            'whatif.open': { target: '#app.whatif', actions: { type: 'openWhatIf', params: { from: 'turn' } } },
            'timer.expired': { guard: 'timedRoundOpen', target: 'routing', actions: ['timeout', 'autosave'] },
          },
        },
        // The facilitator's console. It stops nothing: the clock runs on while it is open and computer players go
        // on moving (the console says so; the White Cell's pause is what stops them), and when time is up the
        // defaults are played at once, as on the teams' screens, and the console shows the new position and what
        // the clock did. As on a bot's own screen, the clock's expiry waits for a computer player's move under way.
        // Closing returns to the screen it covered (or, once the game moved on, where it has gone), or to the
        // result when the game ended, after the summary of a turn that closed under it.
        whiteCell: {
          exit: 'leaveWhiteCell',
          on: {
            'whitecell.act': { actions: 'whiteCellAct' },
            'bot.move': { guard: and(['botUnderConsole', 'currentBotMove', not('paused')]), actions: ['recordReason', 'act', 'coverMovedOn', 'autosave'] },
            'timer.expired': { guard: and(['timedRoundOpen', not('botUnderConsole')]), actions: ['timeout', 'coverMovedOn', 'autosave'] },
            'whitecell.close': [
              { guard: 'coveredSummary', target: 'summary' },
              { guard: 'gameOver', target: '#app.result' },
              { guard: 'coveredTurn', target: 'turn' },
              { guard: 'coveredNext', target: 'next' },
              { target: 'handoff' },
            ],
          },
        },
        // The composition layer sees this state (botToAsk), asks the bot worker for a move from the faction's view
        // and sends it back as bot.move with the move number it was asked about. The White Cell's pause holds the
        // computer players as it holds the clock and the teams: a move that arrives while paused is asked again on
        // resuming. The console opens over it, and the move is played under the console.
        botThinking: {
          exit: 'clearError',
          on: {
            'bot.move': { guard: and(['currentBotMove', not('paused')]), target: 'routing', actions: ['recordReason', 'act', 'autosave'] },
            'whitecell.open': openWhiteCell('next'),
          },
        },
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
            'whitecell.open': openWhiteCell('summary'),
            'summary.continue': [
              { guard: 'gameOver', target: '#app.result' },
              // The summary was everyone's: the next team to act gets the device through a hand-off again.
              { target: 'next', actions: ['passDevice', 'standUp'] },
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
    result: {
      on: {
        'menu.open': { target: 'menu', actions: 'endMatch' },
        'learning.answer': { guard: 'answerable', actions: ['recordAnswers', 'autosave'] },
        'replay.open': { target: 'openingReplay', actions: ['openReplay', 'endMatch'] },
      },
    },
    openingReplay: { always: [{ guard: 'replaying', target: 'replay' }, { target: 'menu' }] },
    replay: {
      on: {
        'replay.step': { actions: 'stepReplay' },
        'replay.viewer': { actions: 'setViewer' },
        'replay.branch': { guard: 'branchable', target: 'match', actions: ['branch', 'autosave'] },
        'menu.open': { target: 'menu', actions: 'closeReplay' },
      },
    },
  },
});

/** Opening the console from a match screen remembers which one, to return to it. */
function openWhiteCell(from: AppContext['covered']) {
  return { guard: 'whiteCellOn', target: 'whiteCell', actions: { type: 'openWhiteCell', params: { from } } } as const;
}
