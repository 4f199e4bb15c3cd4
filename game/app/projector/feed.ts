// The projector window follows the game on the same device through a BroadcastChannel. Only public information is
// ever posted: the rules' public view (never a faction's unrevealed orders), the scenario's published content,
// the pause, the clock, and which turn's summary the room is reading.
import type { SnapshotFrom } from 'xstate';
import type { PlayerView, Scenario } from '../../rules';
import type { TimerView } from '../../store/store';
import type { AppContext, appMachine } from '../app.machine';

export const PROJECTOR_CHANNEL = 'union-state-projector';

export type ProjectorMessage =
  /** `summaryTurn`: the turn whose summary the main window shows, which the projector shows too until it is left. */
  | { kind: 'state'; scenario: Scenario | null; view: PlayerView | null; paused: boolean; summaryTurn: number | null }
  | { kind: 'timer'; timer: TimerView | null }
  /** Sent by a projector window when it opens, so the game posts its current state at once. */
  | { kind: 'hello' };

/** What the projector follows of the application. */
export type RoomState = Pick<AppContext, 'session' | 'paused' | 'summaryTurn'>;

/** The turn closed, the room reads its summary on the main window while the game already stands at the next turn's
 *  opening: that summary is the room's screen until the main window leaves it, even while the White Cell's console
 *  or the what-if panel is opened over it. Null on every other screen. */
export function roomState(app: SnapshotFrom<typeof appMachine>): RoomState {
  const ctx = app.context;
  return { session: ctx.session, paused: ctx.paused, summaryTurn: readingSummary(app) ? ctx.summaryTurn : null };
}

/** Whether the room is reading a turn's summary: on its screen, or with the console or the what-if panel over it. */
export function readingSummary(app: SnapshotFrom<typeof appMachine>): boolean {
  const ctx = app.context;
  return app.matches({ match: 'summary' })
    || (app.matches({ match: 'whiteCell' }) && ctx.covered === 'summary')
    || (app.matches('whatif') && ctx.whatif?.returnTo === 'summary');
}

/** What the projector may show of the application: the public view of the match, if there is one. */
export function projectorState(room: RoomState): Extract<ProjectorMessage, { kind: 'state' }> {
  const session = room.session;
  return {
    kind: 'state',
    scenario: session?.rules.scenario ?? null,
    view: session ? session.rules.view(session.state, 'public') : null,
    paused: room.paused,
    summaryTurn: session ? room.summaryTurn : null,
  };
}

/** The game's side: once a projector has said hello, posts the state when it changes and the clock. */
export function openProjectorFeed(): { state(room: RoomState): void; timer(timer: TimerView | null): void } | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(PROJECTOR_CHANNEL);
  let lastCtx: RoomState = { session: null, paused: false, summaryTurn: null };
  let lastTimer: TimerView | null = null;
  let posted: { state: unknown; paused: boolean; summaryTurn: number | null } | null = null;
  // Nothing is posted until a projector window has said hello: each post clones the scenario and a view, which
  // every move of every game would otherwise pay for with no one listening.
  let listening = false;
  const post = (m: ProjectorMessage) => channel.postMessage(m);
  channel.onmessage = (e: MessageEvent<ProjectorMessage>) => {
    if (e.data?.kind !== 'hello') return;
    listening = true;
    posted = { state: lastCtx.session?.state ?? null, paused: lastCtx.paused, summaryTurn: lastCtx.summaryTurn };
    post(projectorState(lastCtx));
    post({ kind: 'timer', timer: lastTimer });
  };
  return {
    state(ctx) {
      lastCtx = ctx;
      if (!listening) return;
      const key = { state: ctx.session?.state ?? null, paused: ctx.paused, summaryTurn: ctx.summaryTurn };
      if (posted && posted.state === key.state && posted.paused === key.paused && posted.summaryTurn === key.summaryTurn) return;
      posted = key;
      post(projectorState(ctx));
    },
    timer(timer) {
      // The clock ticks four times a second; the projector hears only when what it shows has changed.
      if (JSON.stringify(timer) === JSON.stringify(lastTimer)) return;
      lastTimer = timer;
      if (listening) post({ kind: 'timer', timer });
    },
  };
}
