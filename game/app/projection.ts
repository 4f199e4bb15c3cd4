// From the application's snapshot to what the store holds: the screen, and the rules' view for whoever is at the
// device. Between turns that is the public view, so a hand-off screen cannot leak the last faction's orders.
import type { SnapshotFrom } from 'xstate';
import type { GameState, LearningAnswers, PlayerView, Rules, Viewer } from '../rules';
import type { BotMoveShown, Screen, UiState } from '../store/store';
import { afterActionOf } from './after-action';
import { appMachine, botToAsk, selectedScenario, type BotMove } from './app.machine';
import { entryKey, summarise } from './catalogue';
import { phaseRound } from './facilitator/timeout';
import { readingSummary } from './projector/feed';
import { projectSaves } from './saves/projection';
import type { Session } from './session';
import { stateShown } from './saves/replay-model';

type AppSnapshot = SnapshotFrom<typeof appMachine>;

const SCREENS: Screen[] = ['menu', 'problems', 'seats', 'solo', 'result', 'replay', 'whatif'];
const MATCH_SCREENS: Screen[] = ['handoff', 'turn', 'summary', 'whiteCell'];

function screenOf(snapshot: AppSnapshot): Screen {
  if (snapshot.matches({ match: 'botThinking' })) return 'thinking';
  return SCREENS.find((s) => snapshot.matches(s as never))
    ?? MATCH_SCREENS.find((s) => snapshot.matches({ match: s } as never))
    ?? 'loading';
}

// The same state seen by the same viewer gives the same view object, so subscribers (the map) that compare
// by reference only hear of real changes, not of every hand-off or screen change.
const views = new WeakMap<GameState, Map<Viewer, PlayerView>>();
function viewOf({ rules, state }: { rules: Rules; state: GameState }, viewer: Viewer): PlayerView {
  const cached = views.get(state) ?? new Map<Viewer, PlayerView>();
  views.set(state, cached);
  const view = cached.get(viewer) ?? rules.view(state, viewer);
  cached.set(viewer, view);
  return view;
}

/** Orders are secret until revealed, and so is a bot's reason for them; offers and answers are public at once. */
function shownBotMoves(moves: readonly BotMove[], session: Session): BotMoveShown[] {
  const { state, actions } = session;
  const ordersOpen = viewOf(session, 'public').phase === 'orders';
  return moves.map((m) => {
    const secret = actions[m.seq]?.action.type === 'orders.commit' && m.turn === state.turn && ordersOpen;
    return secret ? { ...m, reason: null } : m;
  });
}

const NO_ANSWERS: LearningAnswers = {};

/** The clock's notices of the turn the screen is about: the summary's while the room reads it (with the console or
 *  the what-if panel over it too), else the turn being played. */
function shownTimeUps(snapshot: AppSnapshot): UiState['timeUps'] {
  const ctx = snapshot.context;
  const turn = readingSummary(snapshot) ? ctx.summaryTurn : ctx.session?.state.turn;
  const shown = ctx.timeUps.filter((x) => x.turn === turn);
  // The same list while nothing is left out, so that subscribers comparing by reference hear only of a change.
  return shown.length === ctx.timeUps.length ? ctx.timeUps : shown;
}

export function project(snapshot: AppSnapshot): UiState {
  const ctx = snapshot.context;
  const screen = screenOf(snapshot);
  const shown = ctx.catalogue.find((e) => entryKey(e) === ctx.problems);
  const session = ctx.session;
  const player = screen === 'turn' ? ctx.faction : null;
  // The replay viewer shows a past state of a saved game, through the eyes the viewer chose.
  const replay = ctx.replay;
  const replayed = replay ? { rules: replay.opened.rules, state: stateShown(replay), graphs: replay.graphs } : null;
  // The White Cell's console sees everything; every other screen between turns sees only the public view.
  const viewer: Viewer = screen === 'whiteCell' ? 'facilitator' : player ?? 'public';
  return {
    screen,
    catalogue: ctx.catalogue.map(summarise),
    selected: ctx.selected,
    notice: ctx.notice,
    addressProblems: ctx.addressProblems,
    problems: shown && !shown.ok ? { folder: shown.folder, origin: shown.origin, issues: shown.issues } : null,
    scenario: ctx.whatif?.scenario ?? (session ? session.rules.scenario : replayed ? replayed.rules.scenario : selectedScenario(ctx)),
    faction: ctx.faction,
    view: session ? viewOf(session, viewer) : replayed ? viewOf(replayed, replay!.viewer) : null,
    decisionGraphs: session?.graphs ?? replayed?.graphs ?? [],
    legal: session && player ? session.rules.legalActions(session.state, player) : [],
    error: ctx.error,
    summaryTurn: ctx.summaryTurn,
    crash: null,
    afterAction: session && screen === 'result' ? afterActionOf(session) : null,
    learning: session?.learning ?? NO_ANSWERS,
    ...projectSaves(ctx),
    // The console's refusals and confirmations are the console's alone (it shows every team's secrets).
    facilitation: {
      settings: ctx.facilitation, problems: ctx.facilitationProblems, ...(screen === 'whiteCell' ? { refused: ctx.whiteCellRefused, done: ctx.whiteCellDone } : { refused: null, done: null }),
      added: ctx.timeAdded && ctx.timeAdded.round === phaseRound(session) ? ctx.timeAdded.ms : 0,
    },
    paused: ctx.paused,
    timeUps: shownTimeUps(snapshot),
    // The clock runs beside the statechart; app.ts fills this in from the timer's own snapshot.
    timer: null,
    seats: ctx.seats,
    // A computer player moves under the console too (which says so), and the console, seeing every team's orders,
    // reads every reason at once.
    thinking: screen === 'thinking' ? ctx.faction : botToAsk(snapshot),
    botMoves: !session ? [] : screen === 'whiteCell' ? ctx.botMoves : shownBotMoves(ctx.botMoves, session),
    whatif: ctx.whatif && {
      returnTo: ctx.whatif.returnTo, branchTurn: ctx.whatif.branchTurn, done: ctx.whatif.done, total: ctx.whatif.total,
      result: ctx.whatif.result, error: ctx.whatif.error, running: ctx.whatif.run !== null,
      request: ctx.whatif.request, startTracks: ctx.whatif.startTracks,
    },
  };
}
