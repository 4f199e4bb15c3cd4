// The application statechart (not rules): menu → seats → match (hand-off, turn, summary) → result.
// Pure: it assigns new values from the rules' pure functions and never touches the DOM, so transition() can test it.
import { assertEvent, assign, setup } from 'xstate';
import type { Faction, RuleError } from '../rules';
import type { Notice } from '../store/store';
import { entryKey, folderOfLoadedFiles, inMenuOrder, readFolder, withEntry, type CatalogueEntry, type ScenarioFiles } from './catalogue';
import { DEFAULT_FACILITATION, type Facilitation } from './facilitator/settings';
import { phaseRound, playTimeout, type Drafts } from './facilitator/timeout';
import { actWhiteCell } from './facilitator/white-cell';
import type { Intent } from './intents';
import { act, nextFaction, startSession, type Session } from './session';

export interface AppInput {
  /** The scenario id from the address (?scenario=), if any. */
  requested: string | null;
  /** Seed of the first match; each new match uses the next one. */
  seed: number;
  /** Facilitation settings from the address, and the parameters it could not read. */
  facilitation?: { settings: Facilitation; problems: string[] };
}

export interface AppContext {
  requested: string | null;
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
  // Facilitation (game/app/facilitator).
  facilitation: Facilitation;
  facilitationProblems: string[];
  drafts: Drafts;
  paused: boolean;
  /** Why the White Cell's last move was refused, or null. */
  whiteCellError: RuleError | null;
  /** The match screen the console covers, to return to. */
  covered: 'handoff' | 'turn' | 'summary';
}

export type AppEvent = Intent | { type: 'catalogue.loaded'; folders: Record<string, ScenarioFiles> }
  /** From the composition layer when the phase timer (facilitator/timer.machine.ts) runs out for `round`. */
  | { type: 'timer.expired'; round: string };

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
    turnClosed: ({ context }) => context.summaryTurn !== null,
    sameFactionAgain: ({ context }) => nextFaction(context.session!) === context.faction,
    gameOver: ({ context }) => context.session!.rules.isOver(context.session!.state),
    whiteCellOn: ({ context }) => context.facilitation.whiteCell,
    // The expiry is for the phase still open (not one the teams finished just before the clock's last tick).
    coveredTurn: ({ context }) => context.covered === 'turn',
    coveredSummary: ({ context }) => context.covered === 'summary',
    timedRoundOpen: ({ context, event }) => event.type === 'timer.expired' && event.round === phaseRound(context.session),
  },
  actions: {
    loadCatalogue: assign(({ context, event }) => {
      assertEvent(event, 'catalogue.loaded');
      const catalogue = inMenuOrder(Object.entries(event.folders).map(([folder, files]) => readFolder(folder, files, 'bundled')));
      return { catalogue, ...initialChoice(catalogue, context.requested) };
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
    startMatch: assign(({ context }) => {
      const session = startSession(selectedScenario(context)!, context.seed);
      return { session, seed: context.seed + 1, faction: nextFaction(session), summaryTurn: null, error: null };
    }),
    act: assign(({ context, event }) => {
      assertEvent(event, 'turn.act');
      const before = context.session!;
      const applied = act(before, context.faction!, event.action, event.seq);
      if (!applied.ok) return { error: applied.error, summaryTurn: null };
      const { state } = applied.session;
      const closed = state.turn !== before.state.turn || before.rules.isOver(state);
      return { session: applied.session, error: null, summaryTurn: closed ? before.state.turn : null };
    }),
    passDevice: assign(({ context }) => ({ faction: nextFaction(context.session!), error: null })),
    endMatch: assign({ session: null, faction: null, summaryTurn: null, error: null }),
    configureFacilitation: assign(({ event }) => {
      assertEvent(event, 'facilitation.configure');
      return { facilitation: event.settings };
    }),
    resetFacilitation: assign({ drafts: {}, paused: false, whiteCellError: null }),
    draft: assign(({ context, event }) => {
      assertEvent(event, 'orders.draft');
      const turn = context.session?.state.turn ?? 0;
      return { drafts: { ...context.drafts, [event.faction]: { turn, cards: [...event.cards] } } };
    }),
    pause: assign({ paused: true }),
    resume: assign({ paused: false }),
    whiteCellAct: assign(({ context, event }) => {
      assertEvent(event, 'whitecell.act');
      const applied = actWhiteCell(context.session!, event.action, event.seq);
      return applied.ok ? { session: applied.session, whiteCellError: null } : { whiteCellError: applied.error };
    }),
    openWhiteCell: assign((_, params: { from: AppContext['covered'] }) => ({ whiteCellError: null, covered: params.from })),
    timeout: assign(({ context }) => {
      const before = context.session!;
      const session = playTimeout(before, context.drafts, context.facilitation.onTimeout);
      const closed = session.state.turn !== before.state.turn || session.rules.isOver(session.state);
      return { session, error: null, summaryTurn: closed ? before.state.turn : null };
    }),
  },
}).createMachine({
  id: 'app',
  context: ({ input }) => ({
    requested: input.requested, seed: input.seed, catalogue: [], selected: null, notice: null, problems: null,
    session: null, faction: null, summaryTurn: null, error: null,
    facilitation: input.facilitation?.settings ?? DEFAULT_FACILITATION, facilitationProblems: input.facilitation?.problems ?? [],
    drafts: {}, paused: false, whiteCellError: null, covered: 'handoff',
  }),
  initial: 'loading',
  states: {
    loading: { on: { 'catalogue.loaded': { target: 'menu', actions: 'loadCatalogue' } } },
    menu: {
      on: {
        'scenario.select': { actions: 'select' },
        'scenario.load': { target: 'checkingFiles', actions: 'loadFiles' },
        'scenario.problems': { target: 'problems', actions: 'showProblems' },
        'hotseat.setup': { guard: 'selectionPlayable', target: 'seats' },
      },
    },
    checkingFiles: { always: [{ guard: 'showsProblems', target: 'problems' }, { target: 'menu' }] },
    problems: { on: { 'menu.open': { target: 'menu', actions: 'clearProblems' } } },
    seats: {
      on: {
        'seats.confirm': { target: 'match', actions: 'startMatch' },
        'facilitation.configure': { actions: 'configureFacilitation' },
        'menu.open': 'menu',
      },
    },
    match: {
      initial: 'handoff',
      entry: 'resetFacilitation',
      on: {
        'menu.open': { target: 'menu', actions: 'endMatch' },
        // Facilitation: the White Cell's console over any match screen, the pause, and the ticked orders.
        'clock.pause': { actions: 'pause' },
        'clock.resume': { actions: 'resume' },
        'orders.draft': { actions: 'draft' },
      },
      states: {
        // Hot-seat: the device changes hands between factions, and this screen shows nothing secret.
        handoff: {
          on: {
            'handoff.ready': 'turn',
            'whitecell.open': openWhiteCell('handoff'),
            'timer.expired': { guard: 'timedRoundOpen', target: 'routing', actions: 'timeout' },
          },
        },
        turn: {
          on: {
            'turn.act': { guard: 'currentMove', target: 'routing', actions: 'act' },
            'whitecell.open': openWhiteCell('turn'),
            'timer.expired': { guard: 'timedRoundOpen', target: 'routing', actions: 'timeout' },
          },
        },
        // The facilitator's console. The clock's expiry waits until it closes (the composition layer repeats
        // it), so the defaults are never played behind the White Cell's back; closing returns to the screen it
        // covered, or to the result when an override ended the game.
        whiteCell: {
          on: {
            'whitecell.act': { actions: 'whiteCellAct' },
            'whitecell.close': [
              { guard: 'gameOver', target: '#app.result' },
              { guard: 'coveredTurn', target: 'turn' },
              { guard: 'coveredSummary', target: 'summary' },
              { target: 'handoff' },
            ],
          },
        },
        routing: {
          always: [
            { guard: 'refused', target: 'turn' },
            { guard: 'turnClosed', target: 'summary' },
            { guard: 'sameFactionAgain', target: 'turn' },
            { target: 'handoff', actions: 'passDevice' },
          ],
        },
        summary: {
          on: {
            'whitecell.open': openWhiteCell('summary'),
            'summary.continue': [
              { guard: 'gameOver', target: '#app.result' },
              { target: 'handoff', actions: 'passDevice' },
            ],
          },
        },
      },
    },
    result: { on: { 'menu.open': { target: 'menu', actions: 'endMatch' } } },
  },
});

/** Opening the console from a match screen remembers which one, to return to it. */
function openWhiteCell(from: AppContext['covered']) {
  return { guard: 'whiteCellOn', target: 'whiteCell', actions: { type: 'openWhiteCell', params: { from } } } as const;
}
