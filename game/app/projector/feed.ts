// The projector window follows the game on the same device through a BroadcastChannel. Only public information is
// ever posted: the rules' public view (never a faction's unrevealed orders), the scenario's published content,
// the pause and the clock.
import type { PlayerView, Scenario } from '../../rules';
import type { TimerView } from '../../store/store';
import type { AppContext } from '../app.machine';

export const PROJECTOR_CHANNEL = 'union-state-projector';

export type ProjectorMessage =
  | { kind: 'state'; scenario: Scenario | null; view: PlayerView | null; paused: boolean }
  | { kind: 'timer'; timer: TimerView | null }
  /** Sent by a projector window when it opens, so the game posts its current state at once. */
  | { kind: 'hello' };

/** What the projector may show of the application: the public view of the match, if there is one. */
export function projectorState(ctx: Pick<AppContext, 'session' | 'paused'>): Extract<ProjectorMessage, { kind: 'state' }> {
  const session = ctx.session;
  return {
    kind: 'state',
    scenario: session?.rules.scenario ?? null,
    view: session ? session.rules.view(session.state, 'public') : null,
    paused: ctx.paused,
  };
}

/** The game's side: once a projector has said hello, posts the state when it changes and the clock. */
export function openProjectorFeed(): { state(ctx: Pick<AppContext, 'session' | 'paused'>): void; timer(timer: TimerView | null): void } | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(PROJECTOR_CHANNEL);
  let lastCtx: Pick<AppContext, 'session' | 'paused'> = { session: null, paused: false };
  let lastTimer: TimerView | null = null;
  let posted: { state: unknown; paused: boolean } | null = null;
  // Nothing is posted until a projector window has said hello: each post clones the scenario and a view, which
  // every move of every game would otherwise pay for with no one listening.
  let listening = false;
  const post = (m: ProjectorMessage) => channel.postMessage(m);
  channel.onmessage = (e: MessageEvent<ProjectorMessage>) => {
    if (e.data?.kind !== 'hello') return;
    listening = true;
    posted = { state: lastCtx.session?.state ?? null, paused: lastCtx.paused };
    post(projectorState(lastCtx));
    post({ kind: 'timer', timer: lastTimer });
  };
  return {
    state(ctx) {
      lastCtx = ctx;
      if (!listening) return;
      const key = { state: ctx.session?.state ?? null, paused: ctx.paused };
      if (posted && posted.state === key.state && posted.paused === key.paused) return;
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
