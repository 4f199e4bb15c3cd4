// What the clock does when a phase's time runs out: every move still owed in that phase is made by default
// (the orders a team has ticked, or none; at the bargaining table a pass, or a rejection of the offer waiting),
// so the turn statechart moves on exactly as if the teams had clicked. Each move carries the clock's mark (`byClock`),
// which the rules copy into the log: the summary, the report, the replay and the save say the clock made it.
import type { Action, Faction } from '../../rules';
import { act, type Session } from '../session';
import type { OnTimeout } from './settings';

/** Orders ticked but not committed, per faction, with the turn they were ticked in. */
export type Drafts = Partial<Record<Faction, { turn: number; cards: string[] }>>;

/** The phase being timed: "turn.phase" while a team owes a move, null otherwise. */
export function phaseRound(session: Session | null): string | null {
  if (!session || session.rules.isOver(session.state)) return null;
  const { phase } = session.rules.view(session.state, 'public');
  return phase === 'orders' || phase === 'bargaining' ? `${session.state.turn}.${phase}` : null;
}

function defaultAction(session: Session, faction: Faction, drafts: Drafts, onTimeout: OnTimeout): Action {
  const { rules, state } = session;
  const legal = rules.legalActions(state, faction);
  if (legal.some((a) => a.type === 'orders.commit')) {
    const draft = drafts[faction];
    const cards = onTimeout === 'commit-prepared' && draft?.turn === state.turn ? draft.cards : [];
    return { type: 'orders.commit', cards, byClock: true };
  }
  return legal.some((a) => a.type === 'bargain.pass') ? { type: 'bargain.pass', byClock: true } : { type: 'bargain.reject', byClock: true };
}

/** What the screen after a timeout tells the room: whose moves in which phase the clock made, and how. */
export interface TimeUp {
  turn: number;
  phase: 'orders' | 'bargaining';
  factions: Faction[];
  /** Whether the clock turned down an offer that was waiting for an answer (else it only passed). */
  rejected: boolean;
  onTimeout: OnTimeout;
  /** The move number the clock left the game at: the notice is about that position only. */
  seq: number;
}

/** The notice for a timeout that took `before` to `after`; null if the clock made no move. */
export function timeUpOf(before: Session, after: Session, onTimeout: OnTimeout): TimeUp | null {
  const phase = phaseRound(before)?.split('.')[1];
  const made = after.actions.slice(before.actions.length);
  const factions = [...new Set(made.flatMap((e) => (e.faction === 'facilitator' ? [] : [e.faction])))];
  if ((phase !== 'orders' && phase !== 'bargaining') || factions.length === 0) return null;
  const rejected = made.some((e) => e.action.type === 'bargain.reject');
  return { turn: before.state.turn, phase, factions, rejected, onTimeout, seq: after.state.seq };
}

/** Plays the defaults until the timed phase is over. A ticked hand the rules refuse becomes no orders. */
export function playTimeout(session: Session, drafts: Drafts, onTimeout: OnTimeout): Session {
  const round = phaseRound(session);
  let s = session;
  // Bounded: a phase has at most three commits or four bargaining moves.
  for (let i = 0; i < 12 && round !== null && phaseRound(s) === round; i++) {
    const faction = s.rules.activeFactions(s.state)[0];
    if (!faction) break;
    const action = defaultAction(s, faction, drafts, onTimeout);
    const applied = act(s, faction, action, s.state.seq);
    const fallback = applied.ok ? applied : act(s, faction, { type: 'orders.commit', cards: [], byClock: true }, s.state.seq);
    if (!fallback.ok) break;
    s = fallback.session;
  }
  return s;
}
